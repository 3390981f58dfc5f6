"""matcher.extract on schooling and routes into a job as the retired unseen set seen22 showed
employers state them (issue 15, session 14, s14edu). One table per general pattern, varied
examples and near-misses, all in our own wording (never a posting's). The flat fields are what
every route shares (docs/design.md, "Qualification paths"; tests/data/extraction/README.md,
Education)."""

from __future__ import annotations

import pytest

from matcher import extract
from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- "HS" alone with its cue in a terse ad ("HS pref.", "HS req'd"): the diploma ---------------

#: (text, education_required, education_preferred)
HS_WITH_CUE = [
    ("Front desk / records, PT. HS pref. Epic exp a plus.", None, "high_school"),
    ("Scanning clerk. HS req'd. Mon-Fri days.", "high_school", None),
    ("File clerk wanted - HS required, will train.", "high_school", None),
    ("Records runner\nHS preferred\nValid driver's license\n", None, "high_school"),
    ("Chart prep: HS needed; typing 35 wpm.", "high_school", None),
    # a long ad, the cue far from the job's heading
    (
        "Medical Records Clerk\nBusy family practice, three doctors, one front office.\n"
        "You will pull and file charts, send records to specialists, scan outside reports and "
        "answer the records line.\nPay $16-$18/hr.\nHS pref.\n",
        None,
        "high_school",
    ),
    # near-misses: the capitals without a cue, or another word after them
    ("HS students welcome to apply for the summer filing job.", None, None),
    ("Our HS outreach program hires clerks each June.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), HS_WITH_CUE)
def test_hs_with_its_cue_is_the_diploma(
    text: str, required: str | None, preferred: str | None
) -> None:
    got = extract(text)
    assert (got.education_required, got.education_preferred) == (required, preferred)


# --- schooling that earns a step of the pay scale once hired is no requirement ------------------

#: (text, education_required)
SCHOOLING_EARNS_A_STEP = [
    (
        "Minimum Qualifications\nHigh school diploma or GED and two years of records work.\n"
        "Note: employees who hold an associate degree in HIT are appointed at Step 3 of the "
        "salary range.",
        "high_school",
    ),
    (
        "HS diploma required. Staff with a bachelor's degree are appointed at step two of the "
        "pay scale.",
        "high_school",
    ),
    ("GED required; hires holding an associate degree start at Step 2.", "high_school"),
    ("Candidates with a coding certificate are placed at step 4 of the range.", None),
    # near-misses: the step says where every hire starts; the schooling is asked
    ("Associate degree required; new hires start at Step 1.", "associate"),
    ("An associate degree is required. All staff are appointed at step 1.", "associate"),
]


@pytest.mark.parametrize(("text", "required"), SCHOOLING_EARNS_A_STEP)
def test_schooling_that_earns_a_pay_step_is_not_asked(text: str, required: str | None) -> None:
    assert extract(text).education_required == required


# --- years of the work itself (no word "experience") offered in place of the schooling ---------

OFFER_IN_PLACE_OF_SCHOOLING = [
    (
        "Education: Graduate of an accredited coding program or associate degree in HIT. Four or "
        "more years of outpatient coding may be accepted in place of formal education.",
        (None, None, True),
    ),
    (
        "Education: coding certificate required.\nThree years of inpatient coding may be "
        "accepted in place of the certificate.",
        (None, None, True),
    ),
    (
        "- Associate degree in HIT\n- 5 or more years of abstracting may be accepted in place "
        "of the degree\n",
        (None, None, True),
    ),
    # the degree by its level alone
    (
        "Bachelor's degree in HIM required. Six years of HIM experience will be considered in "
        "place of the bachelor's.",
        (None, None, True),
    ),
    # the offer's years stated apart from a figure everyone needs
    (
        "Education: Coding certificate or associate degree. Four or more years of coding may be "
        "accepted in place of formal education.\nExperience: 2 years of coding required.",
        (None, 2.0, True),
    ),
    # near-misses: a refused offer; "in place of" that offers nothing for the schooling
    (
        "Associate degree in HIT required. Experience will not be accepted in place of the degree.",
        ("associate", None, False),
    ),
    (
        "Coding certificate required; charts are coded in Epic in place of the old paper system.",
        ("certificate", None, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), OFFER_IN_PLACE_OF_SCHOOLING)
def test_years_of_work_offered_in_place_of_schooling_are_a_route(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- those without the schooling need more years "instead": two routes ------------------------

WITHOUT_SCHOOLING_INSTEAD = [
    (
        "- CCS req'd\n- 3 yrs inpatient coding, required of all candidates\n- Coding certificate "
        "or associate degree; candidates without formal coding education need 5 yrs of "
        "inpatient coding instead\n",
        (None, 3.0, True),
    ),
    (
        "Coding certificate required. Applicants without the certificate need four years of "
        "coding instead.",
        (None, None, True),
    ),
    (
        "Associate degree in HIT; those without a degree need 6 years of records work instead.",
        (None, None, True),
    ),
    # near-miss: "instead" that offers nothing for the schooling
    (
        "Associate degree required. Applicants without a degree are welcome to apply for our "
        "clerk role instead.",
        ("associate", None, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), WITHOUT_SCHOOLING_INSTEAD)
def test_years_instead_of_missing_schooling_are_a_route(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- a lower level with years accepted in place of a higher one: every route asks the lower ----
# --- level (README: "an associate degree and two years" for a bachelor's), a preference kept ---

#: (text, education_required, education_preferred, education_substitutable)
LOWER_LEVEL_WITH_YEARS = [
    (
        "Education: Bachelor's degree in Health Information Management required; master's "
        "preferred. Applicants with an associate degree in HIT and four years of HIM "
        "supervisory experience will be considered in place of the bachelor's.",
        "associate",
        "master",
        True,
    ),
    (
        "Bachelor's degree in HIM required. Candidates with an associate degree and three years "
        "of coding experience may be accepted in place of the bachelor's.",
        "associate",
        None,
        True,
    ),
    (
        "Requirements\n- Associate degree required\n- A certificate plus two years of records "
        "experience may be substituted for the associate degree\n",
        "certificate",
        None,
        True,
    ),
    # near-miss: the years alone replace the degree (no lower level held with them)
    (
        "Bachelor's degree in HIM required. Five years of HIM experience will be considered in "
        "place of the bachelor's.",
        None,
        None,
        True,
    ),
]


@pytest.mark.parametrize(("text", "required", "preferred", "substitutable"), LOWER_LEVEL_WITH_YEARS)
def test_a_lower_level_with_years_is_what_every_route_asks(
    text: str, required: str | None, preferred: str | None, substitutable: bool
) -> None:
    got = extract(text)
    assert (got.education_required, got.education_preferred, got.education_substitutable) == (
        required,
        preferred,
        substitutable,
    )


# --- a federal refusal of schooling said for one grade leaves the other grade's routes ---------

_GS5 = (
    "To qualify for the GS-5 you must have one of the following:\n"
    "Specialized Experience: One year of specialized experience equivalent to at least the GS-4 "
    "level, such as checking records for completeness; OR\n"
    "Education: Four years of education above the high school level leading to a bachelor's "
    "degree; OR\n"
    "Combination: A combination of education and specialized experience.\n"
)
_GS6 = (
    "To qualify for the GS-6 you must have:\n"
    "Specialized Experience: One year of specialized experience equivalent to at least the GS-5 "
    "level, such as analyzing records for deficiencies.\n"
)

GRADE_REFUSAL = [
    (
        "Qualifications\n"
        + _GS5
        + _GS6
        + "Education cannot be substituted for experience at the GS-6 level.\n",
        (None, None, True),
    ),
    (
        "Qualifications\n"
        + _GS5
        + _GS6
        + "There is no substitution of education for experience at this grade.\n",
        (None, None, True),
    ),
    # near-miss: the refusal in the GS-5 routes' own text: no schooling route is left
    (
        "Qualifications\n"
        + _GS5
        + "Education cannot be substituted for experience at this grade.\n"
        + _GS6,
        (None, 1.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), GRADE_REFUSAL)
def test_a_refusal_in_one_grade_leaves_the_other_grades_routes(text: str, flat: Flat) -> None:
    assert _flat(text) == flat
