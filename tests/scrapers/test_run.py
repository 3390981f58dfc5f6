"""scrapers._run: one report for several spiders, the same in-process and in a subprocess."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scrapers._run import crawl as crawl_in_subprocess
from tests.scrapers._crawl import TEST_SETTINGS
from tests.scrapers._crawl import crawl as crawl_in_process


@pytest.mark.parametrize(
    "crawl", [crawl_in_process, crawl_in_subprocess], ids=["in_process", "subprocess"]
)
def test_every_spider_of_one_crawl_reports_its_items(crawl: Any, mock: Any, tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[greenhouse]\nboards = ["northridgehealth"]\n[lever]\nboards = ["lakeshoremed"]\n',
        encoding="utf-8",
    )
    report = crawl(
        ["greenhouse", "lever"],
        settings_overrides=TEST_SETTINGS,
        spider_kwargs={"api_base": mock.url, "sources_file": str(sources), "page_size": "2"},
    )
    # The item hooks are held strongly: the first spider's used to be garbage-collected.
    for name in ("greenhouse", "lever"):
        stats = report.stats[name]
        assert stats["finish_reason"] == "finished", stats
        assert len(report.items[name]) == stats["item_scraped_count"] > 0, name
