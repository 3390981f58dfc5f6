"""Ingest through scrapers._ingest.Ingester (relevance, extraction, upsert, duplicate links).

    python bench/dedupe.py                 # 20,000 generated postings into a temp SQLite file
    python bench/dedupe.py -n 5000 --pg postgresql+psycopg://USER@127.0.0.1:PORT/DB

Runs the same postings with dedupe off and on (each into a fresh database), then a second
crawl of them with 5% re-posted under new ids. Prints wall-clock and process CPU time (steadier
on a shared machine) and the duplicate links made; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._gen import generate  # noqa: E402
from bench._machine import describe  # noqa: E402
from schemas import Posting  # noqa: E402
from scrapers import Ingester  # noqa: E402
from storage import Store  # noqa: E402


def _feed(
    store: Store, postings: list[Posting], dedupe: bool, batch: int
) -> tuple[float, float, int]:
    ing = Ingester(store, batch_size=batch, dedupe=dedupe)
    t, c = time.perf_counter(), time.process_time()
    for p in postings:
        ing.add(p)
    ing.flush()
    dupes = sum(v["duplicates"] for v in ing.counts.values())
    return time.perf_counter() - t, time.process_time() - c, dupes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", type=int, default=20_000)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--pg", default=None, help="an empty PostgreSQL database URL (wiped first)")
    args = ap.parse_args()
    print(describe())
    postings = [p.model_copy(update={"requirements": None}) for p in generate(args.n)]
    reposts = [p.model_copy(update={"external_id": f"re-{p.external_id}"}) for p in postings[::20]]
    n = len(postings)
    with tempfile.TemporaryDirectory() as tmp:
        for dedupe in (False, True):
            url = args.pg or f"sqlite:///{Path(tmp) / f'bench-{dedupe}.db'}"
            store = Store(url)
            if args.pg:
                from storage._models import Base

                store.upgrade()
                Base.metadata.drop_all(store.engine)
                with store.engine.begin() as conn:
                    conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
                store.close()
                store = Store(url)
            wall, cpu, dupes = _feed(store, postings, dedupe, args.batch_size)
            print(
                f"dedupe={dedupe!s:5} first crawl  {n:>7,} postings {wall:6.1f} s = "
                f"{n / wall:>6,.0f}/s (CPU {cpu:5.1f} s = {n / cpu:>6,.0f}/s), links {dupes}"
            )
            again = postings + reposts
            wall, cpu, dupes = _feed(store, again, dedupe, args.batch_size)
            m = len(again)
            print(
                f"dedupe={dedupe!s:5} second crawl {m:>7,} (+{len(reposts)} reposts) {wall:6.1f} s"
                f" = {m / wall:>6,.0f}/s (CPU {cpu:5.1f} s = {m / cpu:>6,.0f}/s), links {dupes}"
            )
            store.close()


if __name__ == "__main__":
    main()
