"""Ashby format: golden pair, unlisted jobs skipped, nullable fields, compensation."""

from __future__ import annotations

import json

from schemas import Location, Pay
from scrapers.formats import ashby
from tests.scrapers._golden import FIXTURES


def _payload() -> dict:
    return json.loads((FIXTURES / "ashby/harborpoint.json").read_text())


def test_unlisted_skipped_and_nulls_tolerated() -> None:
    posts = ashby.parse(_payload(), board="Harbor Point Clinics")
    assert [p.title for p in posts] == [
        "Medical Records Technician",
        "Remote HIM Scanning Clerk",
        "Director of Finance",
    ]
    scan = posts[1]
    assert scan.remote is True and scan.locations == [] and scan.hints.pay is None


def test_compensation_and_locations() -> None:
    tech, _, finance = ashby.parse(_payload(), board="Harbor Point Clinics")
    assert tech.hints.pay is not None and (tech.hints.pay.min, tech.hints.pay.period) == (
        22.0,
        "hour",
    )
    assert [(loc.city, loc.state) for loc in tech.locations] == [
        ("Portland", "OR"),
        ("Vancouver", "WA"),
    ]
    assert "onclick" not in (tech.description_html or "")
    assert finance.hints.pay is not None and finance.hints.pay.period == "year"  # equity ignored
    assert finance.remote is False and finance.hints.workplace == "hybrid"


def test_empty_board() -> None:
    assert ashby.parse({"apiVersion": "1", "jobs": []}, board="x") == []


def _places() -> list:
    payload = json.loads((FIXTURES / "ashby/placesandpay.json").read_text())
    return ashby.parse(payload, board="Allegheny Records")


def test_secondary_locations_read_their_own_address_blocks() -> None:
    roi = _places()[0]
    assert roi.locations == [
        Location(city="Pittsburgh", state="PA", country="US"),
        # "Washington" with region PA is the town in Pennsylvania, not Washington state
        Location(city="Washington", state="PA", country="US"),
        # an address without a region gives no state, but its country
        Location(city="Morgantown", state=None, country="US"),
        # a Canadian province is no US state
        Location(city="Kingston", state=None, country="Canada"),
        # no address block: the text is read
        Location(city="Erie", state="PA", country="US"),
    ]


def test_is_remote_beside_hybrid_keeps_both_as_sent() -> None:
    roi = _places()[0]
    assert roi.remote is True
    assert roi.hints.workplace == "hybrid" and roi.hints.fields["workplace"] == "workplaceType"


def test_remote_location_text_with_null_flags_is_remote() -> None:
    auditor = _places()[1]
    assert auditor.remote is True and auditor.locations == []
    assert auditor.hints.workplace is None
    assert auditor.hints.employment_types == ["contract"]


def test_compensation_tier_summary_gives_pay_when_no_components() -> None:
    roi, auditor, abstractor, clerk = _places()
    assert roi.hints.pay == Pay(min=21.0, max=26.0, period="hour", currency="USD")
    assert roi.hints.fields["pay"] == "compensation.compensationTierSummary"
    assert auditor.hints.pay == Pay(min=2500.0, max=3100.0, period="month", currency="GBP")
    # a summary without its period is not guessed at
    assert abstractor.hints.pay is None and "pay" not in abstractor.hints.fields
    # structured components win over the summary line
    assert clerk.hints.pay == Pay(min=19.5, max=23.0, period="hour", currency="USD")
    assert clerk.hints.fields["pay"] == "compensation.summaryComponents"


def test_country_only_address_is_kept_and_region_text_ignored() -> None:
    abstractor = _places()[2]
    assert abstractor.locations == [Location(city=None, state=None, country="Denmark")]
    assert abstractor.remote is True and abstractor.hints.employment_types == ["part_time"]


def test_location_text_with_a_state_name() -> None:
    clerk = _places()[3]
    assert clerk.locations == [Location(city="Tacoma", state="WA", country="US")]
    assert clerk.remote is False and clerk.hints.workplace == "on_site"
