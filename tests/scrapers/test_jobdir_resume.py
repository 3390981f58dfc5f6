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

A JOBDIR whose crawl finished holds every request as seen: run as Scrapy does, the same command
again fetches nothing and reported "ok" with 0 seen. A finished crawl now clears it, so the next
`himjobs crawl -s JOBDIR=D` crawls afresh; one left finished by Scrapy's own scheduler fetches
nothing, fails naming the JOBDIR, closes nothing, and is cleared for the crawl after it
(docs/deployment.md). And a crawl killed, resumed, killed again and resumed again loses nothing
and closes nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter
from scrapy.pqueues import _path_safe  # the slot folder name Scrapy's disk queues use

from storage import Store
from tests._cli import Result, run_himjobs
from tests.scrapers._crawl import TEST_SETTINGS, cli_settings, crawl
from tests.scrapers._rows import duplicated_keys, half_written, stored_rows
from tests.scrapers._workers import start_process
from tests.scrapers.test_crash_resume import (
    ALL_IDS,
    BATCH,
    PAGE_SIZE,
    add_site,
    count_rows,
    crawl_args,
)


def start_crawl(mock: Any, db: str, jobdir: Path, out: Path) -> subprocess.Popen[bytes]:
    """test_crash_resume's crawl as a process (killed below), reporting to ``out``."""
    args = crawl_args(mock, db, jobdir, out.parent)
    return start_process("lever", args["settings_overrides"], args["spider_kwargs"], out)


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


# --- a JOBDIR whose crawl finished ------------------------------------------------------------

#: Greenhouse's northridgehealth board on the mock server: two records postings, one with this id
NORTHRIDGE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "greenhouse" / "northridge_jobs.json"
)
DROPPED_JOB = 5120044


#: Lever's lakeshoremed board on the mock server (one page)
LEVER_PAGE = {
    "path": "/v0/postings/lakeshoremed",
    "query": {"mode": "json", "skip": "0"},
    "file": "lever/lakeshore_page1.json",
}


def himjobs_crawl(
    mock: Any, tmp_path: Path, jobdir: Path, *settings: str, sources: tuple[str, ...] = ()
) -> Result:
    """`himjobs crawl SOURCES -s JOBDIR=...` in its own process, as a user runs it (by default
    greenhouse alone)."""
    listing = tmp_path / "sources.toml"
    listing.write_text(
        '[greenhouse]\nboards = ["northridgehealth"]\n[lever]\nboards = ["lakeshoremed"]\n',
        encoding="utf-8",
    )
    env = {"HIMJOBS_LOCK_DIR": str(tmp_path / "locks"), "HOME": str(tmp_path / "home")}
    return run_himjobs(
        "crawl",
        *(sources or ("greenhouse",)),
        "--db",
        f"sqlite:///{tmp_path / 'crawl.db'}",
        "--api-base",
        mock.url,
        "--boards",
        str(listing),
        "-f",
        "json",
        *cli_settings(RETRY_TIMES=1, JOBDIR=jobdir),
        *settings,
        cwd=tmp_path,
        env=env,
    )


def first_crawl(mock: Any, tmp_path: Path, jobdir: Path, **settings: Any) -> dict[str, Any]:
    """The first of the tests' crawls, in this process (the tests are about what the command
    does next, not about this one's process): greenhouse with `himjobs_crawl`'s sources file,
    database and JOBDIR. Its stats."""
    listing = tmp_path / "sources.toml"
    listing.write_text('[greenhouse]\nboards = ["northridgehealth"]\n', encoding="utf-8")
    report = crawl(
        ["greenhouse"],
        settings_overrides={
            **TEST_SETTINGS,
            "ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300},
            "HIMJOBS_DATABASE_URL": f"sqlite:///{tmp_path / 'crawl.db'}",
            "RETRY_TIMES": 1,
            "JOBDIR": str(jobdir),
            **settings,
        },
        spider_kwargs={"api_base": mock.url, "sources_file": str(listing)},
    )
    assert not report.errors, report.errors
    return dict(report.stats["greenhouse"])


def drop_a_posting(mock: Any) -> None:
    """The board without one of its two records postings (a third is dropped as irrelevant): a
    whole crawl of it closes that one."""
    data = json.loads(NORTHRIDGE.read_text("utf-8"))
    data["jobs"] = [j for j in data["jobs"] if j["id"] != DROPPED_JOB]
    mock.add_route({"path": "/v1/boards/northridgehealth/jobs", "json_body": data})


def source_of(result: Result) -> dict[str, Any]:
    (row,) = json.loads(result.out)["sources"]
    return dict(row)


def test_the_crawl_command_after_a_crawl_that_finished_its_jobdir_crawls_afresh(
    mock: Any, tmp_path: Path
) -> None:
    jobdir = tmp_path / "jobdir"
    first = first_crawl(mock, tmp_path, jobdir)
    assert first["himjobs/outcome"] == "ok"
    assert first["himjobs/stored"] == 2
    # the crawl finished: nothing is left to resume, so nothing is kept as seen
    assert not (jobdir / "requests.seen").exists()

    drop_a_posting(mock)
    again = himjobs_crawl(mock, tmp_path, jobdir)
    assert again.code == 0, again.err
    row = source_of(again)
    # fetched the board again (it used to fetch nothing and say "ok", seen 0) and, being a
    # whole crawl, closed the posting the board no longer lists
    assert (row["outcome"], row["seen"], row["stored"], row["closed"]) == ("ok", 2, 1, 1)
    with Store(f"sqlite:///{tmp_path / 'crawl.db'}") as store:
        assert store.count() == 1


def test_a_jobdir_left_finished_fetches_nothing_fails_and_closes_nothing(
    mock: Any, tmp_path: Path
) -> None:
    jobdir = tmp_path / "jobdir"
    # Scrapy's own scheduler (a `scrapy crawl` elsewhere, or himjobs before the JOBDIR was
    # cleared on finishing) leaves a finished JOBDIR with every request seen.
    first = first_crawl(mock, tmp_path, jobdir, SCHEDULER="scrapy.core.scheduler.Scheduler")
    assert first["himjobs/outcome"] == "ok"
    assert (jobdir / "requests.seen").stat().st_size > 0

    drop_a_posting(mock)  # closing what this run did not see would close both postings
    stale = himjobs_crawl(mock, tmp_path, jobdir)
    assert stale.code == 1, stale.out + stale.err
    out = json.loads(stale.out)
    row = source_of(stale)
    assert (out["status"], row["outcome"], row["seen"], row["closed"]) == ("failed", "failed", 0, 0)
    assert row["reason"].startswith("nothing fetched: every request already seen in JOBDIR")
    with Store(f"sqlite:///{tmp_path / 'crawl.db'}") as store:
        assert store.count() == 2  # nothing closed
        runs = store.runs()
        reasons = [e.reason for e in store.run_errors(runs[0].id)]
    assert [r.status for r in runs] == ["failed", "ok"]
    assert reasons == [
        f"nothing fetched: every request already seen in JOBDIR {jobdir}; cleared, so the"
        " next crawl with it starts afresh"
    ]
    assert row["reason"] == f"{reasons[0]} (1 page)"  # whole: it was cut at 80 characters

    afresh = himjobs_crawl(mock, tmp_path, jobdir)
    assert afresh.code == 0, afresh.err
    row = source_of(afresh)
    assert (row["outcome"], row["seen"], row["stored"], row["closed"]) == ("ok", 2, 1, 1)


def test_each_source_of_one_crawl_has_a_jobdir_of_its_own(mock: Any, tmp_path: Path) -> None:
    """Scrapy's JOBDIR is one spider's state: two sources in one `himjobs crawl` would share
    the seen file and overwrite each other's saved queue list. Each gets JOBDIR/<source>."""
    mock.add_route(LEVER_PAGE)
    jobdir = tmp_path / "jobdir"
    for _ in range(2):  # the second time, both crawl afresh
        result = himjobs_crawl(mock, tmp_path, jobdir, sources=("greenhouse", "lever"))
        assert result.code == 0, result.err
        rows = json.loads(result.out)["sources"]
        assert [(r["source"], r["outcome"], r["seen"] > 0) for r in rows] == [
            ("greenhouse", "ok", True),
            ("lever", "ok", True),
        ]
        assert sorted(p.name for p in jobdir.iterdir()) == ["greenhouse", "lever"]
        for source in ("greenhouse", "lever"):
            assert (jobdir / source / "requests.queue" / "active.json").exists()
            assert not (jobdir / source / "requests.seen").exists()  # finished: cleared


# --- killed after resuming ----------------------------------------------------------------------


def stop_when(crawl_process: subprocess.Popen[str], db_file: Path, rows: int, sig: int) -> None:
    """Send ``sig`` to the crawl once ``rows`` postings are stored; wait for it to end."""
    deadline = time.monotonic() + 180  # generous: a loaded 2-core machine
    try:
        while count_rows(db_file) < rows:
            assert crawl_process.poll() is None, "the crawl ended before it could be stopped"
            assert time.monotonic() < deadline, f"{rows} postings not stored within 180 s"
            time.sleep(0.1)
        os.kill(crawl_process.pid, sig)
        crawl_process.wait(timeout=120)
    finally:
        if crawl_process.poll() is None:
            crawl_process.kill()
            crawl_process.wait(timeout=60)


@pytest.mark.slow
@pytest.mark.parametrize(
    "first_stop", [signal.SIGKILL, signal.SIGINT], ids=["killed", "stopped-cleanly"]
)
def test_killed_after_resuming_then_resumed_again_loses_and_closes_nothing(
    mock: Any, tmp_path: Path, first_stop: signal.Signals
) -> None:
    """Stopped (kill -9, or SIGINT which saves the queue), resumed from the JOBDIR, killed
    again while resuming, resumed again: every posting stored once, nothing closed."""
    add_site(mock)  # slow pages, so each crawl is stopped in the middle
    db_file = tmp_path / "crawl.db"
    db = f"sqlite:///{db_file}"
    jobdir = tmp_path / "jobdir"

    stop_when(
        start_crawl(mock, db, jobdir, tmp_path / "first.json"), db_file, 3 * BATCH, first_stop
    )
    first = count_rows(db_file)
    assert first < len(ALL_IDS)
    resumed = start_crawl(mock, db, jobdir, tmp_path / "resumed.json")
    stop_when(resumed, db_file, first + 2 * BATCH, signal.SIGKILL)
    assert resumed.returncode == -signal.SIGKILL
    with Store(db) as store:
        before = {(s, e) for s, e, _ in stored_rows(store)}
    assert len(before) < len(ALL_IDS), "the resumed crawl finished before it could be killed"

    mock.reset()
    add_site(mock, delay=0)
    # the last resume runs in this process (nothing kills it), as test_crash_resume's reruns do
    stats = crawl(["lever"], **crawl_args(mock, db, jobdir, tmp_path)).stats["lever"]

    with Store(db) as store:
        rows = stored_rows(store)
        closed = store.count(include_closed=True) - store.count()
        assert duplicated_keys(store) == [] and half_written(store) == []
        statuses = [r.status for r in store.runs()]
    ids = {e for _s, e, _t in rows}
    assert before <= {(s, e) for s, e, _ in rows}  # nothing committed was lost
    assert ALL_IDS - ids == set(), f"postings never stored: {json.dumps(stats)[:3000]}"
    assert closed == 0
    assert stats["himjobs/outcome"] == "ok"
    assert stats["himjobs/complete"] is False  # a resumed JOBDIR never closes
    # the killed crawl started over, not half-resumed (the killed crawl's JOBDIR saved no queue)
    assert "did not stop cleanly" in stats["himjobs/jobdir_discarded"]
    assert statuses == ["ok", "failed", "failed"]
