"""matcher.extract on routes into a job as the retired unseen set seen20 showed employers state
them (issue 15, session 12, s12edu). One table per general pattern, varied examples and
near-misses, all in our own wording (never a posting's). The flat fields are what every route
shares (docs/design.md, "Qualification paths")."""

from __future__ import annotations

import pytest

from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- a federal block whose figure is spelled twice: "one (1) year of specialized experience"
# --- (the "(1)" is the figure, not the first of numbered alternatives) ------------------------

SPELLED_TWICE = [
    (
        "Qualifications\n"
        "Specialized Experience: one (1) year of specialized experience equivalent to the GS-4 "
        "grade, such as retrieving charts for release.\nOR\n"
        "Education: four (4) years of study above high school leading to a bachelor's degree.\n"
        "OR\nCombination: experience and education past the second year of college, added "
        "together.\n",
        (None, None, True),
    ),
    (
        "Experience: One (1) year of specialized experience at the GS-5 level scanning and "
        "indexing patient files. OR Education: a full four-year course of study leading to a "
        "bachelor's degree. OR Combination: a mix of the two that adds up to one year.",
        (None, None, True),
    ),
    (
        "Requirements\nSpecialized experience: one (1) year equivalent to at least the GS-6 "
        "level, abstracting records for registries.\nOR\nEducation: two (2) years of study "
        "above high school in health information management.\n",
        (None, None, True),
    ),
    # numbered alternatives that also spell their figures still read as numbered
    (
        "You qualify with (1) Experience: one (1) full year of specialized experience equal to "
        "GS-4, coding outpatient visits; OR (2) Education: two (2) years above high school; OR "
        "(3) Combination of the two.",
        (None, None, True),
    ),
    (
        "Minimum qualifications: two (2) years of experience in medical records or a related "
        "field, OR an associate degree in health information technology.",
        (None, None, True),
    ),
    # near-misses: a spelled figure with no alternatives is everyone's
    (
        "Requirements: one (1) year of medical records experience. High school diploma or GED.",
        ("high_school", 1.0, False),
    ),
    ("Two (2) years of coding experience required; CPC preferred.", (None, 2.0, False)),
]


@pytest.mark.parametrize(("text", "want"), SPELLED_TWICE)
def test_a_figure_spelled_twice_opens_no_alternatives(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- the diploma joined to the years is that route's schooling: "High school graduation or
# --- equivalent AND one year of ... OR an associate degree" asks the diploma of everyone ------

DIPLOMA_AND_YEARS = [
    (
        "Minimum qualifications\nHigh school graduation or equivalent AND one year of experience "
        "in medical records or patient registration.\nOR\nAn associate degree in health "
        "information technology.",
        ("high_school", None, True),
    ),
    # a heading naming both ("Education & Experience:") is no experience-only route
    (
        "Education & Experience: High school diploma + 2 years of medical records experience OR "
        "Associate degree in HIT.",
        ("high_school", None, True),
    ),
    (
        "Education/Experience: H.S. diploma or equivalent and 2 yrs coding experience -OR- AAS in "
        "Health Information Technology",
        ("high_school", None, True),
    ),
    # the years are work whatever they are called
    (
        "Requirements\nA high school diploma or its equivalency and two years of clerical work in "
        "a clinic.\nOR\nAssociate degree in medical office administration.",
        ("high_school", None, True),
    ),
    (
        "High school diploma or GED, plus 18 months in a physician office, OR completion of an "
        "associate degree in health information.",
        ("high_school", None, True),
    ),
    # "Graduation from high school" and "a GED certificate" are the diploma, no training course
    (
        "Graduation from high school or possession of a GED certificate and one year of hospital "
        "records work; OR an associate degree in a health field.",
        ("high_school", None, True),
    ),
    (
        "Completion of the twelfth grade or its equivalent and two years of office experience, OR "
        "two years of college.",
        ("high_school", None, True),
    ),
    (
        "Minimum: HS diploma/GED with 1 year of release of information experience OR an "
        "Associate's in HIM",
        ("high_school", None, True),
    ),
    # two routes that each join schooling to years are two routes, not one
    (
        "High school graduation or equivalent AND one year of experience in medical records.\n"
        "OR\nAn associate degree and six months of experience.",
        ("high_school", 0.5, True),
    ),
    # near-misses: a route with no diploma leaves nothing for everyone
    (
        "Experience: two years of medical records experience, OR an associate degree in health "
        "information technology.",
        (None, None, True),
    ),
    (
        "High school graduation or equivalent AND one year of experience in medical records.\nOR"
        "\nSix months of experience as an Office Technician in state service.",
        (None, 0.5, False),
    ),
    # job-board fields with no alternatives are all asked
    (
        "Education: High school diploma or GED\nExperience: 2 years of hospital registration",
        ("high_school", 2.0, False),
    ),
    (
        "Requirements: High school diploma or GED and one year of medical office experience. CPC "
        "preferred.",
        ("high_school", 1.0, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), DIPLOMA_AND_YEARS)
def test_the_diploma_joined_to_years_is_that_routes_schooling(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- schooling offered for the years just asked, the word "experience" left out: "An associate
# --- degree may substitute for the full two years" (two routes; the degree is no requirement) --

FOR_THE_YEARS = [
    (
        "Education: High school diploma or GED.\nExperience: Two years of medical records work.\n"
        "An associate degree in health information technology may substitute for the full two "
        "years.",
        ("high_school", None, True),
    ),
    (
        "Requires a high school diploma and two years of experience in a medical office. An "
        "associate degree may be substituted for the entire two years.",
        ("high_school", None, True),
    ),
    (
        "High school diploma or equivalent required. Two years of coding experience required; a "
        "bachelor's degree in HIM will be accepted in place of all 24 months.",
        ("high_school", None, True),
    ),
    (
        "Minimum qualifications: high school graduation and 1 year of patient registration "
        "experience. A medical office certificate may replace the one year.",
        ("high_school", None, True),
    ),
    (
        "HS diploma/GED. 2 yrs hospital records experience (an AAS in HIT can substitute for 2 "
        "years).",
        ("high_school", None, True),
    ),
    (
        "Qualifications: GED or high school diploma; three years of release of information work. "
        "A bachelor's degree may substitute for three years.",
        ("high_school", None, True),
    ),
    # near-misses: years of schooling replaced (experience for college: the offer goes the
    # other way, still two routes), or years that are no offer
    (
        "High school diploma required. Two years of experience may substitute for two years of "
        "college.",
        ("high_school", None, True),
    ),
    (
        "Associate degree required; work for two years in a hospital preferred.",
        ("associate", None, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), FOR_THE_YEARS)
def test_schooling_offered_for_the_years_asked_is_a_route(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- a list item closing with "or" goes on to the next line, and years of work are named by
# --- where or as what they were done ("six months in a hospital", "two years as a unit clerk") --

OR_AT_LINE_END = [
    (
        "Minimum qualifications\nHigh school diploma or equivalent\nExperience:\nsix months in a "
        "clinic or physician office, or\ncompletion of a medical records certificate program "
        "(accepted in place of the experience)\n",
        ("high_school", None, True),
    ),
    (
        "Requirements\n- High school diploma or GED\n- One of:\n  - one year in a physician "
        "office or clinic, or\n  - a medical assisting certificate program\n",
        ("high_school", None, True),
    ),
    (
        "Qualifications:\nHS diploma or equivalent\n1 year at a hospital or clinic, OR\nan "
        "associate degree in HIT\n",
        ("high_school", None, True),
    ),
    (
        "High school diploma or equivalent.\nEighteen months in a medical office setting or\n"
        "completion of a coding certificate program.\n",
        ("high_school", None, True),
    ),
    (
        "Must have a high school diploma. Two years as a unit clerk, or completion of a health "
        "information technology program.",
        ("high_school", None, True),
    ),
    (
        "Six months in a hospital, or completion of a medical records certificate program.",
        (None, None, True),
    ),
    # near-misses: years at a college are schooling; a line-end "or" in other words; a preference
    (
        "Two years at an accredited college, or one year of coding experience.",
        (None, None, True),
    ),
    ("Typing 40 wpm or\nbetter.\nHigh school diploma required.", ("high_school", None, False)),
    (
        "High school diploma required. Six months in a hospital billing office preferred.",
        ("high_school", None, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), OR_AT_LINE_END)
def test_a_line_closing_with_or_offers_the_next_as_another_route(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- years of the work named ("3+ years of inpatient coding") offered for the schooling named
# --- before: two routes, the schooling the lowest of its alternatives ----------------------------

WORK_FOR_SCHOOLING = [
    (
        "Requirements: a coding certificate or an associate degree; 3+ years of inpatient coding "
        "may substitute for the schooling.",
        (None, None, True),
    ),
    (
        "Associate degree in HIT or a coding diploma. Four years of professional fee coding can "
        "be substituted for the degree.",
        (None, None, True),
    ),
    (
        "Education: certificate in medical billing or associate degree\nFive years of medical "
        "billing may be accepted in place of the education.",
        (None, None, True),
    ),
    (
        "Associate degree or bachelor's degree in HIM; 4 years of release of information work "
        "may substitute for the degree.",
        (None, None, True),
    ),
    # near-misses: years for years, and training (schooling) for the degree
    (
        "A coding certificate is required. 2 years of coding may substitute for one year of the "
        "required experience.",
        ("certificate", 1.0, False),
    ),
    (
        "Associate degree required. Two years of training may substitute for the degree.",
        ("associate", None, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), WORK_FOR_SCHOOLING)
def test_years_of_named_work_for_the_schooling_are_a_route(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- state civil-service alternatives numbered in Roman: "Either I" ... "Or II" ... "Or III",
# --- each on its own line ------------------------------------------------------------------------

EITHER_OR_NUMBERED = [
    (
        "MINIMUM QUALIFICATIONS\nEither I\nOne year of experience in county service performing "
        "clerical duties in a medical records unit.\nOr II\nTwo years of experience filing or "
        "coding patient records in a hospital.\nOr III\nAn associate degree in health "
        "information technology.\n",
        (None, None, True),
    ),
    (
        "Entrance requirements\nEither I. One year of experience as a Health Records Clerk in "
        "state service.\nOr II. Two years of experience in a hospital records department.\nOr "
        "III. Completion of a medical records technology certificate program.\n",
        (None, None, True),
    ),
    (
        "Minimum qualifications\nEither I\nPossession of a bachelor's degree in health "
        "information management.\nOr II\nFour years of experience coding inpatient records.\n",
        (None, None, True),
    ),
    (
        "Minimum Qualifications\nEither I:\nEighteen months of experience as a Records Clerk "
        "in state service.\nOr II:\nAn associate degree in medical office administration.\n",
        (None, None, True),
    ),
    # near-miss: a line opening with "Or" and no numeral is no alternative
    (
        "Requirements: two years of coding experience.\nOr I could say: we need a coder.\n",
        (None, 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), EITHER_OR_NUMBERED)
def test_either_i_or_ii_lines_are_alternatives(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- schooling that earns more once hired is no requirement: "Applicants with a bachelor's degree
# --- will be paid at a higher step" (session 11's note) ------------------------------------------

PAID_MORE = [
    ("Applicants with a bachelor's degree will be paid at a higher step.", (None, None, False)),
    ("Associate degree holders start at a higher rate of pay.", (None, None, False)),
    (
        "High school diploma required. Candidates with an associate degree in HIT are placed at "
        "a higher step on the pay scale.",
        ("high_school", None, False),
    ),
    ("A bachelor's degree earns an additional $1.00 per hour.", (None, None, False)),
    (
        "RHIT eligible; those with a bachelor's degree qualify for a salary increase after six "
        "months.",
        (None, None, False),
    ),
    # near-misses: the requirement stated, with pay words elsewhere
    ("Associate degree required and new hires start at step 1.", ("associate", None, False)),
    ("Associate degree required; higher education preferred.", ("associate", None, False)),
    (
        "Bachelor's degree required. We pay a higher rate than other hospitals.",
        ("bachelor", None, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), PAID_MORE)
def test_schooling_that_earns_more_pay_is_no_requirement(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- the diploma said as finishing school ("must have completed high school and ...") before
# --- the alternatives is asked of everyone (session 11's note) ------------------------------------

COMPLETED_HIGH_SCHOOL = [
    (
        "Candidates must have completed high school and have two years of experience or one year "
        "of college.",
        ("high_school", None, True),
    ),
    (
        "Applicants must have finished high school, plus one year of medical office experience "
        "or a medical assisting certificate.",
        ("high_school", None, True),
    ),
    (
        "Completion of high school and either 2 years of records experience or an associate "
        "degree.",
        ("high_school", None, True),
    ),
    (
        "You must have graduated from high school and have 18 months of coding experience or a "
        "coding certificate.",
        ("high_school", None, True),
    ),
    # near-miss: no diploma asked, alternatives alone
    ("Two years of coding experience or a coding certificate.", (None, None, True)),
]


@pytest.mark.parametrize(("text", "want"), COMPLETED_HIGH_SCHOOL)
def test_completed_high_school_before_the_alternatives_is_everyones(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- an offer of schooling for "the one year of coding experience" names the whole figure asked,
# --- so it is two routes even when no sentence before states the figure (session 11's note) ----

THE_WHOLE_FIGURE = [
    (
        "Completion of an accredited coding program can substitute for the one year of coding "
        "experience.",
        (None, None, True),
    ),
    (
        "A medical office certificate may be substituted for the six months of front desk "
        "experience.",
        (None, None, True),
    ),
    (
        "Requirements\n- High school diploma\n- A coding certificate can be accepted in place of "
        "the two years of coding experience\n",
        ("high_school", None, True),
    ),
    # near-misses: part of a figure stated before; no article, no figure to replace
    (
        "Two years of coding experience required. A coding certificate can substitute for one "
        "year of the required experience.",
        (None, 1.0, True),
    ),
    (
        "Completion of a coding program may substitute for one year of experience.",
        (None, 1.0, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), THE_WHOLE_FIGURE)
def test_schooling_for_the_whole_figure_is_a_route(text: str, want: Flat) -> None:
    assert _flat(text) == want


# --- experience offered for a credential is no substitution for schooling: "RHIT or equivalent
# --- experience" (tests/data/extraction/README.md: a credential is not schooling) ---------------

FOR_A_CREDENTIAL = [
    ("RHIT or equivalent experience.", (None, None, False)),
    ("CPC or equivalent coding experience required.", (None, None, False)),
    ("Certified coder (CPC, CCS) or equivalent experience.", (None, None, False)),
    ("Coding certification or equivalent experience required.", (None, None, False)),
    # near-misses: schooling in the clause is what the experience may replace
    ("Associate degree or RHIT, or equivalent experience.", (None, None, True)),
    ("Associate degree in HIT or equivalent experience; RHIT preferred.", (None, None, True)),
    ("Requirements: RHIT. Associate degree or equivalent experience.", (None, None, True)),
]


@pytest.mark.parametrize(("text", "want"), FOR_A_CREDENTIAL)
def test_experience_for_a_credential_is_no_substitution(text: str, want: Flat) -> None:
    assert _flat(text) == want
