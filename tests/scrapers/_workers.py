"""Workers of a shared Redis crawl for tests: in this process, or as real processes.

``run_workers(n, ...)`` starts ``n`` workers of one spider at once and returns their reports. By
default each worker is a crawl in this process's reactor (tests/scrapers/_crawl.py): its own
crawler, scheduler, Redis connections and Store, so to Redis and the database it is a worker like
any other, without the two or three CPU-seconds of a new Python process. A worker's identity in
the closing register is host:pid:random (scrapers/_redis_close.py), so two of them in one process
are two workers. ``processes=True`` runs each as ``python -m scrapers._run`` (the entry point
``himjobs crawl`` uses), for the tests about separate processes (kill -9, racing start-ups).
"""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from scrapers._redis import redis_settings
from scrapers._run import child_env
from scrapers._run import command as run_command
from tests.scrapers._crawl import TEST_SETTINGS, start

ROOT = Path(__file__).resolve().parents[2]
WORKER_TIMEOUT = 300  # seconds; CI has 2 shared cores

TITLES = (
    "Medical Records Clerk",
    "Health Information Technician",
    "Release of Information Specialist",
    "HIM Clerk - Scanning",
    "Medical Records Specialist II",
    "Entry Level Medical Coder",
)
CITIES = ("Abilene, TX", "Lubbock, TX", "Tulsa, OK", "Shreveport, LA", "Amarillo, TX", "Waco, TX")
DUTIES = (
    "Scan and index incoming charts into the electronic health record.",
    "Answer release of information requests from patients and insurers.",
    "Track unsigned provider documentation and send reminders.",
    "Assign ICD-10-CM codes to clinic visits under supervision.",
)


def lever_posting(board: str, k: int) -> dict[str, Any]:
    """One posting in Lever's wire format (docs/sources.md, Lever), text written here."""
    title, city = TITLES[k % len(TITLES)], CITIES[(k // 2) % len(CITIES)]
    duty = DUTIES[k % len(DUTIES)]
    return {
        "id": f"{uuid.uuid5(uuid.NAMESPACE_URL, f'{board}/{k}')}",
        "text": title,
        "categories": {
            "commitment": "Full-time",
            "location": city,
            "team": "Health Information",
            "allLocations": [city],
        },
        "country": "US",
        "createdAt": 1763900000000 + k * 60000,
        "description": f"<div>The {board} records office hires a {title.lower()}. {duty}</div>",
        "descriptionPlain": f"The {board} records office hires a {title.lower()}. {duty}",
        "lists": [
            {
                "text": "Requirements",
                "content": "<li>High school diploma or GED</li>"
                "<li>Six months of medical office experience</li>",
            }
        ],
        "additional": "<div>Day shift, Monday to Friday.</div>",
        "hostedUrl": f"https://jobs.lever.co/{board}/{k}",
        "applyUrl": f"https://jobs.lever.co/{board}/{k}/apply",
        "workplaceType": "onsite",
    }


def worker_settings(redis_url: str, crawl_id: str, **extra: Any) -> dict[str, Any]:
    return {
        **TEST_SETTINGS,
        **redis_settings(redis_url, crawl_id=crawl_id),
        # few requests in flight per worker, so one worker cannot take the whole queue at once
        "CONCURRENT_REQUESTS": 2,
        **extra,
    }


def start_process(
    spider: str, settings: dict[str, Any], kwargs: dict[str, Any], out: Path
) -> subprocess.Popen[bytes]:
    """A `python -m scrapers._run` worker process writing its report to ``out`` (its output to
    ``out`` with the suffix .log)."""
    cmd = run_command([spider], out=out, settings=settings, kwargs=kwargs)
    with out.with_suffix(".log").open("wb") as log:
        return subprocess.Popen(cmd, cwd=ROOT, env=child_env(), stdout=log, stderr=log)


@contextmanager
def reaped(*procs: subprocess.Popen[Any]) -> Iterator[None]:
    """Whatever of ``procs`` still runs when the block ends (a failed wait, an assertion) is
    killed and reaped, so no worker outlives its test."""
    try:
        yield
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)


def process_report(out: Path, spider: str) -> dict[str, Any]:
    """{stats, items} of one spider from a finished worker process's report file."""
    log = out.with_suffix(".log")
    tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
    assert out.exists(), f"{out.name}: no report\n{tail}"
    report = json.loads(out.read_text(encoding="utf-8"))
    return {"stats": report["stats"][spider], "items": report["items"][spider]}


def run_workers(
    n: int,
    spider: str,
    settings: dict[str, Any],
    kwargs: dict[str, Any],
    tmp: Path,
    *,
    processes: bool = False,
) -> list[dict[str, Any]]:
    """Start ``n`` workers at once, wait for all, return their reports (stats + items)."""
    if not processes:
        running = [
            start([spider], settings_overrides=settings, spider_kwargs=kwargs) for _ in range(n)
        ]
        reports = [r.wait(WORKER_TIMEOUT) for r in running]
        for i, report in enumerate(reports):
            assert spider not in report.errors, f"worker {i} failed: {report.errors[spider]}"
        return [{"stats": r.stats[spider], "items": r.items[spider]} for r in reports]
    outs = [tmp / f"worker{i}.json" for i in range(n)]
    procs = [start_process(spider, settings, kwargs, out) for out in outs]
    with reaped(*procs):
        codes = [proc.wait(timeout=WORKER_TIMEOUT) for proc in procs]
    for i, (code, out) in enumerate(zip(codes, outs, strict=True)):
        log = out.with_suffix(".log").read_text(errors="replace")[-3000:]
        assert code == 0, f"worker {i} failed:\n{log}"
    return [process_report(out, spider) for out in outs]
