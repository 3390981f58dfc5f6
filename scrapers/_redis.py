"""scrapy-redis mode: many worker processes, on any machines, share one crawl through Redis.

The request queue and the duplicate filter live in Redis; each worker runs the ordinary spider
(its ``start()`` yields every board's first request) and the shared duplicate filter lets only the
first worker enqueue each seed, so every page is fetched once whichever worker takes it. All
workers write to one database (PostgreSQL).

    settings = redis_settings("redis://127.0.0.1:6379/0", crawl_id="2026-11-27")
    # scrapy crawl greenhouse -s HIMJOBS_REDIS_URL=redis://...   (RedisMode add-on, below)
    # himjobs crawl greenhouse --redis redis://...

scrapy-redis is imported only in this mode (scrapers._redis_scheduler). Its queue pickles
requests (scrapy-redis's default serializer): the Redis server must be private to the workers.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapers import settings as defaults

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

#: Redis URL schemes redis-py understands.
SCHEMES = ("redis", "rediss", "unix")
#: Keys of one crawl: ``himjobs:<crawl_id>:<spider>:requests`` and ``...:dupefilter``.
KEY_PREFIX = "himjobs"
#: How long a crawl's keys stay in Redis after its last worker closes (HIMJOBS_REDIS_TTL).
DEFAULT_TTL: int = defaults.HIMJOBS_REDIS_TTL
_CRAWL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def default_crawl_id() -> str:
    """Today's UTC date: workers started the same day join the same crawl.

    >>> len(default_crawl_id()) == len("2026-11-27")
    True
    """
    return time.strftime("%Y-%m-%d", time.gmtime())


def redis_settings(url: str, *, crawl_id: str | None = None) -> dict[str, Any]:
    """Scrapy settings that put the scheduler queue and the duplicate filter in Redis.

    Workers that share ``crawl_id`` (default: today's UTC date) share one crawl; a new id starts
    a fresh one (the duplicate filter of a finished crawl would skip every page). A worker
    closes nothing by itself: the store pipeline sees HIMJOBS_REDIS_URL and lets the last
    worker out close for the whole crawl (scrapers._redis_close).

    >>> s = redis_settings("redis://127.0.0.1:6379/0", crawl_id="nightly-42")
    >>> s["SCHEDULER"], s["SCHEDULER_PERSIST"], s["HIMJOBS_REDIS_CRAWL_ID"]
    ('scrapers._redis_scheduler.SharedScheduler', True, 'nightly-42')
    >>> s["SCHEDULER_QUEUE_KEY"]
    'himjobs:nightly-42:%(spider)s:requests'
    >>> redis_settings("http://127.0.0.1:6379")
    Traceback (most recent call last):
    ...
    ValueError: not a Redis URL (redis://, rediss:// or unix://): 'http://127.0.0.1:6379'
    """
    if urlsplit(url).scheme not in SCHEMES:
        raise ValueError(f"not a Redis URL (redis://, rediss:// or unix://): {url!r}")
    crawl_id = crawl_id or default_crawl_id()
    if not _CRAWL_ID.match(crawl_id):
        raise ValueError(f"crawl id must be 1-64 letters, digits, '.', '_' or '-': {crawl_id!r}")
    prefix = f"{KEY_PREFIX}:{crawl_id}:%(spider)s"
    return {
        "HIMJOBS_REDIS_URL": url,
        "HIMJOBS_REDIS_CRAWL_ID": crawl_id,
        "REDIS_URL": url,
        "SCHEDULER": "scrapers._redis_scheduler.SharedScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        # The first worker to run out of work must not flush the queue and the filter the
        # others still use; SharedScheduler sets an expiry on them instead.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
    }


class RedisMode:
    """Scrapy add-on: when the ``HIMJOBS_REDIS_URL`` setting is set (``-s``, environment via
    scrapers.settings, or a scrapyd ``setting=``), apply ``redis_settings`` to this crawl.
    Its values replace the project's (scrapers.settings) but not a spider's or the command
    line's."""

    def update_settings(self, settings: BaseSettings) -> None:
        url = settings.get("HIMJOBS_REDIS_URL")
        if not url:
            return
        try:
            import scrapy_redis  # noqa: F401
        except ImportError:
            raise RuntimeError(
                "HIMJOBS_REDIS_URL is set but scrapy-redis is not installed: "
                "pip install 'himjobs[redis]'"
            ) from None
        values = redis_settings(url, crawl_id=settings.get("HIMJOBS_REDIS_CRAWL_ID") or None)
        for name, value in values.items():
            settings.set(name, value, priority="project")
