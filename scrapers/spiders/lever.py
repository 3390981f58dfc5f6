"""Lever Postings API: skip/limit paging per site, stop on a short or empty page."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any
from urllib.parse import quote

import scrapy
from scrapy.http import Response

from scrapers.formats import lever as fmt
from scrapers.spiders._base import BoardSpider


class LeverSpider(BoardSpider):
    name = "lever"
    default_base = "https://api.lever.co"
    #: page size sent as ``limit`` (always sent: without it a big board comes back in one 6 MB page)
    page_size = 100

    def page_request(self, board: str, skip: int) -> scrapy.Request:
        url = (
            f"{self.default_base}/v0/postings/{quote(board, safe='')}"
            f"?mode=json&skip={skip}&limit={int(self.page_size)}"
        )
        return self.request(url, self.parse_page, cb_kwargs={"board": board, "skip": skip})

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        yield self.page_request(board, 0)

    def parse_page(self, response: Response, board: str, skip: int) -> Iterator[Any]:
        read = self.json_read(response, fmt.jobs)
        if read is None:
            return
        payload, postings = read
        if not self.new_page(board, response):
            return
        employer = self.employers.get(board)
        for p in postings:
            item = self.build(response.url, partial(fmt.posting, p, board=board, employer=employer))
            if item is not None:
                yield item
        if len(payload) >= int(self.page_size):
            yield self.page_request(board, skip + len(payload))
