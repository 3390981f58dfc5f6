"""Print the relevance filter's precision and recall per split, and its speed on 10,000 titles.

Run from the repository root: ``python -m bench.relevance``. Figures are printed, never asserted.
Seen splits (dev and eval of tests/data/relevance_titles.csv; seen12 and seen13, the retired first
and second unseen sets tests/data/relevance_seen12.csv and relevance_seen13.csv) list their missed
titles. An unseen set (tests/data/relevance_holdout*.csv) prints its counts only, never its missed
titles, so rules are not tuned to it.
"""

from __future__ import annotations

import csv
import os
import platform
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matcher import _relevance  # noqa: E402

DATA_DIR = Path(__file__).resolve().parents[1] / "tests" / "data"
DATA = DATA_DIR / "relevance_titles.csv"
# The first and second unseen sets, retired after their scores (docs/relevance.md "Measurement").
SEEN12 = DATA.with_name("relevance_seen12.csv")
SEEN13 = DATA.with_name("relevance_seen13.csv")
# Splits whose missed titles may be printed; any other split shows counts only.
SEEN_SPLITS = ("dev", "eval", "seen12", "seen13")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def main() -> None:
    rows = _read(DATA)
    seen = [row for path in (SEEN12, SEEN13) if path.exists() for row in _read(path)]
    unseen_files = sorted(DATA_DIR.glob("relevance_holdout*.csv"))
    unseen = [row for path in unseen_files for row in _read(path)]
    unseen_splits = sorted({row["split"] for row in unseen} - set(SEEN_SPLITS))
    import rapidfuzz

    print(
        f"python {platform.python_version()} on {platform.machine()} ({os.cpu_count()} cpus), "
        f"rapidfuzz {rapidfuzz.__version__}; shared machine, timings indicative"
    )
    print(f"{'split':8} {'rows':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for split in (*SEEN_SPLITS, *unseen_splits):
        tp = fp = fn = 0
        subset = [r for r in rows + seen + unseen if r["split"] == split]
        for row in subset:
            got = _relevance.is_relevant(row["title"], row["context"])
            want = row["relevant"] == "1"
            tp, fp, fn = tp + (got and want), fp + (got and not want), fn + (want and not got)
            if got != want and split in SEEN_SPLITS:
                print(f"  miss: {row['title']!r} [{row['context']}] want={want}")
        precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"{split:8} {len(subset):5} {tp:4} {fp:4} {fn:4} {precision:9.3f} {recall:7.3f}")

    # 10,000 distinct titles: labelled titles with varied suffixes, so the title cache does not hide
    # the matching cost.
    rng = random.Random(5)
    suffixes = ["", " - PRN", " - Nights", " (Remote)", " II", " - Full Time", " | Days", " Sr."]
    titles = [f"{rng.choice(rows)['title']}{rng.choice(suffixes)} #{i}" for i in range(10_000)]
    _relevance.normalise_title.cache_clear()
    _relevance._title_verdict.cache_clear()
    start = time.perf_counter()
    kept = sum(_relevance.is_relevant(t) for t in titles)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    sum(_relevance.is_relevant(t) for t in titles)
    warm = time.perf_counter() - start
    print(
        f"10,000 titles: {cold * 1000:.0f} ms cold ({10_000 / cold:,.0f} titles/s), "
        f"{warm * 1000:.0f} ms cached; kept {kept}"
    )


if __name__ == "__main__":
    main()
