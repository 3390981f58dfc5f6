"""An exception anywhere in parsing is a recorded failure, never a quiet "not seen" (issue 13.1).

Each trigger runs through the real engine, the ingest pipeline and a SQLite store, twice: a good
crawl of two boards of one source, then the same crawl with one board (or one posting) turned
hostile. The healthy board keeps the source above HIMJOBS_MIN_FRACTION, so what stops the
closing is the recorded failure itself, not the "suspicious" guard. In every case:

- the bad posting is a bad record, or the unparseable page a bad page, with its reason stored
  as a run error;
- the other postings of the same page are still stored;
- the run is ``partial`` (not ``ok``) and closes nothing: every posting of the good crawl is
  still open.

The last test runs `himjobs crawl` itself on one trigger: exit status 1 and one line naming the
source and the reason.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from storage import Store
from tests._cli import run_himjobs
from tests.scrapers._crawl import bad_pages, cli_settings, run

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
DEEP = 100_000


def _load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


#: A route fault: the server replaces __OPEN____CLOSE__ with arrays nested DEEP levels.
DEEP_FAULT = {
    "kind": "expand",
    "with": {"__OPEN__": {"text": "[", "times": DEEP}, "__CLOSE__": {"text": "]", "times": DEEP}},
}


# --- Lever: one posting's workplaceType is a number (AttributeError where text is read) ---------

LEVER_PAGE = _load("lever/lakeshore_page1.json")


def _harbor_lever(*, bad: bool) -> list[dict[str, Any]]:
    """Three postings of a second Lever site; with ``bad`` the first has workplaceType 7."""
    out = []
    for n, base in enumerate([LEVER_PAGE[0], LEVER_PAGE[1], LEVER_PAGE[0]]):
        p = copy.deepcopy(base)
        p["id"] = f"harbor-{n}"
        p["text"] = f"{p['text']} ({['Days', 'Evenings', 'Weekends'][n]})"
        p["hostedUrl"] = p["applyUrl"] = f"https://jobs.lever.co/harborlever/harbor-{n}"
        out.append(p)
    if bad:
        out[0]["workplaceType"] = 7
    return out


def _lever(bad: bool) -> list[dict[str, Any]]:
    return [
        {
            "path": "/v0/postings/lakeshoremed",
            "query": {"mode": "json", "skip": "0"},
            "json_body": LEVER_PAGE,
        },
        {
            "path": "/v0/postings/harborlever",
            "query": {"mode": "json", "skip": "0"},
            "json_body": _harbor_lever(bad=bad),
        },
    ]


# --- Greenhouse: a board answers JSON nested 100,000 deep (RecursionError) -------------------

GH_BOARD = _load("greenhouse/northridge_jobs.json")


def _greenhouse(bad: bool) -> list[dict[str, Any]]:
    other = copy.deepcopy(GH_BOARD)
    for job in other["jobs"]:
        job["id"] += 1000
    deep = {
        "path": "/v1/boards/deepclinic/jobs",
        "body": '{"jobs": __OPEN____CLOSE__}',
        "fault": DEEP_FAULT,
    }
    return [deep if bad else {"path": "/v1/boards/deepclinic/jobs", "json_body": other}]


# --- USAJOBS: the result's UserArea is a list (AttributeError after the page's postings) -------

US_KEYWORD = _load("usajobs/search_keyword.json")


def _usajobs(bad: bool) -> list[dict[str, Any]]:
    page1 = copy.deepcopy(US_KEYWORD)
    page1["SearchResult"]["UserArea"]["NumberOfPages"] = "2"
    if bad:  # read for the next page, after the page's postings were yielded
        page1["SearchResult"]["UserArea"] = [page1["SearchResult"]["UserArea"]]
    page2 = copy.deepcopy(US_KEYWORD)
    item = page2["SearchResult"]["SearchResultItems"][1]
    item["MatchedObjectId"] = "899000001"
    item["MatchedObjectDescriptor"]["PositionID"] = "VA-26-899000001"
    item["MatchedObjectDescriptor"]["PositionTitle"] = "Health Information Technician (Scanning)"
    page2["SearchResult"]["SearchResultItems"] = [item]
    page2["SearchResult"]["SearchResultCount"] = 1
    query = {"Keyword": "medical records"}
    return [
        {"path": "/api/search", "query": {**query, "Page": "1"}, "json_body": page1},
        {"path": "/api/search", "query": {**query, "Page": "2"}, "json_body": page2},
    ]


# --- Workday: the first list page says total 1e400 (inf -> OverflowError) --------------------

PINES = "https://pinesclinic.wd1.myworkdayjobs.com/Careers"
TINY = "https://tinyclinic.wd1.myworkdayjobs.com/Careers"
TINY_LIST = "/wday/cxs/tinyclinic/Careers/jobs"
WD_JOBS = {  # detail fixture -> its path on the site
    "R0048812": "/job/TX---Houston/Medical-Records-Clerk_R0048812",
    "R0048875": "/job/TX---Houston/Medical-Records-Courier_R0048875",
    "R0048940": "/job/TX---The-Woodlands/Medical-Records-Specialist_R0048940",
    "R0048975": "/job/TX---Houston/Scanning-and-Indexing-Clerk_R0048975",
}


def _workday_board(tenant: str, reqs: list[str], total: str) -> list[dict[str, Any]]:
    """A Workday site listing ``reqs`` (one list page) with their details; ``total`` is written
    into the list JSON as is (1e400 is legal JSON and reads as inf)."""
    entries = [
        {"title": r, "externalPath": WD_JOBS[r], "postedOn": "Posted 3 Days Ago"} for r in reqs
    ]
    listing = json.dumps({"total": "__TOTAL__", "jobPostings": entries})
    routes = [
        {
            "method": "POST",
            "path": f"/wday/cxs/{tenant}/Careers/jobs",
            "body": listing.replace('"__TOTAL__"', "__TOTAL__"),
            "fault": {"kind": "expand", "with": {"__TOTAL__": {"text": total}}},
        }
    ]
    for r in reqs:
        routes.append(
            {"path": f"/wday/cxs/{tenant}/Careers{WD_JOBS[r]}", "file": f"workday/detail_{r}.json"}
        )
    return routes


def _workday(bad: bool) -> list[dict[str, Any]]:
    return _workday_board("pinesclinic", ["R0048812", "R0048875", "R0048940"], "3") + (
        _workday_board("tinyclinic", ["R0048975"], "1e400" if bad else "1")
    )


# --- JSON-LD: a job page's JobPosting block nested 100,000 deep (RecursionError) --------------

ALPHA, BETA = "https://careers.alpha.example", "https://careers.beta.example"
HTML = {"content_type": "text/html; charset=utf-8"}


def _job_block(key: str, title: str) -> str:
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": title,
            "identifier": key,
            "datePosted": "2026-11-04",
            "description": "<p>Scan, index and file charts. High school diploma or GED required.</p>",  # noqa: E501
            "hiringOrganization": {"@type": "Organization", "name": "Beta Health"},
            "jobLocation": {
                "@type": "Place",
                "address": {"addressLocality": "Tucson", "addressRegion": "AZ"},
            },
        }
    )


def _page(*blocks: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body>job</body></html>"


JSONLD_JOBS = {
    "/jobs/al-1": "Medical Records Clerk",
    "/jobs/al-2": "Release of Information Specialist",
    "/jobs/be-1": "Health Information Technician",
    "/jobs/be-2": "Medical Records Coder",
}


def _jsonld(bad: bool) -> list[dict[str, Any]]:
    routes = []
    for site, prefix in ((ALPHA, "al"), (BETA, "be")):
        urls = "".join(f"<url><loc>{site}{p}</loc></url>" for p in JSONLD_JOBS if prefix in p)
        routes.append(
            {
                "path": f"/{prefix}-sitemap.xml",
                "content_type": "application/xml",
                "body": f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
            }
        )
    for path, title in JSONLD_JOBS.items():
        block = _job_block(path.rsplit("/", 1)[1].upper(), title)
        if bad and path == "/jobs/be-2":
            # The posting itself, with one property nested past the recursion limit.
            deep = block[:-1] + ', "x": __OPEN____CLOSE__}'
            routes.append({"path": path, "body": _page(deep), "fault": DEEP_FAULT, **HTML})
        else:
            routes.append({"path": path, "body": _page(block), **HTML})
    return routes


# --- the cases -------------------------------------------------------------------------------


@dataclass
class Case:
    label: str
    spider: str
    routes: Callable[[bool], list[dict[str, Any]]]
    #: sources.toml boards (a complete crawl); None: the spider's own list (usajobs: queries)
    boards: list[str] | None
    #: a fragment of the recorded reason, and the URL fragment it is recorded against
    reason: str
    url: str
    #: postings of the hostile crawl's pages still stored (external ids, checked last_run)
    still_stored: set[str] = field(default_factory=set)
    kwargs: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)


CASES = [
    Case(
        "Lever posting workplaceType 7 (AttributeError)",
        "lever",
        _lever,
        ["lakeshoremed", "harborlever"],
        "AttributeError",
        "/v0/postings/harborlever",
        still_stored={"harbor-1", "harbor-2"},
    ),
    Case(
        "Greenhouse board JSON nested 100,000 deep (RecursionError)",
        "greenhouse",
        _greenhouse,
        ["northridgehealth", "deepclinic"],
        "RecursionError",
        "/v1/boards/deepclinic/jobs",
    ),
    Case(
        "USAJOBS result UserArea a list (AttributeError)",
        "usajobs",
        _usajobs,
        None,
        "AttributeError",
        "Keyword=medical",
        still_stored={"813005512"},
        kwargs={"results_per_page": "2", "keywords": "medical records"},
    ),
    Case(
        "Workday first list page total 1e400 (OverflowError)",
        "workday",
        _workday,
        [PINES, TINY],
        "OverflowError",
        TINY_LIST,
    ),
    Case(
        "JSON-LD JobPosting block nested 100,000 deep (RecursionError)",
        "jsonld",
        _jsonld,
        [f"{ALPHA}/al-sitemap.xml", f"{BETA}/be-sitemap.xml"],
        "recursion limit",
        "/jobs/be-2",
        settings={"HIMJOBS_CRAWL_TIME": "2026-11-20T12:00:00"},
    ),
]


@pytest.fixture
def creds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIMJOBS_USAJOBS_KEY", "test-key-6f1d2c")
    monkeypatch.setenv("HIMJOBS_USAJOBS_EMAIL", "records.finder@example.org")


def _crawl(case: Case, mock: Any, tmp_path: Path, db: str) -> dict[str, Any]:
    kwargs = dict(case.kwargs)
    if case.boards is not None:
        listing = tmp_path / "sources.toml"
        listing.write_text(f"[{case.spider}]\nboards = {json.dumps(case.boards)}\n", "utf-8")
        kwargs["sources_file"] = str(listing)
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": db, **case.settings}
    stats, _ = run(case.spider, mock.url, settings=settings, **kwargs)
    return stats


def _open(store: Store) -> set[tuple[str, str]]:
    return {(p.source, p.external_id) for p in store.search(limit=500, include_duplicates=True)}


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_parse_failure_is_recorded_and_closes_nothing(
    case: Case, mock: Any, tmp_path: Path, creds: None, reliability: Any
) -> None:
    db = f"sqlite:///{tmp_path / 'crawl.db'}"
    for route in case.routes(False):
        mock.add_route(route)
    first = _crawl(case, mock, tmp_path, db)
    assert first["himjobs/outcome"] == "ok", bad_pages(first)
    assert first["himjobs/complete"] is True
    with Store(db) as store:
        before = _open(store)
    assert len(before) == first["himjobs/stored"] >= 3

    for route in case.routes(True):
        mock.add_route(route)
    second = _crawl(case, mock, tmp_path, db)
    with Store(db) as store:
        open_now = _open(store)
        latest = store.runs()[0]
        errors = store.run_errors(latest.id)
        refreshed = {
            p.external_id
            for p in store.search(limit=500, include_duplicates=True)
            if (rec := store.record(p.id or 0)) is not None and rec.last_run_id == latest.id
        }
    reasons = [f"{e.url} {e.reason}" for e in errors]
    reliability.record(
        "parse failures",
        f"after a good crawl of two boards: {case.label}",
        stored=len(open_now),
        lost=len(before - open_now),
        errors=len(errors),
        outcome=f"run {latest.status}; closed {second.get('himjobs/closed', 0)}; "
        f"recorded: {reasons[0][:120] if reasons else 'nothing'}",
    )
    assert second["finish_reason"] == "finished"
    assert any(case.reason in r and case.url in r for r in reasons), reasons
    assert latest.status == second["himjobs/outcome"] == "partial"
    assert second.get("himjobs/closed", 0) == 0
    assert open_now == before  # nothing closed: every posting of the good crawl still open
    # the page's other postings were still yielded and stored by this crawl
    assert {i.split(":", 1)[-1] for i in refreshed} >= case.still_stored
    # counters reconcile: the bad record is seen and failed, never silently dropped
    assert second["himjobs/seen"] == (
        second["himjobs/stored"] + second["himjobs/dropped_irrelevant"] + second["himjobs/failed"]
    )


def test_cli_exits_1_naming_source_and_reason(mock: Any, tmp_path: Path) -> None:
    case = CASES[0]
    for route in case.routes(True):
        mock.add_route(route)
    sources = tmp_path / "sources.toml"
    sources.write_text(f"[lever]\nboards = {json.dumps(case.boards)}\n", "utf-8")
    # a real `python -m himjobs crawl` process (tests/_cli.py)
    r = run_himjobs(
        "crawl",
        "lever",
        "--boards",
        str(sources),
        "--db",
        f"sqlite:///{tmp_path / 'cli.db'}",
        "--api-base",
        mock.url,
        "-f",
        "json",
        *cli_settings(),
        cwd=tmp_path,
        env={"HIMJOBS_LOCK_DIR": str(tmp_path / "locks")},
    )
    assert r.code == 1, r.err
    lines = [ln for ln in r.err.splitlines() if "himjobs: error:" in ln]
    assert len(lines) == 1, r.err
    assert "lever:" in lines[0] and "AttributeError" in lines[0]
    assert "/v0/postings/harborlever" in lines[0]
    out = json.loads(r.out)
    assert out["status"] == "partial" and out["sources"][0]["stored"] == 4


def test_exception_mid_generator_and_in_errback_are_bad_pages(mock: Any) -> None:
    mock.add_route({"path": "/parse-probe/alive", "body": "ok", "content_type": "text/plain"})
    mock.add_route({"path": "/parse-probe/dropped", "fault": {"kind": "drop"}})
    # gone: a 404 (the errback runs inside the spider middleware); dropped: a network failure
    # (the errback runs outside it, its exception arrives through the spider_error signal)
    stats, items = run("parse_probe", mock.url, boards="alive,gone,dropped")
    assert [i["external_id"] for i in items] == ["alive"]  # yielded before the exception
    reasons = sorted(b["reason"] for b in bad_pages(stats))
    assert reasons == [
        "parse error in errback: LookupError: probe: the errback broke",
        "parse error in errback: LookupError: probe: the errback broke",
        "parse error in parse_probe: LookupError: probe: alive broke after its first posting",
    ]
    assert stats["himjobs/bad_pages/parse_error"] == 3
