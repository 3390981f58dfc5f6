"""Two crawls of the same source never both close (issue 13, item 4), on SQLite and PostgreSQL.

Crawl A stores the two Northridge postings at once, then waits on a slow second board (up to
15 s; the test ends the wait once B is done); crawl B starts meanwhile. Without a
per-source lease B refreshes the two postings (their last run is now B) and A, finishing, closes
them as "not seen by A": two live postings closed, both runs ok.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from scrapers._run import CrawlReport
from storage import Store
from tests.scrapers._crawl import TEST_SETTINGS
from tests.scrapers._crawl import crawl as _crawl

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
SLOW = "/v1/boards/slowboard/jobs"


def _start(
    results: dict[str, CrawlReport], name: str, settings: dict[str, Any], **kw: Any
) -> threading.Thread:
    def go() -> None:
        results[name] = _crawl(
            ["greenhouse"], settings_overrides={**TEST_SETTINGS, **settings}, spider_kwargs=kw
        )

    thread = threading.Thread(target=go)
    thread.start()
    return thread


def _wait_for(mock: Any, path: str, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while sum(r["path"] == path for r in mock.log()) < count:
        assert time.monotonic() < deadline, f"no request to {path}"
        time.sleep(0.1)


def test_a_second_crawl_of_a_busy_source_stops_and_nothing_live_is_closed(
    mock: Any, store_url: str, tmp_path: Path, reliability: Any
) -> None:
    mock.add_route(
        {
            "path": SLOW,
            "json_body": {"jobs": [], "meta": {"total": 0}},
            "fault": {"kind": "delay", "seconds": 15},
        }
    )
    listing = tmp_path / "sources.toml"
    listing.write_text('[greenhouse]\nboards = ["northridgehealth", "slowboard"]\n')
    settings = {
        **PIPELINE,
        "HIMJOBS_DATABASE_URL": store_url,
        "HIMJOBS_BATCH_SIZE": 1,
        "DOWNLOAD_TIMEOUT": 40,
    }
    kwargs = {"api_base": mock.url, "sources_file": str(listing)}
    results: dict[str, CrawlReport] = {}
    first = _start(results, "A", settings, **kwargs)
    _wait_for(mock, SLOW, 1)  # A has stored the two postings and waits on the slow board
    second = _start(results, "B", settings, **kwargs)
    second.join(120)  # B found the source busy and stopped
    mock.release()  # A need not sit out the rest of its 15 s now
    first.join(120)
    a, b = results["A"].stats["greenhouse"], results["B"].stats["greenhouse"]
    with Store(store_url) as store:
        open_now, total = store.count(), store.count(include_closed=True)
        runs = {r.id: r for r in store.runs()}
        b_errors = [e.reason for e in store.run_errors(b["himjobs/run_id"])]
        lease = store.lease("greenhouse")
    reliability.record(
        "crawl lock",
        "two crawls of one source at once (the second starts while the first runs)",
        stored=total,
        lost=total - open_now,
        errors=len(b_errors),
        outcome=f"first {a['himjobs/outcome']}, second {b['himjobs/outcome']} "
        f"({b['finish_reason']}): {'; '.join(b_errors)}",
    )
    assert total == 2 and open_now == 2  # nothing live was closed
    assert a["finish_reason"] == "finished" and a["himjobs/outcome"] == "ok"
    assert b["finish_reason"] == "source_busy" and b["himjobs/outcome"] == "failed"
    assert runs[b["himjobs/run_id"]].status == "failed"
    assert b.get("himjobs/closed", 0) == 0 and b.get("himjobs/stored", 0) == 0
    (reason,) = b_errors
    assert reason.startswith(
        f"another crawl of 'greenhouse' is running (run {a['himjobs/run_id']} ("
    ) and reason.endswith("this crawl fetched nothing and closes nothing")
    assert sum(r["path"] == "/v1/boards/northridgehealth/jobs" for r in mock.log()) == 1
    assert lease is None  # A gave it up when it finished


def test_the_next_crawl_takes_the_source_after_the_first_finished(
    mock: Any, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    listing = tmp_path / "sources.toml"
    listing.write_text('[greenhouse]\nboards = ["northridgehealth"]\n')
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": url}
    for _ in range(2):
        report = _crawl(
            ["greenhouse"],
            settings_overrides={**TEST_SETTINGS, **settings},
            spider_kwargs={"api_base": mock.url, "sources_file": str(listing)},
        )
        assert report.stats["greenhouse"]["himjobs/outcome"] == "ok"
