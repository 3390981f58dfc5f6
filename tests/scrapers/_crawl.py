"""Run a spider through the real engine (in a subprocess) against the mock server."""

from __future__ import annotations

from typing import Any

from scrapers._run import CrawlReport, crawl

#: Settings for tests: the mock server is on 127.0.0.1; no politeness delays; short backoff.
TEST_SETTINGS: dict[str, Any] = {
    "HIMJOBS_ALLOW_PRIVATE_URLS": True,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "HIMJOBS_RETRY_BACKOFF_BASE": 0.05,
    "HIMJOBS_RETRY_BACKOFF_MAX": 2.0,
    "RETRY_TIMES": 3,
    "DOWNLOAD_TIMEOUT": 10,
    "LOG_LEVEL": "WARNING",
    "SPIDER_MODULES": ["scrapers.spiders", "tests.scrapers._spiders"],
    # Spider tests look at the items; pipeline tests (test_pipeline_engine.py) turn it on.
    "ITEM_PIPELINES": {},
}


def run(spider: str, base: str, **kwargs: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(stats, items) of one crawl of ``spider`` with api_base=``base``."""
    overrides = dict(TEST_SETTINGS, **kwargs.pop("settings", {}))
    report: CrawlReport = crawl(
        [spider], settings_overrides=overrides, spider_kwargs={"api_base": base, **kwargs}
    )
    return report.stats[spider], report.items[spider]


def bad_pages(stats: dict[str, Any]) -> list[dict[str, str]]:
    return list(stats.get("himjobs/bad_page_list", []))
