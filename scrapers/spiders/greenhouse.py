"""Greenhouse Job Board API: one list request per board (content=true), no paging.

``-a pay_transparency=1`` adds one detail request per job (``?pay_transparency=true``) so the
postings carry ``pay_input_ranges`` as a pay hint; if a detail request fails, the posting is still
yielded from the list data and the failure is recorded as a bad page.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any
from urllib.parse import quote

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from scrapers.formats import greenhouse as fmt
from scrapers.spiders._base import BoardSpider

_TRUE = {"1", "true", "yes", "on"}


class GreenhouseSpider(BoardSpider):
    name = "greenhouse"
    default_base = "https://boards-api.greenhouse.io"
    pay_transparency: str | bool = False

    def board_url(self, board: str) -> str:
        return f"{self.default_base}/v1/boards/{quote(board, safe='')}/jobs"

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        url = f"{self.board_url(board)}?content=true"
        yield self.request(url, self.parse_board, cb_kwargs={"board": board})

    def parse_board(self, response: Response, board: str) -> Iterator[Any]:
        read = self.json_read(response, fmt.jobs)
        if read is None:
            return
        _payload, jobs = read
        want_pay = str(self.pay_transparency).lower() in _TRUE
        for job in jobs:
            if want_pay and isinstance(job.get("id"), int):
                url = f"{self.board_url(board)}/{job['id']}?pay_transparency=true"
                yield self.request(
                    url,
                    self.parse_detail,
                    errback=self.on_detail_error,
                    cb_kwargs={"board": board, "job": job},
                )
                continue
            item = self.build(
                response.url,
                partial(fmt.posting, job, board=board, employer=self.employers.get(board)),
            )
            if item is not None:
                yield item

    def parse_detail(self, response: Response, board: str, job: dict[str, Any]) -> Iterator[Any]:
        detail = self.json_or_bad(response)
        if not isinstance(detail, dict):
            detail = None  # recorded as bad (or odd shape); the list data still makes a posting
        item = self.build(
            response.url,
            lambda: fmt.posting(
                job, board=board, detail=detail, employer=self.employers.get(board)
            ),
        )
        if item is not None:
            yield item

    def on_detail_error(self, failure: Failure) -> Iterator[Any]:
        self.on_error(failure)
        kwargs = failure.request.cb_kwargs  # type: ignore[attr-defined]
        item = self.build(
            failure.request.url,  # type: ignore[attr-defined]
            lambda: fmt.posting(
                kwargs["job"], board=kwargs["board"], employer=self.employers.get(kwargs["board"])
            ),
        )
        if item is not None:
            yield item
