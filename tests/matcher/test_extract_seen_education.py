"""matcher.extract on education and substitution phrasings that text we did not write showed us
(issue 15, session s9edu: the misses of seen16.yaml / seen17.yaml): one table per general pattern,
with varied examples and near-misses, all in our own wording (never a posting's)."""

from __future__ import annotations

import pytest

from matcher import extract
from tests.matcher._routes import flat as _flat

# --- a certificate that is a document (vital records, a typing test, CPR) is not schooling --------

DOCUMENT_CERTIFICATES = [
    ("Indexes birth and death certificate requests for the vital records office.", None),
    ("Prepares death certificate packets for funeral homes.", None),
    ("Attach a keyboarding certificate (40 wpm) to your application.", None),
    ("A typing certificate of 35 net wpm is required.", None),
    ("Current CPR certificate required.", None),
    (
        "High school diploma; a current typing certificate must accompany the application.",
        "high_school",
    ),
    ("Scans marriage certificate copies into the county index.", None),
    # near-misses: a certificate programme or a field's certificate is still the level
    ("Coding certificate required.", "certificate"),
    ("Certificate in medical billing from an accredited school required.", "certificate"),
    ("Typing skills and a medical records certificate required.", "certificate"),
    ("Completion of a health information certificate program required.", "certificate"),
]


@pytest.mark.parametrize(("text", "level"), DOCUMENT_CERTIFICATES)
def test_a_document_certificate_is_not_schooling(text: str, level: str | None) -> None:
    assert extract(text).education_required == level


# --- a practice named "... Associates" is no associate degree -------------------------------------

PRACTICE_NAMES = [
    ("Harbor Pediatric Associates in Duluth is hiring a records clerk.", None),
    ("Northside Medical Associates in Tulsa seeks a part-time file clerk.", None),
    ("Riverbend Surgical Associates in Macon has an opening for a records clerk.", None),
    ("Coastal Cardiology Associates in Mobile needs a release of information clerk.", None),
    ("Women's Health Associates in Reno: medical records assistant, GED required.", "high_school"),
    ("Lakeview Family Medicine Associates in Provo is adding a records clerk.", None),
    # near-misses: the degree written as "associates in"
    ("Associates in Health Information Technology required.", "associate"),
    ("Requirements: an associates in HIT or HIM.", "associate"),
    ("Must have a medical coding certificate or associates in applied science.", "certificate"),
]


@pytest.mark.parametrize(("text", "level"), PRACTICE_NAMES)
def test_a_practice_name_is_no_degree(text: str, level: str | None) -> None:
    assert extract(text).education_required == level


# --- civil-service substitution: a year of college study, or schooling beyond the twelfth grade,
# --- may replace the experience (two routes: the flat experience goes, the flag is set) ----------

STUDY_FOR_EXPERIENCE = [
    (
        "Minimum: high school diploma and one year of office experience.\n"
        "Substitution: one year of full-time academic study may substitute for the required "
        "experience.",
        ("high_school", None, True),
    ),
    (
        "Requires a GED and 2 years of clerical work experience. Two years of academic study at an "
        "accredited university may be substituted for the required experience.",
        ("high_school", None, True),
    ),
    (
        "Education: completion of the 12th grade.\nExperience: six months of general office "
        "experience.\nSubstitution: education beyond the twelfth grade may be substituted for the "
        "experience.",
        ("high_school", None, True),
    ),
    (
        "High school graduation and one year of records experience. Additional schooling above the "
        "12th grade in a medical office program may substitute for the required experience.",
        ("high_school", None, True),
    ),
    # near-misses: a refused offer; study asked beside the experience; study only preferred
    (
        "High school diploma and one year of clerical experience. One year of full-time college "
        "study may not be substituted for the required experience.",
        ("high_school", 1.0, False),
    ),
    (
        "Completion of the twelfth grade and one year of clerical experience.",
        ("high_school", 1.0, False),
    ),
    (
        "One year of office experience required. A year of college study is preferred.",
        (None, 1.0, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), STUDY_FOR_EXPERIENCE)
def test_study_beyond_the_diploma_offered_for_experience(
    text: str, want: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == want


# --- alternatives with long qualifiers: the lowest level is asked ---------------------------------

LONG_ALTERNATIVES = [
    (
        "Associate degree in a health-related field, or completion of an NCRA-accredited tumor "
        "registry certificate program",
        "certificate",
    ),
    (
        "Associate's in health information technology, or graduation from an accredited medical "
        "billing and coding certificate program required.",
        "certificate",
    ),
    (
        "Must have an associate degree in HIT from a CAHIIM-accredited college or a medical coding "
        "certificate.",
        "certificate",
    ),
    # near-misses: the second level only preferred, or in its own sentence; a diploma and a
    # preferred degree
    (
        "Associate degree in a health-related field. Completion of a tumor registry certificate "
        "program preferred.",
        "associate",
    ),
    (
        "Associate degree in health information technology required; a coding certificate "
        "program is a plus.",
        "associate",
    ),
    (
        "High school diploma or GED required, with an associate degree in health information "
        "technology or business preferred.",
        "high_school",
    ),
]


@pytest.mark.parametrize(("text", "level"), LONG_ALTERNATIVES)
def test_long_alternatives_give_the_lowest_level(text: str, level: str) -> None:
    assert extract(text).education_required == level


# --- "a degree in X or a related field" names the field, not a route; two degree-plus-years routes
# --- ask the lower degree and the fewer years, and more years stand in for the higher degree ------

DEGREE_AND_YEARS_ROUTES = [
    (
        "Requirements: a bachelor's degree in health information administration or a closely "
        "related field with 1 year of coding experience, or an associate degree in health "
        "information technology with 3 years of coding experience.",
        ("associate", 1.0, True),
    ),
    (
        "BS in HIM or related discipline with two years of release of information experience;\n"
        "or AAS in HIT with four years of release of information experience.",
        ("associate", 2.0, True),
    ),
    (
        "Associate degree and three years of records experience, or a bachelor's degree and one "
        "year of records experience.",
        ("associate", 1.0, True),
    ),
    (
        "Bachelor's degree in business or a related field and 2 years of office experience "
        "required.",
        ("bachelor", 2.0, False),
    ),
    (
        "Associate degree in HIT or a related field and 2 years of HIM experience required.",
        ("associate", 2.0, False),
    ),
    # near-misses: the field alone; a degree or experience (one route each); same degree twice
    (
        "An associate degree in health information technology or a related field is required.",
        ("associate", None, False),
    ),
    (
        "Associate degree in HIT or two years of HIM experience required.",
        (None, None, True),
    ),
]


@pytest.mark.parametrize(("text", "want"), DEGREE_AND_YEARS_ROUTES)
def test_degree_and_years_routes(text: str, want: tuple[str | None, float | None, bool]) -> None:
    assert _flat(text) == want


# --- a CAHIIM-accredited programme is a degree programme (docs/domain.md: the associate in HIT is
# --- the least of them); schooling "after high school" is not the diploma -------------------------

ACCREDITED_AND_AFTER = [
    ("Graduate of a CAHIIM-accredited HIM program.", "associate"),
    (
        "Must have graduated from a CAHIIM accredited health information technology program.",
        "associate",
    ),
    ("Completion of a CAHIIM-approved degree program required.", "associate"),
    ("Two years of clerical work, including coursework completed after high school.", None),
    ("One year of records experience; college courses taken after high school count.", None),
    # near-misses: another body's approval is a coding programme; the diploma itself
    ("Graduate of an AHIMA-approved coding program.", "certificate"),
    ("High school diploma and one year of records experience.", "high_school"),
    ("Graduation from high school or a GED, then one year of clerical work.", "high_school"),
]


@pytest.mark.parametrize(("text", "level"), ACCREDITED_AND_AFTER)
def test_accredited_programmes_and_schooling_after_high_school(
    text: str, level: str | None
) -> None:
    assert extract(text).education_required == level


# --- an "OR" block whose experience opens with a digit keeps its figure, so its "combination of
# --- both" finds the years it combines (the segment's leading digit was cut as an enumerator) -----

DIGIT_LED_BLOCKS = [
    (
        "Basic requirement: 6 months of general clerical experience OR 1 year above high school OR "
        "an equivalent combination of the two.",
        0.5,
    ),
    (
        "GS-5: 1 year of specialized experience equivalent to GS-4, OR 4 years of education above "
        "high school, OR a combination of both.",
        1.0,
    ),
    (
        "To qualify you need 2 years of medical records experience OR 2 years above high school "
        "OR a combination of experience and education.",
        2.0,
    ),
    # near-miss: an enumerator is still cut (and this block states no combination)
    (
        "You qualify with: (1) 2 years of records experience, OR (2) an associate degree in "
        "health information technology.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "combined"), DIGIT_LED_BLOCKS)
def test_digit_led_block_segments_keep_their_years(text: str, combined: float | None) -> None:
    got = extract(text)
    combs = [p.combination.experience_years for p in got.paths if p.combination is not None]
    assert combs == ([] if combined is None else [combined])
    assert (got.education_required, got.experience_years_required) == (None, None)
    assert got.education_substitutable is True


def test_a_diploma_joined_to_either_stays_everyones() -> None:
    # the GED before "AND either" was lost when the block's routes were read (fails before)
    got = extract(
        "Requirements: GED AND either 2 years of college OR 2 years of front office experience."
    )
    assert (got.education_required, got.experience_years_required) == ("high_school", None)
    assert got.education_substitutable is True


# --- "Option 1: ..." / "Option B - ..." lines (state civil service) are one route each -----------

OPTION_LINES = [
    (
        "Minimum Qualifications\nOption 1: One year of experience filing patient charts.\n"
        "Option 2: Completion of an associate degree in health information technology.",
        (None, None, True),
    ),
    (
        "Option A: High school diploma and two years of records experience.\n"
        "Option B: Associate degree in health information technology.",
        ("high_school", None, True),
    ),
    (
        "Minimum requirements\nOption A - two years of coding experience in a hospital.\n"
        "Option B - completion of a coding certificate program and six months of coding "
        "experience.",
        (None, 0.5, True),
    ),
    (
        "Option I: Associate degree in HIT and one year of HIM experience.\n"
        "Option II: Bachelor's degree in HIM.",
        ("associate", None, True),
    ),
    # near-misses: options of one kind; the word in another sense
    ("Option 1: High school diploma.\nOption 2: GED.", ("high_school", None, False)),
    (
        "We offer a stock option plan. Two years of coding experience required.",
        (None, 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), OPTION_LINES)
def test_option_lines_are_routes(text: str, want: tuple[str | None, float | None, bool]) -> None:
    assert _flat(text) == want


# --- "X plus N years, or Y plus M years": the years after the second route are its own ----------

EACH_ROUTE_ITS_YEARS = [
    (
        "Requirements: a bachelor's degree in health information administration plus 1 year of "
        "coding experience, or an associate degree in health information technology plus 3 "
        "years of coding experience.",
        ("associate", 1.0, True),
    ),
    (
        "Bachelor's degree plus one year of release of information work experience, or an "
        "associate degree plus two years of release of information experience.",
        ("associate", 1.0, True),
    ),
    # near-miss: experience after both routes, the left without years of its own, is shared
    (
        "Associate degree in HIT or two years of records experience, plus six months of release "
        "of information experience.",
        (None, 0.5, True),
    ),
]


@pytest.mark.parametrize(("text", "want"), EACH_ROUTE_ITS_YEARS)
def test_each_route_keeps_its_years(text: str, want: tuple[str | None, float | None, bool]) -> None:
    assert _flat(text) == want


# --- experience offered for the degree without "may ... for the degree": "on a year-for-year
# --- basis", "accepted in place of degree", "considered instead of the degree" ----------------

EXPERIENCE_FOR_DEGREE = [
    ("Associate degree required; experience may be substituted on a year-for-year basis.", None),
    ("Associates degree required; equivalent work experience accepted in place of degree.", None),
    ("Associate degree in HIT; relevant experience considered instead of the degree.", None),
    # read before too ("in lieu of the degree"): the diploma stays everyone's
    (
        "GED required, plus an associate degree in HIM; related experience is accepted in lieu "
        "of the degree.",
        "high_school",
    ),
    # near-misses: schooling substituted, not experience; a refused offer
    ("Associate degree required; no substitutions.", "associate"),
    ("Associate degree required. Experience is not accepted in place of the degree.", "associate"),
]


@pytest.mark.parametrize(("text", "level"), EXPERIENCE_FOR_DEGREE)
def test_experience_offered_for_the_degree(text: str, level: str | None) -> None:
    got = extract(text)
    assert (got.education_required, got.education_substitutable) == (level, level != "associate")


# --- every route names its own credential: everyone needs one of them, one required group of
# --- all (README, s9hold: "Route 1: an associate degree and the CCS; Route 2: the CPC and ...") --

EVERY_ROUTE_A_CREDENTIAL = [
    (
        "Option A: An associate degree in HIT and the CCS.\n"
        "Option B: The CPC and three years of coding experience.",
        [["CCS", "CPC"]],
    ),
    (
        "Option 1: An associate degree in HIT and the RHIT.\n"
        "Option 2: The CCA and two years of coding experience.",
        [["CCA", "RHIT"]],
    ),
    (
        "Requirements: an associate degree with CCS, or a CPC with 2 years of coding experience.",
        [["CCS", "CPC"]],
    ),
    # near-miss: a credential on one route only stays out of the flat field
    ("Requirements: an associate degree in HIT, or a CPC with 2 years of coding experience.", []),
]


@pytest.mark.parametrize(("text", "groups"), EVERY_ROUTE_A_CREDENTIAL)
def test_a_credential_on_every_route_is_required(text: str, groups: list[list[str]]) -> None:
    got = extract(text).certifications
    assert [sorted(g.any_of) for g in got if g.level == "required"] == groups


# --- an "or" inside the schooling a substitution offer names is not two routes: the offer keeps
# --- the experience the posting states as the other route ------------------------------------

OR_IN_OFFER = [
    (
        "Two years of records experience required. College coursework in coding or billing may "
        "substitute for the experience on a year-for-year basis.",
        (None, None, True),
    ),
    (
        "Requires 3 years of clerical experience.\nSubstitution: college courses in office "
        "administration or medical terminology can substitute for the required experience on a "
        "year-for-year basis.",
        (None, None, True),
    ),
    # near-misses: two routes joined by "or"; a refused offer keeps the figure
    ("Associate degree in HIT or two years of HIM experience required.", (None, None, True)),
    (
        "Two years of records experience required. College coursework in coding or billing may "
        "not substitute for the experience.",
        (None, 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), OR_IN_OFFER)
def test_an_or_inside_the_offered_schooling(
    text: str, want: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == want
