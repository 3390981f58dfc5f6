"""Ashby format: golden pair, unlisted jobs skipped, nullable fields, compensation."""

from __future__ import annotations

import json

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
