"""matcher.extract on two more ways employers name a job's type (session 17, lead): an
externship offered as the job is an internship (a student's placement; one done before is
schooling), and relief staff ("Job Status: Relief", "PRN/Relief") are called in as needed, per
diem. Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract

TYPES = [
    ("Coding Externship - 12 weeks, unpaid, for students in a CAHIIM program.", ["internship"]),
    ("HIM Department Externship (160 hours, spring term)", ["internship"]),
    ("This externship places one HIT student in our file room.", ["internship"]),
    ("Job Status: Relief", ["per_diem"]),
    ("ROI Specialist - PRN/Relief", ["per_diem"]),
    ("This is a relief position covering vacations and sick calls.", ["per_diem"]),
    # near-misses: an externship done before, an employer that hosts them, relief as a duty
    ("Completed externship in a hospital HIM department required.", []),
    ("Externship experience in coding preferred.", []),
    ("We are an approved externship site for two colleges.", []),
    ("Provide break relief for the front desk at lunch.", []),
    ("Our pain relief clinic scans 300 charts a day.", []),
]


@pytest.mark.parametrize(("text", "types"), TYPES)
def test_externship_and_relief(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
