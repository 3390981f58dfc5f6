"""Downloader middlewares closing two gaps in Scrapy's defaults (docs/contributing.md, "Things that
bite here").

- BackoffRetryMiddleware: retries 429/5xx after a bounded wait that honours Retry-After, instead of
  Scrapy's immediate re-queue.
- SecretHeaderMiddleware: a secret header (USAJOBS's Authorization-Key) and a personalised
  User-Agent only ever go to the origin they were meant for, over https, redirects and retries
  included.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.utils.response import response_status_message

from scrapers import settings as defaults

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

#: request.meta key naming the origin (scheme://host[:port]; a bare host means https) a secret
#: header may be sent to (set by the spider, or taken from the first request carrying one).
SECRET_HOST_META = "himjobs_secret_host"


def retry_after_seconds(value: bytes | str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), else None.

    >>> retry_after_seconds(b"7")
    7.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    10.0
    >>> retry_after_seconds("soon") is None
    True
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before a retry: Retry-After if given, else base * 2**n, bounded.

    The wait happens in the downloader (an awaited sleep), so the slot for that site stays busy and
    the site is not hit again meanwhile. Stats: ``retry/backoff_seconds`` (total waited) and
    ``retry/retry_after_honoured``.
    """

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.base: float = settings.getfloat(
            "HIMJOBS_RETRY_BACKOFF_BASE", defaults.HIMJOBS_RETRY_BACKOFF_BASE
        )
        self.cap: float = settings.getfloat(
            "HIMJOBS_RETRY_BACKOFF_MAX", defaults.HIMJOBS_RETRY_BACKOFF_MAX
        )

    def delay_for(self, request: Request, response: Response | None) -> float:
        attempt = int(request.meta.get("retry_times", 0))
        delay: float = self.base * (2**attempt)
        if response is not None:
            asked = retry_after_seconds(response.headers.get(b"Retry-After"))
            if asked is not None:
                self.crawler.stats.inc_value("retry/retry_after_honoured")
                delay = asked
        return max(0.0, min(delay, self.cap))

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._wait(self.delay_for(request, response))
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry"):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._wait(self.delay_for(request, None))
        return retry

    async def _wait(self, seconds: float) -> None:
        if seconds > 0:
            # Scrapy types the count as int; the collector adds any number (seconds here).
            self.crawler.stats.inc_value("retry/backoff_seconds", seconds)  # type: ignore[arg-type]
            await asyncio.sleep(seconds)


class SecretHeaderMiddleware:
    """Secrets go to the origin they were meant for, over https, and nowhere else.

    The origin ("scheme://host[:port]") is ``request.meta["himjobs_secret_host"]`` if the spider
    set it (a bare host means https), else that of the first request seen carrying a secret
    header (redirects and retries copy meta, so every later hop is judged against it). A request
    whose own origin differs (another host, another port, or https -> http on the same host)
    loses the headers named in ``HIMJOBS_SECRET_HEADERS``, and a User-Agent the spider
    personalised (USAJOBS's is an e-mail address) is put back to the project's ``USER_AGENT``.
    Even at the right origin nothing secret goes over plain http, except to a loopback address
    while ``HIMJOBS_ALLOW_PRIVATE_URLS`` is on (the tests' mock server has no TLS).
    Stat: ``himjobs/secret_header_stripped``.
    """

    def __init__(self, crawler: Crawler, names: list[str]):
        self.crawler = crawler
        self.names = names
        self.user_agent: str = crawler.settings.get("USER_AGENT") or ""
        self.http_loopback = crawler.settings.getbool("HIMJOBS_ALLOW_PRIVATE_URLS")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        names = crawler.settings.getlist("HIMJOBS_SECRET_HEADERS")
        if not names:
            raise NotConfigured("no HIMJOBS_SECRET_HEADERS")
        return cls(crawler, names)

    def process_request(self, request: Request) -> None:
        present = [n for n in self.names if n in request.headers]
        meant = request.meta.get(SECRET_HOST_META)
        if meant is None:
            if not present:
                return
            meant = request.meta[SECRET_HOST_META] = origin(request.url)
        meant = origin(str(meant)) if "://" in str(meant) else f"https://{str(meant).lower()}"
        here = origin(request.url)
        if here == meant and may_carry_secrets(here, http_loopback=self.http_loopback):
            return
        for name in present:
            del request.headers[name]
        agent = request.headers.get("User-Agent")
        personal = agent is not None and agent.decode("latin-1") != self.user_agent
        if personal:
            request.headers["User-Agent"] = self.user_agent
        if present or personal:
            self.crawler.stats.inc_value("himjobs/secret_header_stripped")
            logger.warning(
                "Dropped secret header(s) %s for %s (meant for %s)", present, here, meant
            )


def origin(url: str) -> str:
    """scheme://host[:port] of a URL, lower case, default ports left out.

    >>> origin("HTTPS://Data.USAJobs.gov:443/api/search?x=1")
    'https://data.usajobs.gov'
    >>> origin("http://127.0.0.1:8080/x")
    'http://127.0.0.1:8080'
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != {"http": 80, "https": 443}.get(scheme):
        host += f":{port}"
    return f"{scheme}://{host}"


def may_carry_secrets(url: str, *, http_loopback: bool) -> bool:
    """https only; plain http only to a loopback literal and only when ``http_loopback``.

    >>> may_carry_secrets("http://data.usajobs.gov", http_loopback=True)
    False
    >>> may_carry_secrets("http://127.0.0.1:8080", http_loopback=True)
    True
    """
    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    if parts.scheme != "http" or not http_loopback:
        return False
    try:
        return ipaddress.ip_address(parts.hostname or "").is_loopback
    except ValueError:
        return False
