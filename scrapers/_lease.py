"""A crawl's hold on its source (storage/_leases.py): taken when the pipeline opens, renewed by a
heartbeat in the reactor, checked again in the transaction that closes postings.

Every way a crawl starts (``scrapy crawl``, scrapyd, ``himjobs crawl``, Redis workers) goes
through IngestPipeline, which takes the lease of its source for the run it stores under. A second
crawl of the same source waits up to ``HIMJOBS_LEASE_WAIT`` seconds, then stops before fetching
anything (finish reason ``source_busy``: a failed, non-closing outcome) with one line saying who
holds the source. A crawl whose lease is taken over (it stalled past ``HIMJOBS_LEASE_TTL``) stops
storing and closes nothing: its postings would otherwise mark the new holder's as unseen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.task import LoopingCall

from scrapers import settings as defaults
from storage import Store, StoreError

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)

#: finish reasons of a crawl that may not crawl its source
BUSY = "source_busy"
LOST = "lease_lost"
#: stats: the refusal or loss, one line
STAT_LEASE = "himjobs/lease"


class SourceLease:
    """The lease of one source for one run, for as long as a crawl runs."""

    def __init__(self, crawler: Crawler, store: Store, source: str, run_id: int) -> None:
        settings = crawler.settings
        self.crawler, self.store, self.source, self.run_id = crawler, store, source, run_id
        self.ttl = max(3.0, settings.getfloat("HIMJOBS_LEASE_TTL", defaults.HIMJOBS_LEASE_TTL))
        self.wait = max(0.0, settings.getfloat("HIMJOBS_LEASE_WAIT", defaults.HIMJOBS_LEASE_WAIT))
        self.held = False
        #: give the lease up when the crawl ends (a shared crawl's worker: only the closer)
        self.release_at_end = True
        self.refusal = ""
        self._beat: LoopingCall | None = None

    def take(self) -> None:
        """Take the lease and start renewing it; when another run has it, record why on this
        run and raise CloseSpider(source_busy): the crawl stops before its first request."""
        other = self.store.take_lease(self.source, self.run_id, ttl=self.ttl, wait=self.wait)
        if other is not None:
            self.refusal = (
                f"another crawl of {self.source!r} is running ({other.describe()}): "
                "this crawl fetched nothing and closes nothing"
            )
            self.crawler.stats.set_value(STAT_LEASE, self.refusal)
            self.store.record_error(self.run_id, self.source, None, self.refusal)
            log.error("%s", self.refusal)
            raise CloseSpider(BUSY)
        self.held = True
        self._beat = LoopingCall(self._renew)
        self._beat.start(self.ttl / 3, now=False)

    def _renew(self) -> None:
        try:
            renewed = self.store.renew_lease(self.source, self.run_id, ttl=self.ttl)
        except StoreError as err:  # the database is away: the lease may lapse, closing checks
            log.warning("could not renew the lease of %s: %s", self.source, err)
            return
        if renewed or not self.held:
            return
        self.held = False
        other = self.store.lease(self.source)
        reason = f"lost the lease of {self.source!r}" + (f" to {other.describe()}" if other else "")
        self.crawler.stats.set_value(STAT_LEASE, reason)
        log.error("%s: stopping; nothing of this crawl is closed", reason)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=LOST))

    def close_missing(self) -> int | None:
        """Store.close_missing for this run, checked against the lease in the same transaction;
        None (nothing closed, the reason recorded) when the lease went to another crawl."""
        try:
            return self.store.close_missing(self.source, self.run_id, lease_ttl=self.ttl)
        except StoreError as err:
            self.held = False
            self.crawler.stats.set_value(STAT_LEASE, str(err))
            self.store.record_error(self.run_id, self.source, None, str(err))
            log.error("%s", err)
            return None

    def stop(self) -> None:
        """Stop renewing, and give the lease up if ``release_at_end`` (a crawl of its own, or the
        worker that closed for a shared crawl); otherwise the other workers keep it."""
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        if self.release_at_end and self.held:
            self.store.release_lease(self.source, self.run_id)
        self.held = False
