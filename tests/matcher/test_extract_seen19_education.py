"""matcher.extract on routes into a job as the retired unseen set seen19 showed employers state
them (issue 15, session 11, s11edu): federal alternatives set apart by headings with no "OR",
"Basic requirements:" in lower case, "one full year", lettered alternatives, civil-service option
lines whose experience is "years of clerical work", a route of a degree with a credential and
years, schooling offered to those "without the two years", schooling whose fields are listed with
commas, a bare offer of schooling, and "in lieu of a degree" naming no level. One table per
general pattern, varied examples and near-misses, all in our own wording (never a posting's).
The flat fields are what every route shares (docs/design.md, "Qualification paths")."""

from __future__ import annotations

import pytest

from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- federal alternatives set apart by headings alone: "Experience:" / "Education:" /
# --- "Combination:" with no "OR" between them ----------------------------------------------------

HEADED = [
    (
        "Qualifications: you can qualify through experience, education, or a mix of both.\n"
        "Specialized experience: one year at the GS-3 level or above, filing and retrieving "
        "patient charts.\n"
        "Education: two full years of study above high school.\n"
        "Combination: some of each; for example, six months of the experience and one year of "
        "study above high school.\n",
        (None, None, True),
    ),
    (
        "Qualifications\n"
        "General Experience: six months of office work that taught you medical terms.\n"
        "Education: one year above high school with a course in medical terminology.\n"
        "Combination of education and experience: schooling and work that add up to the "
        "requirement.\n",
        (None, None, True),
    ),
    (
        "Requirements\n"
        "Education: a bachelor's degree from an accredited college.\n"
        "Experience: one year of medical records work at the GS-4 level.\n"
        "Combination: a mix of the two, counting only schooling past 60 semester hours.\n",
        (None, None, True),
    ),
    # near-misses: job-board fields with no combination heading are all asked
    (
        "Education: High school diploma or GED\nExperience: 2 years of hospital registration\n"
        "Certification: CPC preferred\n",
        ("high_school", 2.0, False),
    ),
    (
        "Requirements\nExperience: one year of release-of-information work.\n"
        "Education: associate degree in HIT.\nCombination of skills: typing and scanning.\n",
        ("associate", 1.0, False),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flat"), HEADED)
def test_alternatives_set_apart_by_headings(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- federal wordings of the same block: "Basic requirements:" in lower case, "one full year",
# --- lettered alternatives "(a) ...; OR (b) ..." ------------------------------------------------

FEDERAL_WORDINGS = [
    (
        "Basic requirements: (a) one year of experience with medical terms and chart order; OR "
        "(b) an associate degree in health information technology; OR (c) a mix of the two, "
        "where six months of experience and one year of college meet the requirement.\n",
        (None, None, True),
    ),
    (
        "To qualify at GS-5 you must meet ONE of the following:\n"
        "Specialized Experience: One full year of experience equivalent to the GS-4 level, "
        "coding clinic visits; OR\n"
        "Education: four years above high school leading to a bachelor's degree; OR\n"
        "Combination: a mix of the two above.\n",
        (None, None, True),
    ),
    (
        "Qualifications: (a) a full year of specialized experience in a records office; OR (b) "
        "a bachelor's degree.\n",
        (None, None, True),
    ),
    # near-misses: one full year asked of everyone, a figure in a worked example sentence
    ("Requirements: one full year of coding experience.\n", (None, 1.0, False)),
    ("Minimum: one full-time year of hospital filing experience.\n", (None, 1.0, False)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flat"), FEDERAL_WORDINGS)
def test_federal_wordings_of_the_routes(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- civil-service option lines: "Option A: two years of clerical work", the diploma asked of
# --- all applicants beside them ------------------------------------------------------------------

OPTIONS = [
    (
        "Every applicant: a high school diploma or GED. Also one of these:\n"
        "Option 1: Two years of clerical work in a hospital records room.\n"
        "Option 2: An associate degree in health information technology.\n",
        ("high_school", None, True),
    ),
    (
        "Minimum qualifications\nGraduation from high school. Plus one of the following:\n"
        "Option A: One year of office work in a medical setting.\n"
        "Option B: Completion of a certificate program in medical records.\n"
        "Option C: An associate degree in HIT.\n",
        ("high_school", None, True),
    ),
    (
        "Option I: eighteen months of paid employment filing patient charts.\n"
        "Option II: A bachelor's degree in health information administration.\n",
        (None, None, True),
    ),
    # near-misses: options of one kind, and "coursework" is no work
    (
        "Option A: An associate degree in HIT.\nOption B: A bachelor's degree in HIM.\n",
        ("associate", None, False),
    ),
    (
        "Qualifications: HS diploma; one year of college coursework; typing 40 wpm.\n",
        ("high_school", None, False),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flat"), OPTIONS)
def test_option_lines_of_work(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- a route asking a degree, a credential and years: the degree is the route's too -------------

DEGREE_CREDENTIAL_YEARS = [
    (
        "Qualify by one of these options:\n"
        "Option A: A bachelor's degree in HIM and an active RHIA.\n"
        "Option B: An associate degree in HIT, an active RHIT, and three years of supervisory "
        "experience in a records department.\n",
        ("associate", None, True),
    ),
    (
        "Option 1: Bachelor's degree in health information administration plus RHIA.\n"
        "Option 2: Associate degree in health information technology, the RHIT, and two years "
        "as a lead in HIM experience.\n",
        ("associate", None, True),
    ),
    # near-miss: no degree on the credential route, so no level is shared
    (
        "Option A: A bachelor's degree in HIM and the RHIA.\n"
        "Option B: The CCS and three years of inpatient coding experience.\n",
        (None, None, True),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flat"), DEGREE_CREDENTIAL_YEARS)
def test_a_route_of_degree_credential_and_years(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- schooling offered to those without the experience ------------------------------------------

WITHOUT_THE_YEARS = [
    (
        "Education: HS diploma or GED required.\nExperience: Two years in a physician office. "
        "Candidates without the two years may qualify with an associate degree in HIT instead.\n",
        ("high_school", None, True),
    ),
    (
        "Requirements: one year of hospital filing experience. Applicants without that "
        "experience can be considered with a coding certificate.\n",
        (None, None, True),
    ),
    (
        "Three years of coding experience are required; those without the required experience "
        "may qualify by completing a bachelor's degree in HIM.\n",
        (None, None, True),
    ),
    # near-misses: a refusal, and "without" that offers nothing
    (
        "Requirements: one year of filing experience. Applicants without the year may not "
        "qualify with a degree.\n",
        (None, 1.0, False),
    ),
    (
        "Requirements: two years of scanning experience; you will work without the help of a "
        "lead on weekends.\n",
        (None, 2.0, False),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flat"), WITHOUT_THE_YEARS)
def test_schooling_offered_to_those_without_the_experience(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- schooling offered for the experience: fields listed with commas, a bare offer ---------------

SCHOOLING_OFFERS = [
    (
        "Graduation from high school or GED, plus two years of full-time clerical experience. "
        "College coursework in accounting, office systems or health records may be substituted "
        "for the required experience on a year-for-year basis.\n",
        ("high_school", None, True),
    ),
    (
        "Two years of records experience required; an associate degree may substitute.\n",
        (None, None, True),
    ),
    (
        "One year of clerical experience. A coding certificate may be substituted.\n",
        (None, None, True),
    ),
    (
        "Two years of coding experience required. Education may be substituted on a year for "
        "year basis.\n",
        (None, None, True),
    ),
    # near-misses: a refused offer; a diploma's equivalent; a year-for-year rate with no
    # experience to replace
    (
        "Two years of experience required. Education may not be substituted.\n",
        (None, 2.0, False),
    ),
    ("High school diploma required; a GED may substitute.\n", ("high_school", None, False)),
    (
        "Substitution: college coursework in HIM or medical records may substitute for the "
        "required experience on a year-for-year basis.\n",
        (None, None, False),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flat"), SCHOOLING_OFFERS)
def test_schooling_offered_for_the_experience(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- "in lieu of a degree" naming no level: any degree, the least of them, is one route ----------

ANY_DEGREE = [
    (
        "In lieu of a degree, four years of experience in a hospital records department.\n",
        (None, None, True),
    ),
    (
        "High school diploma required. In lieu of a degree, four years of experience.\n",
        ("high_school", None, True),
    ),
    (
        "Applicants without a degree must have five years of coding experience.\n",
        (None, None, True),
    ),
    (
        "Three years of coding experience accepted in place of the degree.\n",
        (None, None, True),
    ),
    # near-misses: a level named keeps it; experience refused in its place
    (
        "Associate degree in HIT; in lieu of the degree, four years of coding experience.\n",
        (None, None, True),
    ),
    (
        "A degree is required. Experience will not be accepted in lieu of a degree; two years "
        "of coding experience also required.\n",
        (None, 2.0, False),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flat"), ANY_DEGREE)
def test_in_lieu_of_a_degree_of_no_level(text: str, flat: Flat) -> None:
    assert _flat(text) == flat
