"""USAJOBS Search API: one query per series set and per keyword, paged with ResultsPerPage 500.

Needs HIMJOBS_USAJOBS_KEY and HIMJOBS_USAJOBS_EMAIL; without them the spider refuses to start
(scrapers.formats.usajobs.MissingCredentials names the missing variables). The key and the e-mail
(sent as the User-Agent, as USAJOBS asks) travel only to https://data.usajobs.gov: with
``api_base`` elsewhere they are not sent at all, and requests carry meta ``himjobs_secret_host``
so SecretHeaderMiddleware strips them from any other origin, redirects and https -> http
downgrades included.

    scrapy crawl usajobs -a series=0675,0669,0679 -a keywords="medical records" -a days=7
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import scrapy

from schemas import Posting
from scrapers.formats import usajobs as fmt
from scrapers.middlewares import SECRET_HOST_META, may_carry_secrets, origin
from scrapers.spiders._base import BoardSpider

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Response

#: Keyword queries run beside the series query: records work is also posted under other series
#: (clerks in 0303/0305, program support), and the matcher drops what is not records work.
DEFAULT_KEYWORDS = ("medical records", "health information")


def _split(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i.strip() for i in items if i.strip()]


class UsajobsSpider(BoardSpider):
    name = "usajobs"
    default_base = f"https://{fmt.API_HOST}"

    def __init__(
        self,
        *args: Any,
        series: str | None = None,
        keywords: str | None = None,
        days: str | int | None = None,
        results_per_page: str | int | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("boards", ["-"])  # queries, not boards: sources.toml has no usajobs list
        super().__init__(*args, **kwargs)
        self.series = tuple(_split(series)) or fmt.DEFAULT_SERIES
        for code in self.series:
            if not (code.isdigit() and len(code) == 4):
                raise ValueError(f"usajobs: series must be 4-digit codes like 0675, not {code!r}")
        self.keywords = _split(keywords) if keywords is not None else list(DEFAULT_KEYWORDS)
        self.days = int(days) if days not in (None, "") else None
        # 500 is the documented maximum; tests page with a smaller value.
        self.results_per_page = int(results_per_page or fmt.RESULTS_PER_PAGE)
        #: one search per entry: the series query, then one per keyword
        self.boards = [f"series:{';'.join(self.series)}"] + [f"keyword:{k}" for k in self.keywords]
        #: a DatePosted window sees only recent postings: not a complete crawl of the source
        self.himjobs_complete = self.days is None  # its "boards" are queries, never hand-picked
        self._seen_ids: set[str] = set()
        self._headers: dict[str, str] = {}
        self._warned = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        # Checked before anything is scheduled: without credentials the spider does not start.
        key, email = fmt.credentials(os.environ)
        spider = super().from_crawler(crawler, *args, **kwargs)
        headers = fmt.request_headers(key, email)
        # Scrapy sets Host from the URL, which is right for the API and for a mirror alike.
        headers.pop("Host", None)
        spider._headers = headers
        return spider

    def query_params(self, board: str) -> dict[str, str]:
        kind, _, value = board.partition(":")
        if kind == "series":
            params = fmt.search_params(series=tuple(value.split(";")), days=self.days)
        else:
            params = fmt.search_params(series=(), keyword=value, days=self.days)
            del params["JobCategoryCode"]
        params["ResultsPerPage"] = str(self.results_per_page)
        return params

    def page_request(self, board: str, params: dict[str, str]) -> scrapy.Request:
        url = f"{self.default_base}{fmt.API_PATH}?{urlencode(params)}"
        api = origin(self.url(self.default_base))
        return self.request(
            url,
            self.parse_page,
            headers=dict(self._headers) if self._sends_secrets(api) else {},
            meta={SECRET_HOST_META: api},
            cb_kwargs={"board": board, "params": params},
        )

    def _sends_secrets(self, api: str) -> bool:
        """The key and the e-mail go to the USAJOBS API over https only; with ``api_base``
        elsewhere (a mirror) they stay home. A loopback http base counts as the API only while
        HIMJOBS_ALLOW_PRIVATE_URLS is on: the tests' mock server."""
        loopback = self.settings.getbool("HIMJOBS_ALLOW_PRIVATE_URLS")
        if api == self.default_base or (
            api.startswith("http://") and may_carry_secrets(api, http_loopback=loopback)
        ):
            return True
        if not self._warned:
            self._warned = True
            self.logger.warning(
                "api_base %s is not %s: the USAJOBS key and e-mail are not sent to it",
                api,
                self.default_base,
            )
        return False

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        yield self.page_request(board, self.query_params(board))

    def parse_page(self, response: Response, board: str, params: dict[str, str]) -> Iterator[Any]:
        payload = self.json_or_bad(response)
        if payload is None:
            return
        result = payload.get("SearchResult") if isinstance(payload, dict) else None
        if not isinstance(result, dict) or not isinstance(
            result.get("SearchResultItems", []), list
        ):
            self.record_bad_page(
                response.url, "no SearchResult in response", kind="unexpected_shape"
            )
            return
        if not self.new_page(board, response):
            return
        for raw in result.get("SearchResultItems") or []:
            if not isinstance(raw, dict):
                self.record_bad_page(
                    response.url, "result item is not an object", kind="invalid_posting"
                )
                continue
            item = self.build(response.url, partial(_item, raw))
            if item is None:
                continue
            # The series query and the keyword queries overlap: each posting once per crawl.
            if item.external_id in self._seen_ids:
                continue
            self._seen_ids.add(item.external_id)
            yield item
        nxt = fmt.next_page_params(params, payload, max_pages=self.max_pages)
        if nxt is not None:
            yield self.page_request(board, nxt)


def _item(raw: dict[str, Any]) -> Posting:
    posting = fmt.parse_item(raw)
    if posting is None:
        raise ValueError("result item without MatchedObjectId or PositionTitle")
    return posting
