"""SmartRecruiters Posting API: list pages (offset/limit) then one detail request per posting."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import scrapy
from scrapy.http import Response

from scrapers.formats import smartrecruiters as fmt
from scrapers.spiders._base import BoardSpider


class SmartRecruitersSpider(BoardSpider):
    name = "smartrecruiters"
    default_base = "https://api.smartrecruiters.com"
    page_size = 100  # the documented maximum

    def list_url(self, board: str) -> str:
        return f"{self.default_base}/v1/companies/{quote(board, safe='')}/postings"

    def page_request(self, board: str, offset: int) -> scrapy.Request:
        url = f"{self.list_url(board)}?limit={int(self.page_size)}&offset={offset}"
        return self.request(url, self.parse_page, cb_kwargs={"board": board})

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        yield self.page_request(board, 0)

    def parse_page(self, response: Response, board: str) -> Iterator[Any]:
        read = self.json_read(response, lambda p: (fmt.page(p), fmt.is_last_page(p)))
        if read is None:
            return
        (items, offset, _total), last = read[1]
        if not self.new_page(board, response):
            return
        for item in items:
            pid = item.get("id")
            if not isinstance(pid, str) or not pid:
                self.record_bad_page(response.url, "list item without id", kind="invalid_posting")
                continue
            # The API's own `ref` shows an odd path; build the documented detail URL instead.
            url = f"{self.list_url(board)}/{quote(pid, safe='')}"
            yield self.request(url, self.parse_detail, cb_kwargs={"board": board})
        if not last:
            yield self.page_request(board, offset + len(items))

    def parse_detail(self, response: Response, board: str) -> Iterator[Any]:
        detail = self.json_or_bad(response)
        if detail is None:
            return
        if not isinstance(detail, dict):
            self.record_bad_page(response.url, "detail is not an object", kind="unexpected_shape")
            return
        item = self.build(response.url, lambda: fmt.posting(detail, board=board))
        if item is not None:
            yield item
