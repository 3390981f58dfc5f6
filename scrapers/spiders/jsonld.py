"""Career sites that embed schema.org JobPosting as JSON-LD: found through sitemaps or listings.

A board is a URL (sources.toml ``[jsonld]``, ``-a boards=``, ``-a start_urls=``,
``-a sitemap_urls=``):

- a site root (``https://careers.example.org``): its robots.txt ``Sitemap:`` lines, else
  ``/sitemap.xml``;
- a sitemap (``.xml`` / ``.xml.gz``, urlset or sitemapindex);
- any other page: a listing; links whose path looks like a job page (``job_links`` regex) are
  fetched, ``rel="next"`` pages are followed, and the listing's own JSON-LD is read too.

``-a since=2026-11-01`` skips sitemap entries whose ``lastmod`` is older (an incremental crawl,
so ``himjobs_complete`` is False and nothing is closed for missing). Only URLs on the board's own
host are followed; with ``api_base`` that host is swapped for the mirror's. Per board, sitemap
depth, sitemaps read and job URLs taken are capped (HIMJOBS_SITEMAP_*, scrapers.spiders._sitemaps):
a cap reached is the board's bad page. A JSON-LD block lxml dropped (over its 10 MB text limit)
is a bad page too. Postings whose
validThrough has passed are not yielded (stat ``himjobs/expired``): the employer closed them.

An unreadable JSON-LD block makes its page a bad page (the crawl is partial and closes nothing)
only when it may have held a posting (``may_have_lost_posting``): its raw text names
JobPosting, or the job page gave no posting from its readable blocks. A broken BreadcrumbList
or Organization block beside a posting is counted (``himjobs/jsonld/malformed_ignored``) and
logged, so a site whose template breaks one on every page still closes taken-down postings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip

from schemas import Posting
from scrapers._urls import UnsafeURLError, check_url
from scrapers.formats import jsonld as fmt
from scrapers.formats import parse_date, unread_jsonld_blocks
from scrapers.spiders._base import BoardSpider
from scrapers.spiders._sitemaps import (
    SITEMAP_ROOTS,
    Budget,
    is_fresh,
    read_sitemap,
    robots_sitemaps,
)
from scrapers.stats import STAT_UNSAFE_URLS

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure

#: Paths of job pages on typical career sites: /jobs/123, /careers/job/..., /positions/x.
DEFAULT_JOB_LINKS = (
    r"/(?:jobs?|careers?|positions?|openings?|postings?|vacanc(?:y|ies)|requisitions?)/[^?#]*\w"
)
_SITEMAP_PATH_RE = re.compile(r"sitemap[^/]*\.xml(?:\.gz)?$|\.xml(?:\.gz)?$", re.IGNORECASE)
STAT_EXPIRED = "himjobs/expired"
STAT_NO_POSTING = "himjobs/jsonld/pages_without_posting"
STAT_MALFORMED = "himjobs/jsonld/malformed_blocks"
#: Unreadable blocks that could not have held a posting (may_have_lost_posting): not bad pages.
STAT_MALFORMED_IGNORED = "himjobs/jsonld/malformed_ignored"
STAT_OFFSITE = "himjobs/jsonld/offsite_skipped"
STAT_OLD = "himjobs/jsonld/unchanged_skipped"


def _split(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    items = value.split(",") if isinstance(value, str) else value
    return [i.strip() for i in items if i.strip()]


class JsonLdSpider(BoardSpider):
    name = "jsonld"
    default_base = ""  # every board names its own site

    def __init__(
        self,
        *args: Any,
        start_urls: str | list[str] | None = None,
        sitemap_urls: str | list[str] | None = None,
        since: str | None = None,
        job_links: str = DEFAULT_JOB_LINKS,
        **kwargs: Any,
    ) -> None:
        extra = _split(start_urls) + _split(sitemap_urls)
        if extra and "boards" not in kwargs:
            kwargs["boards"] = extra  # explicit URLs replace the sources.toml list
        super().__init__(*args, **kwargs)
        if extra and self.boards != extra:
            self.boards += [u for u in extra if u not in self.boards]
        self._forced_sitemaps = set(_split(sitemap_urls))
        self.since = parse_date(since) if since else None
        if since and self.since is None:
            raise ValueError(f"jsonld: since must be a date like 2026-11-01, not {since!r}")
        self.job_links = re.compile(job_links)
        self.himjobs_complete = self.himjobs_complete and self.since is None
        #: per-board sitemap / URL caps (HIMJOBS_SITEMAP_*; read from settings in start)
        self.budget: Budget | None = None

    async def start(self) -> Any:
        self.budget = Budget.from_settings(self.settings)
        async for request in super().start():
            yield request

    # --- where a board starts -------------------------------------------------------------

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        try:
            check_url(board, allow_private=self.settings.getbool("HIMJOBS_ALLOW_PRIVATE_URLS"))
        except UnsafeURLError as exc:
            self.record_bad_page(board, str(exc), kind="bad_board")
            return
        path = urlsplit(board).path
        if board in self._forced_sitemaps or _SITEMAP_PATH_RE.search(path):
            request = self.sitemap_request(board, board=board, depth=0)
            if request is not None:
                yield request
        elif path in ("", "/"):
            yield self.get(
                urljoin(board, "/robots.txt"),
                self.parse_robots,
                board=board,
                errback=self.on_robots_error,
            )
        else:
            yield self.get(board, self.parse_listing, board=board)

    def get(self, documented: str, callback: Any, *, board: str, **kwargs: Any) -> scrapy.Request:
        """A GET of a URL on the board's site; the callback gets the documented URL back."""
        return self.request(
            documented, callback, cb_kwargs={"board": board, "page_url": documented}, **kwargs
        )

    def on_site(self, url: str, board: str) -> bool:
        same = (urlsplit(url).hostname or "").lower() == (urlsplit(board).hostname or "").lower()
        if not same:
            self.crawler.stats.inc_value(STAT_OFFSITE)
        return same and urlsplit(url).scheme in ("http", "https")

    # --- robots.txt and sitemaps ----------------------------------------------------------

    def sitemap_request(
        self, url: str, *, board: str, depth: int, **kwargs: Any
    ) -> scrapy.Request | None:
        """A request for one more sitemap of ``board``, or None (the cap recorded) when the
        board's sitemap budget is spent."""
        assert self.budget is not None
        refused = self.budget.sitemap(board, depth=depth)
        if refused is not None:
            if self.budget.first_report(board, refused):
                self.record_bad_page(url, refused, kind="sitemap_cap")
            return None
        request = self.get(url, self.parse_sitemap, board=board, **kwargs)
        request.cb_kwargs["depth"] = depth
        return request

    def parse_robots(self, response: Response, board: str, page_url: str) -> Iterator[Any]:
        found = robots_sitemaps(response.body, base_url=page_url)
        found = [u for u in found if self.on_site(u, board)]
        for url in found or [urljoin(board, "/sitemap.xml")]:
            request = self.sitemap_request(url, board=board, depth=0)
            if request is None:
                return
            yield request

    def on_robots_error(self, failure: Failure) -> Iterator[Any]:
        # No robots.txt (404) is normal: look for the conventional sitemap instead.
        if _http_status(failure) == 404:
            board = failure.request.cb_kwargs["board"]  # type: ignore[attr-defined]
            request = self.sitemap_request(urljoin(board, "/sitemap.xml"), board=board, depth=0)
            if request is not None:
                yield request
            return
        self.on_error(failure)

    def parse_sitemap(
        self, response: Response, board: str, page_url: str, depth: int = 0
    ) -> Iterator[Any]:
        self.crawler.stats.inc_value("himjobs/pages")
        assert self.budget is not None
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except (OSError, ValueError) as exc:
                self.record_bad_page(page_url, f"bad gzip sitemap: {exc}", kind="bad_sitemap")
                return
        kind, entries = read_sitemap(body)
        if kind not in SITEMAP_ROOTS:
            self.record_bad_page(page_url, "not a sitemap", kind="bad_sitemap")
            return
        read = old = 0
        for entry in entries:
            read += 1
            if not is_fresh(entry, self.since):
                old += 1
                continue
            if not self.on_site(entry.loc, board):
                continue
            if entry.is_sitemap:
                request = self.sitemap_request(entry.loc, board=board, depth=depth + 1)
            else:
                request = self.job_request(entry.loc, board=board)
            if request is None:
                break  # a cap: the rest of this document is not even parsed
            yield request
        self.crawler.stats.inc_value(STAT_OLD, old)
        if not read:
            self.crawler.stats.inc_value("himjobs/jsonld/empty_sitemaps")  # a quiet board

    def job_request(self, url: str, *, board: str) -> scrapy.Request | None:
        """A request for one more job page of ``board``, or None (the cap recorded)."""
        assert self.budget is not None
        refused = self.budget.url(board)
        if refused is not None:
            if self.budget.first_report(board, refused):
                self.record_bad_page(url, refused, kind="url_cap")
            return None
        return self.get(url, self.parse_job, board=board)

    # --- pages ------------------------------------------------------------------------------

    def parse_listing(self, response: Response, board: str, page_url: str) -> Iterator[Any]:
        if not self.new_page(board, response):
            return
        body = self.page_bytes(response, page_url)
        yield from self.read_postings(body, page_url, listing=True)
        # Built from the body, not response.css: a listing served with a wrong content-type
        # is still HTML.
        sel = scrapy.Selector(body=body, type="html", encoding="utf-8")
        for href in sel.css("a[href]::attr(href)").getall():
            url = urljoin(page_url, href.strip()).split("#", 1)[0]
            if not self.on_site(url, board):
                continue
            parts = urlsplit(url)
            if self.job_links.search(parts.path):
                request = self.job_request(url, board=board)
                if request is None:
                    break
                yield request
        for href in sel.css('a[rel~="next"]::attr(href), link[rel~="next"]::attr(href)').getall():
            url = urljoin(page_url, href.strip()).split("#", 1)[0]
            if self.on_site(url, board):
                yield self.get(url, self.parse_listing, board=board)

    def parse_job(self, response: Response, board: str, page_url: str) -> Iterator[Any]:
        self.crawler.stats.inc_value("himjobs/pages")
        yield from self.read_postings(self.page_bytes(response, page_url), page_url)

    def page_bytes(self, response: Response, page_url: str) -> bytes:
        """The body for lxml: as sent, unless it is not valid in its encoding; then (counted)
        as UTF-8 with U+FFFD for the bad bytes, so a posting holding one is recorded."""
        text = self.decode(response, key=page_url)
        return text.encode("utf-8") if page_url in self._lossy else response.body

    def read_postings(self, body: bytes, page_url: str, *, listing: bool = False) -> Iterator[Any]:
        page = fmt.read_jsonld(body, base_url=page_url)
        unread = unread_jsonld_blocks(body)
        if unread:
            # lxml dropped the block's text without a word: the postings it held are lost.
            blocks = ", ".join(f"block {n} ({size / 1e6:.1f} MB)" for n, size in unread)
            self.record_bad_page(
                page_url,
                f"JSON-LD {blocks} not read: over the HTML parser's 10 MB text limit",
                kind="oversized_jsonld",
            )
        try:
            postings = fmt.postings_from(page, page_url)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            self.record_bad_page(
                page_url, f"invalid JobPosting: {exc}"[:500], kind="invalid_posting"
            )
            return
        if page.unsafe_urls:
            self.crawler.stats.inc_value(STAT_UNSAFE_URLS, page.unsafe_urls)
        if page.malformed:
            self.crawler.stats.inc_value(STAT_MALFORMED, page.malformed)
            reason = _malformed_reason(page, len(postings))
            if may_have_lost_posting(page, len(postings), listing=listing):
                # The run says what may be missing (and so closes nothing); the postings the
                # other blocks gave are kept.
                self.record_bad_page(page_url, reason, kind="malformed_jsonld")
            else:
                # A broken BreadcrumbList or Organization block beside the posting, often on
                # every page of a site: nothing lost, and a bad page here would leave every
                # crawl of the site partial, so it would never close a taken-down posting.
                self.crawler.stats.inc_value(STAT_MALFORMED_IGNORED, page.malformed)
                self.logger.info("Ignored on %s: %s", page_url, reason)
        if not postings:
            if not page.malformed and not unread:
                self.crawler.stats.inc_value(STAT_NO_POSTING)
            return
        for posting in postings:
            if fmt.is_expired(posting, now=self.crawl_time):
                self.crawler.stats.inc_value(STAT_EXPIRED)
                continue
            item = self.build(page_url, partial(_same, posting))
            if item is not None:
                yield item


def may_have_lost_posting(page: fmt.JsonLdPage, read: int, *, listing: bool = False) -> bool:
    """Whether the page's unreadable JSON-LD blocks may have held a posting (a bad page).

    Yes when a broken block's raw text names JobPosting, or when a job page gave no posting
    from its readable blocks (its posting may be the broken block). A listing page finds its
    postings through its links, so there only a block naming JobPosting counts. ``read`` is
    the number of postings the readable blocks gave.

    >>> broken_org = fmt.JsonLdPage(malformed=1, errors=["block 2: Expecting value"])
    >>> may_have_lost_posting(broken_org, 1), may_have_lost_posting(broken_org, 0)
    (False, True)
    >>> may_have_lost_posting(broken_org, 0, listing=True)
    False
    >>> broken_job = fmt.JsonLdPage(malformed=1, errors=["block 3: ..."], job_blocks=[3])
    >>> may_have_lost_posting(broken_job, 2, listing=True)
    True
    """
    if not page.malformed:
        return False
    return bool(page.job_blocks) or (read == 0 and not listing)


def _malformed_reason(page: fmt.JsonLdPage, read: int) -> str:
    """What a page's unreadable blocks may have lost, e.g. "1 unreadable JSON-LD block (block 4:
    Expecting value: line 1 column 65 (char 64)); 2 postings read from the other blocks; block 4
    names JobPosting"."""
    blocks = "block" if page.malformed == 1 else "blocks"
    detail = "; ".join(page.errors)[:300]
    if read:
        tail = f"{read} posting{'' if read == 1 else 's'} read from the other blocks"
    else:
        tail = "no posting read from the page"
    reason = f"{page.malformed} unreadable JSON-LD {blocks} ({detail}); {tail}"
    if page.job_blocks:
        numbers = ", ".join(str(n) for n in page.job_blocks)
        many = len(page.job_blocks) > 1
        reason += f"; block{'s' if many else ''} {numbers} name{'' if many else 's'} JobPosting"
    return reason


def _same(posting: Posting) -> Posting:
    return posting


def _http_status(failure: Failure) -> int | None:
    exc = failure.value
    return exc.response.status if isinstance(exc, HttpError) else None
