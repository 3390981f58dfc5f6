"""matcher.extract on experience figures as the retired unseen set seen19 showed employers write
them (issue 15, session 11, s11edu): "on a year-for-year basis" is a rate, no figure; "one full
year" is a year; experience offered in place of a credential is one route, not everyone's; a
worked example of a combination is an example. Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract
from matcher._paths_parts import first_years

# --- "on a year-for-year basis": the rate schooling counts at, no figure of experience ----------

YEAR_FOR_YEAR = [
    ("on a year-for-year basis", None),
    ("may substitute on a year for year basis", None),
    ("counted on a month-for-month basis", None),
    # near-misses: a year of work, and a full year
    ("a year of filing experience", (1.0, 0)),
    ("one full year of coding experience", (1.0, 0)),
    ("two full-time years of records work", (2.0, 0)),
]


@pytest.mark.parametrize(("text", "found"), YEAR_FOR_YEAR)
def test_first_years_reads_no_rate(text: str, found: tuple[float, int] | None) -> None:
    assert first_years(text) == found


RATE_IN_POSTINGS = [
    # the rate alone, no experience asked: nothing to replace
    ("Substitution: college coursework in HIT may be substituted for experience on a "
     "year-for-year basis.", None),
    ("Requirements: two years of hospital filing experience; education above high school may "
     "be substituted on a year for year basis.", None),
    # near-misses: the figure asked beside it
    ("Requirements: one full year of release-of-information experience.", 1.0),
    ("Requirements: a year of front-desk experience in a clinic.", 1.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "years"), RATE_IN_POSTINGS)
def test_a_year_for_year_rate_is_no_requirement(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years


# --- experience offered in place of a credential is one route, not everyone's -------------------
# (the credential's own group is matcher._certs' business: not asserted here)

FOR_A_CREDENTIAL = [
    "CPC required; two years of coding experience may substitute.",
    "RHIT required. Three years of HIM experience may be substituted for the certification.",
    "Must hold the CCS; four years of inpatient coding experience can be accepted in lieu of "
    "the credential.",
    "CCA preferred; one year of coding experience may be used in place of the CCA.",
]


@pytest.mark.parametrize("text", FOR_A_CREDENTIAL)
def test_experience_for_a_credential_is_no_flat_figure(text: str) -> None:
    assert extract(text).experience_years_required is None


FOR_A_CREDENTIAL_NEAR = [
    # experience asked, and something else substitutes for something else
    ("Two years of coding experience required. A GED may substitute for the diploma.", 2.0),
    ("Two years of scanning experience required; CPR certification may be substituted for "
     "BLS.", 2.0),
    ("CPC required and two years of coding experience.", 2.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "years"), FOR_A_CREDENTIAL_NEAR)
def test_experience_asked_beside_another_substitution(text: str, years: float) -> None:
    assert extract(text).experience_years_required == years


# --- a worked example of a combination is an example ---------------------------------------------

WORKED_EXAMPLES = [
    "Basic requirements: (a) one year of records experience; OR (b) an associate degree in HIT; "
    "OR (c) a combination, where six months of experience plus one year of college meets the "
    "requirement.",
    "You may qualify on experience, education, or both.\n"
    "Specialized experience: one year equivalent to GS-3, filing and pulling charts.\n"
    "Education: two years above high school.\n"
    "Combination: you may combine them. For example, nine months of specialized experience "
    "plus one semester of college would qualify.\n",
]


@pytest.mark.parametrize("text", WORKED_EXAMPLES)
def test_a_worked_example_is_no_requirement(text: str) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.education_substitutable) == (None, True)
