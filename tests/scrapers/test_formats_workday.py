"""Golden tests for the Workday CXS list/detail parsers and paging."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from schemas.models import Location
from scrapers.formats import workday

FIXTURES = Path(__file__).parent.parent / "fixtures" / "workday"
BOARD = workday.parse_board_url("https://bayouregional.wd5.myworkdayjobs.com/BRH_Careers")
CRAWLED = datetime(2026, 11, 26, 18, 30)


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def entries() -> dict[str, workday.ListEntry]:
    return {e.bullet_fields[0]: e for e in workday.parse_list(load("jobs_page1.json"))}


def detail(req: str, **kw: Any) -> Any:
    return workday.parse_detail(
        load(f"detail_{req}.json"), board=BOARD, crawled_at=CRAWLED, entry=entries()[req], **kw
    )


def test_board_url_maps_to_cxs_paths() -> None:
    assert BOARD.tenant == "bayouregional" and BOARD.site == "BRH_Careers"
    assert BOARD.list_path() == "/wday/cxs/bayouregional/BRH_Careers/jobs"
    assert (
        BOARD.detail_path("/job/TX---Houston/Medical-Records-Clerk_R0048812")
        == "/wday/cxs/bayouregional/BRH_Careers/job/TX---Houston/Medical-Records-Clerk_R0048812"
    )
    en = workday.parse_board_url("https://bayouregional.wd5.myworkdayjobs.com/en-US/BRH_Careers/")
    assert en == BOARD


def test_shared_host_board_url() -> None:
    board = workday.parse_board_url("https://wd1.myworkdaysite.com/recruiting/lakeview/LVH_Jobs/")
    assert (board.host, board.tenant, board.site) == (
        "wd1.myworkdaysite.com",
        "lakeview",
        "LVH_Jobs",
    )
    assert board.list_path() == "/wday/cxs/lakeview/LVH_Jobs/jobs"
    assert board.site_url == "https://wd1.myworkdaysite.com/recruiting/lakeview/LVH_Jobs"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/careers",
        "https://bayouregional.wd5.myworkdayjobs.com/",
        "https://wd1.myworkdaysite.com/recruiting/lakeview",
        "https://myworkdaysite.com.evil.example/recruiting/a/b",
    ],
)
def test_board_url_rejects_other_urls(url: str) -> None:
    with pytest.raises(ValueError, match="Workday career-site URL"):
        workday.parse_board_url(url)


def test_list_body_keeps_limit_20() -> None:
    body = workday.list_body(40, search_text="medical records")
    assert body == {"appliedFacets": {}, "limit": 20, "offset": 40, "searchText": "medical records"}


def test_list_page_entries() -> None:
    got = workday.parse_list(load("jobs_page1.json"))
    assert len(got) == 20
    assert got[0] == workday.ListEntry(
        title="Medical Records Clerk",
        external_path="/job/TX---Houston/Medical-Records-Clerk_R0048812",
        locations_text="TX - Houston",
        posted_on="Posted 3 Days Ago",
        bullet_fields=("R0048812",),
    )


def test_paging_keeps_first_total_when_page_two_says_zero() -> None:
    first = load("jobs_page1.json")
    first_total = int(first["total"])
    assert workday.next_offset(0, first, first_total=first_total, page=1) == 20
    # Page 2 says total 0; the first page's 23 still rules, and 20 + 3 reaches it.
    second = load("jobs_page2_total0.json")
    assert workday.next_offset(20, second, first_total=first_total, page=2) is None
    assert workday.next_offset(20, second, first_total=100, page=2) == 23
    assert workday.next_offset(23, load("jobs_empty.json"), first_total=100, page=3) is None
    assert workday.next_offset(0, first, first_total=first_total, page=1, max_pages=1) is None


def test_detail_golden_on_site_clerk() -> None:
    p = detail("R0048812", employer="Bayou Regional Health")
    assert p.source == "workday"
    assert p.external_id == "bayouregional/BRH_Careers/R0048812"
    assert p.url.endswith("/BRH_Careers/job/TX---Houston/Medical-Records-Clerk_R0048812")
    assert p.employer == "Bayou Regional Health"
    assert p.locations == [Location(city="Houston", state="TX", country="US")]
    # startDate wins over the relative text.
    assert p.posted_at == datetime(2026, 11, 23)
    assert p.hints.employment_types == ["full_time"]
    assert p.hints.workplace == "on_site" and p.remote is False
    assert p.raw["timeType"] == "Full time" and p.raw["bulletFields"] == ["R0048812"]


def test_detail_description_decodes_escapes_and_entities_and_drops_script() -> None:
    p = detail("R0048812")
    assert "What you'll do:" in p.description
    assert "Scan, index & file loose documents into Epic" in p.description
    assert "hr@example.org" in p.description
    assert "track()" not in p.description
    assert p.description_html is not None
    assert (
        "<li>Scan, index &amp; file" in p.description_html and "<script" not in p.description_html
    )
    # Without a display name: the legal entity without Workday's company code (raw keeps it).
    assert p.employer == "Bayou Regional Health System, Inc."
    assert p.raw["hiringOrganization"] == "114 Bayou Regional Health System, Inc."


def test_detail_virtual_office_and_relative_date_fallback() -> None:
    p = detail("R0049107")
    assert p.locations == [Location(city=None, state="NC", country="US")]
    assert p.remote is True and p.hints.workplace == "remote"
    assert p.hints.fields["workplace"] == "location"
    assert p.hints.employment_types == ["part_time"]
    # No startDate: "Posted Today" relative to the crawl time.
    assert p.posted_at == datetime(2026, 11, 26)


def test_detail_multi_location_hybrid_with_end_date() -> None:
    p = detail("R0047730")
    assert p.locations == [
        Location(city="Winston-Salem", state="NC", country="US"),
        Location(city="Greensboro", state="NC", country="US"),
    ]
    assert p.hints.workplace == "hybrid" and p.remote is False
    assert p.valid_through == datetime(2026, 12, 31)
    assert p.posted_at == datetime(2026, 10, 12)


def test_thirty_plus_days_is_a_floor_not_a_date() -> None:
    payload = load("detail_R0047730.json")
    del payload["jobPostingInfo"]["startDate"]
    p = workday.parse_detail(payload, board=BOARD, crawled_at=CRAWLED, entry=entries()["R0047730"])
    assert p is not None and p.posted_at is None
    assert p.raw["postedOn"] == "Posted 30+ Days Ago"


def test_detail_without_title_or_id_is_none() -> None:
    assert workday.parse_detail({}, board=BOARD, crawled_at=CRAWLED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Paso-TX", Location(city="El Paso", state="TX", country="US")),
        ("New York, NY", Location(city="New York", state="NY", country="US")),
        ("USA - Ohio - Columbus", Location(city="Columbus", state="OH", country="US")),
        (
            "Louisville, Kentucky, United States",
            Location(city="Louisville", state="KY", country="US"),
        ),
        ("Remote", None),
        ("3 Locations", None),
    ],
)
def test_location_strings(text: str, expected: Location | None) -> None:
    assert workday.parse_location(text) == expected


def test_first_page_total_and_clamp() -> None:
    assert workday.first_page_total(load("jobs_page1.json")) == (23, False)
    assert workday.first_page_total({"total": "2000"}) == (2000, True)
    assert workday.first_page_total({"total": None}) == (0, False)
