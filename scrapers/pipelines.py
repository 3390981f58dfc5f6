"""IngestPipeline: every crawled posting goes relevance -> extract -> Store (scrapers._ingest).

Settings (defaults and reasons in scrapers/settings.py): ``HIMJOBS_DATABASE_URL`` (else
$HIMJOBS_DATABASE_URL, else storage.DEFAULT_URL), ``HIMJOBS_BATCH_SIZE``, ``HIMJOBS_RUN_ID`` (a
run the caller started; without it the pipeline starts and finishes one run per spider),
``HIMJOBS_CLOSE_MISSING`` and ``HIMJOBS_MIN_FRACTION``.

Stats (per spider): ``himjobs/seen``, ``/dropped_irrelevant``, ``/stored``, ``/inserted``,
``/updated``, ``/unchanged``, ``/failed``, ``/closed``, ``/duplicates`` and ``himjobs/outcome``:

- ``failed``: the crawl did not finish normally, nothing came through and pages were bad, or its
  JOBDIR had seen every request so nothing was fetched (scrapers._jobdir);
- ``suspicious``: stored fewer than HIMJOBS_MIN_FRACTION x the source's last good count;
- ``partial``: bad pages or postings that could not be stored;
- ``ok``: only then, and when the spider crawled its whole list (``himjobs/complete``: a spider
  that crawled only part of it, boards picked with ``-a boards=`` or an incremental sitemap
  crawl, sets ``himjobs_complete = False``; a crawl resuming a JOBDIR is never whole), are the
  source's open postings this run did not see closed (``Store.close_missing``).

With ``HIMJOBS_REDIS_URL`` (a worker of a shared crawl, scrapers._redis) a worker judges only its
own share (never suspicious) and closes nothing by itself: its postings are stored under the
crawl's shared run, and the last worker out closes for the whole crawl (scrapers._redis_close;
stats ``himjobs/redis/shared_run_id``, ``/closer``, ``/not_closed``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from schemas import Posting
from scrapers import settings as defaults
from scrapers._ingest import COUNT_KEYS, Ingester
from scrapers._lease import SourceLease
from scrapers.signals import bad_page
from scrapers.stats import (
    STAT_BAD,
    STAT_CLOSER,
    STAT_COMPLETE,
    STAT_INVALID,
    STAT_JOBDIR_NOTHING_FETCHED,
    STAT_LAST_GOOD,
    STAT_NOT_CLOSED,
    STAT_OUTCOME,
    STAT_PREFIX,
    STAT_RUN_ID,
    STAT_SHARED_RUN,
)
from storage import DEFAULT_URL, Store

if TYPE_CHECKING:
    from typing import Self

    import scrapy
    from scrapy.crawler import Crawler

    from scrapers._redis_close import SharedClose

log = logging.getLogger(__name__)


def database_url(settings: Any) -> str:
    """The store URL a crawl writes to: the setting, else the environment, else the default."""
    return str(
        settings.get("HIMJOBS_DATABASE_URL")
        or os.environ.get("HIMJOBS_DATABASE_URL")
        or DEFAULT_URL
    )


def outcome(
    counts: dict[str, int],
    *,
    finish_reason: str,
    bad_pages: int,
    last_good: int | None,
    min_fraction: float,
) -> str:
    """ok / partial / suspicious / failed for one source's crawl.

    >>> c = {"seen": 10, "stored": 4, "failed": 0}
    >>> outcome(c, finish_reason="finished", bad_pages=0, last_good=None, min_fraction=0.5)
    'ok'
    >>> outcome(c, finish_reason="finished", bad_pages=0, last_good=9, min_fraction=0.5)
    'suspicious'
    >>> outcome(c, finish_reason="shutdown", bad_pages=0, last_good=4, min_fraction=0.5)
    'failed'
    """
    if finish_reason != "finished" or (counts["seen"] == 0 and bad_pages > 0):
        return "failed"
    if last_good and counts["stored"] < min_fraction * last_good:
        return "suspicious"
    if bad_pages or counts["failed"]:
        return "partial"
    return "ok"


class IngestPipeline:
    """Keeps records roles, extracts requirements, upserts in batches, records bad pages."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.store = Store(database_url(settings))
        self.batch_size = settings.getint("HIMJOBS_BATCH_SIZE", defaults.HIMJOBS_BATCH_SIZE)
        run_id = settings.get("HIMJOBS_RUN_ID")
        self.own_run = run_id in (None, "")
        self.run_id: int | None = None if self.own_run else int(run_id)
        self.close_missing = settings.getbool(
            "HIMJOBS_CLOSE_MISSING", defaults.HIMJOBS_CLOSE_MISSING
        )
        self.min_fraction = settings.getfloat("HIMJOBS_MIN_FRACTION", defaults.HIMJOBS_MIN_FRACTION)
        self.ingester: Ingester | None = None
        self.source = ""
        # A crawl resuming a JOBDIR (Scrapy's persistent queue) fetches only what the stopped
        # crawl had left: "ok" then does not mean it saw the whole board, and closing what it did
        # not see would close the postings the first part stored. Checked here, before the
        # scheduler opens the JOBDIR and creates its files.
        jobdir = settings.get("JOBDIR")
        self.resumed = bool(jobdir) and (Path(jobdir) / "requests.seen").exists()
        #: a worker of a shared Redis crawl: closing goes through scrapers._redis_close
        self.redis_url = str(settings.get("HIMJOBS_REDIS_URL") or "")
        self.shared: SharedClose | None = None
        #: this crawl's hold on its source (scrapers._lease): nothing is stored or closed without
        self.lease: SourceLease | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if crawler.settings.getint("HIMJOBS_BATCH_SIZE", defaults.HIMJOBS_BATCH_SIZE) < 1:
            raise NotConfigured("HIMJOBS_BATCH_SIZE must be >= 1")
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.on_bad_page, signal=bad_page)
        crawler.signals.connect(pipeline.on_spider_closed, signal=signals.spider_closed)
        return pipeline

    # --- Scrapy hooks -----------------------------------------------------------------------

    def open_spider(self) -> None:
        spider = self.crawler.spider
        assert spider is not None
        self.source = spider.name
        if self.own_run:
            self.run_id = self.store.start_run([self.source])
        self.crawler.stats.set_value(STAT_RUN_ID, self.run_id)
        store_run = self.run_id
        # Registered by the shared scheduler (scrapers._redis_scheduler) before any request.
        self.shared = getattr(spider, "himjobs_shared", None) if self.redis_url else None
        if self.shared is not None:
            if not self.close_missing:
                self.shared.flag("closing turned off on this worker (HIMJOBS_CLOSE_MISSING)")
            shared_run = self.shared.shared_run(
                lambda: self.store.start_run([self.source], shared=True)
            )
            self.crawler.stats.set_value(STAT_SHARED_RUN, shared_run)
            store_run = shared_run or self.run_id
        self.ingester = Ingester(
            self.store, run_id=store_run, batch_size=self.batch_size, on_failure=self._failed
        )
        self._publish()
        if store_run is not None:
            self.lease = SourceLease(self.crawler, self.store, self.source, store_run)
            # the workers of a shared crawl hold its lease together: the closer gives it up
            self.lease.release_at_end = self.shared is None
            self.lease.take()  # CloseSpider when another crawl holds the source

    def process_item(self, item: Any) -> Posting:
        assert self.ingester is not None
        if self.lease is not None and not self.lease.held:
            raise DropItem("another crawl holds this source", log_level="DEBUG")
        posting = item
        if not isinstance(posting, Posting):
            try:
                posting = Posting.model_validate(dict(item))
            except (ValidationError, TypeError, ValueError) as exc:
                self.ingester.counts[self.source]["seen"] += 1
                self.ingester.fail(self.source, None, f"not a posting: {exc}"[:500])
                self._publish()
                raise DropItem("not a posting", log_level="WARNING") from exc
        result = self.ingester.add(posting)
        self._publish()
        if result != "kept":
            level = "DEBUG" if result == "irrelevant" else "WARNING"
            raise DropItem(f"{result}: {posting.title!r}", log_level=level)
        return posting

    def close_spider(self) -> None:
        # Flush here (before spider_closed); the closing decision needs the finish reason.
        if self.ingester is not None:
            self.ingester.flush()
            self._publish()

    def on_bad_page(self, url: str, reason: str, spider: scrapy.Spider) -> None:
        if self.run_id is not None:
            self.store.record_error(self.run_id, spider.name, url, reason[:2000])

    def on_spider_closed(self, spider: scrapy.Spider, reason: str) -> None:
        try:
            self._finish(spider, reason)
        finally:
            if self.lease is not None:
                self.lease.stop()
            self.store.close()

    # --- helpers ----------------------------------------------------------------------------

    def _close_missing(self, run_id: int) -> int | None:
        """close_missing under this crawl's lease; None when another crawl has taken it."""
        if self.lease is None or self.lease.run_id != run_id:
            return self.store.close_missing(self.source, run_id)
        return self.lease.close_missing()

    def _failed(self, source: str, url: str | None, reason: str) -> None:
        if self.run_id is not None:
            self.store.record_error(self.run_id, source, url, reason)

    def _counts(self) -> dict[str, int]:
        """This spider's counters (summed over posting sources, e.g. jobspy:indeed)."""
        total = dict.fromkeys(COUNT_KEYS, 0)
        if self.ingester is not None:
            for counts in self.ingester.counts.values():
                for key in COUNT_KEYS:
                    total[key] += counts[key]
        # Postings the spider could not turn into a valid Posting never reach the pipeline, but
        # the crawl saw them and they failed (each is also a bad page, a run error).
        invalid = int(self.crawler.stats.get_value(STAT_INVALID) or 0)
        total["seen"] += invalid
        total["failed"] += invalid
        return total

    def _publish(self) -> None:
        stats = self.crawler.stats
        for key, value in self._counts().items():
            stats.set_value(STAT_PREFIX + key, value)

    def _finish(self, spider: scrapy.Spider, reason: str) -> None:
        stats = self.crawler.stats
        counts = self._counts()
        last_good = next(
            (s["last_good_count"] for s in self.store.sources() if s["name"] == self.source),
            None,
        )
        result = outcome(
            counts,
            finish_reason=reason,
            bad_pages=int(stats.get_value(STAT_BAD) or 0),
            last_good=last_good,
            # a shared crawl's worker saw a share only; the whole crawl is judged in _finish_shared
            min_fraction=0.0 if self.redis_url else self.min_fraction,
        )
        stale_jobdir = stats.get_value(STAT_JOBDIR_NOTHING_FETCHED)
        if stale_jobdir:  # set by scrapers._jobdir: not an "ok" (or a "suspicious") with 0 seen
            result = "failed"
            self._failed(self.source, None, str(stale_jobdir))
        complete = bool(getattr(spider, "himjobs_complete", True)) and not self.resumed
        stats.set_value(STAT_COMPLETE, complete)
        if self.shared is not None:
            counts["closed"] = self._finish_shared(result, complete, counts, last_good)
        elif (
            result == "ok"
            and complete
            and self.close_missing
            and not self.redis_url
            and self.run_id is not None
        ):
            closed = self._close_missing(self.run_id)
            if closed is None:  # the lease went to another crawl: nothing closed
                result = "failed"
            counts["closed"] = closed or 0
        stats.set_value(STAT_OUTCOME, result)
        stats.set_value(STAT_LAST_GOOD, last_good)
        for key, value in counts.items():
            stats.set_value(STAT_PREFIX + key, value)
        if self.own_run and self.run_id is not None:
            self.store.finish_run(
                self.run_id,
                status=result,
                counts={self.source: {**counts, "outcome": result}},
                # a worker's share is no baseline for the source's next suspicious check
                baseline=not self.redis_url,
            )
        log.info("%s: %s %s", self.source, result, counts)

    # --- shared Redis crawls ------------------------------------------------------------------

    def _finish_shared(
        self, result: str, complete: bool, counts: dict[str, int], last_good: int | None
    ) -> int:
        """Leave the register; the worker finishing the shared crawl closes (or says why not)."""
        assert self.shared is not None
        self.shared.stop_heartbeat()
        if result != "ok":
            self.shared.flag(f"outcome {result}")
        elif not complete:
            self.shared.flag(
                "crawled part of the source (boards picked, since, or a resumed JOBDIR)"
            )
        left = self.shared.leave(counts["stored"])
        stats = self.crawler.stats
        stats.set_value(STAT_CLOSER, left.claimed)
        if not left.claimed:
            return 0
        refusal, status = left.refusal(), "ok"
        if refusal is None and last_good and left.stored < self.min_fraction * last_good:
            refusal = f"suspicious: {left.stored} postings stored, last good crawl {last_good}"
            status = "suspicious"
        elif refusal is not None:
            status = "failed" if left.registered or left.queued else "partial"
        closed = 0
        if self.lease is not None:
            self.lease.release_at_end = True  # the crawl is over: the closer gives the lease up
        if refusal is None and left.run_id is not None:
            closed = self._close_missing(left.run_id) or 0
        if refusal is not None:
            stats.set_value(STAT_NOT_CLOSED, refusal)
            log.warning("shared crawl of %s closes nothing: %s", self.source, refusal)
        if left.run_id is not None:
            if refusal is not None:
                self.store.record_error(left.run_id, self.source, None, f"not closed: {refusal}")
            shared = {"stored": left.stored, "closed": closed, "workers": left.joined}
            self.store.finish_run(left.run_id, status=status, counts={self.source: shared})
        return closed
