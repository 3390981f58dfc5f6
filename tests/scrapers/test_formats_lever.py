"""Lever format: golden pair plus lists[], epoch-ms and workplace quirks."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from schemas import Location
from scrapers.formats import FormatError, lever
from tests.scrapers._golden import FIXTURES


def _page1() -> list:
    return json.loads((FIXTURES / "lever/lakeshore_page1.json").read_text())


def test_lists_joined_into_description() -> None:
    hit = lever.parse(_page1(), board="lakeshoremed")[0]
    assert hit.title == "Health Information Technician"  # title is `text`
    assert "RHIT credential" in hit.description  # lists[] content
    assert "What you'll do\n" in hit.description  # list heading without trailing colon/space
    assert "equal opportunity" in hit.description  # additional
    assert "<ul><li>Abstract" in (hit.description_html or "")


def test_epoch_ms_salary_and_workplace() -> None:
    hit, spec = lever.parse(_page1(), board="lakeshoremed")
    assert hit.posted_at == datetime(2025, 9, 30, 12, 20)
    assert hit.hints.pay is not None and hit.hints.pay.period == "hour"
    assert (hit.hints.pay.min, hit.hints.pay.max) == (19.5, 24.0)
    assert hit.hints.workplace == "on_site" and hit.remote is False  # "onsite" accepted
    assert [(loc.city, loc.state) for loc in spec.locations] == [
        ("Chicago", "IL"),
        ("Milwaukee", "WI"),
    ]
    assert spec.hints.employment_types == ["part_time"] and spec.hints.pay is None


@pytest.mark.parametrize("created", [1e300, -1e300, True, "soon"])
def test_impossible_created_at_gives_no_date_not_an_error(created: object) -> None:
    # epoch ms too large for datetime raised OverflowError out of the old parse_datetime
    p = dict(_page1()[0], createdAt=created)
    assert lever.posting(p, board="x").posted_at is None


def test_on_site_spelling_and_non_list_page() -> None:
    p = dict(_page1()[0], workplaceType="on-site")
    assert lever.posting(p, board="x").hints.workplace == "on_site"
    with pytest.raises(FormatError):
        lever.jobs({"ok": False, "error": "Document not found"})


def _commitments() -> list:
    payload = json.loads((FIXTURES / "lever/commitments.json").read_text())
    return lever.parse(payload, board="northshoreimaging")


def test_commitment_phrases_give_every_type_they_name() -> None:
    coordinator, clerk, coder, assistant, _ = _commitments()
    assert coordinator.hints.employment_types == ["full_time"]  # "Full-time Permanent"
    assert clerk.hints.employment_types == ["part_time", "temporary"]
    assert coder.hints.employment_types == ["full_time"]  # "Regular Full Time"
    # "Casual" names no type of ours: nothing, and no field recorded
    assert assistant.hints.employment_types == []
    assert "employment_types" not in assistant.hints.fields


def test_canadian_and_british_places_are_not_us_states() -> None:
    coordinator, clerk, coder, _, _ = _commitments()
    assert coordinator.locations == [
        Location(city="Vancouver", state=None, country="Canada"),
        Location(city="Halifax", state=None, country="Canada"),
    ]
    # near-miss: Ontario, California
    assert clerk.locations == [Location(city="Ontario", state="CA", country="US")]
    assert coder.locations == [
        Location(city="London", state=None, country="United Kingdom"),
        Location(city="Manchester", state=None, country="United Kingdom"),
    ]


def test_remote_location_with_unspecified_workplace_is_remote() -> None:
    *_, assistant, coder = _commitments()
    assert coder.remote is True and coder.locations == []
    assert coder.hints.workplace is None  # "unspecified": no arrangement hint
    # near-miss: an unspecified workplace at a named place stays unknown
    assert assistant.remote is None
