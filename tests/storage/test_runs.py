"""Crawl runs, crawl errors and the per-source record."""

from __future__ import annotations

import threading

import pytest

from storage import Store
from tests._cli import run_python


def test_run_lifecycle(store: Store) -> None:
    run = store.start_run(["greenhouse:lakeside", "usajobs"])
    store.record_error(run, "usajobs", "https://api.example.test/search?page=3", "HTTP 503")
    store.record_error(run, "usajobs", None, "truncated JSON")
    store.finish_run(
        run,
        status="partial",
        counts={"greenhouse:lakeside": {"seen": 40, "stored": 12}, "usajobs": 0},
        kinds={"greenhouse:lakeside": "greenhouse", "usajobs": "usajobs"},
    )
    [info] = store.runs()
    assert info.id == run and info.status == "partial" and info.errors == 2
    assert info.finished_at is not None and info.finished_at >= info.started_at
    assert info.counts["greenhouse:lakeside"]["stored"] == 12
    errors = store.run_errors(run)
    assert [(e.source, e.reason) for e in errors] == [
        ("usajobs", "HTTP 503"),
        ("usajobs", "truncated JSON"),
    ]
    assert errors[0].url.endswith("page=3") and errors[1].url is None
    sources = {s["name"]: s for s in store.sources()}
    assert sources["greenhouse:lakeside"]["kind"] == "greenhouse"
    assert sources["greenhouse:lakeside"]["last_count"] == 12
    # A partial run is not a good count.
    assert sources["greenhouse:lakeside"]["last_good_count"] is None


def test_last_good_count_and_last_run(store: Store) -> None:
    first = store.start_run(["lever:northwind"])
    store.finish_run(first, status="ok", counts={"lever:northwind": 30})
    second = store.start_run(["lever:northwind", "ashby:pinecrest"])
    store.finish_run(second, status="failed", counts={"lever:northwind": 2})
    src = {s["name"]: s for s in store.sources()}["lever:northwind"]
    assert src["last_good_count"] == 30 and src["last_count"] == 2
    assert src["last_status"] == "failed" and src["last_run_id"] == second
    assert store.last_run().id == second
    assert store.last_run(status="ok").id == first
    assert store.last_run(source="ashby:pinecrest").id == second
    assert store.last_run(source="workday:none") is None
    assert [r.id for r in store.runs(limit=1)] == [second]


def test_an_ok_share_of_a_crawl_is_no_baseline(store: Store) -> None:
    # One worker of a shared Redis crawl stored a share of the source: its ok run must not
    # become the last good count the next crawl is judged against.
    whole = store.start_run(["lever:saguaro"])
    store.finish_run(whole, status="ok", counts={"lever:saguaro": {"stored": 48}})
    share = store.start_run(["lever:saguaro"])
    store.finish_run(share, status="ok", counts={"lever:saguaro": {"stored": 9}}, baseline=False)
    src = {s["name"]: s for s in store.sources()}["lever:saguaro"]
    assert src["last_good_count"] == 48
    assert src["last_count"] == 9 and src["last_run_id"] == share and src["last_status"] == "ok"


def test_finish_run_checks_status_and_run(store: Store) -> None:
    run = store.start_run([])
    with pytest.raises(ValueError, match="status"):
        store.finish_run(run, status="done-ish", counts={})
    with pytest.raises(LookupError):
        store.finish_run(run + 99, status="ok", counts={})


_DIE_MID_RUN = """
import os, sys
from storage import Store
from tests._cli import run_python
store = Store(sys.argv[1])
print(store.start_run(["lever:prairiecare"]), flush=True)
os._exit(9)  # as a SIGKILL would: no finish_run, no cleanup
"""


def _run_of_a_killed_process(store_url: str) -> int:
    """The id of a run started by a process that then died as if killed -9 (_DIE_MID_RUN)."""
    done = run_python("-c", _DIE_MID_RUN, store_url, timeout=120)
    assert done.returncode == 9, done.stderr
    return int(done.stdout.split()[0])


def test_a_run_whose_process_died_is_marked_interrupted_by_the_next_run(
    store: Store, store_url: str
) -> None:
    from sqlalchemy import update

    from storage._models import CrawlRun

    dead = _run_of_a_killed_process(store_url)
    mine = store.start_run(["usajobs"])  # this process: alive
    shared = store.start_run(["greenhouse:lakeside"], shared=True)  # no single owner
    remote = store.start_run(["ashby:mesa"])
    with store.engine.begin() as conn:  # as if started on another machine
        conn.execute(update(CrawlRun).where(CrawlRun.id == remote).values(owner="far-host:1:1"))
    status = {r.id: r.status for r in store.runs()}
    # Starting the runs above already swept the dead one.
    assert status == {dead: "failed", mine: "running", shared: "running", remote: "running"}
    [error] = store.run_errors(dead)
    assert error.source == "lever:prairiecare" and error.reason.startswith("interrupted: process")
    assert store.sweep_interrupted() == []  # nothing else to judge; idempotent
    assert {r.id: r.status for r in store.runs()} == status


def _finish_together(
    st: Store, run: int, source: str, barrier: threading.Barrier, errors: list[BaseException]
) -> None:
    barrier.wait()
    try:
        st.finish_run(run, status="ok", counts={source: 5}, baseline=False)
    except Exception as e:  # noqa: BLE001 - collected and asserted by the test
        errors.append(e)


def test_runs_finishing_at_once_create_a_new_source_once(store: Store, store_url: str) -> None:
    # Workers of a shared crawl finish their runs at the same moment, each recording the same
    # source, new to the database: every finish_run must succeed, and the source exist once.
    workers = 4
    stores = [Store(store_url) for _ in range(workers)]
    try:
        for round_no in range(8):
            source = f"lever:board{round_no}"
            barrier = threading.Barrier(workers)
            errors: list[BaseException] = []
            threads = [
                threading.Thread(
                    target=_finish_together,
                    args=(st, st.start_run([source]), source, barrier, errors),
                )
                for st in stores
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert errors == [], errors[0]
        sources = store.sources()
        assert sorted(src["name"] for src in sources) == [f"lever:board{i}" for i in range(8)]
        assert all(src["last_count"] == 5 for src in sources)
    finally:
        for st in stores:
            st.close()


def test_an_interrupted_run_is_swept_once_by_concurrent_sweeps(
    store: Store, store_url: str
) -> None:
    dead = _run_of_a_killed_process(store_url)
    stores = [Store(store_url) for _ in range(4)]
    barrier = threading.Barrier(len(stores))
    swept: list[list[int]] = []

    def sweep(st: Store) -> None:
        barrier.wait()
        swept.append(st.sweep_interrupted())

    try:
        threads = [threading.Thread(target=sweep, args=(st,)) for st in stores]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for st in stores:
            st.close()
    assert sorted(run for found in swept for run in found) == [dead]
    assert len(store.run_errors(dead)) == 1
    assert [r.status for r in store.runs()] == ["failed"]
