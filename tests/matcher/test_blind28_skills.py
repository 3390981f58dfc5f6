"""matcher.extract on blind28's skill misses (session 17, lead): typing said as the duty's verb
("Type letters", "types correspondence and memos") is the typing skill; abstractors named as
the staff the records are prepared for ("for our quality abstractors") are other people's work,
while the job itself ("Quality Abstractor", "now hiring clinical data abstractors") is
abstracting. Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract

CASES = [
    ("Type letters and enter data for the HIM office.", "typing", True),
    ("The clerk types correspondence and memos for the director.", "typing", True),
    ("Will type release letters and envelopes.", "typing", True),
    ("Sort scanned pages by document type.", "typing", False),
    ("Maintain the type 2 diabetes registry list.", "typing", False),
    ("Upload and index the records for our quality abstractors.", "abstracting", False),
    ("Pull charts for the abstractors on the registry team.", "abstracting", False),
    ("Quality Abstractor needed for a remote team.", "abstracting", True),
    ("Now hiring clinical data abstractors.", "abstracting", True),
]


@pytest.mark.parametrize(("text", "skill", "found"), CASES)
def test_blind28_skills(text: str, skill: str, found: bool) -> None:
    assert (skill in extract(text).skills) is found
