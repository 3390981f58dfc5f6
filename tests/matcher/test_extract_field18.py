"""matcher.extract on phrasings the unseen sets suggest we still miss (issue 15, session s8acc):
the field18.yaml set, then one table per rule with varied examples and near-misses, all in our
own wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from matcher import extract
from schemas import Hints
from tests.matcher._labelled import FIELDS, labelled_cases
from tests.matcher._labelled import normal as _normal

FIELD18 = Path(__file__).resolve().parents[1] / "data" / "extraction" / "field18.yaml"
#: field18 cases the rules get wrong today, with why; a fix shows up as an unexpected pass.
KNOWN_FIELD18_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("case", labelled_cases(FIELD18, KNOWN_FIELD18_MISSES))
def test_field18_case(case: dict[str, Any]) -> None:
    hints = Hints.model_validate(case.get("hints") or {})
    got = extract(case["text"], title=case.get("title"), hints=hints)
    for field in FIELDS:
        assert _normal(field, getattr(got, field)) == _normal(field, case["expected"][field]), field


# --- employment types as hospitals and agencies write them: FTE, casual / on-call, travel ---------

EMPLOYMENT = [
    ("FTE: 1.0", ["full_time"]),
    ("Position details: 1.0 FTE, day shift", ["full_time"]),
    ("FTE 0.5 | Evenings", ["part_time"]),
    ("Schedule: .6 FTE, Monday/Wednesday/Friday", ["part_time"]),
    ("Position status: Casual/On-call", ["per_diem"]),
    ("This is a casual position covering vacations.", ["per_diem"]),
    ("Employment type: On-call", ["per_diem"]),
    ("Travel Assignment: Inpatient Coder (13 weeks)", ["contract"]),
    ("We are hiring a travel coder for a large health system.", ["contract"]),
    # near-misses: department sizes, dress codes, on-call weekends, travel between sites
    ("Our 12 FTE department is growing.", []),
    ("Business casual dress, free parking.", []),
    ("A casual, friendly team.", []),
    ("One on-call weekend a month.", []),
    ("Travel between our three clinics; mileage reimbursed.", []),
]


@pytest.mark.parametrize(("text", "types"), EMPLOYMENT)
def test_employment_words_of_job_pages(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types


# --- a workplace question answered with some days is a hybrid schedule ---------------------------

WORKPLACE_ANSWERS = [
    ("Can I work remotely? Yes - two days a week", "hybrid"),
    ("Can I work remotely?\nYes - two days a week after training.", "hybrid"),
    ("Can this job be done from home? Yes, 3 days per week.", "hybrid"),
    ("Remote: Yes, up to 2 days", "hybrid"),
    # near-misses: a plain yes, a no, a yes that is the whole week
    ("Can I work from home? Yes, 100%.", "remote"),
    ("Can I work remotely?\nNo", "on_site"),
    ("Is this job remote? Yes - fully remote, five days a week.", "remote"),
]


@pytest.mark.parametrize(("text", "workplace"), WORKPLACE_ANSWERS)
def test_a_workplace_answer_with_days_is_hybrid(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace


# --- a preferred figure in an aside after the required one; years in a named field of work -------

ASIDE_FIGURES = [
    ("At least 1 year (2 preferred) of coding experience.", 1.0, 2.0),
    ("Requirements:\n- At least 1 year (2 preferred) coding in an acute care hospital", 1.0, 2.0),
    ("Experience: 2 years minimum (3+ ideal) in a physician billing office.", 2.0, 3.0),
    ("6 months of front desk experience (12 preferred).", 0.5, 1.0),
    # "a week" is a rate even with experience in reach (random mixes of lines showed it)
    ("Work on-site 5 days a week - associate degree or equivalent experience.", None, None),
    ("Minimum of three (3) years in health information management, 5+ years preferred.", 3.0, 5.0),
    ("Two years in patient access required.", 2.0, None),
    # near-misses: an aside about something else, a figure of another kind,
    # schooling in the same field
    ("1 year of clerical experience (2 preferred references).", 1.0, None),
    ("1 year of clerical experience (2 references required).", 1.0, None),
    ("Typing 40 wpm (50 preferred). 1 year of clerical experience.", 1.0, None),
    ("Graduate of a 2-year program in health information management.", None, None),
    ("Associate degree in health information management.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), ASIDE_FIGURES)
def test_aside_figures_and_fields_of_work(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


# --- a job board's level mark on its own line is the item's --------------------------------------

MARK_LINES = [
    (
        "Licenses & certifications\nCertified Professional Coder\nPreferred",
        None,
        None,
        [(["CPC"], "preferred")],
    ),
    (
        "Education\nHigh school or equivalent\nRequired\nExperience\nMedical records: 1 year\n"
        "Required\nCustomer service: 2 years\nPreferred",
        "high_school",
        (1.0, 2.0),
        [],
    ),
    (
        "Experience\nRelease of information: 6 months\n(Preferred)\nLicense/Certification\n"
        "RHIT\n(Required)",
        None,
        (None, 0.5),
        [(["RHIT"], "required")],
    ),
    # near-misses: "Required" / "Preferred" as headings over the lines below
    (
        "Education\nRequired\nHigh school diploma\nPreferred\nAssociate degree",
        "high_school",
        None,
        [],
    ),
    (
        "Qualifications\nRequired\n- High school diploma\n- 1 year of records experience\n"
        "Preferred\n- RHIT",
        "high_school",
        (1.0, None),
        [(["RHIT"], "preferred")],
    ),
]


@pytest.mark.parametrize(("text", "schooling", "years", "groups"), MARK_LINES)
def test_a_level_mark_on_its_own_line(
    text: str,
    schooling: str | None,
    years: tuple[float | None, float | None] | None,
    groups: list[tuple[list[str], str]],
) -> None:
    got = extract(text)
    assert got.education_required == schooling
    if years is not None:
        assert (got.experience_years_required, got.experience_years_preferred) == years
    assert [(g.any_of, g.level) for g in got.certifications] == groups


# --- a bare "Diploma" opening its clause is the high-school diploma ------------------------------

BARE_DIPLOMA = [
    ("Diploma required. No experience needed - we will train.", "high_school"),
    ("Requirements: diploma required, 1 yr exp", "high_school"),
    ("Education: Diploma", "high_school"),
    ("Front desk help wanted; diploma is a must.", "high_school"),
    # near-misses: a programme's diploma names its field
    ("Medical coding diploma or certificate required.", "certificate"),
    ("Nursing diploma is required.", "certificate"),
    ("Diploma in medical assisting required.", None),
]


@pytest.mark.parametrize(("text", "level"), BARE_DIPLOMA)
def test_a_bare_diploma_is_high_school(text: str, level: str | None) -> None:
    assert extract(text).education_required == level


# --- the ideal hire's schooling is a preference, as its experience and credentials are -----------

IDEAL = [
    ("Our ideal candidate has a high school diploma.", None, "high_school", []),
    ("The ideal candidate will have an associate degree in HIM.", None, "associate", []),
    (
        "The ideal candidate has an associate degree in HIT and holds CCS or CPC.",
        None,
        "associate",
        [(["CCS", "CPC"], "preferred")],
    ),
    ("The ideal applicant possesses RHIT.", None, None, [(["RHIT"], "preferred")]),
    # near-misses: the ideal hire who must have it; "ideal" about the job
    ("The ideal candidate must have a high school diploma.", "high_school", None, []),
    ("This is an ideal first job. High school diploma required.", "high_school", None, []),
]


@pytest.mark.parametrize(("text", "required", "preferred", "groups"), IDEAL)
def test_the_ideal_hire_is_a_preference(
    text: str,
    required: str | None,
    preferred: str | None,
    groups: list[tuple[list[str], str]],
) -> None:
    got = extract(text)
    assert (got.education_required, got.education_preferred) == (required, preferred)
    assert [(g.any_of, g.level) for g in got.certifications] == groups


# --- "X and A or B": the "or" joins two credentials, no second route -----------------------------

AND_THEN_OR = [
    ("Associate degree and RHIT or RHIA required.", "associate", None, [["RHIT", "RHIA"]]),
    ("Requirements: 2 years of coding experience and CPC or CCS.", None, 2.0, [["CPC", "CCS"]]),
    ("Requirements: associate degree and CPC or CCS.", "associate", None, [["CPC", "CCS"]]),
    # near-misses: a route on each side of the "or"
    ("Requirements: associate degree and CPC, or 3 years of coding experience.", None, None, []),
    ("Required: CCA, CPC or completion of an approved coding program.", None, None, []),
]


@pytest.mark.parametrize(("text", "schooling", "years", "groups"), AND_THEN_OR)
def test_an_or_after_and_joins_credentials(
    text: str, schooling: str | None, years: float | None, groups: list[list[str]]
) -> None:
    got = extract(text)
    assert (got.education_required, got.experience_years_required) == (schooling, years)
    assert [g.any_of for g in got.certifications if g.level == "required"] == groups


# --- schooling offered for the experience by its years above high school alone -------------------

YEARS_ABOVE_HIGH_SCHOOL = [
    (
        "Requirements: six months of general experience. Education: one year above high school "
        "may be used in lieu of the experience.",
        None,
        True,
    ),
    (
        "Requirements: one year of clerical experience. Two years of study beyond high school "
        "may substitute for the experience.",
        None,
        True,
    ),
    (
        "Minimum: 1 year of office experience. One (1) year above high school may be accepted in "
        "place of the experience.",
        None,
        True,
    ),
    # near-misses: a refused offer; schooling above high school asked with the experience
    (
        "Requirements: one year of clerical experience. One year above high school may not be "
        "substituted for the experience.",
        1.0,
        False,
    ),
    ("Requirements: one year above high school and 1 year of clerical experience.", 1.0, False),
    ("Requirements: one year college and 1 year of clerical experience.", 1.0, False),
]


@pytest.mark.parametrize(("text", "years", "substitutable"), YEARS_ABOVE_HIGH_SCHOOL)
def test_years_above_high_school_offered_for_experience(
    text: str, years: float | None, substitutable: bool
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.education_substitutable) == (years, substitutable)


# --- a credential accepted before the one named meets that one's requirement ---------------------

ACCEPTED_FIRST = [
    (
        "Requirements:\n- CPC-A accepted; CPC preferred",
        [(["CPC-A", "CPC"], "required"), (["CPC"], "preferred")],
    ),
    ("CCA acceptable, CCS required.", [(["CCA", "CCS"], "required")]),
    (
        "Certification: CPC-A is accepted. CPC or COC strongly preferred.",
        [(["CPC-A", "CPC", "COC"], "required"), (["CPC", "COC"], "preferred")],
    ),
    # near-misses: accepted after the group it joins; another body's credential; alone
    ("CPC required; CPC-A accepted.", [(["CPC", "CPC-A"], "required")]),
    ("CPC-A accepted; RHIT preferred.", [(["CPC-A"], "required"), (["RHIT"], "preferred")]),
    ("CPC-A accepted.", [(["CPC-A"], "required")]),
]


@pytest.mark.parametrize(("text", "groups"), ACCEPTED_FIRST)
def test_an_accepted_credential_meets_the_next_requirement(
    text: str, groups: list[tuple[list[str], str]]
) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == groups


# --- a preferred level is above the required one -------------------------------------------------

PREFERRED_ABOVE = [
    (
        "Recent graduates of an HIT associate program are welcome to apply. Requirements: "
        "associate degree in HIT.",
        "associate",
        None,
    ),
    (
        "Associate degree required; associate in HIM preferred; bachelor's degree a plus.",
        "associate",
        "bachelor",
    ),
    # near-misses: a preference above the requirement, a preference alone, a preference above
    # the level routes leave for everyone (the degree is one route, the diploma everyone's)
    ("High school diploma required; associate preferred.", "high_school", "associate"),
    (
        "High school diploma required. Associate degree in HIT, or an equivalent combination of "
        "education and experience.\nAssociate Degree - Health Information Technology (Preferred)",
        "high_school",
        "associate",
    ),
    ("Associate preferred. Bachelor's preferred.", None, "associate"),
]


@pytest.mark.parametrize(("text", "required", "preferred"), PREFERRED_ABOVE)
def test_a_preferred_level_is_above_the_required(
    text: str, required: str | None, preferred: str | None
) -> None:
    got = extract(text)
    assert (got.education_required, got.education_preferred) == (required, preferred)


# --- a credential with years on one route, years alone on the other: the years both share --------

CREDENTIAL_WITH_YEARS = [
    (
        "Must have ONE of the following: (1) an active CPC with 1 year of coding experience, or "
        "(2) three years of physician coding experience.",
        1.0,
    ),
    ("Requirements: CPC and 1 year of coding experience, or 3 years of coding experience.", 1.0),
    (
        "Requirements: CCS plus two years of inpatient coding experience, or four years of "
        "inpatient coding experience.",
        2.0,
    ),
    # near-misses: a credential alone on one route; a preferred credential; an "or" between
    # credentials, then the years for both
    ("Requirements: CCS or 2 years of inpatient coding experience.", None),
    ("Requirements: 2 years of coding experience; CPC with 1 year of auditing preferred.", 2.0),
]


@pytest.mark.parametrize(("text", "years"), CREDENTIAL_WITH_YEARS)
def test_a_credential_with_years_is_one_route(text: str, years: float | None) -> None:
    got = extract(text)
    assert got.experience_years_required == years
    assert not [g for g in got.certifications if g.level == "required"]


def test_an_or_between_credentials_then_years_is_no_route() -> None:
    got = extract("Required: CCS or CPC and five years of coding experience.")
    assert got.experience_years_required == 5.0
    assert [(g.any_of, g.level) for g in got.certifications] == [(["CCS", "CPC"], "required")]


# --- a worked example is no requirement; an "Ideal:" list is a preference ------------------------

EXAMPLES_AND_IDEAL_LISTS = [
    (
        "Requirements: one year of clerical experience. Example of a combination: six months of "
        "experience plus one semester of college.",
        1.0,
        None,
    ),
    ("Example: 6 months of experience and 15 semester hours of college.", None, None),
    ("Required:\n- 4+ years of inpatient coding\nIdeal:\n- 6 years of inpatient coding", 4.0, 6.0),
    ("Ideally, you have:\n- 2 years of coding experience", None, 2.0),
    # near-misses: examples of duties, a sentence that opens with "Ideally" and is no heading
    ("Examples of duties: scanning. Requirements: 1 year of clerical experience.", 1.0, None),
    ("Ideally located downtown.\nRequirements:\n- 1 year of clerical experience", 1.0, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), EXAMPLES_AND_IDEAL_LISTS)
def test_examples_and_ideal_lists(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


# --- experience offered for a named degree; schooling above the diploma on one side of an "or" ---

SCHOOLING_ROUTES = [
    # (text, education required, substitutable, experience required)
    (
        "Minimum Qualifications: Graduation from high school and an associate degree in health "
        "information technology. Additional qualifying experience may substitute for the "
        "associate degree on a year-for-year basis.",
        "high_school",
        True,
        None,
    ),
    (
        "Associate degree required. Two years of HIM experience may be accepted in lieu of the "
        "associate degree.",
        None,
        True,
        None,
    ),
    (
        "Experience and Education: One year of experience that indicates knowledge of medical "
        "terminology, or one year above high school with a course in medical terminology, or a "
        "combination of the two.",
        None,
        True,
        None,
    ),
    (
        "Requirements: one year of clerical experience or 30 semester hours of college.",
        None,
        True,
        None,
    ),
    (
        "Requirements: one year of college coursework or one year of office experience, plus six "
        "months of medical records experience.",
        None,
        True,
        0.5,
    ),
    (
        "Requirements: six months of medical records experience and either one year of office "
        "experience or 30 semester hours of college.",
        None,
        True,
        0.5,
    ),
    # near-misses: a refused offer; schooling named later inside an experience side
    (
        "Associate degree required. Experience may not substitute for the associate degree.",
        "associate",
        False,
        None,
    ),
    (
        "Requirements: One year of experience as a medical receptionist or as a student worker "
        "in a college health center.",
        None,
        False,
        1.0,
    ),
]


@pytest.mark.parametrize(("text", "level", "substitutable", "years"), SCHOOLING_ROUTES)
def test_schooling_routes(
    text: str, level: str | None, substitutable: bool, years: float | None
) -> None:
    got = extract(text)
    assert (
        got.education_required,
        got.education_substitutable,
        got.experience_years_required,
    ) == (level, substitutable, years)


# --- a listed route holding a credential with its own years ---------------------------------------

LISTED_CREDENTIAL_ROUTES = [
    (
        "You must meet one of the following:\n- One year of specialized experience equivalent "
        "to GS-5; OR\n- Possession of an active CCS with six months of coding experience.",
        0.5,
        [],
    ),
    # near-miss: credentials listed with a requirement of its own
    (
        "Certification: must hold one of the following:\n- RHIT\n- CCS\n- One year of "
        "specialized experience equivalent to GS-4.",
        1.0,
        [["CCS", "RHIT"]],
    ),
]


@pytest.mark.parametrize(("text", "years", "groups"), LISTED_CREDENTIAL_ROUTES)
def test_listed_credential_routes(text: str, years: float | None, groups: list[list[str]]) -> None:
    got = extract(text)
    assert got.experience_years_required == years
    assert [sorted(g.any_of) for g in got.certifications if g.level == "required"] == groups


# --- alternatives inside one sentence end with it; the diploma joined to a route's years ----------

INLINE_FEDERAL_OR = [
    (
        "Minimum: 2-year degree, OR high school diploma plus two years of medical records "
        "experience.\nCertified Medical Assistant or Registered Medical Assistant helpful.",
        "high_school",
        [(["CMA", "RMA"], "preferred")],
    ),
    (
        "Qualifications: associate degree in HIT, OR HS diploma and three years of HIM "
        "experience.\nRHIT preferred.",
        "high_school",
        [(["RHIT"], "preferred")],
    ),
    # near-misses: a route with no diploma leaves no schooling for everyone; a sentence about
    # the experience after the alternatives is still theirs (its figure is no flat requirement)
    (
        "Minimum: one year of clerical experience, OR an associate degree. Six months of the "
        "experience must have been in a medical records unit.\nRHIT preferred.",
        None,
        [(["RHIT"], "preferred")],
    ),
    (
        "Minimum: 2-year degree, OR two years of medical records experience.\nRHIT preferred.",
        None,
        [(["RHIT"], "preferred")],
    ),
]


@pytest.mark.parametrize(("text", "level", "groups"), INLINE_FEDERAL_OR)
def test_inline_or_alternatives_end_with_their_sentence(
    text: str, level: str | None, groups: list[tuple[list[str], str]]
) -> None:
    got = extract(text)
    assert got.education_required == level
    assert got.education_substitutable is True
    assert got.experience_years_required is None
    assert [(g.any_of, g.level) for g in got.certifications] == groups


# --- a body named after the certification's cue ------------------------------------------------

BODY_AFTER_CUE = [
    (
        "Coding certification required (AAPC or AHIMA).",
        [(["CCA", "CCS", "COC", "CPC", "CPC-A", "RHIA", "RHIT"], "required")],
    ),
    ("Certification preferred (AHIMA).", [(["CCA", "CCS", "RHIA", "RHIT"], "preferred")]),
    # near-miss: another certification's body
    ("Certification required (CPR).", []),
]


@pytest.mark.parametrize(("text", "groups"), BODY_AFTER_CUE)
def test_a_body_after_the_cue(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert [(sorted(g.any_of), g.level) for g in extract(text).certifications] == groups


# --- "or any equivalent combination"; "must have worked in ... for at least a year" --------------

WORDED_EXPERIENCE = [
    (
        "2 years' related work experience or any equivalent combination of education and "
        "experience.",
        None,
        True,
    ),
    (
        "Two years of clerical experience in a medical records unit, or any equivalent "
        "combination of training and experience.",
        None,
        True,
    ),
    ("Must have worked in a medical office for at least a year.", 1.0, False),
    ("Applicants must have worked at a hospital for a minimum of 2 years.", 2.0, False),
    # near-misses: the employer's own years; a plain combination with a figure asked of everyone
    ("We have worked with this clinic for a year.", None, False),
    ("Our coders have worked with us for 10 years.", None, False),
]


@pytest.mark.parametrize(("text", "years", "substitutable"), WORDED_EXPERIENCE)
def test_worded_experience(text: str, years: float | None, substitutable: bool) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.education_substitutable) == (years, substitutable)


# --- schooling offered for the experience by the bare word, or with "in lieu of" and no verb ------

BARE_SCHOOLING_OFFERS = [
    (
        "Requirements: 2 years of experience in medical records. Education may be substituted "
        "for experience on a year-for-year basis.",
        None,
        True,
        None,
    ),
    (
        "Experience: One year of general clerical experience. Substitution: Two years of "
        "post-secondary education in lieu of the experience.",
        None,
        True,
        None,
    ),
    (
        "Requirements: Two years of college in lieu of one year of the required experience. Two "
        "years of medical records experience.",
        1.0,
        True,
        None,
    ),
    # near-misses: no figure to replace (README); a refused offer
    (
        "Qualifications: High school diploma. Relevant education may be substituted for "
        "experience.",
        None,
        False,
        "high_school",
    ),
    (
        "Requirements: 1 year of experience. Education may not be substituted for experience.",
        1.0,
        False,
        None,
    ),
]


@pytest.mark.parametrize(("text", "years", "substitutable", "level"), BARE_SCHOOLING_OFFERS)
def test_bare_schooling_offered_for_experience(
    text: str, years: float | None, substitutable: bool, level: str | None
) -> None:
    got = extract(text)
    assert (
        got.experience_years_required,
        got.education_substitutable,
        got.education_required,
    ) == (years, substitutable, level)
