"""Workday career sites (CXS JSON): POST list pages of 20, then one detail GET per posting.

Boards are career-site URLs (``https://TENANT.wdN.myworkdayjobs.com/[en-US/]SITE`` or
``https://wdN.myworkdaysite.com/recruiting/TENANT/SITE``), from the
``[workday]`` list in sources.toml or ``-a boards=URL,URL``. With ``api_base`` the site's scheme
and host are swapped for the mirror's; the CXS paths stay as Workday serves them.

    scrapy crawl workday -a boards=https://acme.wd5.myworkdayjobs.com/Careers -a search_text=records
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError

from scrapers._urls import UnsafeURLError, check_url
from scrapers.formats import workday as fmt
from scrapers.spiders._base import BoardSpider

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure

JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class WorkdaySpider(BoardSpider):
    name = "workday"
    # Each board names its own host; api_base (if any) replaces it.
    default_base = "https://wd5.myworkdayjobs.com"

    def __init__(self, *args: Any, search_text: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Workday's own search box; narrows big tenants (total is clamped at 2000)
        self.search_text = search_text.strip()
        #: a searchText crawl sees only part of each board: not a complete crawl
        self.himjobs_complete = not self.search_text
        # Anchors "Posted 3 Days Ago" when a detail has no startDate.
        self.crawled_at = datetime.now(UTC).replace(tzinfo=None)

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        try:
            check_url(
                board,
                allow_private=self.settings.getbool("HIMJOBS_ALLOW_PRIVATE_URLS"),
                resolve=False,  # the host must be a Workday name, checked below
            )
            site = fmt.parse_board_url(board)
        except (UnsafeURLError, ValueError) as exc:
            self.record_bad_page(board, str(exc), kind="bad_board")
            return
        yield self.list_request(site, offset=0, first_total=None, page=1)

    def list_request(
        self, site: fmt.Board, *, offset: int, first_total: int | None, page: int
    ) -> scrapy.Request:
        body = fmt.list_body(offset, search_text=self.search_text)
        return self.request(
            f"https://{site.host}{site.list_path()}",
            self.parse_list,
            method="POST",
            body=json.dumps(body),
            headers=JSON_HEADERS,
            # Every page POSTs to the same URL: the dupefilter would drop pages 2..n.
            dont_filter=True,
            cb_kwargs={"site": site, "offset": offset, "first_total": first_total, "page": page},
        )

    def parse_list(
        self,
        response: Response,
        site: fmt.Board,
        offset: int,
        first_total: int | None,
        page: int,
    ) -> Iterator[Any]:
        payload = self.json_or_bad(response)
        if payload is None:
            return
        if not isinstance(payload, dict) or not isinstance(payload.get("jobPostings", []), list):
            self.record_bad_page(response.url, "no jobPostings list", kind="unexpected_shape")
            return
        if first_total is None:
            # Later pages say total 0: only the first page's total counts.
            first_total, clamped = fmt.first_page_total(payload)
            if clamped:
                self.record_bad_page(
                    site.site_url,
                    f"total clamped at {fmt.TOTAL_CAP}: board not fully listed "
                    "(narrow it with -a search_text=...)",
                    kind="total_clamped",
                )
        key = f"{site.host}/{site.site}"
        if not self.new_page(key, response):
            return
        for entry in fmt.parse_list(payload):
            yield self.request(
                f"https://{site.host}{site.detail_path(entry.external_path)}",
                self.parse_detail,
                headers={"Accept": "application/json"},
                errback=self.on_detail_error,
                cb_kwargs={"site": site, "entry": entry},
            )
        nxt = fmt.next_offset(
            offset, payload, first_total=first_total, page=page, max_pages=self.max_pages
        )
        if nxt is not None:
            yield self.list_request(site, offset=nxt, first_total=first_total, page=page + 1)

    def parse_detail(
        self, response: Response, site: fmt.Board, entry: fmt.ListEntry
    ) -> Iterator[Any]:
        payload = self.json_or_bad(response)
        if payload is None:
            return
        if not isinstance(payload, dict) or not isinstance(payload.get("jobPostingInfo"), dict):
            self.record_bad_page(response.url, "no jobPostingInfo object", kind="unexpected_shape")
            return
        item = self.build(response.url, lambda: _detail(payload, site, entry, self.crawled_at))
        if item is not None:
            yield item

    def on_detail_error(self, failure: Failure) -> None:
        # A posting listed a moment ago and gone now (filled, withdrawn): not a missing board.
        exc = failure.value
        if isinstance(exc, HttpError) and exc.response.status == 404:
            self.record_bad_page(
                failure.request.url,  # type: ignore[attr-defined]
                "posting detail not found (HTTP 404)",
                kind="not_found",
            )
            return
        self.on_error(failure)


def _detail(
    payload: dict[str, Any], site: fmt.Board, entry: fmt.ListEntry, crawled_at: datetime
) -> Any:
    posting = fmt.parse_detail(payload, board=site, crawled_at=crawled_at, entry=entry)
    if posting is None:
        raise ValueError("detail without title or jobReqId")
    return posting
