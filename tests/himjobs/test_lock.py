"""Two crawls of the same source never overlap; a killed crawl leaves no stale lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from himjobs._lock import LockedError, source_locks

HOLD = """
import sys, time
from pathlib import Path
from himjobs._lock import source_locks
with source_locks(sys.argv[2:], directory=Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(60)
"""


def _holder(tmp_path: Path, *sources: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path), *sources],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_second_crawl_of_same_source_is_refused(tmp_path: Path) -> None:
    proc = _holder(tmp_path, "lever")
    try:
        with pytest.raises(LockedError, match="lever"), source_locks(["lever"], directory=tmp_path):
            pass
        with source_locks(["greenhouse"], directory=tmp_path):  # other sources are free
            pass
    finally:
        proc.kill()
        proc.wait()


def test_kill_9_releases_the_lock(tmp_path: Path) -> None:
    proc = _holder(tmp_path, "workday", "jsonld")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    while True:
        try:
            with source_locks(["jsonld", "workday"], directory=tmp_path):
                break
        except LockedError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_locks_are_reentrant_free_after_exit(tmp_path: Path) -> None:
    with source_locks(["usajobs"], directory=tmp_path):
        pass
    with source_locks(["usajobs"], directory=tmp_path):
        assert (tmp_path / "usajobs.lock").read_text().strip().isdigit()
