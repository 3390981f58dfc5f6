"""Search benchmark: latency (median, p95) of Store.search at growing numbers of stored postings.

    python bench/search.py                            # 100,000 and 1,000,000 postings, SQLite
    python bench/search.py --sizes 20000,100000 --repeat 50
    python bench/search.py --pg postgresql+psycopg://USER@127.0.0.1:PORT/DB

The store is filled once per size with generated postings (minutes at 1,000,000) and searched
with three typical filter sets, limit 100, each timed end to end (SQL plus building the Posting
objects). PostgreSQL runs when --pg or HIMJOBS_TEST_POSTGRES_URL is given, in a database of its
own that is dropped afterwards. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._gen import generate  # noqa: E402
from bench._machine import describe  # noqa: E402
from bench._timing import median_p95, time_calls  # noqa: E402
from bench.ingest import on_postgres  # noqa: E402
from storage import Store  # noqa: E402

FILTER_SETS: dict[str, dict[str, Any]] = {
    "state+education+no-cert": {
        "state": "TX",
        "education_at_most": "high_school",
        "no_certification_required": True,
    },
    "remote+experience+certs-within": {
        "workplace": "remote",
        "experience_at_most": 1,
        "certifications_within": ["CPC", "CCA"],
    },
    "text+min-pay": {"text": "release of information", "min_hourly_pay": 18},
}


def _fill(store: Store, have: int, want: int) -> int:
    if want <= have:
        return have
    t = time.perf_counter()
    stats = store.upsert(generate(want - have, seed=want, start=have), batch_size=5000)
    took = time.perf_counter() - t
    print(
        f"  filled {have:,} -> {want:,} postings in {took:.0f} s ({stats.inserted / took:,.0f}/s)"
    )
    return want


def _measure(store: Store, repeat: int, *, freeze: bool) -> None:
    if freeze:
        # Like a long-running server after start-up: move what is alive now (imported modules,
        # caches) out of the cyclic GC, whose full passes over it otherwise land in the p95.
        gc.collect()
        gc.freeze()
    for name, filters in FILTER_SETS.items():
        found, times, _cpu = time_calls(lambda f=filters: store.search(**f), repeat)
        median, p95 = median_p95(times)
        print(
            f"  {name:<32} median {median:7.1f} ms   p95 {p95:7.1f} ms"
            f"   ({len(found)} results shown, limit 100)"
        )


def run(label: str, url: str, sizes: list[int], repeat: int, *, freeze: bool) -> None:
    store = Store(url)
    store.upgrade()
    have = 0
    for size in sizes:
        print(f"{label}: {size:,} stored postings")
        have = _fill(store, have, size)
        _measure(store, repeat, freeze=freeze)
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000", help="comma-separated store sizes")
    ap.add_argument("--repeat", type=int, default=30, help="timed searches per filter set")
    ap.add_argument("--pg", default=os.environ.get("HIMJOBS_TEST_POSTGRES_URL"))
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--no-freeze", action="store_true", help="leave the GC as it is")
    ap.add_argument("--dir", help="where to put the SQLite file (default: a temp dir)")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    print(describe())
    print(
        f"sizes {', '.join(f'{s:,}' for s in sizes)}; {args.repeat} timed searches per set; "
        f"GC {'as is' if args.no_freeze else 'frozen after filling'}"
    )
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory(prefix="himjobs-bench-", dir=args.dir) as tmp:
            url = f"sqlite:///{Path(tmp) / 'search.db'}"
            run("sqlite", url, sizes, args.repeat, freeze=not args.no_freeze)
    on_postgres(
        args.pg, lambda url: run("postgresql", url, sizes, args.repeat, freeze=not args.no_freeze)
    )


if __name__ == "__main__":
    main()
