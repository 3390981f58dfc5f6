"""SmartRecruiters format: golden pair, sections, lower-case country, stop rule."""

from __future__ import annotations

import json

from schemas import Location
from scrapers.formats import smartrecruiters as sr
from tests.scrapers._golden import FIXTURES


def _load(name: str) -> dict:
    return json.loads((FIXTURES / "smartrecruiters" / name).read_text())


def test_sections_country_and_remote() -> None:
    p = sr.posting(_load("mercyview_744000091234568.json"), board="Mercyview")
    assert "CCA or CPC required & one year" in p.description  # qualifications section kept
    assert [(loc.city, loc.state, loc.country) for loc in p.locations] == [
        ("Nashville", "TN", "US")
    ]
    assert p.remote is True and p.hints.workplace == "remote"
    assert p.employer == "Mercyview Health System"


def test_stop_rule() -> None:
    assert not sr.is_last_page(_load("mercyview_page1.json"))  # 0 + 2 < 3
    assert sr.is_last_page(_load("mercyview_page2.json"))  # 2 + 1 >= 3
    assert sr.is_last_page(_load("empty.json"))


def test_country_codes_become_our_country_names() -> None:
    detail = json.loads((FIXTURES / "smartrecruiters/mercyview_744000091234567.json").read_text())
    detail["location"] = {**detail["location"], "city": "Hamilton", "region": "ON", "country": "ca"}
    p = sr.posting(detail, board="Mercyview")
    assert p.locations == [Location(city="Hamilton", state=None, country="Canada")]
