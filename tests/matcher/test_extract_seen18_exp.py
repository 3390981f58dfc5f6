"""matcher.extract on experience as the retired unseen set seen18 showed employers write it
(session 10, s10exp): the employer's own years told in its voice, a time after hire ("after six
months you may ..."), and a preferred figure after a clause welcoming new graduates. Our own
wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract
from matcher._experience_patterns import number
from matcher._paths_parts import first_years

# --- the employer's own years are no experience -------------------------------------------------

EMPLOYER_YEARS = [
    ("Requirements: HS diploma. We're proud to have been a Magnet hospital for 12 years.", None),
    ("Qualifications\n- HS diploma\n- 1 year of filing\nOur hospital has been a trauma center "
     "for 20 years.", 1.0),
    ("Requirements\n- Typing 40 wpm\n- We have been serving the county for 35 years", None),
    ("Qualifications: diploma or GED. Celebrating 50 years of care in 2026.", None),
    # near-misses: a bare figure in a requirements list is still experience
    ("Requirements: 2 years in a hospital records department.", 2.0),
    ("Qualifications\n- 3 years of coding\n- CPC", 3.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "years"), EMPLOYER_YEARS)
def test_the_employers_own_years_are_no_experience(text: str, years: float | None) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (years, None)


# --- a time after hire is no experience ---------------------------------------------------------

AFTER_HIRE = [
    ("What you'll need\n- High school diploma\n- Typing 45 wpm\nAfter six months you may apply "
     "for the coding track.", None),
    ("Requirements: HS diploma; after the first 90 days you can work from home two days.", None),
    ("Qualifications\n- 1+ year of ROI experience\n- After 6 months, you join the on-call "
     "rotation", 1.0),
    # near-miss: a figure of experience in the same list
    ("Requirements\n- 2 years of coding\n- After 90 days, eligible for tuition aid", 2.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "years"), AFTER_HIRE)
def test_a_time_after_hire_is_no_experience(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years


# --- "New graduates welcome; 2 years preferred" ------------------------------------------------

WELCOME_THEN_FIGURE = [
    ("New graduates welcome; 2 years preferred.", (0.0, 2.0)),
    ("Entry level; 1 year preferred.", (0.0, 1.0)),
    ("Coding Specialist. New grads welcome. 6 months preferred.", (0.0, 0.5)),
    # near-misses: the figure after an experience sentence, and a figure of something else
    ("Minimum 1 year experience required. 3 years preferred.", (1.0, 3.0)),
    ("New graduates welcome; a 2 year contract.", (0.0, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "years"), WELCOME_THEN_FIGURE)
def test_a_figure_after_a_new_graduate_welcome(
    text: str, years: tuple[float | None, float | None]
) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == years


# --- number words read with re.I: a long s is an s -------------------------------------------

LONG_S = [
    ("ſix months of filing experience", (0.5, 0)),
    ("ſeven years of coding experience", (7.0, 0)),
    ("two years of filing experience", (2.0, 0)),
]


@pytest.mark.parametrize(("text", "found"), LONG_S)
def test_first_years_reads_a_long_s(text: str, found: tuple[float, int]) -> None:
    assert first_years(text) == found


def test_number_reads_a_long_s() -> None:
    assert (number("ſix"), number("Six"), number("12")) == (6.0, 6.0, 12.0)
