"""A year and a half, in words (session 17, s17probe2; examples ours).

"One and a half years of records experience" asked 0.5 years and "Two and a half years" 0.5:
the figure read was "a half", the number words knowing no "X and a half". "A year and a half of
experience" asked 1 year, the half after the unit left unread. docs/design.md: months divide by
12, so a year and a half is 1.5, on the flat figure and on a route. Near-misses: a time ago,
half a year as before."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("One and a half years of records experience.", 1.5, None),
        ("Two and a half years of HIM experience required.", 2.5, None),
        ("1 and a half years of coding experience", 1.5, None),
        ("A year and a half of experience in a medical office.", 1.5, None),
        ("One year and a half of coding experience preferred.", None, 1.5),
        # near-misses: a time ago, half a year
        (
            "A year and a half ago we moved to Epic; 1 year of coding experience required.",
            1.0,
            None,
        ),
        ("Half a year of coding experience.", 0.5, None),
    ],
)
def test_and_a_half(text: str, required: float | None, preferred: float | None) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (required, preferred)


def test_and_a_half_on_a_route() -> None:
    r = extract("A year and a half of coding experience, or an associate degree in HIT.")
    assert r.experience_years_required is None
    assert sorted(p.experience_years or 0 for p in r.paths) == [0, 1.5]
