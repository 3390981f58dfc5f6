"""matcher.extract on qualification routes as employers write them (issue 15, session h15e):
schooling or a credential offered for the experience, "or" asides, "one of the following" lists,
lettered alternatives, federal routes; and verdicts for seekers on each route. Our own wording;
the field16x.yaml postings the verdicts read are in tests/data/extraction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.accuracy import load_cases
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

    cases = load_cases(FIELD16X)
    return next(c for c in cases if c["id"] == case_id)


def _extract(case_id: str) -> Any:
    case = _case(case_id)
    return extract(case["text"], title=case["title"])


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


def test_equivalent_experience_may_be_considered() -> None:
    # the flag only: the level left after it is _education.py's (h15c), not asserted here
    got = extract("Associate degree in HIT required; equivalent experience may be considered.")
    assert got.education_substitutable is True
    assert extract("Equivalent experience is required.").education_substitutable is False


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


@pytest.mark.parametrize(
    ("text", "required", "substitutable", "level"),
    [*SCHOOLING_FOR_EXPERIENCE, *ONE_SENTENCE_ROUTES],
)
def test_routes_and_what_every_route_shares(
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


@pytest.mark.parametrize(
    ("text", "required", "substitutable"),
    [*OFFERED_FOR_EXPERIENCE, *FEDERAL_ROUTE_BEFORE_EXAMPLES, *LETTERED_ROUTES],
)
def test_required_years_and_substitution(
    text: str, required: float | None, substitutable: bool
) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    assert got.education_substitutable is substitutable


#: field16x postings and seekers on each route: (id, [(education, years, credentials, eligible)]).
VERDICTS = [
    # a diploma, and two years of records experience or a combination of schooling and
    # experience: one year of each is the combination's half plus half
    (
        "f16x-005",
        [("high_school", 2, [], True), ("certificate", 1, [], True), ("none", 3, [], False)],
    ),
    # two years of clerical work, or a records technology program and one year
    (
        "f16x-027",
        [("certificate", 1, [], True), ("high_school", 2, [], True), ("high_school", 1, [], False)],
    ),
    # a diploma and either two years of college or two years of office experience
    (
        "f16x-014",
        [("associate", 0, [], True), ("high_school", 2, [], True), ("high_school", 1, [], False)],
    ),
    # two years of abstraction, or one year and an active CCA or RHIT
    (
        "f16x-060",
        [
            ("high_school", 1, ["RHIT"], True),
            ("high_school", 1, [], False),
            ("high_school", 2, [], True),
        ],
    ),
    # one year of specialized experience, or two years above high school, or a mix
    (
        "f16x-011",
        [
            ("associate", 0, [], True),
            ("high_school", 1, [], True),
            ("high_school", 0.25, [], False),
        ],
    ),
    # CCS and five years for everyone; the bachelor's, or experience equivalent to it (four years
    # beyond the five everyone needs: docs/design.md, combination routes)
    (
        "f16x-020",
        [
            ("bachelor", 5, ["CCS"], True),
            ("high_school", 9, ["CCS"], True),
            ("high_school", 6, ["CCS"], False),
            ("bachelor", 2, ["CCS"], False),
        ],
    ),
]


@pytest.mark.parametrize(("case_id", "seekers"), VERDICTS)
def test_verdicts_follow_the_routes(
    case_id: str, seekers: list[tuple[str, float, list[str], bool]]
) -> None:
    req = _extract(case_id)
    for education, years, held, eligible in seekers:
        seeker = CandidateProfile(education=education, experience_years=years, certifications=held)
        assert match(req, seeker).eligible is eligible, (education, years, held)


GENERAL_AND_SPECIALIZED = [
    # (text, flat required years, the experience route's years or None without routes)
    (
        "GS-4: Six months of general experience and six months of specialized experience. OR "
        "Two years of education above high school.",
        None,
        1.0,
    ),
    ("GS-4: Six months of general experience and six months of specialized experience.", 1.0, None),
    (
        "One year of general experience and 6 months of specialized experience in medical records.",
        1.5,
        None,
    ),
    # alternatives are not added up
    ("Six months of general experience or six months of specialized experience.", 0.5, None),
]


@pytest.mark.parametrize(("text", "required", "route"), GENERAL_AND_SPECIALIZED)
def test_general_and_specialized_add_up(
    text: str, required: float | None, route: float | None
) -> None:
    got = extract(text)
    assert got.experience_years_required == required
    routes = [p.experience_years for p in got.paths if p.label == "experience"]
    assert routes == ([] if route is None else [route])
