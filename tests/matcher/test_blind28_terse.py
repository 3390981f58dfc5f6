"""matcher.extract on blind28's terse-ad misses (session 17, lead): "FT" / "PT" closing a title
before a full stop ("MED RECS CLK - FT. 96-bed ..."), and "every 3rd Sat" as a weekend. Our own
wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract

TYPES = [
    ("MED REC CLERK - FT. Busy clinic seeks an organized clerk.", ["full_time"]),
    ("Records Clerk - FT.", ["full_time"]),
    ("ROI Specialist, PT. Mornings, three days a week.", ["part_time"]),
    # near-misses: a time zone after clock hours, therapy
    ("Phones answered 9 am - 5 pm, PT. Apply online.", []),
    ("Outpatient rehab, PT. We need a records clerk.", []),
]


@pytest.mark.parametrize(("text", "types"), TYPES)
def test_type_closing_a_title_before_a_stop(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types


SATURDAYS = [
    ("Tu/Th 8-4:30 + every 3rd Sat.", ["day", "weekend"]),
    ("Mon-Fri 8-4, and every 2nd Sat morning.", ["day", "weekend"]),
    # near-miss: the verb
    ("She sat for the CCA exam on the 3rd of May.", []),
]


@pytest.mark.parametrize(("text", "shifts"), SATURDAYS)
def test_every_nth_saturday(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == shifts
