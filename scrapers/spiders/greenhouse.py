"""Greenhouse Job Board API: one list request per board (content=true), no paging."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import scrapy
from scrapy.http import Response

from scrapers.formats import greenhouse as fmt
from scrapers.formats._common import FormatError
from scrapers.spiders._base import BoardSpider


class GreenhouseSpider(BoardSpider):
    name = "greenhouse"
    default_base = "https://boards-api.greenhouse.io"

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        url = f"{self.default_base}/v1/boards/{quote(board, safe='')}/jobs?content=true"
        yield self.request(url, self.parse_board, cb_kwargs={"board": board})

    def parse_board(self, response: Response, board: str) -> Iterator[Any]:
        payload = self.json_or_bad(response)
        if payload is None:
            return
        try:
            jobs = fmt.jobs(payload)
        except FormatError as exc:
            self.record_bad_page(response.url, str(exc), kind="unexpected_shape")
            return
        for job in jobs:
            item = self.build(response.url, lambda job=job: fmt.posting(job, board=board))
            if item is not None:
                yield item
