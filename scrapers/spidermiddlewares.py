"""ParseFailureMiddleware: an exception anywhere in a spider callback is a recorded bad page.

An exception raised inside a callback ends its generator: the postings after it are never
yielded and, unrecorded, the board would look complete but short, and the store pipeline would
close the postings it "did not see". Here every such exception (OverflowError from a date of
1e300, RecursionError from JSON nested 100,000 deep, a bug) becomes a bad page of kind
``parse_error`` with its reason, through the spider's ``record_bad_page``: the run is then not
``ok``, nothing of the source is closed, and `himjobs crawl` exits 1 naming the source.

Scrapy routes an exception raised while the callback's output is iterated (mid-generator) to
``process_spider_exception`` too. Errbacks run outside the spider middleware; their exceptions
arrive through the ``spider_error`` signal, recorded the same way. Bad postings inside a good
page never get here: ``BoardSpider.build`` records each one and the page goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import CloseSpider
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from twisted.python.failure import Failure

__all__ = ["ParseFailureMiddleware"]

log = logging.getLogger(__name__)

#: Left to Scrapy: HttpError is HttpErrorMiddleware's, CloseSpider closes the spider on purpose.
_NOT_OURS = (HttpError, CloseSpider)
_MAX_REASON = 500


class ParseFailureMiddleware:
    """Records each exception a himjobs spider's callback or errback raises as a bad page."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        mw = cls(crawler)
        crawler.signals.connect(mw.on_spider_error, signal=signals.spider_error)
        return mw

    def process_spider_exception(
        self, response: Response, exception: Exception
    ) -> Iterable[Any] | None:
        if isinstance(exception, _NOT_OURS):
            return None
        if not self._record(response.url, exception, where=_callback_name(response)):
            return None  # not a himjobs spider: Scrapy logs it as usual
        return []  # handled: what the callback yielded before the exception is kept

    def on_spider_error(self, failure: Failure, response: Response | Failure, spider: Any) -> None:
        """An errback raised (a callback's exception was handled above and never gets here)."""
        exception = failure.value
        if exception is None or isinstance(exception, _NOT_OURS):
            return
        request = response.request if isinstance(response, Response) else None
        request = request or getattr(response, "request", None)
        url = request.url if request is not None else ""
        self._record(url, exception, where="errback")

    def _record(self, url: str, exception: BaseException, *, where: str) -> bool:
        record = getattr(self.crawler.spider, "record_bad_page", None)
        if record is None:
            return False
        message = " ".join(str(exception).split())  # one line, whatever the exception holds
        reason = f"parse error in {where}: {type(exception).__name__}: {message}"
        log.debug("parse error on %s", url, exc_info=exception)
        record(url, reason[:_MAX_REASON], kind="parse_error")
        return True


def _callback_name(response: Response) -> str:
    # HttpErrorMiddleware hands a non-2xx response to the errback inside the spider middleware:
    # an exception raised then is the errback's, not the callback's.
    if not 200 <= response.status < 300:
        return "errback"
    request = getattr(response, "request", None)
    callback = getattr(request, "callback", None)
    return str(getattr(callback, "__name__", "callback"))
