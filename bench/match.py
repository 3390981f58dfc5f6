"""Matching benchmark: latency (median, p95) of Store.matches and Store.gaps at growing numbers of
stored postings.

    python bench/match.py                          # 100,000 and 1,000,000 postings, SQLite
    python bench/match.py --sizes 20000 --repeat 10
    python bench/match.py --db /var/tmp/match.db   # keep the filled file and reuse it next time
    python bench/match.py --exact                  # also time scoring every survivor (slow)
    python bench/match.py --gaps-only              # only Store.gaps
    python bench/match.py --path-share 0           # no posting with qualification paths

The store is filled once per size with generated postings (bench/_gen.py; minutes at 1,000,000;
by default the federal share of them state qualification paths, --path-share sets it)
and matched with a few typical profiles, limit 50, each timed end to end: the SQL hard filters,
matcher.match on the survivors (up to Store.matches' default pool), rank, and reading the full
postings returned, through the calls `himjobs match` and `himjobs gaps` make (with max_miles
they judge distance too, himjobs._distance). Store.gaps is timed for the same profiles, with the
process CPU time beside the wall time (the machine may be shared). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench._gen import PATH_SHARE, generate  # noqa: E402
from bench._machine import describe  # noqa: E402
from bench._timing import median_p95, time_calls  # noqa: E402
from himjobs._distance import gaps_in_reach, matches_in_reach  # noqa: E402
from schemas import CandidateProfile, Pay  # noqa: E402
from storage import Store  # noqa: E402
from storage._models import PostingRow  # noqa: E402

PROFILES: dict[str, tuple[CandidateProfile, dict[str, Any]]] = {
    # The demo's new clerk: diploma, a coding certificate pending, six months, Texas or remote.
    "new clerk, TX": (
        CandidateProfile(
            education="high_school",
            pending_certifications=["CCA"],
            experience_years=0.5,
            state="TX",
            workplaces=["on_site", "remote"],
            shifts=["day"],
        ),
        {},
    ),
    "new clerk, TX, + near misses": (
        CandidateProfile(
            education="high_school",
            pending_certifications=["CCA"],
            experience_years=0.5,
            state="TX",
        ),
        {"include_near_misses": True},
    ),
    "RHIT, 3 years, OH, >= $20/h": (
        CandidateProfile(
            education="associate",
            certifications=["RHIT"],
            experience_years=3,
            state="OH",
            min_pay=Pay(min=20, period="hour"),
        ),
        {},
    ),
    # max_miles: the distance rule reads each candidate posting's places (himjobs._distance)
    "new clerk, Austin, 100 miles": (
        CandidateProfile(
            education="high_school",
            pending_certifications=["CCA"],
            experience_years=0.5,
            state="TX",
            zip="78701",
            max_miles=100,
        ),
        {},
    ),
    "CPC coder, relocates anywhere": (
        CandidateProfile(
            education="certificate",
            certifications=["CPC"],
            experience_years=2,
            willing_to_relocate=True,
        ),
        {},
    ),
}


def _time(store: Store, name: str, profile: CandidateProfile, repeat: int, **options: Any) -> None:
    found, times, _cpu = time_calls(
        lambda: matches_in_reach(store, profile, limit=50, **options)[0], repeat
    )
    median, p95 = median_p95(times)
    print(
        f"  {name:<34} median {median:8.1f} ms   p95 {p95:8.1f} ms"
        f"   ({len(found.matches)} matches, {len(found.near_misses)} near misses, "
        f"{'all' if found.complete else 'newest pool of'} survivors scored)"
    )


def _time_gaps(store: Store, name: str, profile: CandidateProfile, repeat: int) -> None:
    found, walls, cpus = time_calls(lambda: gaps_in_reach(store, profile), repeat)
    median, p95 = median_p95(walls)
    opened = len({i for g in found for i in g.posting_ids})
    print(
        f"  gaps: {name:<28} median {median:8.1f} ms   p95 {p95:8.1f} ms"
        f"   CPU median {statistics.median(cpus):8.1f} ms   ({len(found)} changes, "
        f"{opened:,} postings a change opens)"
    )


def _fill(store: Store, have: int, want: int, *, path_share: float) -> int:
    """Upsert generated postings ``have``..``want`` (bench/_gen.py, ``path_share`` of them with
    qualification paths), as a crawl would store them."""
    if want <= have:
        return have
    t = time.perf_counter()
    postings = generate(want - have, seed=want, start=have, path_share=path_share)
    stats = store.upsert(postings, batch_size=5000)
    took = time.perf_counter() - t
    print(
        f"  filled {have:,} -> {want:,} postings in {took:.0f} s ({stats.inserted / took:,.0f}/s)"
    )
    return want


def _new_cutoff(store: Store, newest: int) -> datetime:
    """first_seen of the ``newest``-th most recently stored posting (a crawl run's start)."""
    with Session(store.engine) as s:
        stmt = select(PostingRow.first_seen).order_by(PostingRow.first_seen.desc())
        return s.scalars(stmt.offset(newest - 1).limit(1)).one()


def _measure(store: Store, repeat: int, *, exact: bool, gaps_repeat: int, gaps_only: bool) -> None:
    gc.collect()
    gc.freeze()  # as a long-running process after start-up (see bench/search.py)
    for name, (profile, options) in PROFILES.items():
        if not options:  # the near-miss entry is the same profile as the first
            _time_gaps(store, name, profile, gaps_repeat)
    if gaps_only:
        return
    for name, (profile, options) in PROFILES.items():
        _time(store, name, profile, repeat, **options)
    clerk = PROFILES["new clerk, TX"][0]
    # 2,000 new postings, or all of a smaller store (--sizes 1000)
    newest = min(2000, store.count(include_closed=True, include_duplicates=True))
    since = _new_cutoff(store, newest)
    _time(store, f"new clerk, TX, --new ({newest:,} new)", clerk, repeat, new_since=since)
    if exact:
        # Every survivor scored: the exact ranking over the whole store, for comparison.
        _time(store, "new clerk, TX, pool = everything", clerk, 3, pool=10_000_000)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000", help="comma-separated store sizes")
    ap.add_argument("--repeat", type=int, default=20, help="timed calls per profile")
    ap.add_argument("--db", help="SQLite file to fill (or reuse); default a temp file")
    ap.add_argument("--exact", action="store_true", help="also time scoring every survivor")
    ap.add_argument("--gaps-repeat", type=int, default=10, help="timed Store.gaps calls a profile")
    ap.add_argument("--gaps-only", action="store_true", help="time only Store.gaps")
    ap.add_argument(
        "--path-share",
        type=float,
        default=PATH_SHARE,
        help=f"share of new postings with qualification paths (0-1; default {PATH_SHARE:.3f})",
    )
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    print(describe())
    print(
        f"sizes {', '.join(f'{s:,}' for s in sizes)}; timed calls per profile: "
        f"{args.gaps_repeat} of Store.gaps"
        + ("" if args.gaps_only else f", {args.repeat} of Store.matches")
    )
    with tempfile.TemporaryDirectory(prefix="himjobs-bench-") as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "match.db"
        store = Store(f"sqlite:///{path}")
        store.upgrade()
        have = store.count(include_closed=True, include_duplicates=True)
        for size in sizes:
            print(f"sqlite: {size:,} stored postings")
            if have > size:
                print(f"  (the file holds {have:,}: skipped)")
                continue
            have = _fill(store, have, size, path_share=args.path_share)
            _measure(
                store,
                args.repeat,
                exact=args.exact,
                gaps_repeat=args.gaps_repeat,
                gaps_only=args.gaps_only,
            )
        store.close()


if __name__ == "__main__":
    main()
