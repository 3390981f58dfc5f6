"""What machine a benchmark ran on, printed beside its figures."""

from __future__ import annotations

import os
import platform
import sqlite3


def memory_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) / 1024 / 1024
    except OSError:
        return None
    return None


def describe() -> str:
    mem = memory_gib()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"machine: {platform.platform()}; {os.cpu_count()} CPUs; "
        f"{mem:.1f} GiB RAM; load avg {load:.2f}\n"
        f"python {platform.python_version()}; SQLite {sqlite3.sqlite_version}"
        if mem is not None
        else f"machine: {platform.platform()}; {os.cpu_count()} CPUs"
    )
