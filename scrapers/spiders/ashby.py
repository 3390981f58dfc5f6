"""Ashby public job-board API: one request per board, compensation included, no paging."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any
from urllib.parse import quote

import scrapy
from scrapy.http import Response

from scrapers.formats import ashby as fmt
from scrapers.spiders._base import BoardSpider


class AshbySpider(BoardSpider):
    name = "ashby"
    default_base = "https://api.ashbyhq.com"

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        # Board names may contain spaces ("Scale Army Careers"): percent-encode them.
        url = (
            f"{self.default_base}/posting-api/job-board/{quote(board, safe='')}"
            "?includeCompensation=true"
        )
        yield self.request(url, self.parse_board, cb_kwargs={"board": board})

    def parse_board(self, response: Response, board: str) -> Iterator[Any]:
        read = self.json_read(response, fmt.jobs)
        if read is None:
            return
        _payload, jobs = read
        if not jobs:
            self.crawler.stats.inc_value("himjobs/empty_boards")
        for job in jobs:
            item = self.build(response.url, partial(fmt.posting, job, board=board))
            if item is not None:
                yield item
