from __future__ import annotations

from pathlib import Path

import pytest

from tests._cli import Result, run_himjobs

__all__ = ["Result"]


@pytest.fixture
def himjobs(tmp_path: Path):
    """Run the `himjobs` command in a temp working directory: in this process (tests/_cli.py),
    or a real `python -m himjobs` for crawl, demo, serve (``subprocess_`` overrides it)."""

    def run(
        *args: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        subprocess_: bool | None = None,
    ) -> Result:
        return run_himjobs(*args, cwd=tmp_path, stdin=stdin, env=env, subprocess_=subprocess_)

    return run
