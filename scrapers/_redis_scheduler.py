"""SharedScheduler: scrapy-redis's scheduler for workers sharing one crawl (scrapers._redis)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy_redis.scheduler import Scheduler

from scrapers._redis import DEFAULT_TTL, default_crawl_id
from scrapers._redis_close import DEFAULT_LEASE, SharedClose

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.settings import BaseSettings


class SharedScheduler(Scheduler):  # type: ignore[misc]
    """scrapy-redis's scheduler, plus: seeds enqueued once even with ``dont_filter=True``, and
    the crawl's keys expire (``HIMJOBS_REDIS_TTL``) instead of living forever.

    Every worker's ``start()`` yields the same seeds. A seed built with ``dont_filter=True`` (a
    Workday POST) would bypass the filter and be crawled once per worker, so seeds always go
    through it. Retries and redirects (``retry_times`` / ``redirect_times`` in meta) still pass:
    the fingerprint of their request is already in the filter.

    On open, before any request is taken, the worker joins the crawl's closing register
    (scrapers._redis_close) and renews its lease while it runs; the register is handed to the
    store pipeline as ``spider.himjobs_shared``, and only the pipeline leaves it.
    """

    ttl: int = DEFAULT_TTL
    lease: int = DEFAULT_LEASE
    crawl_id: str = ""
    register: SharedClose | None = None

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> SharedScheduler:
        scheduler: SharedScheduler = super().from_settings(settings)
        scheduler.ttl = settings.getint("HIMJOBS_REDIS_TTL", DEFAULT_TTL)
        scheduler.lease = settings.getint("HIMJOBS_REDIS_LEASE", DEFAULT_LEASE)
        scheduler.crawl_id = str(settings.get("HIMJOBS_REDIS_CRAWL_ID") or default_crawl_id())
        return scheduler

    def open(self, spider: Any) -> None:
        super().open(spider)
        self.register = SharedClose(
            self.server,
            crawl_id=self.crawl_id,
            source=spider.name,
            queue_key=self.queue.key,
            ttl=self.ttl,
            lease=self.lease,
        )
        self.register.join(getattr(spider, "boards", None) or [])
        self.register.start_heartbeat()
        spider.himjobs_shared = self.register
        seen = self.server.scard(self.df.key)
        if seen:
            spider.logger.info(
                "Joining shared crawl %s: %d requests already seen, %d queued",
                self.queue.key,
                seen,
                len(self.queue),
            )

    def enqueue_request(self, request: Request) -> bool:
        # scrapy-redis's own enqueue_request / next_request are not called: they pass the
        # ``spider=`` argument Scrapy deprecates on its stats collector (a warning on every call).
        # Seeds always go through the filter; other requests unless ``dont_filter``.
        seed = _is_seed(request)
        if (seed or not request.dont_filter) and self.df.request_seen(request):
            if seed:
                # another worker (or an earlier run under this crawl id) has it
                self._count("himjobs/redis/seeds_taken_elsewhere")
            else:
                self.df.log(request, self.spider)
            return False
        if seed:
            self._count("himjobs/redis/seeds_enqueued")
        self.queue.push(request)
        self._count("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        request: Request | None = self.queue.pop(self.idle_before_close)
        if request is not None:
            self._count("scheduler/dequeued/redis")
        return request

    def _count(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

    def close(self, reason: str) -> None:
        if self.register is not None:
            self.register.stop_heartbeat()
        super().close(reason)
        if self.persist and self.ttl > 0:
            for key in (self.queue.key, self.df.key):
                self.server.expire(key, self.ttl)


def _is_seed(request: Request) -> bool:
    meta = request.meta
    return bool(
        meta.get("is_start_request")
        and not meta.get("retry_times")
        and not meta.get("redirect_times")
    )
