"""matcher.extract on phrasings the unseen sets suggest we still missed (issue 15, session
s7acc): the field17.yaml set, then one table per rule with varied examples and near-misses, all
in our own wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from matcher import extract
from schemas import Hints
from tests.matcher._labelled import FIELDS, labelled_cases
from tests.matcher._labelled import normal as _normal

FIELD17 = Path(__file__).resolve().parents[1] / "data" / "extraction" / "field17.yaml"
#: field17 cases the rules get wrong today, with why; a fix shows up as an unexpected pass.
KNOWN_FIELD17_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("case", labelled_cases(FIELD17, KNOWN_FIELD17_MISSES))
def test_field17_case(case: dict[str, Any]) -> None:
    hints = Hints.model_validate(case.get("hints") or {})
    got = extract(case["text"], title=case.get("title"), hints=hints)
    for field in FIELDS:
        assert _normal(field, getattr(got, field)) == _normal(field, case["expected"][field]), field


def _groups(text: str) -> list[tuple[list[str], str]]:
    return [(g.any_of, g.level) for g in extract(text).certifications]


# --- the nearer cue wins: a preference opening the next clause leaves a requirement alone -----

CUE_ORDER = [
    (
        "CPC required, preferred qualifications include CRC.",
        [(["CPC"], "required"), (["CRC"], "preferred")],
    ),
    ("CPC required, preferred skills include Epic.", [(["CPC"], "required")]),
    ("CCS is required, preferably with an inpatient coding background.", [(["CCS"], "required")]),
    ("RHIT required - preferred candidates will know Cerner.", [(["RHIT"], "required")]),
    ("Must have CRC, preferred experience with HCC audits.", [(["CRC"], "required")]),
    # near-misses: the preference is the mention's own
    ("RHIT preferred; CCS required.", [(["RHIT"], "preferred"), (["CCS"], "required")]),
    ("CPC preferred but not required.", [(["CPC"], "preferred")]),
    ("CCA required, with CCS preferred.", [(["CCA"], "required"), (["CCS"], "preferred")]),
    ("Must have 1 year of coding; CPC, preferred.", [(["CPC"], "preferred")]),
]


@pytest.mark.parametrize(("text", "groups"), CUE_ORDER)
def test_the_nearer_cue_sets_the_level(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert _groups(text) == groups


# --- two kinds of experience asked together add up -----------------------------------------------

SUMMED = [
    (
        "Requirements: one year of clerical experience and one year of medical records experience.",
        2.0,
    ),
    ("Requirements:\n- 1 year clerical and 1 year medical records experience", 2.0),
    ("Qualifications: 1 year of customer service experience plus 1 year of HIM experience.", 2.0),
    ("Must have one year of office experience and six months of hospital records experience.", 1.5),
    (
        "Two years of general office work and one year of registration experience required.",
        3.0,
    ),
    # near-misses: alternatives, a total with a part, two levels, a figure that is not experience
    ("Requirements: one year of clerical or one year of medical records experience.", 1.0),
    ("Requirements: two years of records experience and one year of it with Epic.", 2.0),
    ("Two years of experience, including one year of coding experience.", 2.0),
    ("1 year of clinic experience required and 2 years of coding experience preferred.", 1.0),
    ("Requirements: 1 year of records experience and 2 years of college coursework.", 1.0),
    ("Preferred: one year of clerical and one year of records experience.", None),
]


@pytest.mark.parametrize(("text", "years"), SUMMED)
def test_two_kinds_of_experience_add_up(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years


# --- the ideal hire and "we'd love" describe a preference, not a requirement -------------------

SOFT_WORDS = [
    (
        "Requirements:\n- Ideal candidates have 2 years of experience in a records department",
        None,
        2.0,
    ),
    (
        "Qualifications:\n- The ideal candidate will have 1 year of experience in a clinic",
        None,
        1.0,
    ),
    (
        "What you need:\n- Our ideal applicant would have three years of coding experience",
        None,
        3.0,
    ),
    ("Must haves:\n- CPC\n- We'd love to see 3 years of experience with ED charts", None, 3.0),
    (
        "Requirements:\n- 1 year of HIM experience\n- We would also love 2 years in a hospital",
        1.0,
        2.0,
    ),
    # near-misses: the ideal hire who must have it, and a love of something else
    ("Requirements:\n- The ideal candidate must have 2 years of coding experience", 2.0, None),
    ("Requirements:\n- You'll love our team\n- 1 year of records experience", 1.0, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), SOFT_WORDS)
def test_soft_words_prefer_the_figure(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


SOFT_CREDENTIALS = [
    ("Requirements:\n- The ideal candidate will have CPC", [(["CPC"], "preferred")]),
    ("Required: CCS.\nWe'd also love: CDIP.", [(["CCS"], "required"), (["CDIP"], "preferred")]),
    ("Qualifications:\n- We would love an RHIT", [(["RHIT"], "preferred")]),
    ("You'll need CPC. Bonus points for CDIP.", [(["CPC"], "required"), (["CDIP"], "preferred")]),
    ("Bonus if you hold CRC.", [(["CRC"], "preferred")]),
    # near-misses: an ideal candidate who must hold it; a bonus paid for a credential
    ("Requirements:\n- The ideal candidate must have CPC", [(["CPC"], "required")]),
    ("Sign-on bonus for CPC holders.", []),
    ("A $2,000 bonus after you earn CCS.", []),
]


@pytest.mark.parametrize(("text", "groups"), SOFT_CREDENTIALS)
def test_soft_words_prefer_the_credential(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert _groups(text) == groups


# --- a career site's question and its answer are one field -----------------------------------

QUESTIONS = [
    ("Is this position remote?\nNo", "on_site"),
    ("Is this position remote? No", "on_site"),
    ("Is this position remote?\n\nNo", "on_site"),
    ("Remote? No", "on_site"),
    ("Can this job be done from home?\nNo", "on_site"),
    ("Is this a remote role?\nYes - fully remote, anywhere in the US", "remote"),
    ("Is this role hybrid?\nYes", "hybrid"),
    ("Remote Work Eligible\nNo", "on_site"),
    # near-misses: a question with no yes/no answer stays prose
    ("Questions?\n\nCall Dana. This is a remote role.", "remote"),
    ("Why work remotely with us?\nFlexible hours and a home-office stipend.", "remote"),
]


@pytest.mark.parametrize(("text", "workplace"), QUESTIONS)
def test_a_question_and_its_answer(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace


# --- college coursework, course work and semester hours offered for the experience -------------

COURSEWORK = [
    (
        "Two years of clerical experience.\nSubstitution: College coursework may substitute for "
        "the clerical experience on a year-for-year basis.",
        None,
        True,
    ),
    (
        "Two years of clerical experience. College course work may be substituted for the "
        "required experience.",
        None,
        True,
    ),
    (
        "Two years of office experience. Thirty semester hours of college may substitute for one "
        "year of the experience.",
        1.0,
        True,
    ),
    # near-misses: coursework asked beside the experience, and an offer refused
    ("Two years of clerical experience and college coursework in medical terminology.", 2.0, False),
    ("Two years of clerical experience. College coursework may not be substituted.", 2.0, False),
]


@pytest.mark.parametrize(("text", "years", "substitutable"), COURSEWORK)
def test_coursework_for_the_experience(text: str, years: float | None, substitutable: bool) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.education_substitutable) == (years, substitutable)


# --- experience offered for the degree in a sentence of its own leaves only the diploma ---------

DEGREE_REPLACED = [
    (
        "Associate degree in HIT. Experience may substitute for education year for year.",
        None,
    ),
    (
        "Associate degree in HIT required. HIM experience may substitute for the degree.",
        None,
    ),
    ("Associate degree required; equivalent experience may be considered.", None),
    (
        "High school diploma or GED required. Associate degree in HIT required; relevant "
        "experience may be substituted for the degree.",
        "high_school",
    ),
    # near-misses: no offer of experience, a GED as the equivalent, a refused offer
    ("Associate degree in HIT required. Two years of HIM experience preferred.", "associate"),
    ("High school diploma or equivalent required.", "high_school"),
    ("Associate degree required. Experience may not be substituted for the degree.", "associate"),
]


@pytest.mark.parametrize(("text", "level"), DEGREE_REPLACED)
def test_experience_for_the_degree_leaves_the_diploma(text: str, level: str | None) -> None:
    assert extract(text).education_required == level


# --- schooling that may replace some of the experience is offered, not asked ------------------

SCHOOLING_OFFERED = [
    ("Experience: 2 years required; an associate degree in HIT may replace one year.", None),
    ("Two years of clerical experience. A certificate program can replace six months.", None),
    # near-misses: the degree asked, with a credential or nothing replacing anything
    ("Associate degree required. It will replace the need for a CPC.", "associate"),
    ("Associate degree required; two years of experience preferred.", "associate"),
]


@pytest.mark.parametrize(("text", "level"), SCHOOLING_OFFERED)
def test_schooling_that_may_replace_experience(text: str, level: str | None) -> None:
    assert extract(text).education_required == level


# --- a credential held or eligible, and a body's cue before the codes it names ----------------

HELD_OR_ELIGIBLE = [
    # held or eligible with no deadline is asked of no one (README; f17-012 relabelled in
    # session 11); preferred, the code stays preferred
    ("CCS, or eligible to sit for the CCS exam, required.", []),
    ("RHIT, or be eligible to test for RHIT, preferred.", [(["RHIT"], "preferred")]),
    (
        "AAPC or AHIMA coding credential required (CPC, COC, CCS or CCA).",
        [(["CPC", "COC", "CCS", "CCA"], "required")],
    ),
    ("AHIMA credential preferred: RHIT or RHIA", [(["RHIT", "RHIA"], "preferred")]),
    # near-misses: eligibility alone, and codes with no cue anywhere
    ("Eligible to sit for the CCS exam.", []),
    ("Our coders hold CPC, COC, CCS or CCA.", []),
]


@pytest.mark.parametrize(("text", "groups"), HELD_OR_ELIGIBLE)
def test_held_or_eligible_and_body_cues(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert _groups(text) == groups


# --- the first sentence of a posting with no title is read like any other ----------------------

FIRST_SENTENCE = [
    ("GED required.", "high_school", []),
    ("GED required. Medical records clerk wanted for a rural clinic.", "high_school", []),
    ("FT, M-F 8-5. Records clerk wanted.", None, ["full_time"]),
    ("FT/PT", None, ["full_time", "part_time"]),
    ("FT days, $17.60/hr.", None, ["full_time"]),
    # near-misses: a place named Fort, and "GED" inside a word
    ("Ft. Worth clinic seeks a records clerk.", None, []),
    ("Lodged requests are processed daily.", None, []),
]


@pytest.mark.parametrize(("text", "level", "types"), FIRST_SENTENCE)
def test_the_first_sentence_without_a_title(text: str, level: str | None, types: list[str]) -> None:
    got = extract(text)
    assert (got.education_required, sorted(got.employment_types)) == (level, types)


# --- federal: education offered for the experience, the schooling named after a colon ----------

EDUCATION_FOR_EXPERIENCE = [
    (
        "Specialized experience: one year at the GS-5 level. You may substitute education for "
        "experience: four years of education above high school.",
        None,
        True,
    ),
    (
        "Specialized experience: one year at the GS-5 level. Education may be substituted for "
        "experience: two years above high school.",
        None,
        True,
    ),
    # near-misses: a refused substitution, and the words without an offer
    (
        "Specialized experience: one year at the GS-5 level. Education cannot be substituted for "
        "experience at this grade.",
        1.0,
        False,
    ),
    (
        "Specialized experience: one year at the GS-5 level. Education: high school diploma.",
        1.0,
        False,
    ),
]


@pytest.mark.parametrize(("text", "years", "substitutable"), EDUCATION_FOR_EXPERIENCE)
def test_federal_education_for_experience(
    text: str, years: float | None, substitutable: bool
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.education_substitutable) == (years, substitutable)


# --- a few more ways employers write schooling and beginners ----------------------------------

MORE_PHRASINGS = [
    ("BS in Health Information Administration required.", "bachelor", None),
    ("Associate degree in HIT, or current enrollment in an HIT program.", None, None),
    ("No prior experience? No problem!", None, 0.0),
    ("No coding experience? We'll train.", None, 0.0),
    # near-misses: enrollment as a plus, and a question that is not about beginners
    ("Associate degree in HIT; enrollment in a BS program is a plus.", "associate", None),
    ("Requirements: 2 years of experience. Questions? Call us.", None, 2.0),
]


@pytest.mark.parametrize(("text", "level", "years"), MORE_PHRASINGS)
def test_more_schooling_and_beginner_phrasings(
    text: str, level: str | None, years: float | None
) -> None:
    got = extract(text)
    assert (got.education_required, got.experience_years_required) == (level, years)


# --- "One of the following:" over list items: the schooling listed is a set of alternatives -----

ONE_OF_SCHOOLING = [
    (
        "Requirements:\nOne of the following:\n- Associate degree in HIT\n"
        "- Completion of a coding certificate program",
        "certificate",
    ),
    (
        "Qualifications (one of the following):\n- Bachelor's degree in HIM\n"
        "- Associate degree in HIT",
        "associate",
    ),
    # near-misses: an intro that names its items on its own line; no intro at all
    (
        "Must hold one of the following: CCA, CCS or CPC.\nAssociate degree in HIT required.\n"
        "High school diploma required.",
        "associate",
    ),
    ("Requirements:\n- Associate degree in HIT\n- High school diploma", "associate"),
]


@pytest.mark.parametrize(("text", "level"), ONE_OF_SCHOOLING)
def test_one_of_the_following_schooling(text: str, level: str) -> None:
    assert extract(text).education_required == level


# --- a second figure with its own cue, and the hire described as experienced ------------------

SECOND_FIGURE = [
    ("3-5 years' experience as a coder preferred; a minimum of 2 years is required.", 2.0, 3.0),
    ("3 years of experience preferred, 2 years required.", 2.0, 3.0),
    ("Coding experience - 2 years minimum, 3-5 years preferred.", 2.0, 3.0),
    ("Looking for an experienced coder (3+ yrs) to join our team.", 3.0, None),
    # near-misses: a total with a part, a later cue about something else, staff tenure
    ("Five years of coding experience, two years minimum in auditing.", 5.0, None),
    ("Three years of records work, two of them in a hospital.", 3.0, None),
    ("Requirements: 2 years of HIM experience. Some weekends required.", 2.0, None),
    ("Our experienced coders (10 years average tenure) review every chart.", None, None),
    # the work the candidate has done, its length in parentheses
    ("Ideal candidate has worked in a medical office before (1 year).", None, 1.0),
    ("You have worked as a coder (2+ years).", 2.0, None),
    ("Our team has worked in this building (10 years) and loves it.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), SECOND_FIGURE)
def test_a_second_figure_with_its_own_cue(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


# --- a deadline in the next clause makes a preferred credential required within it ------------

DEADLINE_NEXT = [
    (
        "AHIMA credential (RHIT/RHIA) strongly preferred; required within 1 year of hire.",
        [(["RHIT", "RHIA"], "required", 12)],
    ),
    ("RHIT preferred. Must be obtained within 6 months of hire.", [(["RHIT"], "required", 6)]),
    # near-misses: a deadline for another credential, a figure that is not a deadline
    ("RHIT required. CPR required within 30 days.", [(["RHIT"], "required", None)]),
    ("CPC preferred. Required: 2 years within a hospital.", [(["CPC"], "preferred", None)]),
]


@pytest.mark.parametrize(("text", "groups"), DEADLINE_NEXT)
def test_a_deadline_in_the_next_clause(
    text: str, groups: list[tuple[list[str], str, int | None]]
) -> None:
    got = [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]
    assert got == groups


# --- workplace fields: telecommuting refused, not eligible, partly remote ----------------------

WORKPLACE_FIELDS = [
    ("Telecommuting: not available", "on_site"),
    ("Telework: Not eligible", "on_site"),
    ("Remote: Partially", "hybrid"),
    # near-misses: telework offered, remote eligibility granted
    ("Telecommuting available two days per week from home", "hybrid"),
    ("Remote eligible after 90 days.", "remote"),
]


@pytest.mark.parametrize(("text", "workplace"), WORKPLACE_FIELDS)
def test_workplace_fields(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace
