"""scrapy-redis mode: two workers share one crawl through a real redis-server and write to one
real PostgreSQL; every page is fetched once and every posting stored once.

The workers are crawls in this process (tests/scrapers/_workers.py: their own crawlers, Redis
connections and stores) except in the last test, where `himjobs crawl --redis` runs twice at
once as real processes into a new database whose schema they race to create.

PostgreSQL comes from HIMJOBS_TEST_POSTGRES_URL (`eval "$(bash .ci/start-postgres)"`); without it
that test is skipped with the reason. redis-server is started here (Debian package)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import ScrapyDeprecationWarning

from tests.conftest import _pg_database
from tests.scrapers._crawl import TEST_SETTINGS, cli_settings
from tests.scrapers._workers import (
    ROOT,
    WORKER_TIMEOUT,
    lever_posting,
    run_workers,
    worker_settings,
)

# The priority queue (the default) is a sorted set, which itself merges byte-identical requests;
# the FIFO list does not, so it shows any duplicate the scheduler lets through.
QUEUES = ["scrapy_redis.queue.PriorityQueue", "scrapy_redis.queue.FifoQueue"]


@pytest.mark.parametrize("queue", QUEUES, ids=["priority", "fifo"])
def test_dont_filter_seeds_are_fetched_once(
    mock: Any, redis_url: str, tmp_path: Path, queue: str
) -> None:
    # secret_probe's seeds are dont_filter=True, like Workday's POSTs: both workers' start()
    # yield all of them, and only the shared filter stops the second copy.
    boards = [f"desk{i:02d}" for i in range(16)]
    for b in boards:
        mock.add_route(
            {"path": f"/probe/{b}", "body": "{}", "fault": {"kind": "delay", "seconds": 0.3}}
        )
    settings = worker_settings(
        redis_url, f"probe-{uuid.uuid4().hex[:8]}", SCHEDULER_QUEUE_CLASS=queue
    )
    reports = run_workers(
        2, "secret_probe", settings, {"api_base": mock.url, "boards": ",".join(boards)}, tmp_path
    )
    fetched = Counter(r["path"] for r in mock.log() if r["path"].startswith("/probe/"))
    assert fetched == {f"/probe/{b}": 1 for b in boards}
    enqueued = [r["stats"].get("himjobs/redis/seeds_enqueued", 0) for r in reports]
    elsewhere = [r["stats"].get("himjobs/redis/seeds_taken_elsewhere", 0) for r in reports]
    assert sum(enqueued) == len(boards)
    assert [a + b for a, b in zip(enqueued, elsewhere, strict=True)] == [len(boards)] * 2


# scrapy-redis's own scheduler still passes the deprecated ``spider=`` to the stats collector
# (SharedScheduler does not: see test_two_workers_share_one_crawl_into_postgresql).
@pytest.mark.filterwarnings(
    "ignore:Passing a 'spider' argument:scrapy.exceptions.ScrapyDeprecationWarning"
)
def test_plain_scrapy_redis_scheduler_doubles_dont_filter_seeds(
    mock: Any, redis_url: str, tmp_path: Path
) -> None:
    # The control for the test above: scrapy-redis's own scheduler lets every worker enqueue
    # dont_filter seeds, so each page is fetched once per worker.
    boards = [f"desk{i:02d}" for i in range(4)]
    for b in boards:
        mock.add_route({"path": f"/probe/{b}", "body": "{}"})
    settings = worker_settings(
        redis_url,
        f"plain-{uuid.uuid4().hex[:8]}",
        SCHEDULER="scrapy_redis.scheduler.Scheduler",
        SCHEDULER_QUEUE_CLASS=QUEUES[1],
    )
    run_workers(
        2, "secret_probe", settings, {"api_base": mock.url, "boards": ",".join(boards)}, tmp_path
    )
    fetched = Counter(r["path"] for r in mock.log() if r["path"].startswith("/probe/"))
    assert fetched == {f"/probe/{b}": 2 for b in boards}


def test_two_workers_share_one_crawl_into_postgresql(
    mock: Any, redis_url: str, tmp_path: Path, _pg_module_db: str
) -> None:
    # 12 Lever boards of 12 postings, 5 a page: 36 pages, each slowed to 0.2 s, so each worker
    # takes a share; paging requests one worker yields are fetched by whichever worker pops
    # them. Both write to one empty PostgreSQL database.
    from storage import Store

    boards = [f"clinic{i:02d}" for i in range(12)]
    expected: set[str] = set()
    for b in boards:
        jobs = [lever_posting(b, k) for k in range(12)]
        expected |= {j["id"] for j in jobs}
        for skip in (0, 5, 10):
            mock.add_route(
                {
                    "path": f"/v0/postings/{b}",
                    "query": {"mode": "json", "skip": str(skip)},
                    "json_body": jobs[skip : skip + 5],
                    "fault": {"kind": "delay", "seconds": 0.2},
                }
            )
    settings = worker_settings(
        redis_url,
        f"lever-{uuid.uuid4().hex[:8]}",
        ITEM_PIPELINES={"scrapers.pipelines.IngestPipeline": 300},
        HIMJOBS_DATABASE_URL=_pg_module_db,
    )
    kwargs = {"api_base": mock.url, "boards": ",".join(boards), "page_size": "5"}
    # This crawl takes every path of the shared scheduler (seeds enqueued and taken elsewhere,
    # paging requests enqueued, requests dequeued): none may use an API Scrapy deprecates.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ScrapyDeprecationWarning)
        reports = run_workers(2, "lever", settings, kwargs, tmp_path)
    deprecated = {
        f"{w.filename}:{w.lineno}: {w.message}"
        for w in caught
        if issubclass(w.category, ScrapyDeprecationWarning)
    }
    assert not deprecated, "\n".join(sorted(deprecated))

    pages = Counter(
        (r["path"], r["query"].get("skip")) for r in mock.log() if r["path"].startswith("/v0/")
    )
    assert len(pages) == 36 and set(pages.values()) == {1}, pages
    for r in reports:
        stats = r["stats"]
        assert stats["finish_reason"] == "finished"
        assert stats.get("scheduler/dequeued/redis", 0) > 0, "a worker did no work"
        assert stats["himjobs/stored"] > 0, "a worker stored nothing"
        assert stats["himjobs/outcome"] == "ok" and stats["himjobs/closed"] == 0
    ids = [i["external_id"] for r in reports for i in r["items"]]
    assert sorted(ids) == sorted(expected)  # every posting processed once, by one worker
    assert sum(r["stats"]["himjobs/inserted"] for r in reports) == len(expected)
    with Store(_pg_module_db) as store:
        stored = [store.find("lever", external_id) for external_id in expected]
        assert all(p is not None and p.requirements is not None for p in stored)
        run_ids = {r["stats"]["himjobs/run_id"] for r in reports}  # one run per worker
        assert len(run_ids) == 2
        assert {r.id: r.status for r in store.runs(limit=50) if r.id in run_ids} == dict.fromkeys(
            run_ids, "ok"
        )


def test_redis_url_setting_turns_the_mode_on(mock: Any, redis_url: str, tmp_path: Path) -> None:
    # `-s HIMJOBS_REDIS_URL=...` (or the environment, or a scrapyd setting) is enough: the
    # RedisMode add-on applies redis_settings; the crawl's keys expire after the last worker.
    import redis

    crawl_id = f"addon-{uuid.uuid4().hex[:8]}"
    settings = {**TEST_SETTINGS, "HIMJOBS_REDIS_URL": redis_url, "HIMJOBS_REDIS_CRAWL_ID": crawl_id}
    (report,) = run_workers(
        1, "greenhouse", settings, {"api_base": mock.url, "boards": "northridgehealth"}, tmp_path
    )
    assert report["stats"]["scheduler/dequeued/redis"] == 1
    assert report["items"]
    client = redis.Redis.from_url(redis_url)
    try:
        key = f"himjobs:{crawl_id}:greenhouse:dupefilter"
        assert client.scard(key) == 1
        assert 0 < client.ttl(key) <= 2 * 24 * 3600
    finally:
        client.close()


def test_himjobs_crawl_redis_workers(mock: Any, redis_url: str, tmp_path: Path) -> None:
    # The command a deployment runs on each machine: `himjobs crawl --redis URL`, twice at once,
    # as two real processes writing to one new PostgreSQL database (they race to create its
    # schema).
    with _pg_database("redis_cli_workers") as db:
        _two_himjobs_crawl_processes(mock, redis_url, tmp_path, db)


def _two_himjobs_crawl_processes(mock: Any, redis_url: str, tmp_path: Path, db: str) -> None:
    from storage import Store

    boards = [f"desk{i:02d}" for i in range(24)]
    expected: set[str] = set()
    for b in boards:
        jobs = [lever_posting(b, k) for k in range(3)]
        expected |= {j["id"] for j in jobs}
        mock.add_route(
            {
                "path": f"/v0/postings/{b}",
                "query": {"mode": "json", "skip": "0"},
                "json_body": jobs,
                "fault": {"kind": "delay", "seconds": 0.5},
            }
        )
    sources = tmp_path / "sources.toml"
    sources.write_text(f"[lever]\nboards = {json.dumps(boards)}\n", encoding="utf-8")
    crawl_id = f"cli-{uuid.uuid4().hex[:8]}"
    cmd = [
        sys.executable,
        "-m",
        "himjobs",
        "crawl",
        "lever",
        "--boards",
        str(sources),
        "--db",
        db,
        "--api-base",
        mock.url,
        "--redis",
        redis_url,
        "--redis-crawl-id",
        crawl_id,
        "--format",
        "json",
        *cli_settings(CONCURRENT_REQUESTS=2),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HIMJOBS_LOCK_DIR": str(tmp_path / "locks")}
    procs = [
        subprocess.Popen(
            cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    results = []
    try:
        for p in procs:
            out, err = p.communicate(timeout=WORKER_TIMEOUT)
            assert p.returncode == 0, err[-3000:]
            results.append(json.loads(out))
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.communicate()
    fetched = Counter(r["path"] for r in mock.log() if r["path"].startswith("/v0/"))
    assert fetched == {f"/v0/postings/{b}": 1 for b in boards}
    stored = [res["sources"][0]["stored"] for res in results]
    assert sum(stored) == len(expected) and all(stored), stored
    assert all(res["status"] == "ok" for res in results)
    with Store(db) as store:
        assert all(store.find("lever", external_id) for external_id in expected)
        assert {r.id for r in store.runs(limit=10)} >= {res["run_id"] for res in results}
