"""Load-proof cost checks: an input's cost against a reference workload timed in the same
process, best of a few runs, so a loaded machine slows both sides alike. Tests bound ratios this
way (a blow-up is 20x or worse; fixed costs are 1-3x); absolute figures belong in bench/."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The shortest of ``runs`` timings of ``work()``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


@cache
def _plain_postings() -> str:
    from bench.accuracy import load_cases

    cases = load_cases(ROOT / "tests" / "data" / "extraction" / "dev.yaml")
    return "\n".join(c["text"] for c in cases if "<" not in c["text"])


def prose(length: int) -> str:
    """``length`` characters of our own plain-text postings (dev.yaml), repeated as needed."""
    text = _plain_postings()
    while len(text) < length:
        text += "\n" + text
    return text[:length]
