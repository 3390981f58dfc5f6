"""One `himjobs demo` database per test process, built through the real command (~8 CPU-s):
test_demo.py checks the run itself, the others read the database it left."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@cache
def demo_db() -> tuple[Path, str]:
    """(the demo's SQLite file, what `himjobs demo` printed)."""
    folder = Path(tempfile.mkdtemp(prefix="himjobs-demo-test-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k != "HIMJOBS_DATABASE_URL"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["COLUMNS"] = "200"
    db = folder / "himjobs-demo.db"
    proc = subprocess.run(
        [sys.executable, "-m", "himjobs", "demo", "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return db, proc.stdout
