"""JobdirScheduler: Scrapy's scheduler, but a JOBDIR that a killed crawl left is started over.

Scrapy keeps a crawl's state in its JOBDIR in three parts that are written at different times:
the seen-request filter (``requests.seen``) as requests are scheduled, in 8 KiB chunks; the disk
queues' files (``requests.queue/<slot>/<priority>``) as requests come and go, buffered; and the
list of queues to resume (``requests.queue/active.json``) only when the crawl stops cleanly. After
kill -9 (or a power cut) there is no saved list and the other two disagree with each other:

- a request the killed crawl had scheduled but not fetched is in ``requests.seen`` and in no
  resumed queue: the next crawl filters it as already seen, so it and every page it led to are
  never fetched (a board's first page: the whole board);
- a queue file created and not yet flushed is left empty: the next crawl's first push to it fails
  (``struct.error`` in queuelib's LifoDiskQueue), and that request and the rest of its board are
  lost, while the crawl still finishes "ok".

Either way postings are lost without a bad page. So a JOBDIR with a seen file but no saved queue
list is not resumed: its seen file and queue files are removed (one warning, stat
``himjobs/jobdir_discarded``) and the crawl fetches everything again; upserts by (source,
external_id) make that safe. The saved list is removed once read, so a crawl killed after
resuming a cleanly stopped one is recognised too. A clean stop (SIGINT, a finished crawl) writes
the list again and resumes as Scrapy does.

A crawl that finished (finish reason ``finished``: nothing left to fetch) removes its seen file:
the job is done, and a JOBDIR is one job's state (Scrapy's docs), so the same command next time
(cron, a timer) crawls afresh instead of filtering every request as already seen and fetching
nothing. A JOBDIR some crawl left finished without that (Scrapy's own scheduler, an older
himjobs) still fetches nothing once: that crawl says so (stat ``himjobs/jobdir_nothing_fetched``,
which makes the pipeline's outcome failed) and clears it for the next.

Only for JOBDIR crawls: without one (and in Redis mode, whose addon sets its own scheduler) this
is Scrapy's scheduler unchanged. docs/reliability.md reports what a resumed crawl did;
docs/deployment.md tells users how a JOBDIR behaves.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.core.scheduler import Scheduler
from scrapy.utils.job import job_dir

from scrapers.stats import STAT_JOBDIR_DISCARDED, STAT_JOBDIR_NOTHING_FETCHED

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.spiders import Spider
    from twisted.internet.defer import Deferred

log = logging.getLogger(__name__)

#: Scrapy's JOBDIR layout (scrapy.dupefilters.RFPDupeFilter, scrapy.core.scheduler.Scheduler)
SEEN_FILE = "requests.seen"
QUEUE_DIR = "requests.queue"
STATE_FILE = "active.json"


def unsaved_reason(jobdir: Path) -> str | None:
    """Why ``jobdir`` may not be resumed (a crawl used it and did not save its queue), or None:
    a new JOBDIR, or one a crawl stopped cleanly."""
    if not (jobdir / SEEN_FILE).exists() or (jobdir / QUEUE_DIR / STATE_FILE).exists():
        return None
    return (
        f"JOBDIR {jobdir}: the crawl that used it did not stop cleanly (killed?) and saved no "
        "request queue; its seen requests would never be fetched again, so this crawl starts over"
    )


def discard_unsaved(jobdir: Path) -> str | None:
    """Remove the seen file and queue files of a JOBDIR whose queue was not saved; the reason,
    or None when the JOBDIR is new or was stopped cleanly (left as it is)."""
    reason = unsaved_reason(jobdir)
    if reason is not None:
        (jobdir / SEEN_FILE).unlink(missing_ok=True)
        shutil.rmtree(jobdir / QUEUE_DIR, ignore_errors=True)
    return reason


def nothing_fetched_reason(jobdir: Path) -> str:
    """The run error of a crawl that fetched nothing because its JOBDIR had seen it all."""
    return (
        f"nothing fetched: every request already seen in JOBDIR {jobdir}; cleared, so the next "
        "crawl with it starts afresh"
    )


class JobdirScheduler(Scheduler):
    """Scheduler (settings.SCHEDULER) that starts over from a JOBDIR a killed crawl left, and
    clears the JOBDIR of a crawl that finished."""

    #: this crawl resumes a JOBDIR's seen requests (one a crawl stopped cleanly, or finished)
    resumed = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        jobdir = job_dir(crawler.settings)
        # Before Scheduler builds its dupefilter, which reads requests.seen on creation.
        reason = discard_unsaved(Path(jobdir)) if jobdir else None
        scheduler = super().from_crawler(crawler)
        scheduler.resumed = jobdir is not None and Path(jobdir, SEEN_FILE).exists()
        if reason is not None:
            log.warning("%s", reason)
            crawler.stats.set_value(STAT_JOBDIR_DISCARDED, reason)
        return scheduler

    def open(self, spider: Spider) -> Deferred[None] | None:
        opened = super().open(spider)
        if self.dqdir:
            # Read by now; from here only a clean close (Scheduler.close) writes it again, so a
            # crawl killed after this point leaves none and is started over, not half-resumed.
            Path(self.dqdir, STATE_FILE).unlink(missing_ok=True)
        return opened

    def close(self, reason: str) -> Deferred[None] | None:
        closed = super().close(reason)  # saves the queue list, writes out the seen file
        if self.dqdir and reason == "finished":
            jobdir = Path(self.dqdir).parent
            if self.resumed and not (self.stats and self.stats.get_value("scheduler/dequeued")):
                why = nothing_fetched_reason(jobdir)
                log.warning("%s", why)
                if self.stats:
                    self.stats.set_value(STAT_JOBDIR_NOTHING_FETCHED, why)
            # Nothing is queued when a crawl finishes (the engine closes an idle spider only),
            # so the seen file is all that would stop the next crawl with this JOBDIR.
            (jobdir / SEEN_FILE).unlink(missing_ok=True)
            log.info("JOBDIR %s: the crawl finished; the next crawl with it starts afresh", jobdir)
        return closed
