"""Downloader middlewares closing two gaps in Scrapy's defaults (docs/contributing.md, "Things that
bite here").

- BackoffRetryMiddleware: retries 429/5xx after a bounded wait that honours Retry-After, instead of
  Scrapy's immediate re-queue.
- SecretHeaderMiddleware: a secret header (USAJOBS's Authorization-Key) only ever goes to the host
  it was meant for, redirects and retries included.
"""

from __future__ import annotations

import asyncio
import email.utils
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

#: request.meta key naming the host a secret header may be sent to (set by the spider, or
#: taken from the first request that carries the header).
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
    """Drop secret headers from any request whose host is not the one the secret was meant for.

    The intended host is ``request.meta["himjobs_secret_host"]`` if the spider set it, else the host
    of the first request seen carrying the header (redirects and retries copy meta, so a redirect
    to another host keeps the original host here and loses the header). Header names come from
    the ``HIMJOBS_SECRET_HEADERS`` setting. Stat: ``himjobs/secret_header_stripped``.
    """

    def __init__(self, crawler: Crawler, names: list[str]):
        self.crawler = crawler
        self.names = names

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        names = crawler.settings.getlist("HIMJOBS_SECRET_HEADERS")
        if not names:
            raise NotConfigured("no HIMJOBS_SECRET_HEADERS")
        return cls(crawler, names)

    def process_request(self, request: Request) -> None:
        present = [n for n in self.names if n in request.headers]
        if not present:
            return
        host = _host(request.url)
        meant = request.meta.setdefault(SECRET_HOST_META, host)
        if host == str(meant).lower():
            return
        for name in present:
            del request.headers[name]
        self.crawler.stats.inc_value("himjobs/secret_header_stripped")
        logger.warning("Dropped secret header(s) %s for %s (meant for %s)", present, host, meant)


def _host(url: str) -> str:
    parts = urlsplit(url)
    return (parts.hostname or "").lower() + (f":{parts.port}" if parts.port else "")
