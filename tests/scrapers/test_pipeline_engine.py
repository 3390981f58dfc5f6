"""IngestPipeline through the real Scrapy engine (subprocess) against the mock server, asserting
on the rows stored in SQLite and (with HIMJOBS_TEST_POSTGRES_URL) PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storage import Store
from tests.scrapers._crawl import run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
GH_BOARD = "/v1/boards/northridgehealth/jobs"


def crawl(spider: str, base: str, db: str, **kwargs: Any) -> dict[str, Any]:
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": db, **kwargs.pop("settings", {})}
    stats, _items = run(spider, base, settings=settings, **kwargs)
    return stats


def listing(tmp_path: Path, **boards: list[str]) -> str:
    """A sources file: crawling a source's whole list from it is a complete crawl."""
    path = tmp_path / "sources.toml"
    path.write_text("".join(f"[{k}]\nboards = {json.dumps(v)}\n" for k, v in boards.items()))
    return str(path)


def reconciles(stats: dict[str, Any]) -> bool:
    return bool(
        stats["himjobs/seen"]
        == stats["himjobs/stored"] + stats["himjobs/dropped_irrelevant"] + stats["himjobs/failed"]
    )


def northridge_without(*external_ids: int) -> dict[str, Any]:
    """The Northridge board as it reads after some postings were taken down."""
    data = json.loads((FIXTURES / "greenhouse" / "northridge_jobs.json").read_text("utf-8"))
    data["jobs"] = [j for j in data["jobs"] if j["id"] not in external_ids]
    data["meta"] = {"total": len(data["jobs"])}
    return {"path": GH_BOARD, "query": {"content": "true"}, "json_body": data}


def test_relevant_stored_with_requirements_irrelevant_dropped(mock: Any, store: Store) -> None:
    stats = crawl("greenhouse", mock.url, store.url, boards="northridgehealth")
    assert stats["finish_reason"] == "finished"
    assert stats["himjobs/seen"] == 3
    assert stats["himjobs/dropped_irrelevant"] == 1  # the registered nurse
    assert stats["himjobs/stored"] == stats["himjobs/inserted"] == 2
    assert reconciles(stats)
    assert stats["himjobs/outcome"] == "ok"
    assert store.count() == 2
    assert store.find("greenhouse", "5120102") is None
    clerk = store.find("greenhouse", "5120031")
    assert clerk is not None and clerk.requirements is not None
    assert clerk.title == "Medical Records Clerk"
    # the pipeline started and finished its own run, with the counts
    (info,) = store.runs()
    assert info.status == "ok" and info.sources == ["greenhouse"]
    assert info.counts["greenhouse"]["stored"] == 2
    record = store.record(clerk.id or 0)
    assert record is not None and record.last_run_id == info.id


def test_requirements_extracted_from_text(mock: Any, store: Store) -> None:
    crawl("lever", mock.url, store.url, boards="lakeshoremed", page_size="2")
    stored = store.search(limit=50)
    assert {p.title for p in stored} == {
        "Health Information Technician",
        "Medical Records Specialist - Part Time",
    }
    # every stored posting carries extracted requirements; text evidence quotes its own text
    for p in stored:
        assert p.requirements is not None
        for ev in p.requirements.evidence.values():
            if ev.source == "text":
                assert ev.text in p.description or ev.text in p.title
    spec = store.find("lever", "8a1d9e44-2f0b-47c3-b6e5-91c0d3a7f502")
    assert spec is not None and spec.requirements is not None
    assert spec.requirements.education_required == "high_school"
    assert "High school diploma" in spec.requirements.evidence["education_required"].text


def test_second_identical_crawl_stores_no_duplicates(mock: Any, store: Store) -> None:
    first = crawl("lever", mock.url, store.url, boards="lakeshoremed", page_size="2")
    second = crawl("lever", mock.url, store.url, boards="lakeshoremed", page_size="2")
    assert first["himjobs/inserted"] == 2
    assert second["himjobs/inserted"] == 0
    assert second["himjobs/unchanged"] == second["himjobs/stored"] == 2
    assert second["himjobs/closed"] == 0
    assert store.count() == 2
    assert [r.status for r in store.runs()] == ["ok", "ok"]


def test_posting_gone_from_complete_crawl_is_closed(
    mock: Any, store: Store, tmp_path: Path
) -> None:
    board = listing(tmp_path, greenhouse=["northridgehealth", "quietclinic"])
    crawl("greenhouse", mock.url, store.url, sources_file=board)
    mock.add_route(northridge_without(5120044))
    stats = crawl("greenhouse", mock.url, store.url, sources_file=board)
    assert stats["himjobs/outcome"] == "ok" and stats["himjobs/complete"] is True
    assert stats["himjobs/closed"] == 1
    assert store.count() == 1  # searches leave closed postings out
    gone = store.find("greenhouse", "5120044")
    assert gone is not None and gone.id is not None
    record = store.record(gone.id)
    assert record is not None and record.closed_at is not None
    assert store.count(include_closed=True) == 2
    # back on the board: it reopens
    mock.reset()
    crawl("greenhouse", mock.url, store.url, sources_file=board)
    assert store.count() == 2


def test_boards_picked_by_hand_close_nothing(mock: Any, store: Store) -> None:
    crawl("greenhouse", mock.url, store.url, boards="northridgehealth")
    mock.add_route(northridge_without(5120044))
    stats = crawl("greenhouse", mock.url, store.url, boards="northridgehealth")
    assert stats["himjobs/outcome"] == "ok" and stats["himjobs/complete"] is False
    assert stats["himjobs/closed"] == 0
    assert store.count() == 2


def test_bad_page_closes_nothing_and_is_recorded(mock: Any, store: Store, tmp_path: Path) -> None:
    crawl(
        "greenhouse",
        mock.url,
        store.url,
        sources_file=listing(tmp_path, greenhouse=["northridgehealth"]),
    )
    mock.add_route(northridge_without(5120044))
    board = listing(tmp_path, greenhouse=["northridgehealth", "nosuchboard"])
    stats = crawl("greenhouse", mock.url, store.url, sources_file=board)
    assert stats["himjobs/outcome"] == "partial" and stats["himjobs/complete"] is True
    assert stats["himjobs/closed"] == 0
    assert store.count() == 2
    run_info = store.runs()[0]
    assert run_info.status == "partial" and run_info.errors == 1
    (error,) = store.run_errors(run_info.id)
    assert error.source == "greenhouse"
    assert error.url is not None and "/v1/boards/nosuchboard/jobs" in error.url
    assert "404" in error.reason


def test_suspicious_drop_closes_nothing(mock: Any, store: Store, tmp_path: Path) -> None:
    board = listing(tmp_path, greenhouse=["northridgehealth"])
    crawl("greenhouse", mock.url, store.url, sources_file=board)
    mock.add_route(northridge_without(5120044))
    # 1 stored vs a last good count of 2: below a 0.75 fraction
    stats = crawl(
        "greenhouse",
        mock.url,
        store.url,
        sources_file=board,
        settings={"HIMJOBS_MIN_FRACTION": 0.75},
    )
    assert stats["himjobs/outcome"] == "suspicious"
    assert stats["himjobs/last_good_count"] == 2
    assert stats["himjobs/closed"] == 0
    assert store.count() == 2
    assert store.runs()[0].status == "suspicious"
    # a suspicious run does not become the last good count
    (source,) = store.sources()
    assert source["last_good_count"] == 2 and source["last_status"] == "suspicious"


def test_counts_reconcile_with_faults(mock: Any, store: Store) -> None:
    boards = "northridgehealth,quietclinic,nosuchboard,flakyboard,cutoff,htmlish"
    stats = crawl("greenhouse", mock.url, store.url, boards=boards)
    # the same three postings on three boards: 9 seen, 3 irrelevant, 6 stored as 2 rows
    assert stats["himjobs/seen"] == 9
    assert stats["himjobs/dropped_irrelevant"] == 3
    assert stats["himjobs/stored"] == 6
    assert stats["himjobs/failed"] == 0
    assert reconciles(stats)
    assert store.count() == 2
    run_info = store.runs()[0]
    assert run_info.errors == stats["himjobs/bad_pages"] == 2
    reasons = {
        e.url.split("/v1/boards/")[1].split("/")[0]: e.reason
        for e in store.run_errors(run_info.id)
        if e.url
    }
    assert set(reasons) == {"nosuchboard", "cutoff"}
    assert "malformed JSON" in reasons["cutoff"]


def test_invalid_posting_is_seen_failed_and_recorded(mock: Any, store: Store) -> None:
    data = json.loads((FIXTURES / "greenhouse" / "northridge_jobs.json").read_text("utf-8"))
    broken = dict(data["jobs"][0])
    del broken["id"]  # a posting with no id cannot become a Posting
    data["jobs"].append(broken)
    mock.add_route({"path": GH_BOARD, "query": {"content": "true"}, "json_body": data})
    stats = crawl("greenhouse", mock.url, store.url, boards="northridgehealth")
    assert stats["himjobs/postings_invalid"] == 1
    assert (stats["himjobs/seen"], stats["himjobs/stored"], stats["himjobs/failed"]) == (4, 2, 1)
    assert reconciles(stats)
    assert stats["himjobs/outcome"] == "partial"
    run_info = store.runs()[0]
    assert run_info.status == "partial"
    (error,) = store.run_errors(run_info.id)
    assert "invalid posting" in error.reason
    assert store.count() == 2


def test_caller_run_is_used_not_finished(mock: Any, store: Store) -> None:
    run_id = store.start_run(["lever"])
    stats = crawl(
        "lever",
        mock.url,
        store.url,
        boards="lakeshoremed,nosuchboard",
        page_size="2",
        settings={"HIMJOBS_RUN_ID": run_id},
    )
    assert stats["himjobs/run_id"] == run_id
    (info,) = store.runs()
    assert info.id == run_id and info.status == "running"  # the caller finishes it
    assert info.errors == 1
    tech = store.find("lever", "3f7c2a10-6b1e-4c8e-9d1a-0a5e7b2c4d11")
    assert tech is not None and tech.id is not None
    record = store.record(tech.id)
    assert record is not None and record.first_run_id == record.last_run_id == run_id
