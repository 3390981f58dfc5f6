"""BoardSpider: the small base every himjobs spider builds on.

A subclass sets ``name`` (also the Posting source and the sources.toml key) and ``default_base``
(the documented scheme+host), and implements ``board_requests(board)``. Callbacks parse JSON with
``self.json_or_bad(response)`` and hand payloads to a pure ``scrapers.formats`` module.

A new source, in outline (see scrapers/spiders/lever.py for paging, smartrecruiters.py for
list + detail requests)::

    class FooSpider(BoardSpider):
        name = "foo"
        default_base = "https://api.foo.example"

        def board_requests(self, board):
            yield self.request(f"{self.default_base}/v1/{board}/jobs?page=1", self.parse_page,
                               cb_kwargs={"board": board})

        def parse_page(self, response, board):
            read = self.json_read(response, foo_format.jobs)  # not JSON / FormatError -> None,
            if read is None or not self.new_page(board, response):  # recorded as a bad page
                return                                    # repeated page / page cap: stop
            for job in read[1]:
                item = self.build(response.url, lambda job=job: foo_format.posting(job))
                if item is not None:
                    yield item

POST APIs (Workday): ``self.request(url, cb, method="POST", body=json.dumps(...),
headers={"Content-Type": "application/json"}, dont_filter=True)`` (same URL each page, so
dont_filter; ``new_page`` still stops a repeating page). Secret headers (USAJOBS): pass them in
``headers=`` and set ``meta={"himjobs_secret_host": "data.usajobs.gov"}`` (host[:port] of the
api_base in use); scrapers.middlewares.SecretHeaderMiddleware drops them for any other host.

Arguments (``scrapy crawl greenhouse -a boards=a,b -a api_base=http://127.0.0.1:8080``):

- ``boards``: comma-separated board names; default: the source's list in sources.toml
  (``-a sources_file=PATH`` for another file).
- ``api_base``: replaces scheme and host of the documented URLs; paths stay as documented.
  Checked by scrapers._urls (http(s) only; private addresses only with HIMJOBS_ALLOW_PRIVATE_URLS).
- ``max_pages``: per-board page cap (default HIMJOBS_MAX_PAGES).

Bad pages (HTTP errors after retries, unknown boards, malformed JSON, unexpected shapes, repeated
pages, redirect loops, robots.txt refusals) never stop the crawl; each is recorded with
``record_bad_page``: stats ``himjobs/bad_pages`` (count), ``himjobs/bad_pages/<kind>`` and
``himjobs/bad_page_list`` (list of {url, reason, kind}) (keys in scrapers.stats), and the
``bad_page`` signal (scrapers.signals: ``url``, ``reason``, ``spider``) that the store pipeline
connects to. A posting whose conversion raises anything (a failed validation, OverflowError,
RecursionError) is counted in ``himjobs/postings_invalid`` and recorded as a bad page too, and
the page's other postings go on; an exception elsewhere in a callback is recorded by
scrapers.spidermiddlewares.ParseFailureMiddleware. Either way the run is not ``ok`` and closes
nothing: no failure passes as "not seen".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import scrapy
from pydantic import ValidationError
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from schemas import Posting
from scrapers import settings as defaults
from scrapers._sources import load_sources
from scrapers._urls import check_url, replace_base
from scrapers.formats import FormatError, decode_body, http_url
from scrapers.signals import bad_page
from scrapers.spiders._reasons import describe
from scrapers.stats import (
    BAD_LIST_LIMIT,
    STAT_BAD,
    STAT_BAD_LIST,
    STAT_INVALID,
    STAT_INVALID_UTF8,
    STAT_PAGES,
    STAT_POSTINGS,
    STAT_UNSAFE_URLS,
)

T = TypeVar("T")

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Response


class BoardSpider(scrapy.Spider):
    """Base for ATS/API spiders that crawl a list of employer boards."""

    #: documented scheme+host, e.g. "https://boards-api.greenhouse.io"
    default_base: ClassVar[str] = ""
    #: per-board page cap (``-a max_pages=N`` or the HIMJOBS_MAX_PAGES setting)
    max_pages: int = defaults.HIMJOBS_MAX_PAGES

    def __init__(
        self,
        *args: Any,
        boards: str | list[str] | None = None,
        api_base: str | None = None,
        sources_file: str | None = None,
        max_pages: str | int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        config = load_sources(sources_file)
        if isinstance(boards, str):
            self.boards = [b.strip() for b in boards.split(",") if b.strip()]
        elif boards:
            self.boards = list(boards)
        else:
            self.boards = config.boards(self.name)
        #: board -> employer name from the sources file (for sources that send none)
        self.employers = config.employers(self.name)
        #: False when boards were picked by hand (``-a boards=``): the crawl did not cover the
        #: source's configured list, so the store pipeline closes no posting after it.
        self.himjobs_complete = not boards
        self.api_base = api_base.rstrip("/") if api_base else None
        self._max_pages_arg = int(max_pages) if max_pages else None
        self._page_hashes: dict[str, set[str]] = {}
        self._page_counts: dict[str, int] = {}
        #: response URL -> offset of its first invalid UTF-8 byte (see ``decode``)
        self._lossy: dict[str, int] = {}
        #: naive UTC "now" of this crawl (see from_crawler: HIMJOBS_CRAWL_TIME pins it)
        self.crawl_time = datetime.now(UTC).replace(tzinfo=None)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        allow_private = crawler.settings.getbool("HIMJOBS_ALLOW_PRIVATE_URLS")
        if spider.api_base:
            check_url(spider.api_base, allow_private=allow_private)
        spider.max_pages = spider._max_pages_arg or crawler.settings.getint(
            "HIMJOBS_MAX_PAGES", defaults.HIMJOBS_MAX_PAGES
        )
        crawler.signals.connect(spider._on_request_dropped, signal=signals.request_dropped)
        # "Now" for expiry and relative dates ("Posted 3 Days Ago"): the clock, or
        # HIMJOBS_CRAWL_TIME (ISO) so a replay of recorded responses reads as on the day recorded.
        pinned = crawler.settings.get("HIMJOBS_CRAWL_TIME")
        try:
            spider.crawl_time = (
                datetime.fromisoformat(str(pinned)).replace(tzinfo=None)
                if pinned
                else datetime.now(UTC).replace(tzinfo=None)
            )
        except ValueError:
            raise ValueError(f"HIMJOBS_CRAWL_TIME: not an ISO date/time: {pinned!r}") from None
        return spider

    def _on_request_dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        # A redirect back to a URL already fetched is dropped by the dupefilter without an
        # errback: that is a redirect loop, and the page it was meant to deliver is lost.
        if request.meta.get("redirect_times"):
            self.record_bad_page(
                request.meta.get("redirect_urls", [request.url])[0],
                f"redirect loop (back to {request.url})",
                kind="redirect_loop",
            )

    # --- URLs -------------------------------------------------------------------------------

    def url(self, documented: str) -> str:
        """A documented absolute URL with api_base's scheme+host swapped in."""
        return replace_base(documented, self.api_base)

    def request(
        self, documented_url: str, callback: Callable[..., Any], **kwargs: Any
    ) -> scrapy.Request:
        """A Request to a documented URL (api_base applied) whose failures become bad pages."""
        kwargs.setdefault("errback", self.on_error)
        return scrapy.Request(self.url(documented_url), callback=callback, **kwargs)

    # --- crawl ------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for board in self.boards:
            for req in self.board_requests(board):
                yield req

    def board_requests(self, board: str) -> Iterable[scrapy.Request]:
        raise NotImplementedError

    # --- helpers for callbacks --------------------------------------------------------------

    def json_or_bad(self, response: Response) -> Any | None:
        """The JSON body, or None after recording the page as bad (content-type is ignored).

        JSON is UTF-8 (RFC 8259) unless the Content-Type names another charset; a body that is
        not valid in it is counted (``himjobs/invalid_utf8``) and read with U+FFFD in place of
        the bad bytes, and the postings holding one are recorded (``build``). JSON nested deeper
        than Python's recursion limit raises RecursionError, not ValueError: a bad page too."""
        self.crawler.stats.inc_value(STAT_PAGES)
        text = self.decode(response, json_default=True)
        try:
            return json.loads(text)
        except ValueError as exc:
            self.record_bad_page(response.url, f"malformed JSON: {exc}", kind="malformed_json")
        except RecursionError:
            self.record_bad_page(
                response.url,
                "malformed JSON: nested past the recursion limit (RecursionError)",
                kind="parse_error",
            )
        return None

    def json_read(self, response: Response, read: Callable[[Any], T]) -> tuple[Any, T] | None:
        """(the JSON body, ``read`` of it: a format's ``jobs`` or ``page``), or None after
        recording the page as bad: not JSON (``json_or_bad``), or not in the source's documented
        shape (the format's FormatError, kind ``unexpected_shape``)."""
        payload = self.json_or_bad(response)
        if payload is None:
            return None
        try:
            return payload, read(payload)
        except FormatError as exc:
            self.record_bad_page(response.url, str(exc), kind="unexpected_shape")
            return None

    def decode(
        self, response: Response, *, json_default: bool = False, key: str | None = None
    ) -> str:
        """The body as text in its declared encoding (header, BOM, then HTML meta; else UTF-8).

        Invalid UTF-8 is never silently stored as mojibake: it is counted, replaced by U+FFFD,
        and a posting built from this response that holds a U+FFFD is recorded as a bad page
        (``build``, by ``key``: the URL the postings are built with, default the response's)."""
        decoded = decode_body(
            response.body,
            content_type=_header(response, b"Content-Type"),
            html=not json_default,
        )
        if decoded.bad_offset is not None:
            self.crawler.stats.inc_value(STAT_INVALID_UTF8)
            self._lossy[key or response.url] = decoded.bad_offset
        return decoded.text

    def new_page(self, key: str, response: Response) -> bool:
        """False (and a bad page recorded) when this body was already seen for ``key`` or the
        page cap is reached: the caller stops paging."""
        digest = hashlib.sha256(response.body).hexdigest()
        seen = self._page_hashes.setdefault(key, set())
        if digest in seen:
            self.record_bad_page(
                response.url, "repeated page: pagination stopped", kind="repeated_page"
            )
            return False
        seen.add(digest)
        self._page_counts[key] = self._page_counts.get(key, 0) + 1
        if self._page_counts[key] > self.max_pages:
            self.record_bad_page(
                response.url,
                f"page cap {self.max_pages} reached: pagination stopped",
                kind="max_pages",
            )
            return False
        return True

    def build(self, url: str, make: Callable[[], Posting]) -> Posting | None:
        """Run one format conversion, guarded: any exception in it (a posting that does not
        validate, a date of 1e300 -> OverflowError, a value nested past the recursion limit ->
        RecursionError) makes this one posting a bad record (counted, reason stored) and the
        caller goes on with the page's other postings."""
        try:
            posting = _http_only(make(), self.crawler.stats)
        except (ValidationError, ValueError, KeyError, TypeError, AttributeError) as exc:
            self._bad_record(url, exc, kind="invalid_posting")
            return None
        except Exception as exc:  # noqa: BLE001 - every failure is recorded, none is "not seen"
            self._bad_record(url, exc, kind="parse_error")
            return None
        self.crawler.stats.inc_value(STAT_POSTINGS)
        offset = self._lossy.get(url)
        if offset is not None and _REPLACEMENT in posting.model_dump_json():
            # Stored (the rest of it is good), but the run says what was lost, so it is partial
            # and closes nothing.
            self.record_bad_page(
                url,
                f"invalid UTF-8 at byte {offset}: {posting.external_id} holds U+FFFD "
                "replacement characters where the source's bytes could not be read",
                kind="invalid_utf8",
            )
        return posting

    def _bad_record(self, url: str, exc: BaseException, *, kind: str) -> None:
        self.crawler.stats.inc_value(STAT_INVALID)
        self.record_bad_page(url, f"invalid posting: {type(exc).__name__}: {exc}"[:500], kind=kind)

    def record_bad_page(self, url: str, reason: str, *, kind: str = "other") -> None:
        stats = self.crawler.stats
        stats.inc_value(STAT_BAD)
        stats.inc_value(f"{STAT_BAD}/{kind}")
        listed = stats.get_value(STAT_BAD_LIST) or []
        if len(listed) < BAD_LIST_LIMIT:
            stats.set_value(STAT_BAD_LIST, [*listed, {"url": url, "reason": reason, "kind": kind}])
        self.logger.warning("Bad page %s: %s", url, reason)
        self.crawler.signals.send_catch_log(bad_page, url=url, reason=reason, spider=self)

    def on_error(self, failure: Failure) -> None:
        """Errback: HTTP errors after retries, network failures, robots.txt refusals."""
        request = failure.request  # type: ignore[attr-defined]
        # isinstance rather than Failure.check (untyped in Twisted): the same subclass test, and
        # it narrows the type. HttpError is an IgnoreRequest, so it is tested first.
        error = failure.value
        if isinstance(error, HttpError):
            status = error.response.status
            kind = "not_found" if status == 404 else f"http_{status}"
            reason = "board not found (HTTP 404)" if status == 404 else f"HTTP {status}"
            self.record_bad_page(request.url, reason, kind=kind)
        elif isinstance(error, IgnoreRequest):
            self.record_bad_page(request.url, f"ignored: {error}", kind="ignored")
        else:
            # Network failures arrive as Twisted wrappers whose text is a list of Failure reprs;
            # the run stores what a person can act on ("timed out after 10 s").
            timeout = request.meta.get("download_timeout")
            self.record_bad_page(
                request.url,
                describe(failure.value, timeout=timeout),
                kind="download_error",
            )


_REPLACEMENT = "\ufffd"
_URL_FIELDS = ("url", "apply_url")


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _http_only(posting: Posting, stats: Any) -> Posting:
    """The posting with its source URLs http(s) or nothing: a ``javascript:``, ``data:`` or
    ``file:`` URL is dropped (counted); a posting left with no http(s) URL is invalid."""
    url = http_url(posting.url)
    apply_url = http_url(posting.apply_url) if posting.apply_url is not None else None
    dropped = (url is None) + (posting.apply_url is not None and apply_url is None)
    if dropped:
        stats.inc_value(STAT_UNSAFE_URLS, dropped)
    if url is None and apply_url is None:
        raise ValueError("no http(s) url: the source gave only a non-web link")
    posting.url, posting.apply_url = url or str(apply_url), apply_url
    return posting
