"""Ingest benchmark: postings/s upserting N generated postings, then re-upserting them unchanged.

    python bench/ingest.py                       # 100,000 postings into a temp SQLite file
    python bench/ingest.py --pg postgresql+psycopg://USER@127.0.0.1:PORT/DB
    python bench/ingest.py -n 20000 --batch-size 2000

PostgreSQL runs when --pg or HIMJOBS_TEST_POSTGRES_URL is given: the benchmark creates a
database of its own on that server and drops it afterwards. Prints wall-clock rates and this
process's CPU time (steadier on a shared machine); asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._gen import generate  # noqa: E402
from bench._machine import describe  # noqa: E402
from schemas import Posting  # noqa: E402
from storage import Store  # noqa: E402


def _pg_database(base: str) -> tuple[str, object]:
    """A fresh database on the server of ``base``; returns its URL and a drop function."""
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"himjobs_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    return make_url(base).set(database=name).render_as_string(hide_password=False), drop


def on_postgres(base: str | None, run: Callable[[str], None]) -> None:
    """``run(url)`` in a fresh database on the server of ``base``, dropped after; without a
    ``base``, a line saying PostgreSQL was skipped (every benchmark with --pg uses this)."""
    if not base:
        print("postgresql: skipped (give --pg URL or set HIMJOBS_TEST_POSTGRES_URL)")
        return
    url, drop = _pg_database(base)
    try:
        run(url)
    finally:
        drop()  # type: ignore[operator]


def _size(store: Store, path: Path | None) -> str:
    if path is not None:
        total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
        return f"{total / 1e6:.0f} MB on disk"
    from sqlalchemy import func, select

    with store.engine.connect() as conn:
        size = conn.execute(select(func.pg_database_size(func.current_database()))).scalar()
    return f"{(size or 0) / 1e6:.0f} MB database"


def run(label: str, url: str, postings: list[Posting], batch: int, path: Path | None) -> None:
    store = Store(url)
    store.upgrade()
    n = len(postings)
    t, c = time.perf_counter(), time.process_time()
    first = store.upsert(postings, batch_size=batch)
    insert, insert_cpu = time.perf_counter() - t, time.process_time() - c
    t, c = time.perf_counter(), time.process_time()
    again = store.upsert(postings, batch_size=batch)
    reupsert, reupsert_cpu = time.perf_counter() - t, time.process_time() - c
    # On a shared machine the wall-clock rate depends on the other load; this process's CPU
    # time is steadier (for SQLite it includes the database's own work, which runs in-process;
    # a PostgreSQL server's work is not in it).
    print(
        f"{label}: insert      {n:>9,} postings in {insert:6.1f} s = {n / insert:>8,.0f}/s  "
        f"(process CPU {insert_cpu:5.1f} s = {n / insert_cpu:>8,.0f}/s)  {first}"
    )
    print(
        f"{label}: re-upsert   {n:>9,} unchanged in {reupsert:5.1f} s = {n / reupsert:>8,.0f}/s  "
        f"(process CPU {reupsert_cpu:5.1f} s = {n / reupsert_cpu:>8,.0f}/s)  {again}"
    )
    size = _size(store, path)
    # SQLite: a Store checkpoints its WAL in a background thread (storage/_wal.py); close()
    # waits for it and folds the rest of the WAL into the database file. Timed, so that work
    # deferred past the upserts is on the record too.
    t = time.perf_counter()
    store.close()
    print(f"{label}: {size}; close {time.perf_counter() - t:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", type=int, default=100_000, help="postings to generate (100,000)")
    ap.add_argument("--batch-size", type=int, default=5000, help="postings per batch (5,000)")
    ap.add_argument("--pg", default=os.environ.get("HIMJOBS_TEST_POSTGRES_URL"))
    ap.add_argument("--no-sqlite", action="store_true")
    args = ap.parse_args()

    print(describe())
    t = time.perf_counter()
    postings = list(generate(args.n, seed=42))
    print(
        f"generated {args.n:,} postings in {time.perf_counter() - t:.1f} s "
        f"(mean description {sum(len(p.description) for p in postings) // args.n} chars; "
        f"batch size {args.batch_size})"
    )
    # A crawl streams postings through the pipeline; this benchmark holds them all in memory,
    # which a streaming crawl does not. Freeze them out of the cyclic GC so its full passes over
    # 100k held objects are not billed to the store.
    gc.freeze()

    if not args.no_sqlite:
        with tempfile.TemporaryDirectory(prefix="himjobs-bench-") as tmp:
            path = Path(tmp) / "bench.db"
            run("sqlite    ", f"sqlite:///{path}", postings, args.batch_size, path)
    on_postgres(args.pg, lambda url: run("postgresql", url, postings, args.batch_size, None))


if __name__ == "__main__":
    main()
