"""Years asked within a window (session 16, s16probe; examples ours): "coded for at least two
of the last five years" asks two years; the window says how recent they must be and is no figure
of its own (docs/extraction.md: recency is not experience). Before, "two" had no unit and "five
years" was skipped as the recency, so nothing was read, and "two of the past four years in a
hospital HIM department" gave four."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("coded for at least two of the last five years", 2.0),
        ("Must have coded for at least two of the last five years.", 2.0),
        ("Requirements:\n- Coded for at least two of the last five years", 2.0),
        ("two of the past four years in a hospital HIM department", 2.0),
        ("Requirements:\n- Two of the past four years in a hospital HIM department", 2.0),
        (
            "Candidates must have worked in a physician office for three of the last five years.",
            3.0,
        ),
        ("At least 2 of the last 4 years of experience in inpatient coding.", 2.0),
        ("Applicants who have worked for 18 of the past 24 months in patient access", 1.5),
        # the window after a figure of its own stays recency
        ("Must have 2 years of coding experience within the last 5 years.", 2.0),
        # near-misses: the employer's years, no requirement
        ("For two of the last five years we have been ranked a top employer.", None),
        (
            "Requirements:\n- For two of the last five years we have been ranked a top employer.",
            None,
        ),
        ("Our team has coded for three of the last five years without a backlog.", None),
        ("We have coded for hospitals for 20 years.", None),
    ],
)
def test_years_within_a_window(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years
