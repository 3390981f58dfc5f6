"""Closing in a shared Redis crawl: two workers, a real redis-server, real PostgreSQL.

Each test starts from a Lever source crawled completely with two workers (crawl id A: once per
module, copied into each test's own database), then takes some postings down and crawls again
with two workers under a new crawl id (B). The workers are crawls in this process
(tests/scrapers/_workers.py), except in the kill -9 test, whose two workers are real processes.
The last worker out closes what crawl B did not see, exactly once; a worker that hit a bad page,
or one killed with -9, makes the crawl close nothing (scrapers/_redis_close.py).

PostgreSQL comes from HIMJOBS_TEST_POSTGRES_URL (`eval "$(bash .ci/start-postgres)"`); without it
these tests are skipped with the reason. redis-server is started here (Debian package).
"""

from __future__ import annotations

import json
import os
import re
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storage import Store
from tests._daemons import wait_for
from tests.scrapers._crawl import start
from tests.scrapers._workers import (
    WORKER_TIMEOUT,
    lever_posting,
    process_report,
    reaped,
    run_workers,
    start_process,
    worker_settings,
)

BOARDS = [f"mesa{i:02d}" for i in range(10)]
PER_BOARD = 4
#: taken down before crawl B: two postings of each of three boards
GONE = {(b, k) for b in BOARDS[:3] for k in (1, 3)}
PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}


@pytest.fixture(scope="module")
def served_a(
    mockserver: Any, redis_url: str, _pg_module_db: str, tmp_path_factory: pytest.TempPathFactory
) -> set[str]:
    """Crawl A, once for the module, into the module's database (then each test's template):
    the same two-worker crawl every test starts from, without crawling it again per test."""
    mockserver.reset()
    try:
        return crawl_a(mockserver, redis_url, _pg_module_db, tmp_path_factory.mktemp("crawl-a"))
    finally:
        mockserver.reset()


@pytest.fixture
def pg_url(_pg_module_db: str, served_a: set[str]) -> Iterator[str]:
    """A database of its own for this test, copied from the module's after crawl A (a
    PostgreSQL template copy), dropped afterwards."""
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    from tests.conftest import PG_ENV, _libpq

    url = make_url(_pg_module_db)
    name = f"{url.database}_{uuid.uuid4().hex[:6]}"
    # from the server's own database: a template may have no other connection while copied
    server = _libpq(os.environ[PG_ENV])
    create = sql.SQL("CREATE DATABASE {} TEMPLATE {}")
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(create.format(sql.Identifier(name), sql.Identifier(str(url.database))))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(drop)


def serve(
    mock: Any,
    *,
    gone: set[tuple[str, int]] | None = None,
    delay: float = 0.2,
    down: str | None = None,
) -> set[str]:
    """Lever boards on the mock (one page each, slowed so both workers take a share); the ids
    served. ``down``: a board answering HTTP 500 on every try."""
    served: set[str] = set()
    for b in BOARDS:
        jobs = [lever_posting(b, k) for k in range(PER_BOARD) if (b, k) not in (gone or set())]
        served |= {j["id"] for j in jobs}
        route: dict[str, Any] = {
            "path": f"/v0/postings/{b}",
            "query": {"mode": "json", "skip": "0"},
            "json_body": jobs,
            "fault": {"kind": "delay", "seconds": delay},
        }
        if b == down:
            route["fault"] = {"kind": "fail_then_ok", "failures": 99, "status": 500}
        mock.add_route(route)
    return served


def ids(gone: set[tuple[str, int]]) -> set[str]:
    return {lever_posting(b, k)["id"] for b, k in gone}


def settings_for(redis_url: str, crawl_id: str, db: str, **extra: Any) -> dict[str, Any]:
    return worker_settings(redis_url, crawl_id, HIMJOBS_DATABASE_URL=db, **PIPELINE, **extra)


def sources_file(tmp: Path) -> str:
    """The whole board list (a crawl of all of it is complete, so it may close)."""
    path = tmp / "sources.toml"
    path.write_text(f"[lever]\nboards = {json.dumps(BOARDS)}\n", encoding="utf-8")
    return str(path)


def crawl_a(mock: Any, redis_url: str, db: str, tmp: Path) -> set[str]:
    """The first complete crawl: everything stored, nothing to close."""
    served = serve(mock)
    kwargs = {"api_base": mock.url, "sources_file": sources_file(tmp), "page_size": "5"}
    (tmp / "a").mkdir()
    reports = run_workers(2, "lever", settings_for(redis_url, new_id(), db), kwargs, tmp / "a")
    assert all(r["stats"]["himjobs/outcome"] == "ok" for r in reports)
    assert sum(r["stats"]["himjobs/closed"] for r in reports) == 0
    with Store(db) as store:
        assert store.count() == len(served) == len(BOARDS) * PER_BOARD
    return served


def new_id() -> str:
    return f"close-{uuid.uuid4().hex[:8]}"


def open_ids(db: str) -> set[str]:
    with Store(db) as store:
        return {p.external_id for p in store.search(limit=1000)}


def shared_run(db: str, run_id: int) -> Any:
    with Store(db) as store:
        (info,) = [r for r in store.runs(limit=100) if r.id == run_id]
        return info, store.run_errors(run_id)


def test_last_worker_closes_what_the_shared_crawl_did_not_see_once(
    mock: Any, redis_url: str, served_a: set[str], pg_url: str, tmp_path: Path, reliability
) -> None:
    mock.reset()
    served_b = serve(mock, gone=GONE)
    crawl_b = new_id()
    kwargs = {"api_base": mock.url, "sources_file": sources_file(tmp_path), "page_size": "5"}
    (tmp_path / "b").mkdir()
    reports = run_workers(
        2, "lever", settings_for(redis_url, crawl_b, pg_url), kwargs, tmp_path / "b"
    )
    stats = [r["stats"] for r in reports]
    assert all(s["himjobs/outcome"] == "ok" and s["himjobs/complete"] for s in stats)
    assert all(s.get("scheduler/dequeued/redis", 0) > 0 for s in stats), "a worker did no work"
    assert [s["himjobs/redis/closer"] for s in stats].count(True) == 1
    assert sorted(s["himjobs/closed"] for s in stats) == [0, len(GONE)]
    assert len({s["himjobs/redis/shared_run_id"] for s in stats}) == 1
    assert open_ids(pg_url) == served_b == served_a - ids(GONE)
    run_b = stats[0]["himjobs/redis/shared_run_id"]
    info, errors = shared_run(pg_url, run_b)
    reliability.record(
        "closing",
        f"shared Redis crawl, 2 workers: {len(GONE)} of {len(served_a)} postings taken "
        "down since the last crawl [PostgreSQL]",
        stored=len(served_a),
        lost=0,
        errors=len(errors),
        outcome=f"shared run {info.status}; closed "
        f"{sum(s['himjobs/closed'] for s in stats)}, by one worker",
    )
    assert info.status == "ok" and errors == []
    assert info.counts["lever"] == {"stored": len(served_b), "closed": len(GONE), "workers": 2}
    with Store(pg_url) as store:
        (source,) = store.sources()
        # the whole crawl is the baseline of the suspicious check, not a worker's share
        assert source["last_good_count"] == len(served_b)
        closed = [store.find("lever", i) for i in ids(GONE)]
        assert all(p is not None for p in closed)

    # A worker started late under the finished crawl id finds every page taken and closes
    # nothing again: the finish was claimed once.
    (tmp_path / "late").mkdir()
    (late,) = run_workers(
        1, "lever", settings_for(redis_url, crawl_b, pg_url), kwargs, tmp_path / "late"
    )
    assert late["stats"]["himjobs/redis/closer"] is False
    assert late["stats"]["himjobs/closed"] == 0 and late["stats"]["himjobs/stored"] == 0
    assert open_ids(pg_url) == served_b


def test_a_worker_with_a_bad_page_stops_the_closing(
    mock: Any, redis_url: str, served_a: set[str], pg_url: str, tmp_path: Path, reliability
) -> None:
    mock.reset()
    serve(mock, gone=GONE, down=BOARDS[-1])  # one board answers HTTP 500 to every try
    kwargs = {"api_base": mock.url, "sources_file": sources_file(tmp_path), "page_size": "5"}
    (tmp_path / "b").mkdir()
    reports = run_workers(
        2, "lever", settings_for(redis_url, new_id(), pg_url), kwargs, tmp_path / "b"
    )
    stats = [r["stats"] for r in reports]
    # exactly one worker fetched the broken board; either may be the last out
    assert sorted(s["himjobs/outcome"] for s in stats) == ["ok", "partial"]
    assert sum(s["himjobs/closed"] for s in stats) == 0
    (closer,) = [s for s in stats if s["himjobs/redis/closer"]]
    assert closer["himjobs/redis/not_closed"].endswith(": outcome partial")
    assert open_ids(pg_url) == served_a  # the taken-down postings stay open: nothing closed
    info, errors = shared_run(pg_url, closer["himjobs/redis/shared_run_id"])
    reliability.record(
        "closing",
        f"shared Redis crawl, 2 workers: {len(GONE)} postings taken down, and one "
        "worker's board answers HTTP 500 [PostgreSQL]",
        stored=len(served_a),
        lost=0,
        errors=len(errors),
        outcome=f"shared run {info.status}; closed "
        f"{sum(s['himjobs/closed'] for s in stats)}; recorded: "
        + re.sub(r"^not closed: \S+: ", "not closed: WORKER: ", errors[0].reason if errors else ""),
    )
    assert info.status == "partial"
    assert [e.reason for e in errors] == [f"not closed: {closer['himjobs/redis/not_closed']}"]


def test_a_shared_crawl_storing_far_fewer_postings_closes_nothing(
    mock: Any, redis_url: str, served_a: set[str], pg_url: str, tmp_path: Path, reliability
) -> None:
    # Six of the ten boards suddenly answer an empty list (no bad page, every worker ok): the
    # whole crawl stores 16 of the last good 40, below HIMJOBS_MIN_FRACTION (0.5), so it is
    # suspicious and closes nothing, although each worker's own share looked fine.
    mock.reset()
    serve(mock, gone={(b, k) for b in BOARDS[4:] for k in range(PER_BOARD)})
    kwargs = {"api_base": mock.url, "sources_file": sources_file(tmp_path), "page_size": "5"}
    (tmp_path / "b").mkdir()
    reports = run_workers(
        2, "lever", settings_for(redis_url, new_id(), pg_url), kwargs, tmp_path / "b"
    )
    stats = [r["stats"] for r in reports]
    assert all(s["himjobs/outcome"] == "ok" for s in stats)
    assert sum(s["himjobs/closed"] for s in stats) == 0
    (closer,) = [s for s in stats if s["himjobs/redis/closer"]]
    assert closer["himjobs/redis/not_closed"] == (
        "suspicious: 16 postings stored, last good crawl 40"
    )
    info, _errors = shared_run(pg_url, closer["himjobs/redis/shared_run_id"])
    reliability.record(
        "closing",
        "shared Redis crawl, 2 workers: 6 of 10 boards suddenly answer an empty list [PostgreSQL]",
        stored=len(served_a),
        lost=0,
        errors=len(_errors),
        outcome=f"shared run {info.status}; closed 0; {closer['himjobs/redis/not_closed']}",
    )
    assert info.status == "suspicious"
    assert open_ids(pg_url) == served_a
    with Store(pg_url) as store:
        (source,) = store.sources()
        assert source["last_good_count"] == len(served_a)  # not the new baseline


def test_a_worker_killed_mid_crawl_stops_the_closing(
    mock: Any, redis_url: str, served_a: set[str], pg_url: str, tmp_path: Path, reliability
) -> None:
    mock.reset()
    serve(mock, gone=GONE, delay=1.5)
    kwargs = {"api_base": mock.url, "sources_file": sources_file(tmp_path), "page_size": "5"}
    # a short lease, so the survivor sees the killed worker's lease lapse before it finishes
    base = settings_for(redis_url, new_id(), pg_url, HIMJOBS_REDIS_LEASE=2)
    procs = {
        name: start_process(
            "lever", {**base, "USER_AGENT": f"himjobs-test/{name}"}, kwargs, tmp_path / name
        )
        for name in ("survivor", "victim")
    }
    with reaped(*procs.values()):
        wait_for(
            lambda: any(
                r["headers"].get("User-Agent") == "himjobs-test/victim" for r in mock.log()
            ),
            timeout=120,
            what="the victim's first request",
            proc=procs["victim"],
        )
        # its requests are in flight (each page takes 1.5 s): popped from the shared queue, not
        # stored, so crawl B will not see them.
        os.kill(procs["victim"].pid, signal.SIGKILL)
        procs["victim"].wait(timeout=30)
        assert procs["survivor"].wait(timeout=WORKER_TIMEOUT) == 0
    stats = process_report(tmp_path / "survivor", "lever")["stats"]
    assert stats["himjobs/outcome"] == "ok"  # the survivor's own share was clean
    assert stats["himjobs/closed"] == 0
    assert stats["himjobs/redis/closer"] is True
    assert stats["himjobs/redis/not_closed"].startswith("1 worker stopped without finishing")
    info, _errors = shared_run(pg_url, stats["himjobs/redis/shared_run_id"])
    assert info.status == "failed"
    with Store(pg_url) as store:
        unseen = [
            i
            for i in served_a - ids(GONE)
            if store.record(store.find("lever", i).id).last_run_id != info.id  # type: ignore[union-attr]
        ]
    reliability.record(
        "closing",
        f"shared Redis crawl, 2 workers: {len(GONE)} postings taken down, and one "
        "worker killed with -9 mid-crawl [PostgreSQL]",
        stored=len(served_a),
        lost=0,
        errors=None,
        outcome=f"shared run {info.status}; closed {stats['himjobs/closed']}; "
        f"{len(unseen)} postings the killed worker lost stay open",
    )
    assert unseen, "the killed worker lost no posting: the test proves nothing"
    assert open_ids(pg_url) == served_a  # closing would have closed the lost ones too


def test_a_worker_without_the_store_pipeline_stops_the_closing(
    mock: Any, redis_url: str, served_a: set[str], pg_url: str, tmp_path: Path
) -> None:
    # A worker that takes requests from the shared queue but stores nothing (no IngestPipeline)
    # was registered by the shared scheduler and never leaves: its pages' postings are not in
    # the shared run, so nothing may be closed.
    mock.reset()
    serve(mock, gone=GONE, delay=0.3)
    kwargs = {"api_base": mock.url, "sources_file": sources_file(tmp_path), "page_size": "5"}
    base = settings_for(redis_url, new_id(), pg_url)
    running = [
        start(["lever"], settings_overrides=base, spider_kwargs=kwargs),
        start(["lever"], settings_overrides={**base, "ITEM_PIPELINES": {}}, spider_kwargs=kwargs),
    ]
    storing, bare = (r.wait(WORKER_TIMEOUT).stats["lever"] for r in running)
    assert bare.get("scheduler/dequeued/redis", 0) > 0, "the bare worker took no request"
    assert storing["himjobs/outcome"] == "ok" and storing["himjobs/closed"] == 0
    assert open_ids(pg_url) == served_a
