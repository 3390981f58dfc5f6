"""A JOBDIR left as kill -9 leaves it is started over, not half-resumed (scrapers/_jobdir.py).

kill -9 leaves a JOBDIR without its saved queue list (requests.queue/active.json), with
``requests.seen`` and the queue files in whatever state their buffers reached. Each case below
builds one such state with Scrapy's own classes and paths, deterministically, then crawls the
same slow-site-shaped Lever board (tests/scrapers/test_crash_resume.py, without its delay)
through the real engine and IngestPipeline with that JOBDIR:

- ``seen-not-queued``: the board's first page is in requests.seen (scheduled by the killed crawl,
  never fetched, in no saved queue). Resumed as Scrapy does, the first page is filtered as
  already seen and nothing is fetched.
- ``empty-queue-file``: the killed crawl had just created a disk queue file and not flushed it
  (the window between pushing a page request and popping it, right after a batch commit, where
  test_crash_resume kills). Resumed as Scrapy does, the first push to that file raises
  struct.error: the first page is stored and the other 23 are lost, the crawl still "ok" (it lost
  103 of 118 postings so, 1 run in 6 under load, in test_crash_resume's kill-9-jobdir-resume).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter
from scrapy.pqueues import _path_safe  # the slot folder name Scrapy's disk queues use

from storage import Store
from tests.scrapers._crawl import TEST_SETTINGS, crawl
from tests.scrapers._rows import stored_rows
from tests.scrapers.test_crash_resume import ALL_IDS, PAGE_SIZE, add_site


def first_page_url(mock: Any) -> str:
    """The URL the Lever spider asks first for the board (scrapers/spiders/lever.py)."""
    return f"{mock.url}/v0/postings/slowsite-crash?mode=json&skip=0&limit={PAGE_SIZE}"


def killed_with_first_page_seen(mock: Any, jobdir: Path) -> None:
    seen = RFPDupeFilter(str(jobdir))
    assert not seen.request_seen(Request(first_page_url(mock)))
    seen.close("shutdown")  # written out here; a killed crawl's buffer reaches disk at 8 KiB
    (jobdir / "requests.queue").mkdir()


def killed_with_an_empty_queue_file(mock: Any, jobdir: Path) -> None:
    RFPDupeFilter(str(jobdir)).close("shutdown")  # created by the killed crawl, still empty
    slot = jobdir / "requests.queue" / _path_safe("127.0.0.1")
    slot.mkdir(parents=True)
    (slot / "0").touch()  # priority 0's LIFO file: its header was still in the write buffer


@pytest.mark.parametrize(
    "killed",
    [killed_with_first_page_seen, killed_with_an_empty_queue_file],
    ids=["seen-not-queued", "empty-queue-file"],
)
def test_a_jobdir_a_killed_crawl_left_is_crawled_again_whole(
    mock: Any, tmp_path: Path, killed: Any
) -> None:
    add_site(mock, delay=0)
    jobdir = tmp_path / "jobdir"
    jobdir.mkdir()
    killed(mock, jobdir)
    db = f"sqlite:///{tmp_path / 'crawl.db'}"
    listing = tmp_path / "sources.toml"
    listing.write_text('[lever]\nboards = ["slowsite-crash"]\n', encoding="utf-8")

    report = crawl(
        ["lever"],
        settings_overrides={
            **TEST_SETTINGS,
            "ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300},
            "HIMJOBS_DATABASE_URL": db,
            "JOBDIR": str(jobdir),
        },
        spider_kwargs={
            "api_base": mock.url,
            "sources_file": str(listing),
            "page_size": str(PAGE_SIZE),
        },
    )
    stats = report.stats["lever"]

    with Store(db) as store:
        ids = {e for _s, e, _t in stored_rows(store)}
    missing = ALL_IDS - ids
    assert missing == set(), f"{len(missing)} postings never stored: {json.dumps(stats)[:3000]}"
    assert stats["himjobs/outcome"] == "ok"
    assert "did not stop cleanly" in stats["himjobs/jobdir_discarded"]
    # started over, but still flagged as a resumed JOBDIR: it closes nothing (the safe side)
    assert stats["himjobs/complete"] is False
    assert stats.get("dupefilter/filtered", 0) == 0
    # the crawl stopped cleanly, so its queue list is saved for a next resume
    assert (jobdir / "requests.queue" / "active.json").exists()
