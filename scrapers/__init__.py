"""The Scrapy project: settings, formats (pure payload -> Posting parsers), spiders, pipelines.

The names below are what the application layer (himjobs) and other tools use. Each loads its
module on first use, so importing ``scrapers.formats`` still imports neither Scrapy nor storage.

>>> from scrapers import check_url
>>> check_url("https://boards-api.greenhouse.io/v1/boards/acme/jobs", allow_private=False,
...           resolve=False)
'https://boards-api.greenhouse.io/v1/boards/acme/jobs'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scrapers._ingest import Ingester
    from scrapers._redis import redis_settings
    from scrapers._run import NOT_STARTED, CrawlReport, crawl, crawl_here, crawl_in_reactor
    from scrapers._sources import SourcesError, load_sources
    from scrapers._urls import UnsafeURLError, check_url

#: public name -> the module that defines it
_HOMES = {
    "CrawlReport": "scrapers._run",
    "Ingester": "scrapers._ingest",
    "NOT_STARTED": "scrapers._run",
    "SourcesError": "scrapers._sources",
    "UnsafeURLError": "scrapers._urls",
    "check_url": "scrapers._urls",
    "crawl": "scrapers._run",
    "crawl_here": "scrapers._run",
    "crawl_in_reactor": "scrapers._run",
    "load_sources": "scrapers._sources",
    "redis_settings": "scrapers._redis",
}

__all__ = [
    "NOT_STARTED",
    "CrawlReport",
    "Ingester",
    "SourcesError",
    "UnsafeURLError",
    "check_url",
    "crawl",
    "crawl_here",
    "crawl_in_reactor",
    "load_sources",
    "redis_settings",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'scrapers' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
