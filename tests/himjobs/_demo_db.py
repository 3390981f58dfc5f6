"""One `himjobs demo` database per test process, built through the real command (~8 CPU-s):
test_demo.py checks the run itself, the others read the database it left."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from tests._cli import run_python


@cache
def demo_db() -> tuple[Path, str]:
    """(the demo's SQLite file, what `himjobs demo` printed)."""
    folder = Path(tempfile.mkdtemp(prefix="himjobs-demo-test-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = folder / "himjobs-demo.db"
    proc = run_python("-m", "himjobs", "demo", "--db", str(db), cwd=folder, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return db, proc.stdout
