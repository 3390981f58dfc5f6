"""kill -9 in the middle of a crawl, then the same crawl again: nothing lost, nothing doubled,
nothing half-written.

The stopped crawl runs the real engine and IngestPipeline in a subprocess (``python -m
scrapers._run``) against a slow Lever site on the mock server (many pages, a delay on each) with
small batches, so several batches are committed before the kill. The second crawl (in this
process's reactor, tests/scrapers/_crawl.py: nothing stops it) is run two ways:

- ``fresh``: the same command again. Upserts are idempotent by (source, external_id), so a rerun
  completes the set; this is what ``himjobs crawl`` (cron, scrapyd) does after a crash.
- ``jobdir``: both runs with Scrapy's JOBDIR (persistent scheduler queue and seen-request
  filter). After a SIGKILL Scrapy has saved neither the queue state nor, reliably, the
  seen-request file, and may leave an empty queue file; the JOBDIR scheduler
  (scrapers/_jobdir.py) starts such a JOBDIR over (tests/scrapers/test_jobdir_resume.py builds
  each of those states). The test records what the resumed crawl did and asserts the outcome the
  product guarantees either way (docs/reliability.md reports it).

Closing: the killed run never reaches the pipeline's close, so it must close nothing, and it stays
"running" in the runs table (never "ok") until the rerun starts, which marks it failed,
"interrupted" (its process is gone).
"""

from __future__ import annotations

import copy
import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from storage import Store
from tests.scrapers._crawl import TEST_SETTINGS, crawl
from tests.scrapers._rows import duplicated_keys, half_written, stored_rows
from tests.scrapers._workers import ROOT, reaped, start_process

FIXTURES = ROOT / "tests" / "fixtures"
PAGES = 24
PAGE_SIZE = 5
BATCH = 5
#: seconds the mock server waits before each page of the first (stopped) crawl: it would take
#: PAGES * DELAY at least, so it is stopped in the middle
DELAY = 0.4

TITLES = [
    "Medical Records Clerk",
    "Health Information Technician",
    "Release of Information Specialist",
    "HIM Clerk - Scanning and Indexing",
    "Medical Records Specialist",
]
CITIES = ["Grand Rapids, MI", "Kalamazoo, MI", "Toledo, OH", "Fort Wayne, IN", "Lansing, MI"]
NEEDS = [
    "RHIT or RHIA required.",
    "High school diploma or GED; CCA preferred.",
    "One year of records experience. CPC or CCS required.",
    "No experience needed; we train.",
    "Associate degree in HIM. RHIT eligible candidates welcome.",
]


def site_pages() -> list[list[dict[str, Any]]]:
    """PAGES pages of PAGE_SIZE distinct records postings in Lever's shape (the last is short,
    so the spider stops there)."""
    template = json.loads((FIXTURES / "lever" / "lakeshore_page1.json").read_text("utf-8"))[0]
    pages = []
    for page in range(PAGES):
        size = PAGE_SIZE if page < PAGES - 1 else PAGE_SIZE - 2
        postings = []
        for i in range(size):
            n = page * PAGE_SIZE + i
            p = copy.deepcopy(template)
            p["id"] = f"crash-{n:04d}-0000-4000-8000-{n:012d}"
            p["text"] = f"{TITLES[n % len(TITLES)]} ({n})"
            city = CITIES[(n // 5) % len(CITIES)]
            p["categories"] = {**p["categories"], "location": city, "allLocations": [city]}
            p["lists"] = [{"text": "Requirements", "content": f"<li>{NEEDS[n % len(NEEDS)]}</li>"}]
            p["descriptionPlain"] = f"Posting {n}: keep patient charts complete in {city}.\n"
            p["description"] = f"<div>Posting {n}: keep patient charts complete in {city}.</div>"
            postings.append(p)
        pages.append(postings)
    return pages


ALL_IDS = {p["id"] for page in site_pages() for p in page}


def add_site(mock: Any, *, delay: float = DELAY) -> None:
    for page, postings in enumerate(site_pages()):
        mock.add_route(
            {
                "path": "/v0/postings/slowsite-crash",
                "query": {"skip": str(page * PAGE_SIZE)},
                "json_body": postings,
                "fault": {"kind": "delay", "seconds": delay},
            }
        )


def crawl_args(mock: Any, db: str, jobdir: Path | None, tmp: Path) -> dict[str, Any]:
    """The crawl's settings and spider arguments (the same for the stopped crawl and the rerun)."""
    settings = {
        **TEST_SETTINGS,
        "ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300},
        "HIMJOBS_DATABASE_URL": db,
        "HIMJOBS_BATCH_SIZE": BATCH,
        "LOG_LEVEL": "INFO",
    }
    if jobdir is not None:
        settings["JOBDIR"] = str(jobdir)
    # A sources file, not -a boards=: only a crawl of the whole list may close postings, so a
    # wrong close would show here.
    listing = tmp / "sources.toml"
    listing.write_text('[lever]\nboards = ["slowsite-crash"]\n', encoding="utf-8")
    kwargs = {"api_base": mock.url, "sources_file": str(listing), "page_size": str(PAGE_SIZE)}
    return {"settings_overrides": settings, "spider_kwargs": kwargs}


def count_rows(db_file: Path) -> int:
    import sqlite3

    if not db_file.exists():
        return 0
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=10)
    try:
        return int(con.execute("SELECT count(*) FROM postings").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # schema not created yet
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sig", "resume"),
    [(signal.SIGKILL, "fresh"), (signal.SIGKILL, "jobdir"), (signal.SIGINT, "jobdir")],
    ids=["kill-9-rerun", "kill-9-jobdir-resume", "graceful-stop-jobdir-resume"],
)
def test_stopped_crawl_then_the_same_crawl_again(
    mock: Any, tmp_path: Path, reliability, sig: signal.Signals, resume: str
) -> None:
    add_site(mock)
    db_file = tmp_path / "crawl.db"
    db = f"sqlite:///{db_file}"
    jobdir = tmp_path / "jobdir" if resume == "jobdir" else None

    args = crawl_args(mock, db, jobdir, tmp_path)
    first = start_process(
        "lever", args["settings_overrides"], args["spider_kwargs"], tmp_path / "first.json"
    )
    deadline = time.monotonic() + 180  # generous: a loaded 2-core CI machine
    with reaped(first):
        while count_rows(db_file) < 3 * BATCH:
            assert first.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline, "no batch committed within 180 s"
            time.sleep(0.1)
        os.kill(first.pid, sig)
        if sig != signal.SIGKILL:
            first.wait(timeout=120)  # a graceful stop: Scrapy saves JOBDIR and closes the spider
    first.wait(timeout=60)
    killed = sig == signal.SIGKILL
    assert first.returncode == (-signal.SIGKILL if killed else 0)
    # killed: the run never finished; stopped: finish_reason "shutdown" makes it "failed". Either
    # way it is not "ok", so it closed nothing.
    stopped_status = "running" if killed else "failed"

    with Store(db) as store:
        before = {(s, e) for s, e, _ in stored_rows(store)}
        killed_half = half_written(store)
        (killed_run,) = store.runs()
    assert 3 * BATCH <= len(before) < len(ALL_IDS)  # killed in the middle
    assert killed_half == []  # each batch is one transaction: committed whole or not at all
    assert killed_run.status == stopped_status

    # The second crawl need not be slow (nothing interrupts it): the same site without the delay.
    mock.reset()
    add_site(mock, delay=0)
    stats = crawl(["lever"], **args).stats["lever"]

    with Store(db) as store:
        rows = stored_rows(store)
        after = {(s, e) for s, e, _ in rows}
        dupes = duplicated_keys(store)
        broken = half_written(store)
        runs = store.runs()
        closed = store.count(include_closed=True) - store.count()
        ids = {e for _s, e, _t in rows}
    lost_committed = before - after
    missing = ALL_IDS - ids
    reliability.record(
        "crash",
        f"{'kill -9' if killed else 'graceful stop (SIGINT)'} after {len(before)} of"
        f" {len(ALL_IDS)} postings stored, then "
        + ("the same crawl again" if resume == "fresh" else "resumed from JOBDIR"),
        stored=len(rows),
        lost=len(missing),
        errors=int(stats.get("himjobs/bad_pages", 0)),
        outcome=(
            f"rerun {stats.get('himjobs/outcome')}: fetched {stats.get('downloader/request_count')}"
            f" URLs, {stats.get('himjobs/inserted', 0)} new, {stats.get('himjobs/unchanged', 0)}"
            f" unchanged; {len(dupes)} duplicates, {len(broken)} half-written,"
            f" {len(lost_committed)} committed rows lost, {closed} wrongly closed;"
            f" the stopped run is now {runs[-1].status if runs else '?'}"
            + (
                f"; {stats.get('dupefilter/filtered', 0)} requests filtered as already seen"
                if resume == "jobdir"
                else ""
            )
        ),
    )
    assert dupes == [] and len(rows) == len(after)
    assert broken == []
    assert lost_committed == set()
    assert missing == set(), f"{len(missing)} postings never stored after the rerun"
    assert stats["himjobs/outcome"] == "ok"
    # a plain rerun is a complete crawl (it could close); a JOBDIR resume never is
    assert stats["himjobs/complete"] is (resume == "fresh")
    assert closed == 0  # nothing was taken down, and the killed run closed nothing
    # The rerun's start marked a killed run failed, "interrupted" (its process is gone); a
    # gracefully stopped run had finished as failed itself.
    assert [r.status for r in runs] == ["ok", "failed"]
    if killed:
        with Store(db) as store:
            reasons = [e.reason for e in store.run_errors(runs[1].id)]
        assert any(r.startswith("interrupted: process") for r in reasons), reasons
