"""matcher.extract on experience as the retired unseen sets (seen16, seen17) showed employers
write it (session 9, s9exp): ranges written with a unit at each end, and periods of other things
(an eligible list, a trial period) in a qualifications section. Our own wording, with
near-misses."""

from __future__ import annotations

import pytest

from matcher import extract

# --- a range with a unit at each end gives its lower end ----------------------------------------

RANGES_ACROSS_UNITS = [
    ("You will greet visitors. Requirements: high school diploma; six months to one year of "
     "customer service experience.", 0.5),
    ("We ask for 6 months to 1 year of front desk experience.", 0.5),
    ("Needs three months to a year of filing experience.", 0.25),
    ("Qualifications: 18 months - 2 years of coding experience.", 1.5),
    # near-misses: a range of something else; a range with one unit
    ("Contract runs 6 months to 1 year. Two years of coding experience required.", 2.0),
    ("Requirements: 6-12 months of scanning experience.", 0.5),
    ("Hours 8 to 5; two years of filing experience.", 2.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "years"), RANGES_ACROSS_UNITS)
def test_a_range_across_units_gives_its_lower_end(text: str, years: float) -> None:
    assert extract(text).experience_years_required == years


# --- a period of something else in a qualifications section is no experience --------------------

OTHER_PERIODS = [
    ("Qualifications\nExperience: One year of clerical experience.\nSelection process: those "
     "who qualify go on an eligible list that is good for six months.", 1.0),
    ("Minimum qualifications\nTwo years of office experience.\nThe eligible list stays valid "
     "for 12 months.", 2.0),
    ("Requirements\n- 1 year of filing\n- Trial period: 6 months", 1.0),
    ("Requirements\n- 2 years of registration work\n- Probationary period of 6 months", 2.0),
    ("Minimum qualifications\nTwo years of records experience.\nSubstitution: college "
     "coursework may replace the required experience; 30 semester hours equal one year.", None),
    ("Requirements\n- 2 years of filing\n- 45 quarter hours count as one year", 2.0),
    # near-misses: a bare figure in a qualifications list is still experience
    ("Requirements\n- 6 months of scanning", 0.5),
    ("Requirements\n- 2 years in a hospital records department", 2.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "years"), OTHER_PERIODS)
def test_a_period_of_something_else_is_no_experience(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years
