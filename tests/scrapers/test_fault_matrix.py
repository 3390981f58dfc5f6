"""Issue 8's faults through the whole crawl: Scrapy engine -> spider -> IngestPipeline -> SQLite.

One crawl per fault (a subprocess, tests/scrapers/_crawl.py) against the mock server, each with a
healthy control board beside the faulty one. For every fault the test asserts on the STORED rows:

- the crawl finishes (finish_reason "finished");
- every good posting (a relevant one on a page the server delivered intact) is stored exactly
  once, and nothing else is;
- each bad page is in the crawl run's errors (Store.run_errors) with its URL and reason, and
  nothing else is;
- the pipeline's counters reconcile: seen = stored + dropped_irrelevant + failed;
- every stored posting is whole (requirements, certification and location rows agree).

The spider-level behaviour (items, retry stats) is in test_greenhouse_spider.py,
test_lever_spider.py and test_jsonld_spider.py; this file is the end-to-end view and feeds
docs/reliability.md. The JSON-LD cases run the real jsonld spider from a site root, a sitemap and
a listing page, with a healthy job page (the @graph clerk) beside each fault.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from storage import Store
from tests.scrapers._crawl import run
from tests.scrapers._rows import half_written, reconciles, stored_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}

# --- payloads ------------------------------------------------------------------------------------

_NORTHRIDGE = json.loads((FIXTURES / "greenhouse" / "northridge_jobs.json").read_text("utf-8"))
#: The control board (a file route): two records roles and a registered nurse (dropped).
CONTROL_IDS = {"5120031", "5120044"}
_LAKESHORE_1 = json.loads((FIXTURES / "lever" / "lakeshore_page1.json").read_text("utf-8"))


def gh_board(offset: int) -> tuple[dict[str, Any], set[str]]:
    """Northridge's board under new job ids (so its postings are told apart from the control
    board's), and the ids of its records roles."""
    data = copy.deepcopy(_NORTHRIDGE)
    for job in data["jobs"]:
        job["id"] += offset
    return data, {str(int(i) + offset) for i in CONTROL_IDS}


def gh_route(board: str, offset: int, **extra: Any) -> tuple[dict[str, Any], set[str]]:
    data, ids = gh_board(offset)
    return {"path": f"/v1/boards/{board}/jobs", "json_body": data, **extra}, ids


# --- cases ---------------------------------------------------------------------------------------


@dataclass
class Case:
    fault: str
    spider: str = "greenhouse"
    boards: str = ""
    routes: list[dict[str, Any]] = field(default_factory=list)
    #: external ids that must be stored, each exactly once
    good: set[str] = field(default_factory=set)
    #: (URL fragment, reason pattern) of each bad page the run must record
    bad: list[tuple[str, str]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    kwargs: dict[str, Any] = field(default_factory=dict)


def _retry_case(name: str, board: str, offset: int, **fault_spec: Any) -> Case:
    route, ids = gh_route(board, offset, fault={"kind": "fail_then_ok", "key": board, **fault_spec})
    return Case(name, boards=f"northridgehealth,{board}", routes=[route], good=CONTROL_IDS | ids)


def _lost_case(name: str, board: str, offset: int, reason: str, **route_extra: Any) -> Case:
    route, _ids = gh_route(board, offset, **route_extra)
    return Case(
        name,
        boards=f"northridgehealth,{board}",
        routes=[route],
        good=CONTROL_IDS,
        bad=[(f"/v1/boards/{board}/jobs", reason)],
    )


# --- JSON-LD career sites, through the real jsonld spider (site root, sitemap, listing) -------

#: "Now" for the JSON-LD crawls: before every fixture posting's validThrough, so none is expired
#: and the cases do not change with the calendar.
JSONLD_NOW = {"HIMJOBS_CRAWL_TIME": "2026-09-20T12:00:00"}
HTML = {"content_type": "text/html; charset=utf-8"}
BROKEN_ONLY_BLOCK = (
    '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "JobPosting", "title": "Medical Records Clerk" "datePosted": "2026-11-02"}'
    "</script></head><body><h1>Medical Records Clerk</h1></body></html>"
)

#: A readable posting, then a second JobPosting block with a missing comma (a lost posting).
HALF_BROKEN_PAGE = (
    '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "JobPosting", "title": "Medical Records Technician", "identifier": "HB-6120", '
    '"description": "Maintain the chart room and the release log. GED accepted.", '
    '"datePosted": "2026-09-02", "hiringOrganization": {"@type": "Organization", '
    '"name": "Halfbroken Regional Clinic"}}</script><script type="application/ld+json">'
    '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Coding Assistant" '
    '"identifier": "HB-6121"}</script></head><body></body></html>'
)


def _sitemap(path: str, host: str, *pages: str) -> dict[str, Any]:
    """A sitemap route listing job pages of ``host`` (each page is a path the mock serves)."""
    urls = "".join(f"<url><loc>https://{host}{p}</loc></url>" for p in pages)
    body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return {"path": path, "body": body, "content_type": "application/xml"}


def _jsonld(
    fault: str,
    board: str,
    routes: list[dict[str, Any]],
    good: set[str],
    bad: list[tuple[str, str]] | None = None,
) -> Case:
    return Case(
        fault,
        spider="jsonld",
        boards=board,
        routes=routes,
        good=good,
        bad=bad or [],
        settings=JSONLD_NOW,
    )


def _jsonld_cases() -> list[Case]:
    """Each crawl also fetches the @graph clerk page (/jobs/hic-2231) as its healthy control;
    external ids are "<host>:<identifier>", or the page URL for a posting without identifier."""
    lake, prairie = "careers.lakeshorehealth.example", "careers.prairiefamily.example"
    keystone, octet, broken = "jobs.keystonehim.example", "careers.octet.example", "broken.example"
    halfjob = "careers.halfbroken.example"
    listing = (
        '<html><body><a href="/jobs/roi-77815?src=list">ROI specialist</a> '
        '<a href="/jobs/hic-2231">Clerk</a> <a href="https://other.example/jobs/1">Agency</a>'
        "</body></html>"
    )
    return [
        _jsonld(
            "JSON-LD site root: robots.txt sitemaps, a sitemap index, @graph nesting",
            f"https://{lake}",
            [{"path": "/robots.txt", "file": "jsonld/robots.txt", "content_type": "text/plain"}],
            {f"{lake}:REQ-2231", f"{lake}:REQ-0917"},  # the nurse (REQ-1102) is dropped
        ),
        _jsonld(
            # The broken block is an Organization (it names no JobPosting) and the page gave
            # postings: nothing lost, so not a bad page (counted, logged), and the run is ok.
            "JSON-LD sitemap: 2 JobPostings on a page, raw control chars, a trailing ';', "
            "a malformed Organization block beside them",
            f"https://{prairie}/jobs-sitemap.xml",
            [_sitemap("/jobs-sitemap.xml", prairie, "/jobs/clinic-records", "/jobs/hic-2231")],
            {f"https://{prairie}/jobs/clinic-records", f"{prairie}:REQ-2231"},  # PRN; RN dropped
        ),
        _jsonld(
            "JSON-LD page: a malformed block naming JobPosting beside a readable posting",
            f"https://{halfjob}/half-sitemap.xml",
            [
                _sitemap("/half-sitemap.xml", halfjob, "/jobs/half-6120", "/jobs/hic-2231"),
                {"path": "/jobs/half-6120", "body": HALF_BROKEN_PAGE, **HTML},
            ],
            {f"{halfjob}:REQ-2231", f"{halfjob}:HB-6120"},
            [
                (
                    "/jobs/half-6120",
                    r"^1 unreadable JSON-LD block \(block 2: Expecting ',' delimiter.*\); "
                    r"1 posting read from the other blocks; block 2 names JobPosting$",
                )
            ],
        ),
        _jsonld(
            "JSON-LD listing page: job links followed, HTML-escaped description",
            f"https://{keystone}/careers",
            [{"path": "/careers", "body": listing, **HTML}],
            {f"{keystone}:ROI-77815", f"{keystone}:REQ-2231"},
        ),
        _jsonld(
            "JSON-LD job page with a wrong content-type (application/octet-stream)",
            f"https://{octet}/octet-sitemap.xml",
            [
                _sitemap("/octet-sitemap.xml", octet, "/jobs/coder-0917", "/jobs/hic-2231"),
                {
                    "path": "/jobs/coder-0917",
                    "file": "jsonld/coder_0917.html",
                    "content_type": "application/octet-stream",
                },
            ],
            {f"{octet}:REQ-0917", f"{octet}:REQ-2231"},
        ),
        _jsonld(
            "JSON-LD page whose only block is malformed",
            f"https://{broken}/broken-sitemap.xml",
            [
                _sitemap("/broken-sitemap.xml", broken, "/jobs/broken-5501", "/jobs/hic-2231"),
                {"path": "/jobs/broken-5501", "body": BROKEN_ONLY_BLOCK, **HTML},
            ],
            {f"{broken}:REQ-2231"},
            [
                (
                    "/jobs/broken-5501",
                    r"^1 unreadable JSON-LD block \(block 1: Expecting ',' "
                    r"delimiter.*\); no posting read from the page; block 1 names JobPosting$",
                )
            ],
        ),
    ]


def _cases() -> list[Case]:
    lever_loop = copy.deepcopy(_LAKESHORE_1)
    for p in lever_loop:
        p["id"] = "loop-" + p["id"]
    return [
        _retry_case("HTTP 500 twice, then the page", "five-hundred", 10**7, failures=2, status=500),
        _retry_case(
            "HTTP 502 three times, then the page", "bad-gateway", 2 * 10**7, failures=3, status=502
        ),
        _retry_case(
            "HTTP 503 with Retry-After: 1, then the page",
            "unavailable",
            3 * 10**7,
            failures=1,
            status=503,
            retry_after="1",
        ),
        _retry_case(
            "HTTP 429 with Retry-After: 1, then the page",
            "throttled",
            4 * 10**7,
            failures=1,
            status=429,
            retry_after="1",
        ),
        _lost_case(
            "HTTP 500 on every try",
            "always-down",
            5 * 10**7,
            r"HTTP 500",
            fault={"kind": "fail_then_ok", "failures": 99, "status": 500},
        ),
        _lost_case(
            "connection reset (TCP RST) on every try",
            "reset",
            6 * 10**7,
            r"^connection lost before a response$",
            fault={"kind": "reset"},
        ),
        Case(
            "read timeout on every try",
            boards="northridgehealth,stalled",
            routes=[gh_route("stalled", 7 * 10**7, fault={"kind": "delay", "seconds": 10})[0]],
            good=CONTROL_IDS,
            bad=[("/v1/boards/stalled/jobs", r"^timed out after 3 s$")],
            # each try waits out the whole limit; 3 s (the stall is 10 s) leaves the healthy
            # board room on a loaded machine, as test_lever_spider's network faults do
            settings={"DOWNLOAD_TIMEOUT": 3, "RETRY_TIMES": 1},
        ),
        _lost_case(
            "body cut mid-JSON, connection closed",
            "cut-connection",
            8 * 10**7,
            r"^response cut off before its end \(data loss\)$",
            fault={"kind": "partial"},
        ),
        _lost_case(
            "body cut mid-JSON, complete response",
            "cut-body",
            9 * 10**7,
            r"malformed JSON",
            fault={"kind": "truncate"},
        ),
        _lost_case(
            "malformed JSON (raw control characters)",
            "ctrl",
            11 * 10**7,
            r"malformed JSON",
            fault={"kind": "control_chars"},
        ),
        Case(
            "malformed JSON (not JSON at all)",
            boards="northridgehealth,garbage",
            routes=[{"path": "/v1/boards/garbage/jobs", "body": "{'jobs': [oops"}],
            good=CONTROL_IDS,
            bad=[("/v1/boards/garbage/jobs", r"malformed JSON")],
        ),
        Case(
            "wrong content-type (JSON served as text/html)",
            boards="northridgehealth,as-html",
            routes=[gh_route("as-html", 12 * 10**7, content_type="text/html")[0]],
            good=CONTROL_IDS | gh_board(12 * 10**7)[1],
        ),
        Case(
            "redirect loop",
            boards="northridgehealth,loop",
            good=CONTROL_IDS,
            bad=[("/v1/boards/loop/jobs", r"redirect loop")],
        ),
        Case(
            "50 MB response (DOWNLOAD_MAXSIZE 20 MB)",
            boards="northridgehealth,huge",
            good=CONTROL_IDS,
            bad=[
                ("/v1/boards/huge/jobs", r"^response too large: 50\.0 MiB, the limit is 20\.0 MiB$")
            ],
        ),
        Case(
            "robots.txt disallows a board (obeyed)",
            boards="northridgehealth,private-board",
            routes=[
                gh_route("private-board", 13 * 10**7)[0],
                {
                    "path": "/robots.txt",
                    "content_type": "text/plain",
                    "body": "User-agent: *\nDisallow: /v1/boards/private-board/\n",
                },
            ],
            good=CONTROL_IDS,
            bad=[("/v1/boards/private-board/jobs", r"(?i)robots")],
        ),
        Case(
            "pagination repeating one page forever",
            spider="lever",
            boards="lakeshoremed,loopsite",
            kwargs={"page_size": "2"},
            routes=[
                {
                    "path": "/v0/postings/loopsite",
                    "query": {"mode": "json"},
                    "json_body": lever_loop,
                }
            ],
            good={"3f7c2a10-6b1e-4c8e-9d1a-0a5e7b2c4d11", "8a1d9e44-2f0b-47c3-b6e5-91c0d3a7f502"}
            | {"loop-" + p["id"] for p in _LAKESHORE_1},
            bad=[("/v0/postings/loopsite", r"repeated page")],
        ),
        *_jsonld_cases(),
    ]


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c.fault for c in CASES])
def test_fault_through_pipeline(mock: Any, store_url: str, reliability, case: Case) -> None:
    """store_url: a SQLite file, and PostgreSQL when HIMJOBS_TEST_POSTGRES_URL is set."""
    for route in case.routes:
        mock.add_route(route)
    url = store_url
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": url, **case.settings}
    stats, _items = run(case.spider, mock.url, boards=case.boards, settings=settings, **case.kwargs)
    with Store(url) as store:
        rows = stored_rows(store)
        (info,) = store.runs()
        errors = store.run_errors(info.id)
        broken = half_written(store)
        keys = [external_id for _source, external_id, _title in rows]
        if case.spider == "jsonld":
            descriptions = [p.description for p in store.search(limit=50, include_closed=True)]
            html = [p.description_html or "" for p in store.search(limit=50, include_closed=True)]
    lost = case.good - set(keys)
    reasons = "; ".join(sorted({re.sub(r"https?://\S+", "URL", e.reason)[:100] for e in errors}))
    retries = stats.get("retry/count", 0)
    reliability.record(
        "crawl fault",
        case.fault + ("" if url.startswith("sqlite") else " [PostgreSQL]"),
        stored=len(rows),
        lost=len(lost),
        errors=len(errors),
        outcome=f"run {info.status}; "
        + (f"{retries} retr{'y' if retries == 1 else 'ies'}; " if retries else "")
        + (f"recorded: {reasons}" if reasons else "no bad page"),
    )

    assert stats["finish_reason"] == "finished"
    assert not lost, f"good postings not stored: {lost}"
    assert sorted(keys) == sorted(case.good)  # each exactly once, nothing else
    assert reconciles(stats), stats
    assert stats["himjobs/stored"] == len(case.good)
    assert broken == []
    assert len(errors) == len(case.bad) == stats.get("himjobs/bad_pages", 0) == info.errors
    for fragment, pattern in case.bad:
        matching = [e for e in errors if e.url and fragment in e.url]
        assert len(matching) == 1, (fragment, errors)
        assert re.search(pattern, matching[0].reason), matching[0].reason
        assert matching[0].source == case.spider
    if case.bad:
        assert info.status == "partial"  # a bad page never leaves the run "ok" (closes nothing)
    else:
        assert info.status == "ok"
    if case.spider == "jsonld":
        assert all("&lt;" not in d and "<p>" not in d and "&amp;" not in d for d in descriptions)
        assert all("<script" not in h and "onclick" not in h.lower() for h in html)
