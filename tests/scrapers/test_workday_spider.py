"""Workday spider through the real engine: POST paging, first-page total, details, quirks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from storage import Store
from tests.scrapers._crawl import bad_pages, run

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}

BAYOU = "https://bayouregional.wd5.myworkdayjobs.com/en-US/BRH_Careers"
QUIET = "https://quietpines.wd1.myworkdayjobs.com/External"
GHOST = "https://ghosttown.wd3.myworkdayjobs.com/Jobs"
LIST = "/wday/cxs/bayouregional/BRH_Careers/jobs"


def test_two_pages_details_empty_and_unknown_boards(mock: Any) -> None:
    boards = ",".join([BAYOU, QUIET, GHOST, "https://example.org/careers"])
    stats, items = run("workday", mock.url, boards=boards)
    assert stats["finish_reason"] == "finished"
    posts = [r for r in mock.log() if r["method"] == "POST"]
    bayou = [r for r in posts if r["path"] == LIST]
    assert len(bayou) == 2  # 20 of 23, then 3 more; page 2's "total": 0 did not stop it
    assert {r["headers"].get("Content-Type") for r in bayou} == {"application/json"}
    # one list request each (concurrent requests: their order is not fixed)
    assert sorted(r["path"] for r in posts if r["path"] != LIST) == [
        "/wday/cxs/ghosttown/Jobs/jobs",
        "/wday/cxs/quietpines/External/jobs",
    ]
    # 23 listed; the Security Officer detail is gone (404) by the time it is fetched.
    ids = {i["external_id"].rsplit("/", 1)[1] for i in items}
    assert len(items) == 22 and "R0048866" not in ids
    assert {"R0048812", "R0048839", "R0048821"} <= ids  # both pages
    kinds = sorted(b["reason"] for b in bad_pages(stats))
    assert kinds == [
        "board not found (HTTP 404)",
        "not a Workday career-site URL (https://TENANT.wdN.myworkdayjobs.com/SITE): "
        "'https://example.org/careers'",
        "posting detail not found (HTTP 404)",
    ]
    assert stats["retry/reason_count/502 Bad Gateway"] == 1

    by_req = {i["external_id"].rsplit("/", 1)[1]: i for i in items}
    prn = by_req["R0048990"]
    # No startDate: "Posted 6 Days Ago" counted back from the crawl.
    today = datetime.now(UTC).replace(tzinfo=None).date()
    assert prn["posted_at"][:10] in {str(today - timedelta(days=d)) for d in (6, 7)}
    assert prn["hints"]["employment_types"] == ["part_time"]
    assert prn["employer"] == "Bayou Regional Health System, Inc."
    scan = by_req["R0048975"]
    assert scan["external_id"] == "bayouregional/BRH_Careers/R0048975"
    assert scan["posted_at"] == "2026-11-19T00:00:00"
    assert "1,200+ images per shift" in scan["description"] and "\\u003C" not in scan["description"]
    assert scan["description_html"].startswith("<p>Batch-scan paper records")
    assert scan["locations"] == [{"city": "Houston", "state": "TX", "country": "US"}]
    specialist = by_req["R0048940"]  # 502 once, then fine
    assert specialist["hints"]["workplace"] == "hybrid"
    assert "route deficiencies to providers" in specialist["description"]


def _entry(req: str, title: str) -> dict[str, Any]:
    return {
        "title": title,
        "externalPath": f"/job/GA---Macon/{title.replace(' ', '-')}_{req}",
        "locationsText": "GA - Macon",
        "postedOn": "Posted 2 Days Ago",
        "bulletFields": [req],
    }


def _detail(req: str, title: str, body: str) -> dict[str, Any]:
    return {
        "jobPostingInfo": {
            "id": f"c0ffee{req}",
            "title": title,
            "jobDescription": body,
            "location": "GA - Macon",
            "postedOn": "Posted 2 Days Ago",
            "timeType": "Full time",
            "jobReqId": req,
            "jobRequisitionLocation": {"descriptor": "GA - Macon", "country": {"alpha2Code": "US"}},
        },
        "hiringOrganization": {"name": "220 Ocmulgee Valley Medical Center", "url": ""},
    }


LOOP_JOBS = [
    ("J-301", "Medical Records Clerk", "<p>File and retrieve charts for the Macon clinics.</p>"),
    ("J-302", "ROI Specialist", "<p>Release records to insurers and attorneys.</p>"),
    ("J-303", "Coding Clerk", "<p>Enter charge codes from superbills. CPC-A welcome.</p>"),
    ("J-304", "Chart Prep Clerk", "<p>Prepare next-day charts for three family practices.</p>"),
]


def test_repeating_page_is_stopped_and_clamped_total_recorded(mock: Any) -> None:
    path = "/wday/cxs/ocmulgee/Careers/jobs"
    entries = [_entry(req, title) for req, title, _ in LOOP_JOBS]
    # Every later offset answers the same page: a tenant stuck in a paging loop.
    mock.add_route(
        {
            "method": "POST",
            "path": path,
            "json_body": {"total": 0, "jobPostings": entries[2:], "facets": []},
        }
    )
    # Run-time routes match newest first: the first page's route goes last.
    mock.add_route(
        {
            "method": "POST",
            "path": path,
            "json": {"offset": 0},
            "json_body": {"total": 2000, "jobPostings": entries[:2], "facets": []},
        }
    )
    for (req, title, body), entry in zip(LOOP_JOBS, entries, strict=True):
        mock.add_route(
            {
                "path": f"/wday/cxs/ocmulgee/Careers{entry['externalPath']}",
                "json_body": _detail(req, title, body),
            }
        )
    stats, items = run("workday", mock.url, boards="https://ocmulgee.wd1.myworkdayjobs.com/Careers")
    assert stats["finish_reason"] == "finished"
    offsets = [r for r in mock.log() if r["path"] == path]
    assert len(offsets) == 3  # 0, 2, then 4 repeats page 2's body: stop
    assert sorted(i["external_id"].rsplit("/", 1)[1] for i in items) == [
        "J-301",
        "J-302",
        "J-303",
        "J-304",
    ]
    assert stats["himjobs/bad_pages/repeated_page"] == 1
    assert stats["himjobs/bad_pages/total_clamped"] == 1
    assert {i["employer"] for i in items} == {"Ocmulgee Valley Medical Center"}


def test_stored_rows_and_bad_pages_in_the_run(mock: Any, store: Store) -> None:
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": store.url}
    stats, _ = run("workday", mock.url, boards=f"{BAYOU},{GHOST}", settings=settings)
    assert stats["finish_reason"] == "finished"
    assert stats["himjobs/seen"] == 22
    assert stats["himjobs/seen"] == (
        stats["himjobs/stored"] + stats["himjobs/dropped_irrelevant"] + stats["himjobs/failed"]
    )
    # A detail and a board were lost: partial, and nothing may be closed for missing.
    assert stats["himjobs/outcome"] == "partial" and stats["himjobs/closed"] == 0

    def stored(req: str) -> Any:
        return store.find("workday", f"bayouregional/BRH_Careers/{req}")

    clerk = stored("R0048812")
    assert clerk is not None and clerk.requirements is not None
    assert clerk.posted_at == datetime(2026, 11, 23)
    assert clerk.employer == "Bayou Regional Health System, Inc."
    assert clerk.requirements.education_required == "high_school"
    roi = stored("R0049107")
    assert roi is not None and roi.remote is True
    evenings = stored("R0048839")  # page 2
    assert evenings is not None and "Merge duplicate medical record numbers" in evenings.description
    for nurse_or_therapist in ("R0049215", "R0048830", "R0048821"):
        assert stored(nurse_or_therapist) is None
    (info,) = store.runs()
    errors = sorted(e.reason for e in store.run_errors(info.id))
    assert errors == ["board not found (HTTP 404)", "posting detail not found (HTTP 404)"]


def test_page_cut_off_mid_json_is_a_bad_page_and_page_one_survives(mock: Any) -> None:
    mock.add_route(
        {
            "method": "POST",
            "path": LIST,
            "json": {"offset": 20},
            "file": "workday/jobs_page2_total0.json",
            "fault": {"kind": "truncate"},
        }
    )
    stats, items = run("workday", mock.url, boards=BAYOU)
    assert stats["finish_reason"] == "finished"
    assert len(items) == 19  # page 1's 20, less the Security Officer (404)
    kinds = sorted(b["kind"] for b in bad_pages(stats))
    assert kinds == ["malformed_json", "not_found"]
