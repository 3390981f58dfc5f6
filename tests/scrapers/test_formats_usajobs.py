"""Golden tests for the USAJOBS search response parser and its page loop."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from schemas.models import Location, Pay
from scrapers.formats import usajobs

FIXTURES = Path(__file__).parent.parent / "fixtures" / "usajobs"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def by_id(name: str) -> dict[str, Any]:
    return {p.external_id: p for p in usajobs.parse_search(load(name))}


def test_page_one_golden_release_of_information() -> None:
    p = by_id("search_page1.json")["812340100"]
    assert p.source == "usajobs"
    assert p.title == "Medical Records Technician (Release of Information)"
    assert p.url == "https://www.usajobs.gov:443/GetJob/ViewDetails/812340100"
    assert p.apply_url is not None and p.apply_url.endswith("PostingChannelID=")
    assert p.employer == "Veterans Health Administration"
    assert p.locations == [Location(city="Warren", state="MI", country="US")]
    assert p.remote is False
    assert p.posted_at == datetime(2026, 11, 2)
    assert p.valid_through == datetime(2026, 11, 16, 23, 59, 59, 997000)
    assert p.hints.pay == Pay(min=46696.0, max=60703.0, period="year")
    assert p.hints.employment_types == ["full_time"]
    # Telework-eligible but not remote: a hybrid job, never "remote".
    assert p.hints.workplace == "hybrid"
    assert p.raw["JobGrade"] == ["GS"]
    assert (p.raw["LowGrade"], p.raw["HighGrade"]) == ("5", "6")
    assert p.raw["JobCategory"] == ["0675"]


def test_description_joins_summary_duties_qualifications_education_requirements() -> None:
    p = by_id("search_page1.json")["812340100"]
    text = p.description
    order = [
        "answers requests for Veterans' records from insurers, courts & attorneys",
        "Verifies each requester's authority",
        "6 months of experience",
        "Education above high school may substitute",
        "Selective Service registration",
        "Background investigation required.",
    ]
    positions = [text.index(fragment) for fragment in order]
    assert positions == sorted(positions)
    # Newlines in text fields survive as line breaks; "&" is escaped once in the HTML.
    assert "Privacy Act.\nOR\nOne year" in text
    assert p.description_html is not None and "courts &amp; attorneys" in p.description_html
    assert "<li>Logs and answers requests" in p.description_html


def test_hourly_intermittent_term_remote_and_negotiable_location() -> None:
    p = by_id("search_page1.json")["812340277"]
    assert p.hints.pay == Pay(min=24.48, max=31.83, period="hour")
    # Empty schedule Name: the Code 4 (intermittent) decides; a term appointment is temporary.
    assert p.hints.employment_types == ["per_diem", "temporary"]
    assert p.remote is True and p.hints.workplace == "remote"
    assert p.locations == [
        Location(city="Phoenix", state="AZ", country="US"),
        Location(city=None, state=None, country="US"),
    ]


def test_2018_item_date_only_biweekly_pay_foreign_location_markup() -> None:
    p = by_id("search_page2.json")["799120455"]
    assert p.posted_at == datetime(2018, 9, 11)
    assert p.hints.pay == Pay(min=1560.0, max=1560.0, period="week")
    assert p.hints.employment_types == ["part_time"]
    assert p.locations == [Location(city="Landstuhl", state=None, country="Germany")]
    assert p.remote is None and p.hints.workplace is None
    assert p.description.startswith("Summary\n\nFront desk and records support")
    assert p.raw["LowGrade"] == "00"


def test_2016_era_zulu_dates_and_spelled_out_rate_interval() -> None:
    page = load("search_page1.json")
    item = copy.deepcopy(page["SearchResult"]["SearchResultItems"][0])
    d = item["MatchedObjectDescriptor"]
    d["PublicationStartDate"] = "2016-06-08T00:00:00Z"
    d["PositionRemuneration"] = [
        {"MinimumRange": "33,394", "MaximumRange": "43,414", "RateIntervalCode": "Per Year"}
    ]
    p = usajobs.parse_item(item)
    assert p is not None
    assert p.posted_at == datetime(2016, 6, 8)
    assert p.hints.pay == Pay(min=33394.0, max=43414.0, period="year")


@pytest.mark.parametrize("code", ["PD", "WC", ""])
def test_rate_intervals_without_a_period_give_no_pay_hint(code: str) -> None:
    item = copy.deepcopy(load("search_page1.json")["SearchResult"]["SearchResultItems"][0])
    item["MatchedObjectDescriptor"]["PositionRemuneration"][0]["RateIntervalCode"] = code
    p = usajobs.parse_item(item)
    assert p is not None and p.hints.pay is None
    assert p.raw["PositionRemuneration"][0]["RateIntervalCode"] == code


def test_items_without_id_or_title_are_skipped() -> None:
    page = load("search_page1.json")
    items = page["SearchResult"]["SearchResultItems"]
    items[0]["MatchedObjectId"] = ""
    items[1]["MatchedObjectDescriptor"]["PositionTitle"] = "  "
    assert usajobs.parse_search(page) == []


def test_page_loop_follows_number_of_pages_as_string() -> None:
    params = {"JobCategoryCode": "0675", "ResultsPerPage": "2", "Page": "1"}
    nxt = usajobs.next_page_params(params, load("search_page1.json"))
    assert nxt == {"JobCategoryCode": "0675", "ResultsPerPage": "2", "Page": "2"}
    assert nxt is not None
    assert usajobs.next_page_params(nxt, load("search_page2.json")) is None


def test_page_loop_stops_on_empty_short_page_and_max_pages() -> None:
    params = {"ResultsPerPage": "2", "Page": "1"}
    assert usajobs.next_page_params(params, load("search_empty.json")) is None
    short = load("search_page1.json")
    short["SearchResult"]["UserArea"]["NumberOfPages"] = "9"
    assert usajobs.next_page_params({"ResultsPerPage": "500", "Page": "1"}, short) is None
    assert usajobs.next_page_params(params, short, max_pages=1) is None
    assert usajobs.next_page_params(params, short, max_pages=2) == {
        "ResultsPerPage": "2",
        "Page": "2",
    }


@pytest.mark.parametrize("odd", ["Infinity", "NaN", "-inf"])
def test_page_count_that_is_no_number_is_ignored_not_an_error(odd: str) -> None:
    # parse_number keeps only finite numbers: int(float("Infinity")) raised OverflowError
    page = load("search_page1.json")
    page["SearchResult"]["UserArea"]["NumberOfPages"] = odd
    params = {"ResultsPerPage": "2", "Page": "1"}
    assert usajobs.next_page_params(params, page) == {"ResultsPerPage": "2", "Page": "2"}


def test_search_params_join_series_with_semicolons_and_clamp_days() -> None:
    params = usajobs.search_params(series=("0675", "0669", "0679"), days=90)
    assert params["JobCategoryCode"] == "0675;0669;0679"
    assert params["ResultsPerPage"] == "500" and params["DatePosted"] == "60"
    assert "Keyword" not in params


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({}, "HIMJOBS_USAJOBS_KEY and HIMJOBS_USAJOBS_EMAIL"),
        ({"HIMJOBS_USAJOBS_KEY": "abc"}, "HIMJOBS_USAJOBS_EMAIL"),
        (
            {"HIMJOBS_USAJOBS_KEY": " ", "HIMJOBS_USAJOBS_EMAIL": "me@example.org"},
            "HIMJOBS_USAJOBS_KEY",
        ),
    ],
)
def test_missing_credentials_name_the_variables(env: dict[str, str], named: str) -> None:
    with pytest.raises(usajobs.MissingCredentials, match=f"needs {named} set"):
        usajobs.credentials(env)


def test_request_headers() -> None:
    key, email = usajobs.credentials(
        {"HIMJOBS_USAJOBS_KEY": "k-123", "HIMJOBS_USAJOBS_EMAIL": "me@example.org"}
    )
    assert usajobs.request_headers(key, email) == {
        "Host": "data.usajobs.gov",
        "User-Agent": "me@example.org",
        "Authorization-Key": "k-123",
    }


def test_negotiable_location_is_anywhere_in_the_country_2016_shape() -> None:
    p = by_id("search_negotiable.json")["455210300"]
    # the negotiable entry stays a country-only place; the posting is open to any US home
    assert p.locations == [
        Location(city="Rockville", state="MD", country="US"),
        # "Washington DC, District of Columbia": the state code is not part of the city
        Location(city="Washington", state="DC", country="US"),
        Location(city=None, state=None, country="US"),
    ]
    assert p.remote is True
    # no telework flags in 2016 Details: no workplace hint is invented
    assert p.hints.workplace is None and "workplace" not in p.hints.fields
    assert p.hints.pay == Pay(min=42183.0, max=54835.0, period="year")  # "Per Year"
    assert p.hints.employment_types == ["full_time"]  # Name "Full Time", Code 1


def test_negotiable_location_with_remote_indicator_false_keeps_telework_hint() -> None:
    p = by_id("search_negotiable.json")["821776400"]
    assert p.locations == [Location(city=None, state=None, country="US")]
    assert p.remote is True
    assert p.hints.workplace == "hybrid" and p.hints.fields["workplace"] == "TeleworkEligible"
    assert p.hints.employment_types == ["part_time"]  # empty Name, Code 2


def test_zero_salary_is_not_stated() -> None:
    p = by_id("search_negotiable.json")["821776400"]
    assert p.hints.pay is None and "pay" not in p.hints.fields


def test_description_is_the_announcement_sections_without_process_text() -> None:
    p = by_id("search_negotiable.json")["821776400"]
    headings = ["Summary", "Duties", "Qualifications", "Education", "Requirements"]
    lines = p.description.splitlines()
    assert [h for h in lines if h in headings] == headings
    assert "one year of specialized experience equivalent to GS-5" in p.description
    assert "You will serve a one-year probationary period." in p.description
    # how applicants are evaluated, how to apply, documents: not qualifications
    for text in ("Your resume will be reviewed", "Apply online.", "Resume."):
        assert text not in p.description


def test_qualification_summary_read_from_details_when_the_descriptor_lacks_it() -> None:
    item = copy.deepcopy(load("search_negotiable.json")["SearchResult"]["SearchResultItems"][1])
    d = item["MatchedObjectDescriptor"]
    d["UserArea"]["Details"]["QualificationSummary"] = d.pop("QualificationSummary")
    p = usajobs.parse_item(item)
    assert p is not None and "Qualifications\n" in p.description
    assert "processing requests for health records" in p.description


def test_commuting_area_limit_is_said_in_the_posting_text() -> None:
    from matcher import extract

    posts = by_id("search_commuting_area.json")
    fifty, unstated = posts["812340500"], posts["812340501"]
    assert fifty.description.endswith(
        "Who may apply\n\nOnly applicants who live within the local commuting area of the duty "
        "station (50 miles) may apply."
    )
    # a real boolean and no distance (CommuteDistance "0"): the limit without a figure
    assert unstated.description.endswith("commuting area of the duty station may apply.")
    assert (fifty.raw["WithinArea"], fifty.raw["CommuteDistance"]) == ("True", "50")
    # WithinArea "False" says nothing
    same = by_id("search_page1.json")["812340100"]
    assert "Who may apply" not in same.description
    # a commuting area is not a list of states (no residence_states), and its 50 miles are not
    # read as anything else: the requirements are those of the same announcement without it
    req = extract(fifty.description_html or "", title=same.title, hints=fifty.hints)
    assert req.residence_states == []
    assert req == extract(same.description_html or "", title=same.title, hints=same.hints)
