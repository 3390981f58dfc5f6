"""A source that breaks after a good crawl closes none of its postings.

test_pipeline_engine.py has the baseline (a complete crawl closes what vanished), a bad page and a
drop below HIMJOBS_MIN_FRACTION. These are the other ways a real board "loses" every posting at
once: a total outage, a board that suddenly answers an empty list, and a crawl cut short by a
time limit. In each, the second crawl sees none of the stored postings, so a wrong close would
close all of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storage import Store
from tests.scrapers._crawl import run

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
BOARD = "/v1/boards/northridgehealth/jobs"
FILE = "greenhouse/northridge_jobs.json"

SCENARIOS = [
    ("every page answers HTTP 500 (outage)",
     {"path": BOARD, "file": FILE, "fault": {"kind": "fail_then_ok", "failures": 99}}, {},
     "failed"),
    ("the board suddenly answers an empty list",
     {"path": BOARD, "json_body": {"jobs": [], "meta": {"total": 0}}}, {}, "suspicious"),
    ("the crawl is cut short by CLOSESPIDER_TIMEOUT",
     {"path": BOARD, "file": FILE, "fault": {"kind": "delay", "seconds": 8}},
     {"CLOSESPIDER_TIMEOUT": 2}, "failed"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "route", "settings", "status"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_broken_source_closes_nothing(
    mock: Any, tmp_path: Path, reliability, label: str, route: dict[str, Any],
    settings: dict[str, Any], status: str,
) -> None:  # fmt: skip
    url = f"sqlite:///{tmp_path / 'crawl.db'}"
    base = {**PIPELINE, "HIMJOBS_DATABASE_URL": url}
    # The whole board list from a sources file: a crawl that may close postings.
    listing = tmp_path / "sources.toml"
    listing.write_text('[greenhouse]\nboards = ["northridgehealth"]\n', encoding="utf-8")
    first, _ = run("greenhouse", mock.url, sources_file=str(listing), settings=base)
    assert first["himjobs/outcome"] == "ok" and first["himjobs/stored"] == 2
    assert first["himjobs/complete"] is True
    mock.add_route(route)
    second, _ = run("greenhouse", mock.url, sources_file=str(listing),
                    settings={**base, **settings})  # fmt: skip
    with Store(url) as store:
        open_now = store.count()
        total = store.count(include_closed=True)
        runs = store.runs()
        (source,) = store.sources()
    reliability.record(
        "closing", f"after a good crawl of 2 postings: {label}", stored=total,
        lost=total - open_now, errors=runs[0].errors,
        outcome=f"run {runs[0].status} ({second.get('finish_reason')}); closed "
        f"{second.get('himjobs/closed', 0)}; last good count stays {source['last_good_count']}",
    )  # fmt: skip
    assert runs[0].status == second["himjobs/outcome"] == status
    assert second.get("himjobs/closed", 0) == 0
    assert open_now == total == 2  # still open, still searchable
    assert source["last_good_count"] == 2  # a broken run never becomes the new baseline
