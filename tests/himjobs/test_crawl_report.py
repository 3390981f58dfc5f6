"""Issue #16: `himjobs crawl` with nothing answering prints one line per source with the reason;
the tracebacks go to the log file (the real command, against a closed port on 127.0.0.1)."""

from __future__ import annotations

import socket
from itertools import takewhile
from pathlib import Path

from tests._cli import run_on_terminal, run_python
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


def _private_site_crawl(tmp_path: Path) -> list[str]:
    """`himjobs crawl jsonld` of a site on a private address, the guard on: its reason is over
    80 characters, and the URL and the setting to change are at its end."""
    site = "http://127.0.0.1:9/careers/medical-records-and-health-information"
    (tmp_path / "sources.toml").write_text(f'[jsonld]\nboards = ["{site}"]\n', encoding="utf-8")
    (tmp_path / "locks").mkdir(exist_ok=True)
    return [
        "-m",
        "himjobs",
        "crawl",
        "jsonld",
        "--db",
        "crawl.db",
        "--boards",
        "sources.toml",
        "--log-file",
        str(tmp_path / "crawl.log"),
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "HIMJOBS_ALLOW_PRIVATE_URLS=0",
    ]


REASON = (
    "jsonld: failed - refusing private/non-public address 127.0.0.1 in "
    "'http://127.0.0.1:9/careers/medical-records-and-health-information' "
    "(set HIMJOBS_ALLOW_PRIVATE_URLS for local testing) (1 page)"
)


def test_a_long_reason_is_whole_in_a_pipe_and_wrapped_on_a_terminal(tmp_path: Path) -> None:
    # It was cut to 80 characters: "... in 'http://127.0.0.1:9/careers/... (1 page)".
    args = _private_site_crawl(tmp_path)
    env = {"HIMJOBS_LOCK_DIR": str(tmp_path / "locks"), "COLUMNS": "80"}
    piped = run_python(*args, cwd=tmp_path, env=env)
    assert piped.returncode == 1, piped.stdout + piped.stderr
    assert REASON in piped.stdout.splitlines()  # one line: grep finds the source and its URL

    (tmp_path / "crawl.db").unlink()
    shown = run_on_terminal(*args, cwd=tmp_path, env=env)
    assert shown.code == 1, shown.err
    lines = shown.out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("jsonld: failed"))
    wrapped = [lines[start], *takewhile(lambda line: line.startswith("  "), lines[start + 1 :])]
    assert all(len(line) <= 80 for line in wrapped) and len(wrapped) > 1
    assert " ".join(line.strip() for line in wrapped) == REASON  # whole, split between words
