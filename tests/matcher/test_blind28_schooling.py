"""Schooling in the wording of blind28.yaml's misses (session 17, s17b28; our own wording,
varied): experience offered in place of the diploma itself leaves the diploma nobody's
requirement and sets no substitution (b28-039; tests/data/extraction/README.md, s13edu)."""

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
