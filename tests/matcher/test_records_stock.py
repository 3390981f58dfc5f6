"""A stock of records counted in years is no experience figure (blind29, session 18).

"We are turning 40 years of paper charts into digital records" counts the archive, not the
applicant's time; the same words with "experience" after them stay a requirement.
"""

from __future__ import annotations

import pytest

import matcher

TITLE = "Document Imaging Clerk"


@pytest.mark.parametrize(
    "text",
    [
        "We are turning 40 years of paper charts into digital records.",
        "The hospital has kept 30 years of paper records on site, all to be scanned.",
        "Help us digitize 25 years of archived records for the health system.",
        "The project converts nine years of legacy patient files to the new EHR.",
        "You will prep and scan ten years' worth of patient files from storage.",
    ],
)
def test_years_of_stored_records_are_not_experience(text: str) -> None:
    req = matcher.extract(text, title=TITLE)
    assert req.experience_years_required is None
    assert req.experience_years_preferred is None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("1 year of paper chart filing experience required.", 1.0),
        ("2 years of medical records experience required.", 2.0),
        ("Requires 2 years of medical records.", 2.0),
        ("3 years worth of coding experience required.", 3.0),
        ("Scanning 30 years of paper charts; 2 years of office experience required.", 2.0),
    ],
)
def test_experience_beside_the_same_words_stays(text: str, years: float) -> None:
    assert matcher.extract(text, title=TITLE).experience_years_required == years
