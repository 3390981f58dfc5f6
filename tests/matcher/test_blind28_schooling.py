"""Schooling in the wording of blind28.yaml's misses (session 17, s17b28; our own wording,
varied): experience offered in place of the diploma itself leaves the diploma nobody's
requirement and sets no substitution (b28-039; tests/data/extraction/README.md, s13edu); a
diploma asked before the lead of a list of experience routes is everyone's (b28-026)."""

from __future__ import annotations

import pytest

from matcher import extract

Flat = tuple[str | None, float | None, bool]


def _flat(text: str) -> Flat:
    r = extract(text, title="Records Clerk")
    return r.education_required, r.experience_years_required, r.education_substitutable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "High school diploma or GED and six months of records experience. Additional "
            "qualifying experience may substitute for the high school education on a "
            "year-for-year basis.",
            (None, 0.5, False),
        ),
        (
            "HS diploma or GED required; two years of clerical experience may be substituted "
            "for the diploma.",
            (None, None, False),
        ),
        (
            "Must be a high school graduate. Related work experience can be accepted in lieu "
            "of the high school diploma.",
            (None, None, False),
        ),
        # near-misses: a refused offer, a GED (no experience), a degree replaced
        (
            "High school diploma required. Experience may not be substituted for the high "
            "school diploma.",
            ("high_school", None, False),
        ),
        (
            "High school diploma required. A GED may substitute for the high school diploma.",
            ("high_school", None, False),
        ),
        (
            "High school diploma and an associate degree in HIT required. Two years of coding "
            "experience may substitute for the degree.",
            ("high_school", None, True),
        ),
    ],
)
def test_diploma_replaced(text: str, expected: Flat) -> None:
    assert _flat(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EDUCATION: Graduation from a high school or possession of a high school "
            "equivalency certificate.\nEXPERIENCE - ANY ONE of the following:\n1) Six months "
            "of paid work in a hospital records or billing unit; OR\n2) Eighteen months of "
            "general clerical work; OR\n3) Completion of 24 semester units in medical office "
            "administration.",
            ("high_school", None, True),
        ),
        (
            "Education: Graduation from an accredited high school or possession of a GED "
            "certificate.\nExperience - One of the following:\n(a) One year of work in a clinic "
            "front office; OR\n(b) Completion of a medical records certificate program.",
            ("high_school", None, True),
        ),
        # near-misses: the diploma on one route after the lead is that route's
        (
            "Qualify through one of the following:\nA) One year of medical records work; OR\n"
            "B) 30 semester units in health information technology.",
            (None, None, True),
        ),
    ],
)
def test_diploma_before_the_routes(text: str, expected: Flat) -> None:
    """A diploma asked on its own line before the lead of a list of experience routes
    ("EXPERIENCE - ONE of the following: A) ...; OR B) ...") is everyone's (b28-026)."""
    assert _flat(text) == expected
