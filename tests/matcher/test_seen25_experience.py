"""Experience figures seen25 read wrongly (session 17).

An abbreviation in brackets inside the name of the work ("2+ yrs of risk adjustment (HCC) coding
within the last 3 years", h25-014) cut the figure's words at the bracket, so the years were tied
to nothing: the bracket opens an aside only when it is not a short abbreviation with the work's
name going on after it (matcher._experience_patterns._CLAUSE_CUT_RE, matcher._lexicon's tail).
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2+ yrs of risk adjustment (HCC) coding within the last 3 years", 2.0),
        ("Three years of health information (HIM) work in a hospital.", 3.0),
        ("At least two years of emergency department (ED) coding.", 2.0),
        ("1 year of release of information (ROI) processing required.", 1.0),
    ],
)
def test_an_abbreviation_in_brackets_inside_the_work(text: str, years: float) -> None:
    assert extract(text).experience_years_required == years


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Our coding team (HIM) has served the county for 30 years.", None, None),
        ("2 years of records work (ROI) preferred.", None, 2.0),
        ("Five years (2019 onward) in the same hospital.", None, None),
    ],
)
def test_brackets_that_are_no_part_of_the_work(
    text: str, required: float | None, preferred: float | None
) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (required, preferred)
