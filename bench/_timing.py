"""Timed repeated calls for the latency benchmarks: one warm-up call, then the timed ones."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def time_calls(call: Callable[[], T], repeat: int) -> tuple[T, list[float], list[float]]:
    """Call once to warm the caches, then ``repeat`` times timed: (the last result, wall-clock
    milliseconds, process CPU milliseconds).

    >>> result, walls, cpus = time_calls(lambda: 42, 3)
    >>> result, len(walls), len(cpus)
    (42, 3, 3)
    """
    found = call()
    walls, cpus = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        found = call()
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return found, walls, cpus


def median_p95(times: list[float]) -> tuple[float, float]:
    """(median, 95th percentile, nearest rank) of ``times``.

    >>> median_p95([5.0, 1.0, 3.0, 2.0, 4.0])
    (3.0, 5.0)
    """
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95
