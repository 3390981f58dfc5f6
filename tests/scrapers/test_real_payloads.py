"""The format parsers on real source payloads (../shared/real-payloads beside the repository).

Those files were published by vendors or third parties, not written for this project: they are
read in place and never copied here, and each test is skipped when its file is absent. The
assertions are the fields a user sees (docs/sources.md explains each decision).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from schemas import Location, Pay, Posting
from scrapers.formats import ashby, greenhouse, jsonld, lever, usajobs

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-payloads"


def _read(name: str) -> bytes:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"real payload {name} not present in {REAL}")
    return path.read_bytes()


def _json(name: str) -> Any:
    return json.loads(_read(name))


def _by_id(postings: list[Posting]) -> dict[str, Posting]:
    return {p.external_id: p for p in postings}


# --- USAJOBS (2016 search response) ------------------------------------------------------------


def _usajobs() -> dict[str, Posting]:
    return _by_id(usajobs.parse_search(_json("usajobs_2016_search_response.json")))


def test_usajobs_every_item_parses_with_yearly_pay() -> None:
    posts = _usajobs()
    assert len(posts) == 8
    for p in posts.values():
        assert p.title and p.employer and p.posted_at is not None
        assert p.hints.pay is not None and p.hints.pay.period == "year"  # "Per Year"
        assert p.description.startswith("Summary\n")
    cdc = posts["441027400"]
    assert cdc.employer == "Centers for Disease Control and Prevention"
    assert cdc.hints.pay == Pay(min=88305.0, max=114802.0, period="year")
    assert cdc.locations == [Location(city="Atlanta", state="GA", country="US")]
    assert cdc.hints.employment_types == ["full_time"]
    # "32318.0000": four decimals
    assert posts["438444800"].hints.pay == Pay(min=32318.0, max=152593.0, period="year")
    assert len(posts["438444800"].locations) == 60


def test_usajobs_location_negotiable_after_selection_is_anywhere_in_the_country() -> None:
    p = _usajobs()["441132200"]
    assert p.locations == [
        Location(city="Washington", state="DC", country="US"),
        Location(city=None, state=None, country="US"),
    ]
    assert p.remote is True
    # 2016 Details carry no telework flags: no workplace hint is made up
    assert p.hints.workplace is None
    # the qualification text reaches the description under its own heading (compared with the
    # payload read at run time: no sentence of the real file is written here)
    item = _json("usajobs_2016_search_response.json")["SearchResult"]["SearchResultItems"][0]
    summary = item["MatchedObjectDescriptor"]["QualificationSummary"]
    after = p.description.split("\nQualifications\n", 1)[1]
    assert " ".join(after.split()).startswith(" ".join(summary.split())[:200])


def test_usajobs_items_without_negotiable_locations_stay_unknown_remote() -> None:
    posts = _usajobs()
    assert [k for k, p in posts.items() if p.remote] == ["441132200"]


# --- Greenhouse (2013 recordings) --------------------------------------------------------------


def test_greenhouse_without_company_name() -> None:
    board = _json("greenhouse_2013_jobs_with_content.json")
    dev, analyst = greenhouse.parse(board, board="generalassembly")
    # no company_name in 2013: the sources file's name, else the board token
    assert dev.employer == analyst.employer == "generalassembly"
    named = greenhouse.posting(board["jobs"][1], board="generalassembly", employer="GA")
    assert named.employer == "GA"
    # "New York" alone is the city, as "New York, NY" is
    assert analyst.locations == [Location(city="New York", state="NY", country="US")]
    assert dev.locations == [Location(city="New York", state="NY", country="US")]
    # content is entity-escaped once: decoded to markup, then to text
    assert "&lt;" not in dev.description and "<h3>" in (dev.description_html or "")


def test_greenhouse_single_job_matches_the_list_entry() -> None:
    one = greenhouse.posting(_json("greenhouse_2013_job.json"), board="generalassembly")
    listed = greenhouse.parse(_json("greenhouse_2013_jobs_with_content.json"), board="g")[0]
    assert (one.external_id, one.title, one.locations) == (
        listed.external_id,
        listed.title,
        listed.locations,
    )


# --- Lever (2025 posting) ----------------------------------------------------------------------


def test_lever_full_time_regular_and_a_canadian_city() -> None:
    [p] = lever.parse(_json("lever_kepler_2025_posting.json"), board="kepler")
    assert p.hints.employment_types == ["full_time"]  # "Full-time Regular"
    assert p.locations == [Location(city="Toronto", state=None, country="Canada")]
    assert p.remote is True and p.hints.workplace == "remote"
    assert p.employer == "kepler"
    assert lever.parse(_json("lever_kepler_2025_posting.json"), board="kepler")[0].posted_at


# --- Ashby (2026 board slice) ------------------------------------------------------------------


def _ashby() -> list[Posting]:
    return ashby.parse(_json("ashby_featherlessai_2026_board_slice.json"), board="featherlessai")


def test_ashby_is_remote_beside_hybrid() -> None:
    chief = _ashby()[0]
    assert chief.hints.workplace == "hybrid"
    assert chief.remote is True  # isRemote as sent (a remote US & Canada option is listed)
    assert chief.locations == [Location(city="San Francisco", state="CA", country="US")]


def test_ashby_remote_world_with_null_flags_is_remote() -> None:
    ml = _ashby()[1]
    assert ml.remote is True and ml.locations == [] and ml.hints.workplace is None


def test_ashby_compensation_summary() -> None:
    marketer = _ashby()[3]
    assert marketer.hints.pay == Pay(min=3000.0, max=4000.0, period="month", currency="EUR")
    assert marketer.locations == [Location(city=None, state=None, country="European Union")]
    # null summaries elsewhere give no pay
    assert [p.hints.pay for i, p in enumerate(_ashby()) if i != 3] == [None] * 4


def test_ashby_secondary_locations_use_their_address_blocks() -> None:
    exec_ = _ashby()[4]
    places = {(loc.city, loc.state, loc.country) for loc in exec_.locations}
    assert exec_.locations[0] == Location(city="Toronto", state=None, country="Canada")
    # "Washington" with region VA is a city in Virginia, never Washington state
    assert ("Washington", "VA", "US") in places
    assert all(state != "WA" for _, state, _ in places)
    assert {("Atlanta", "GA", "US"), ("Los Angeles", "CA", "US"), ("Austin", "TX", "US")} <= places
    # no region in the address: a US city without a state, not a guess
    assert ("Ashburn", None, "US") in places
    assert {("Ottawa", None, "Canada"), ("Vancouver", None, "Canada")} <= places
    assert exec_.remote is True and exec_.hints.workplace == "remote"
    europe = _ashby()[2]
    assert ("Prague", None, "Czechia") in {(x.city, x.state, x.country) for x in europe.locations}


# --- JSON-LD (Google's 2017 example) -----------------------------------------------------------


def test_jsonld_zero_salary_is_not_stated() -> None:
    page = _read("jsonld_google_example_2017.html")
    [p] = jsonld.parse_page(page, "https://www.magsruswheelcompany.com/jobs/1234567")
    assert p.hints.pay is None
    assert p.employer == "MagsRUs Wheel Company"
    assert p.locations == [Location(city="Detroit", state="MI", country="US")]
    assert p.hints.employment_types == ["full_time", "contract"]
    # the raw line breaks inside the description string do not lose its text
    assert "<strong>" in (p.description_html or "") and len(p.description) > 100


def test_usajobs_without_within_area_says_no_commuting_limit() -> None:
    # the 2016 Details carry no WithinArea: no "Who may apply" section is made up
    for p in _usajobs().values():
        assert "Who may apply" not in p.description
        assert p.raw["WithinArea"] is None and p.raw["CommuteDistance"] is None
