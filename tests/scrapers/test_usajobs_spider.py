"""USAJOBS spider through the real engine: page loop, queries, credentials, secret header."""

from __future__ import annotations

from typing import Any

import pytest

from scrapers._run import NOT_STARTED
from storage import Store
from tests.scrapers._crawl import bad_pages, run

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}

KEY = "test-key-6f1d2c"
EMAIL = "records.finder@example.org"


@pytest.fixture
def creds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIMJOBS_USAJOBS_KEY", KEY)
    monkeypatch.setenv("HIMJOBS_USAJOBS_EMAIL", EMAIL)


def _header(entry: dict[str, Any], name: str) -> str | None:
    return next((v for k, v in entry["headers"].items() if k.lower() == name.lower()), None)


def _searches(mock: Any) -> list[dict[str, Any]]:
    return [r for r in mock.log() if r["path"].lower() == "/api/search"]


def test_series_page_loop_keyword_queries_and_dedupe(mock: Any, creds: None) -> None:
    stats, items = run("usajobs", mock.url, results_per_page="2")
    assert stats["finish_reason"] == "finished"
    # Page 1 of the series query is full (2 of 2) and says NumberOfPages "2": page 2 follows and
    # is the last. The keyword query repeats 812340100, which is yielded once.
    assert sorted(i["external_id"] for i in items) == [
        "799120455",
        "812340100",
        "812340277",
        "813005512",
    ]
    searches = _searches(mock)
    series = [r["query"] for r in searches if "JobCategoryCode" in r["query"]]
    assert [(q["JobCategoryCode"], q["Page"], q["ResultsPerPage"]) for q in series] == [
        ("0675", "1", "2"),
        ("0675", "2", "2"),
    ]
    keywords = sorted(r["query"]["Keyword"] for r in searches if "Keyword" in r["query"])
    assert keywords == ["health information", "medical records"]
    for r in searches:
        assert _header(r, "Authorization-Key") == KEY
        assert _header(r, "User-Agent") == EMAIL
    assert "himjobs/bad_pages" not in stats
    clerk = next(i for i in items if i["external_id"] == "813005512")
    assert clerk["locations"] == [{"city": "Bethesda", "state": "MD", "country": "US"}]
    assert clerk["hints"]["pay"] == {
        "min": 38012.0,
        "max": 49416.0,
        "period": "year",
        "currency": "USD",
    }
    assert "tracks every chart that leaves the file room" in clerk["description"]


def test_default_500_per_page_stops_on_short_page_and_series_option(mock: Any, creds: None) -> None:
    stats, items = run("usajobs", mock.url, keywords="")
    assert stats["finish_reason"] == "finished"
    pages = [r["query"] for r in _searches(mock)]
    # 2 results < 500 per page: no second request although NumberOfPages says "2".
    assert pages == [
        {"JobCategoryCode": "0675", "ResultsPerPage": "500", "Page": "1"},
    ]
    assert sorted(i["external_id"] for i in items) == ["812340100", "812340277"]

    mock.reset()
    stats, items = run("usajobs", mock.url, series="0669,0679", keywords="", days="7")
    assert stats["finish_reason"] == "finished" and items == []
    (query,) = [r["query"] for r in _searches(mock)]
    assert query["JobCategoryCode"] == "0669;0679" and query["DatePosted"] == "7"


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ({}, "HIMJOBS_USAJOBS_KEY and HIMJOBS_USAJOBS_EMAIL"),
        ({"HIMJOBS_USAJOBS_KEY": KEY}, "HIMJOBS_USAJOBS_EMAIL"),
        ({"HIMJOBS_USAJOBS_EMAIL": EMAIL}, "HIMJOBS_USAJOBS_KEY"),
    ],
)
def test_missing_credentials_stop_the_spider_before_any_request(
    mock: Any, monkeypatch: pytest.MonkeyPatch, present: dict[str, str], missing: str
) -> None:
    monkeypatch.delenv("HIMJOBS_USAJOBS_KEY", raising=False)
    monkeypatch.delenv("HIMJOBS_USAJOBS_EMAIL", raising=False)
    for k, v in present.items():
        monkeypatch.setenv(k, v)
    stats, items = run("usajobs", mock.url)
    # The crawl process does not crash: the spider is reported as not started, with the reason.
    assert stats["finish_reason"] == NOT_STARTED and items == []
    assert stats["himjobs/error"].startswith(f"USAJOBS needs {missing} set")
    assert _searches(mock) == []


def test_key_is_not_sent_along_a_redirect_to_another_host(mock: Any, creds: None) -> None:
    mock.add_route(
        {
            "path": "/api/search",
            "query": {"Keyword": "medical records"},
            "fault": {"kind": "redirect", "location": "{alt_base}/moved/search?Page=1"},
        }
    )
    mock.add_route({"path": "/moved/search", "file": "usajobs/search_keyword.json"})
    stats, items = run("usajobs", mock.url, keywords="medical records")
    assert stats["finish_reason"] == "finished"
    log = mock.log()
    first = next(r for r in log if r["query"].get("Keyword") == "medical records")
    assert _header(first, "Authorization-Key") == KEY
    (moved,) = [r for r in log if r["path"] == "/moved/search"]
    assert _header(moved, "Host").startswith("localhost:")  # type: ignore[union-attr]
    assert _header(moved, "Authorization-Key") is None
    assert stats["himjobs/secret_header_stripped"] == 1
    # The redirected page was still read.
    assert "813005512" in {i["external_id"] for i in items}
    assert bad_pages(stats) == []


def test_rejected_key_is_a_bad_page_not_a_crash(mock: Any, creds: None) -> None:
    mock.add_route(
        {"path": "/api/search", "status": 401, "body": "Unauthorized", "content_type": "text/plain"}
    )
    stats, items = run("usajobs", mock.url, keywords="medical records")
    assert stats["finish_reason"] == "finished" and items == []
    assert sorted(b["reason"] for b in bad_pages(stats)) == ["HTTP 401", "HTTP 401"]


def test_stored_rows_through_the_ingest_pipeline(mock: Any, creds: None, store: Store) -> None:
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": store.url}
    stats, _ = run("usajobs", mock.url, results_per_page="2", settings=settings)
    assert stats["finish_reason"] == "finished" and stats["himjobs/outcome"] == "ok"
    assert stats["himjobs/seen"] == 4  # the keyword query's repeat was not yielded twice
    assert stats["himjobs/seen"] == (
        stats["himjobs/stored"] + stats["himjobs/dropped_irrelevant"] + stats["himjobs/failed"]
    )
    roi = store.find("usajobs", "812340100")
    assert roi is not None and roi.requirements is not None
    assert roi.employer == "Veterans Health Administration"
    assert [(loc.city, loc.state) for loc in roi.locations] == [("Warren", "MI")]
    coder = store.find("usajobs", "812340277")
    assert coder is not None and coder.remote is True
    assert coder.hints.pay is not None and coder.hints.pay.period == "hour"
    # 0679 Medical Support Assistance is scheduling work, not records work: dropped.
    assert store.find("usajobs", "799120455") is None
    clerk = store.find("usajobs", "813005512")
    assert clerk is not None and clerk.raw["JobCategory"] == ["0303"]
    (info,) = store.runs()
    assert info.status == "ok" and store.run_errors(info.id) == []
