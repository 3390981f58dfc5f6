"""A damaged database is one line on the CLI and a non-zero exit, never a traceback (issue 13,
item 6). ``damaged_database`` is shared with tests/web/test_security.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from schemas import Posting
from storage import Store
from tests._cli import run_himjobs


def damaged_database(tmp_path: Path) -> str:
    """A SQLite store with 300 postings and a run whose pages after the first three are
    overwritten with 0xff in their first 100 bytes: it opens, its queries fail."""
    path = tmp_path / "damaged.db"
    url = f"sqlite:///{path}"
    with Store(url) as store:
        store.upsert(
            Posting(
                source="greenhouse",
                external_id=f"g{i}",
                url=f"https://x.example/{i}",
                title=f"Medical Records Clerk {'x' * i}",
                description="Release of information. " * 50,
            )
            for i in range(300)
        )
        run = store.start_run(["greenhouse"])
        store.finish_run(run, status="ok", counts={"greenhouse": 300})
    data = bytearray(path.read_bytes())
    for offset in range(8192 * 3, len(data), 8192):
        data[offset : offset + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))
    return url


@pytest.mark.parametrize("command", [["runs"], ["search"], ["show", "5"]])
def test_damaged_database_is_one_line(tmp_path: Path, reliability: Any, command: list[str]) -> None:
    url = damaged_database(tmp_path)
    # `runs` in a real process (the exit status of `python -m himjobs`); the others in this one
    proc = run_himjobs(*command, "--db", url, cwd=tmp_path, subprocess_=command == ["runs"])
    err = proc.err.strip()
    reliability.record(
        "bad input",
        f"himjobs {' '.join(command)} on a damaged database",
        outcome=f"exit {proc.code}: {err[:120]}",
    )
    assert proc.code == 1, proc.err[-2000:]
    assert err == "himjobs: error: cannot read the database: database disk image is malformed"
    assert "Traceback" not in proc.err


def test_too_large_posting_id_is_not_found_on_the_cli(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ok.db'}"
    Store(url).close()
    proc = run_himjobs("show", "9223372036854775808", "--db", url, cwd=tmp_path)
    assert "Traceback" not in proc.err and proc.code != 0
