"""Greenhouse format: golden pair plus the quirks in docs/sources.md (Greenhouse)."""

from __future__ import annotations

import json

import pytest

from schemas import Location
from scrapers.formats import FormatError, greenhouse
from tests.scrapers._golden import FIXTURES


def _payload() -> dict:
    return json.loads((FIXTURES / "greenhouse/northridge_jobs.json").read_text())


def test_content_unescaped_once_and_boilerplate_dropped() -> None:
    clerk = greenhouse.parse(_payload(), board="northridgehealth")[0]
    assert "complete & findable" in clerk.description  # &amp;amp; -> & (one unescape + HTML->text)
    assert "You'll scan" in clerk.description
    assert "&lt;" not in clerk.description and "<p>" not in clerk.description
    assert "equal opportunity" not in clerk.description  # content-conclusion dropped
    assert "four community hospitals" not in clerk.description  # content-intro dropped
    assert clerk.description_html and clerk.description_html.startswith("<p>")


def test_ids_locations_remote_and_script() -> None:
    clerk, roi, nurse = greenhouse.parse(_payload(), board="northridgehealth")
    assert clerk.external_id == "5120031"  # the job post id, not internal_job_id
    assert clerk.url.startswith("https://careers.northridgehealth.example/")
    assert [(loc.city, loc.state) for loc in clerk.locations] == [("Tulsa", "OK")]
    assert nurse.locations[0].state == "OK"  # "Oklahoma" -> OK
    assert roi.remote is True and roi.locations == []
    assert roi.hints.workplace == "remote" and roi.hints.employment_types == ["part_time"]
    assert "track()" not in roi.description and "script" not in (roi.description_html or "")
    assert clerk.posted_at is not None and clerk.posted_at.hour == 12  # -04:00 -> UTC


def test_pay_input_ranges_are_cents() -> None:
    detail = json.loads((FIXTURES / "greenhouse/northridge_job_5120031_pay.json").read_text())
    p = greenhouse.posting(_payload()["jobs"][0], board="b", detail=detail)
    assert p.hints.pay is not None
    assert (p.hints.pay.min, p.hints.pay.max, p.hints.pay.period) == (17.5, 21.25, "hour")
    assert p.raw["pay_input_ranges"][0]["min_cents"] == 1750


def test_bad_shapes_raise_format_error() -> None:
    with pytest.raises(FormatError):
        greenhouse.jobs({"jobs": None})
    with pytest.raises(FormatError):
        greenhouse.jobs([])


def _hudson() -> dict:
    return json.loads((FIXTURES / "greenhouse/hudson_2013_shape.json").read_text())


def test_no_company_name_takes_the_configured_name_else_the_board_token() -> None:
    job = _hudson()["jobs"][0]
    named = greenhouse.posting(job, board="hudsonclinics", employer="Hudson Clinics")
    assert named.employer == "Hudson Clinics"
    assert greenhouse.posting(job, board="hudsonclinics").employer == "hudsonclinics"
    # the response's own name wins over the configured one
    own = greenhouse.posting({**job, "company_name": "Hudson Clinics PC"}, board="x", employer="y")
    assert own.employer == "Hudson Clinics PC"
    blank = greenhouse.posting({**job, "company_name": "  "}, board="hudsonclinics", employer="H")
    assert blank.employer == "H"


def test_new_york_alone_is_the_city_other_bare_states_stay_states() -> None:
    clerk, biller, abstractor, coder = greenhouse.parse(_hudson(), board="hudsonclinics")
    assert clerk.locations == [Location(city="New York", state="NY", country="US")]
    assert biller.locations == [Location(city=None, state="TX", country="US")]
    assert abstractor.locations == [Location(city="New York", state="NY", country="US")]
    assert coder.locations == [Location(city="Albany", state="NY", country="US")]
    assert clerk.posted_at is not None and clerk.posted_at.year == 2013  # updated_at fallback
