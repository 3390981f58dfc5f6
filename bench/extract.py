"""Throughput and worst-case latency of matcher.extract: `python -m bench.extract`.

Prints postings per second on one core for ~3 KB postings (the dev set's texts, padded to about
3 KB), postings per CPU-second, and the slowest time on adversarial inputs of 100,000 characters
(the extractor's input cap) and of 1 MB, each timed after a gc.collect(). Figures are indicative
on a shared machine.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib.machinery
import importlib.util
import os
import pkgutil
import platform
import statistics
import sys
import time
from collections.abc import Callable

import matcher
from bench.accuracy import DATA_DIR, load_cases
from matcher import extract

ONE_MB = 1_000_000
#: matcher.extract reads at most this many characters of a posting (matcher._lexicon).
CAP = 100_000


def three_kb_postings() -> list[str]:
    texts = [c["text"] for c in load_cases(DATA_DIR / "dev.yaml")]
    out = []
    for i, t in enumerate(texts):
        filler = texts[(i + 1) % len(texts)]
        while len(t) < 3000:
            t = t + "\n" + filler
        out.append(t[:3200])
    return out


def adversarial_inputs(size: int = ONE_MB) -> dict[str, str]:
    """Inputs built to hit worst cases of the rules: long lines, repetition, deep nesting."""
    inputs = {
        "dollar figures, no spaces": "$1" * (ONE_MB // 2),
        "dollar add-ons": "$20 bonus " * (ONE_MB // 10),
        "clock ranges": "8-5 7a-7p 0700-1530 " * (ONE_MB // 20),
        "one huge line": ("RHIT or RHIA or CCA or " * 50_000)[:ONE_MB],
        "repeated figures": ("1 2 3 4 5 6 7 8 9 10 years months $1 $2 - $3 " * 25_000)[:ONE_MB],
        "digits and dashes": ("9-9-9-9-9:99-" * 80_000)[:ONE_MB],
        "nested html": ("<div>" * 100_000 + "High school diploma required" + "</div>" * 100_000)[
            :ONE_MB
        ],
        "many short lines": ("Required:\n- CPC\n" * 70_000)[:ONE_MB],
        "words, no punctuation": ("certified registered health information technician " * 20_000)[
            :ONE_MB
        ],
        "script heavy": ("<script>" + "var RHIT='required';" * 45_000 + "</script><p>PRN</p>")[
            :ONE_MB
        ],
    }
    return {name: text[:size] for name, text in inputs.items()}


def matcher_build() -> str:
    """Which build of matcher this process runs: pure Python, or compiled with mypyc (setup.py,
    HIMJOBS_MYPYC=1; docs/contributing.md), counted by the modules loaded from extensions."""
    names = [m.name for m in pkgutil.iter_modules(matcher.__path__, "matcher.")]
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    compiled = [
        n
        for n in names
        if (getattr(importlib.util.find_spec(n), "origin", "") or "").endswith(suffixes)
    ]
    where = os.path.dirname(matcher.__file__ or "")
    if not compiled:
        return f"pure Python ({where})"
    return f"compiled with mypyc, {len(compiled)} of {len(names)} modules ({where})"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, process CPU) seconds: on a shared machine the CPU time is the steadier figure."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the 3 KB postings")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    print(f"python {platform.python_version()} on {platform.platform()}")
    print(f"cpu: {platform.processor() or platform.machine()}, cores visible: {os.cpu_count()}")
    if hasattr(os, "getloadavg"):  # the CPU-second rate still drops on a loaded machine
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"load average (1, 5, 15 min): {load}")
    print(f"matcher: {matcher_build()}")
    print("(shared machine: timings are indicative)")
    postings = three_kb_postings()
    sizes = [len(p) for p in postings]
    print(f"postings: {len(postings)}, mean size {statistics.mean(sizes):.0f} chars")
    for p in postings[:5]:
        extract(p)  # warm up regex caches
    rates, cpu_rates = [], []
    for _ in range(args.rounds):
        cpu = time.process_time()
        elapsed = timed(lambda: [extract(p) for p in postings])
        rates.append(len(postings) / elapsed)
        cpu_rates.append(len(postings) / max(time.process_time() - cpu, 1e-9))
    print(f"throughput: {statistics.median(rates):,.0f} postings/s wall clock, ", end="")
    print(f"{statistics.median(cpu_rates):,.0f} postings per CPU-second (median of {args.rounds})")
    for size, label in ((CAP, "100,000-character"), (ONE_MB, "1 MB")):
        worst = worst_cpu = 0.0
        for name, text in adversarial_inputs(size).items():
            # a full collection of the bench's own heap (its loaded labelled sets: ~190k
            # objects, ~27 ms) would land inside whichever input triggers it (session 18,
            # s18speed): collect first, so the figure is the input's own cost
            gc.collect()
            t, c = timed_cpu(functools.partial(extract, text))
            worst, worst_cpu = max(worst, t), max(worst_cpu, c)
            print(f"  adversarial {name!r:28} {len(text):>9,} chars  {t:.3f} s ({c:.3f} s CPU)")
        print(f"slowest {label} adversarial input: {worst:.3f} s wall, {worst_cpu:.3f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
