"""A spider that cannot start (no USAJOBS credentials, a bad argument or setting) fails its own
source with one clear line, recorded in the crawl run; the other sources still crawl.

Through the real `himjobs crawl` (a subprocess) against the mock server, and through
scrapers._run.crawl for a spider argument the CLI does not expose.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scrapers._run import NOT_STARTED
from storage import Store
from tests.scrapers import test_cmd_crawl as cmd
from tests.scrapers._crawl import TEST_SETTINGS
from tests.scrapers.test_cmd_crawl import boards_file, crawl

# The command fixtures of test_cmd_crawl.py (`himjobs`: crawl in a subprocess; lock dir, db).
himjobs, env, db = cmd.himjobs, cmd.env, cmd.db

NO_USAJOBS = {"HIMJOBS_USAJOBS_KEY": "", "HIMJOBS_USAJOBS_EMAIL": ""}


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("himjobs: error:")]


def test_usajobs_without_credentials_fails_alone(
    himjobs: Any, mock: Any, db: str, env: dict[str, str], tmp_path: Path, reliability: Any
) -> None:
    sources = boards_file(tmp_path, greenhouse=["northridgehealth"])
    r = crawl(
        himjobs,
        mock,
        db,
        {**env, **NO_USAJOBS},
        "usajobs",
        "greenhouse",
        "--boards",
        str(sources),
        "-f",
        "json",
    )
    assert r.code == 1, r.err
    assert "Traceback" not in r.err and "Unhandled error" not in r.err, r.err
    lines = _error_lines(r.err)
    with Store(db) as store:
        stored = store.count()
    reliability.record(
        "bad input: CLI",
        "himjobs crawl usajobs greenhouse, no USAJOBS key",
        stored=stored,
        lost=2 - stored,
        errors=len(lines),
        outcome=f"exit {r.code}: {lines[0][:100] if lines else '(no message)'}",
    )
    (line,) = lines
    assert line.startswith("himjobs: error: usajobs: USAJOBS needs HIMJOBS_USAJOBS_KEY and ")
    out = json.loads(r.out)
    by_source = {row["source"]: row for row in out["sources"]}
    assert by_source["usajobs"]["outcome"] == "failed"
    assert by_source["greenhouse"]["outcome"] == "ok" and by_source["greenhouse"]["stored"] == 2
    assert out["status"] == "partial"
    with Store(db) as store:
        assert store.count() == 2  # greenhouse crawled beside the source that could not start
        (info,) = store.runs()
        assert info.status == "partial" and info.errors == 1
        assert info.counts["usajobs"]["outcome"] == "failed"
        (error,) = store.run_errors(info.id)
    assert error.source == "usajobs" and error.url is None
    assert error.reason.startswith("could not start: USAJOBS needs HIMJOBS_USAJOBS_KEY")


def test_a_setting_no_spider_accepts_fails_every_source(
    himjobs: Any, mock: Any, db: str, env: dict[str, str], tmp_path: Path, reliability: Any
) -> None:
    sources = boards_file(tmp_path, greenhouse=["northridgehealth"], lever=["lakeshoremed"])
    r = crawl(
        himjobs, mock, db, env, "--boards", str(sources), "-s", "HIMJOBS_CRAWL_TIME=last tuesday"
    )
    assert r.code == 1, r.err
    assert "Traceback" not in r.err and "Unhandled error" not in r.err, r.err
    lines = _error_lines(r.err)
    reliability.record(
        "bad input: CLI",
        "himjobs crawl -s HIMJOBS_CRAWL_TIME='last tuesday'",
        stored=0,
        errors=len(lines),
        outcome=f"exit {r.code}: {lines[0][:100] if lines else '(no message)'}",
    )
    assert sorted(line.split(":")[2].strip() for line in lines) == ["greenhouse", "lever"]
    assert all("HIMJOBS_CRAWL_TIME: not an ISO date/time: 'last tuesday'" in x for x in lines)
    assert "crawl run 1: failed" in r.out
    with Store(db) as store:
        assert store.count() == 0
        (info,) = store.runs()
        assert info.status == "failed" and info.errors == 2
        assert {e.source for e in store.run_errors(info.id)} == {"greenhouse", "lever"}


def test_bad_spider_argument_through_crawl(mock: Any) -> None:
    from tests.scrapers._crawl import crawl as crawl_report

    report = crawl_report(
        ["jsonld", "greenhouse"],
        settings_overrides={**TEST_SETTINGS, "ITEM_PIPELINES": {}},
        spider_kwargs={"api_base": mock.url, "since": "soon", "boards": "northridgehealth"},
    )
    # The first spider could not be created; the second still crawls (the reactor is there).
    assert report.errors["jsonld"] == "jsonld: since must be a date like 2026-11-01, not 'soon'"
    assert "greenhouse" not in report.errors
    assert report.stats["greenhouse"]["finish_reason"] == "finished"
    assert len(report.items["greenhouse"]) == 3
    assert report.stats["jsonld"]["finish_reason"] == NOT_STARTED
    assert report.stats["jsonld"]["himjobs/error"] == report.errors["jsonld"]
