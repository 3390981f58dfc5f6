"""matcher.extract on qualification routes as employers write them (issue 15, session h15e):
schooling or a credential offered for the experience, "or" asides, "one of the following" lists,
lettered alternatives, federal routes; and verdicts for seekers on each route. Our own wording;
the field16x.yaml postings the verdicts read are in tests/data/extraction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from matcher import extract, match
from schemas import CandidateProfile

FIELD16X = Path(__file__).resolve().parents[1] / "data" / "extraction" / "field16x.yaml"


# --- schooling offered for the experience: a combination, a program --------------------------

OFFERED_FOR_EXPERIENCE = [
    # (text, required years, substitutable)
    (
        "Two years of experience in medical records or a related field. An equivalent combination"
        " of education and experience may be substituted for the experience.",
        None,
        True,
    ),
    (
        "One year of clerical experience in a clinic. A combination of college coursework and "
        "experience may also be substituted for the required experience.",
        None,
        True,
    ),
    (
        "Two (2) years of clerical experience, one of which must have been in a medical records "
        "setting. Completion of a medical records technology program may substitute for one year "
        "of the required experience.",
        1.0,
        True,
    ),
    (
        "Eighteen months of HIM experience. Graduation from an accredited coding program may be "
        "substituted for the experience.",
        None,
        True,
    ),
    # refused offers and a combination with nothing to replace
    (
        "Two years of records experience. Education may not be substituted for the experience.",
        2.0,
        False,
    ),
    (
        "One year of specialized experience. Completion of a training program cannot be "
        "substituted for experience at this grade.",
        1.0,
        False,
    ),
]


@pytest.mark.parametrize(("text", "required", "substitutable"), OFFERED_FOR_EXPERIENCE)
def test_schooling_offered_for_the_experience(
    text: str, required: float | None, substitutable: bool
) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    assert got.education_substitutable is substitutable


# --- a diploma written short is still asked of every route -----------------------------------

DIPLOMA_BESIDE_ROUTES = [
    (
        "Requirements: HS diploma AND either 2 years of college OR 2 years of office experience.",
        "high_school",
    ),
    (
        "H.S. diploma plus an associate degree or two years of medical records experience.",
        "high_school",
    ),
    ("HS grad; an associate degree in HIT or 2 years of records experience.", "high_school"),
    # no diploma asked: nothing every route shares
    (
        "An associate degree in HIT or 2 years of records experience. HS students may apply "
        "for the summer program.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "level"), DIPLOMA_BESIDE_ROUTES)
def test_a_short_diploma_beside_routes(text: str, level: str | None) -> None:
    got = extract(text)
    assert got.education_required == level
    assert got.education_substitutable is True


# --- verdicts: the words of the posting, for a seeker on the alternative route ---------------


def _case(case_id: str) -> dict[str, Any]:
    import yaml

    cases = yaml.safe_load(FIELD16X.read_text(encoding="utf-8"))
    return next(c for c in cases if c["id"] == case_id)


def _extract(case_id: str) -> Any:
    case = _case(case_id)
    return extract(case["text"], title=case["title"])


def test_verdict_combination_offered_for_the_experience() -> None:
    # f16x-005: diploma, and two years of records experience or a combination of schooling and
    # experience: one year of each is the combination's half plus half
    req = _extract("f16x-005")
    mixed = CandidateProfile(education="certificate", experience_years=1)
    no_diploma = CandidateProfile(education="none", experience_years=3)
    assert match(req, CandidateProfile(education="high_school", experience_years=2)).eligible
    assert match(req, mixed).eligible
    assert not match(req, no_diploma).eligible


def test_verdict_program_replaces_one_year_of_two() -> None:
    # f16x-027: two years of clerical work, or a records technology program and one year
    req = _extract("f16x-027")
    assert match(req, CandidateProfile(education="certificate", experience_years=1)).eligible
    assert match(req, CandidateProfile(education="high_school", experience_years=2)).eligible
    assert not match(req, CandidateProfile(education="high_school", experience_years=1)).eligible


def test_verdict_college_or_experience_beside_a_diploma() -> None:
    # f16x-014: a diploma and either two years of college or two years of office experience
    req = _extract("f16x-014")
    assert match(req, CandidateProfile(education="associate", experience_years=0)).eligible
    assert match(req, CandidateProfile(education="high_school", experience_years=2)).eligible
    assert not match(req, CandidateProfile(education="high_school", experience_years=1)).eligible


# --- a federal route stated before its examples --------------------------------------------------

FEDERAL_ROUTE_BEFORE_EXAMPLES = [
    (
        "To qualify for GS-4 you must have 6 months of general experience and 6 months of "
        "specialized experience, for a total of one year. Specialized experience includes coding "
        "health record information. OR two years of education above high school.",
        None,
        True,
    ),
    (
        "You must have one year of specialized experience equivalent to GS-4. Specialized "
        "experience is filing and retrieving records.\nOR\nfour years of education above high "
        "school leading to a bachelor's degree.",
        None,
        True,
    ),
    # no OR: the experience is asked of everyone
    (
        "You must have one year of specialized experience equivalent to GS-4. Specialized "
        "experience is filing and retrieving records.",
        1.0,
        False,
    ),
]


@pytest.mark.parametrize(("text", "required", "substitutable"), FEDERAL_ROUTE_BEFORE_EXAMPLES)
def test_federal_route_stated_before_its_examples(
    text: str, required: float | None, substitutable: bool
) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    assert got.education_substitutable is substitutable


# --- a credential on one route, or offered for part of the experience ---------------------------

CREDENTIAL_ROUTES = [
    # (text, required years, required credential groups)
    (
        "Requirements: 3 years of coding experience, OR 1 year of experience with an active CPC.",
        1.0,
        [],
    ),
    ("3 years of coding experience or 1 year of experience and a current CCS.", 1.0, []),
    (
        "Requirements: 2+ years of chart abstraction experience; one year of experience may be "
        "replaced by an active CCA or RHIT.",
        1.0,
        [],
    ),
    (
        "Two years of release of information experience. An active RHIT may substitute for one "
        "year of the required experience.",
        1.0,
        [],
    ),
    # no route: the credential is asked of everyone beside the years
    ("Requirements: 2 years of coding experience and an active CPC.", 2.0, [["CPC"]]),
    ("CPC required. Two years of coding experience; one year may be part-time.", 2.0, [["CPC"]]),
]


@pytest.mark.parametrize(("text", "required", "groups"), CREDENTIAL_ROUTES)
def test_credential_routes(text: str, required: float | None, groups: list[list[str]]) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    assert [sorted(g.any_of) for g in got.certifications if g.level == "required"] == groups
    assert got.education_substitutable is False  # a credential is no schooling


def test_verdict_credential_replaces_a_year() -> None:
    # f16x-060: two years of abstraction, or one year and an active CCA or RHIT
    req = _extract("f16x-060")
    holder = CandidateProfile(education="high_school", experience_years=1, certifications=["RHIT"])
    assert match(req, holder).eligible
    assert not match(req, CandidateProfile(education="high_school", experience_years=1)).eligible
    assert match(req, CandidateProfile(education="high_school", experience_years=2)).eligible


# --- schooling for experience: its own figure, "post-secondary", "can replace", considered ------

SCHOOLING_FOR_EXPERIENCE = [
    # (text, required years, substitutable, education required)
    (
        "Two years of college may substitute for one year of the required experience. Two years "
        "of medical records experience required.",
        1.0,
        True,
        None,
    ),
    (
        "HS diploma and two years of clerical experience. Post-secondary education in health "
        "information may substitute for experience on a year-for-year basis.",
        None,
        True,
        "high_school",
    ),
    (
        "An associate degree can replace one year of the required two years of experience.",
        1.0,
        True,
        None,
    ),
    # near-misses: a refused offer, a diploma, a credential
    (
        "Two years of clerical experience. Post-secondary education cannot be substituted for "
        "the experience.",
        2.0,
        False,
        None,
    ),
    (
        "High school diploma or equivalent; one year of clerical experience.",
        1.0,
        False,
        "high_school",
    ),
]


@pytest.mark.parametrize(("text", "required", "substitutable", "level"), SCHOOLING_FOR_EXPERIENCE)
def test_schooling_for_experience_phrasings(
    text: str, required: float | None, substitutable: bool, level: str | None
) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    assert got.education_substitutable is substitutable
    assert got.education_required == level


def test_equivalent_experience_may_be_considered() -> None:
    # the flag only: the level left after it is _education.py's (h15c), not asserted here
    got = extract("Associate degree in HIT required; equivalent experience may be considered.")
    assert got.education_substitutable is True
    assert extract("Equivalent experience is required.").education_substitutable is False


def test_verdict_federal_routes() -> None:
    # f16x-011: one year of specialized experience, or two years above high school, or a mix
    req = _extract("f16x-011")
    assert match(req, CandidateProfile(education="associate", experience_years=0)).eligible
    assert match(req, CandidateProfile(education="high_school", experience_years=1)).eligible
    assert not match(req, CandidateProfile(education="high_school", experience_years=0.25)).eligible


def test_verdict_degree_or_equivalent_keeps_the_shared_years() -> None:
    # f16x-020: CCS and five years for everyone; the bachelor's, or experience equivalent to it
    # (four years beyond the five everyone needs: docs/design.md, combination routes)
    req = _extract("f16x-020")
    ccs = ["CCS"]
    graduate = CandidateProfile(education="bachelor", experience_years=5, certifications=ccs)
    seasoned = CandidateProfile(education="high_school", experience_years=9, certifications=ccs)
    short = CandidateProfile(education="high_school", experience_years=6, certifications=ccs)
    junior = CandidateProfile(education="bachelor", experience_years=2, certifications=ccs)
    assert match(req, graduate).eligible
    assert match(req, seasoned).eligible
    assert not match(req, short).eligible
    assert not match(req, junior).eligible


# --- routes in one sentence: an aside, a combination, a program with years ----------------------

ONE_SENTENCE_ROUTES = [
    # (text, required years, substitutable, education required)
    ("Experience: 2 years required (or 1 year with an associate degree in HIT).", 1.0, True, None),
    (
        "One year of experience as a medical records clerk, or an equivalent combination of "
        "training and experience.",
        None,
        True,
        None,
    ),
    (
        "Completion of an accredited coding program and 1 year of coding experience, or 3 years "
        "of coding experience.",
        1.0,
        True,
        None,
    ),
    # near-misses: an aside that is no alternative, a combination with nothing to stand for
    ("Experience: 2 years required (1 year in a hospital).", 2.0, False, None),
    ("Two years of records experience (or more) required.", 2.0, False, None),
]


@pytest.mark.parametrize(("text", "required", "substitutable", "level"), ONE_SENTENCE_ROUTES)
def test_routes_in_one_sentence(
    text: str, required: float | None, substitutable: bool, level: str | None
) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    assert got.education_substitutable is substitutable
    assert got.education_required == level


def test_verdict_experience_or_combination() -> None:
    req = extract(
        "One year of experience as a medical records clerk, or an equivalent combination of "
        "training and experience."
    )
    assert match(req, CandidateProfile(education="high_school", experience_years=1)).eligible
    # a certificate counts as a year of schooling, a year of it for the year of work
    schooled = CandidateProfile(education="certificate", experience_years=0)
    assert match(req, schooled).eligible
    assert not match(req, CandidateProfile(education="high_school", experience_years=0.5)).eligible


# --- "one of the following" then schooling and experience items --------------------------------

LISTED_ROUTES = [
    # (text, required years, substitutable, education required, required credential groups)
    (
        "Must meet one of the following:\n- Associate degree in HIT\n- 2 years of medical "
        "records experience\n- CCA certification",
        None,
        True,
        None,
        [],
    ),
    (
        "Qualifications (one of the following):\n• Completion of a coding certificate program\n"
        "• 18 months of coding experience\nHigh school diploma required.",
        None,
        True,
        "high_school",
        [],
    ),
    # the next requirement after the list is asked of everyone
    (
        "Must meet one of the following:\n- Associate degree in HIT\n- 2 years of records "
        "experience\nCCS required.",
        None,
        True,
        None,
        [["CCS"]],
    ),
    # credentials, then a requirement of its own: no routes
    (
        "Certification: must hold one of the following:\n- RHIT\n- CCS\n- One year of "
        "specialized experience equivalent to GS-4.",
        1.0,
        False,
        None,
        [["CCS", "RHIT"]],
    ),
]


@pytest.mark.parametrize(("text", "required", "substitutable", "level", "groups"), LISTED_ROUTES)
def test_listed_routes(
    text: str,
    required: float | None,
    substitutable: bool,
    level: str | None,
    groups: list[list[str]],
) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    assert got.education_substitutable is substitutable
    assert got.education_required == level
    assert [sorted(g.any_of) for g in got.certifications if g.level == "required"] == groups


LETTERED_ROUTES = [
    (
        "Either: (a) one year of experience in medical records; or (b) completion of a medical "
        "records certificate program.",
        None,
        True,
    ),
    (
        "Qualifications: a) two years of HIM experience, or b) an associate degree in HIT.",
        None,
        True,
    ),
    # lettered requirements that are all needed
    ("Must have: (a) a high school diploma; and (b) one year of records experience.", 1.0, False),
]


@pytest.mark.parametrize(("text", "required", "substitutable"), LETTERED_ROUTES)
def test_lettered_routes(text: str, required: float | None, substitutable: bool) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    assert got.education_substitutable is substitutable
