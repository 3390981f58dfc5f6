"""Issue #16: `himjobs crawl` with nothing answering prints one line per source with the reason;
the tracebacks go to the log file (the real command, against a closed port on 127.0.0.1)."""

from __future__ import annotations

import socket
from pathlib import Path

from tests._cli import run_python
from tests.scrapers._crawl import cli_settings

FAST = cli_settings(HIMJOBS_RETRY_BACKOFF_BASE=0.05, RETRY_TIMES=1)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_sources_are_one_line_each_with_the_reason(himjobs, tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text(
        '[greenhouse]\nboards = ["northridgehealth", "quietclinic"]\n'
        '[lever]\nboards = ["lakeshoremed"]\n',
        encoding="utf-8",
    )
    log = tmp_path / "logs" / "crawl.log"
    res = himjobs(
        "crawl",
        "--db",
        "crawl.db",
        "--boards",
        "sources.toml",
        "--log-file",
        str(log),
        "--api-base",
        f"http://127.0.0.1:{_closed_port()}",
        *FAST,
        env={"HIMJOBS_LOCK_DIR": str(tmp_path / "locks")},
    )
    assert res.code == 1, (res.out, res.err)
    lines = res.out.splitlines()
    assert lines[0] == "crawl run 1: failed"
    assert "greenhouse: failed - connection refused for 1 host" in lines
    assert "lever: failed - connection refused for 1 host" in lines
    assert any(line.startswith(f"log: {log}") for line in lines)
    assert "Traceback" not in res.err and "Traceback" not in res.out
    assert len(res.err.splitlines()) <= 4  # the progress lines only
    assert "refused" in log.read_text("utf-8")


def test_scrapy_crawl_exits_non_zero_when_its_source_failed(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'scrapy.db'}"
    proc = run_python(
        "-m",
        "scrapy",
        "crawl",
        "lever",
        "-a",
        "boards=lakeshoremed",
        "-a",
        f"api_base=http://127.0.0.1:{_closed_port()}",
        "-s",
        f"HIMJOBS_DATABASE_URL={db}",
        *FAST,
        env={"HIMJOBS_LOCK_DIR": str(tmp_path / "locks")},
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
