from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Result:
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr


@pytest.fixture
def himjobs(tmp_path: Path):
    """Run the real `himjobs` command (python -m himjobs) in a temp working directory."""

    def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
        full_env = {k: v for k, v in os.environ.items() if k != "HIMJOBS_DATABASE_URL"}
        full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
        full_env["COLUMNS"] = "200"
        full_env.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "himjobs", *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=full_env,
            timeout=300,
        )
        return Result(proc)

    return run
