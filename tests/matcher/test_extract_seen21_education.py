"""matcher.extract on routes into a job as the retired unseen set seen21 showed employers state
them (issue 15, session 13, s13edu). One table per general pattern, varied examples and
near-misses, all in our own wording (never a posting's). The flat fields are what every route
shares (docs/design.md, "Qualification paths")."""

from __future__ import annotations

import pytest

from matcher import extract
from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- a bulleted list whose item offers routes with an upper-case OR, the diploma an item of its
# --- own above it: the routes are that item, the diploma everyone's -----------------------------

BULLETED_OR_ITEM = [
    (
        "Clerk, records office (temp)\n* Day hours\n* $18/hr\n* HS diploma required\n"
        "* Completion of a medical records certificate program, OR 1+ yr of records experience\n"
        "* Pull charts for audits\n",
        ("high_school", None, True),
    ),
    (
        "Requirements:\n- High school diploma or GED\n- A coding certificate OR two years of "
        "coding experience\n- Comfortable with Epic\n",
        ("high_school", None, True),
    ),
    (
        "What you need\n• H.S. diploma required\n• 2 yrs of medical office experience OR an "
        "associate degree in HIT\n• Typing 40 wpm\n",
        ("high_school", None, True),
    ),
    (
        "Scanning Clerk - contract\n\n- Onsite, downtown campus\n- GED or high school diploma "
        "required\n- Medical records certificate, OR six months of scanning and indexing "
        "experience\n",
        ("high_school", None, True),
    ),
    # numbered items, the routes' item wrapped onto a second line
    (
        "Minimum requirements\n1. High school graduate or GED.\n2. Completion of an HIT "
        "certificate program OR one year of hospital\n   medical records experience.\n"
        "3. Able to lift 25 lbs.\n",
        ("high_school", None, True),
    ),
    # a long list, the routes far below the diploma
    (
        "Duties\n- Scan paper records\n- Index documents in the EHR\n- Answer the phone\n"
        "- Prepare charts\n\nQualifications\n- High school diploma required\n- Basic computer "
        "skills\n- Good attention to detail\n- Able to sit for long periods\n- A medical "
        "terminology course OR a records certificate program, OR 1 year of records experience\n",
        ("high_school", None, True),
    ),
    # near-misses: no diploma asked apart, the routes alone (nothing everyone needs)
    (
        "Requirements:\n- Completion of a coding certificate program OR two years of coding "
        "experience\n- Knowledge of CPT\n",
        (None, None, True),
    ),
    # the diploma preferred, not asked
    (
        "Requirements:\n- High school diploma preferred\n- A coding certificate OR two years of "
        "coding experience\n",
        (None, None, True),
    ),
]


@pytest.mark.parametrize(("text", "flat"), BULLETED_OR_ITEM)
def test_a_bulleted_item_of_routes_leaves_the_diploma_above_it_everyones(
    text: str, flat: Flat
) -> None:
    assert _flat(text) == flat


# --- levels on either side of an OR standing alone (a numbered list "1. ...; OR 2. ...", an
# --- "OR" line between two items): alternatives, the lowest is asked ------------------------------

OR_ALONE_BETWEEN_LEVELS = [
    (
        "Minimum Qualifications\n1. An associate degree in HIT from an accredited program and "
        "current RHIT registration; OR\n2. A bachelor's degree in HIM and current RHIA "
        "registration.\nEither way, one year of HIM department experience is required.\n",
        ("associate", 1.0),
    ),
    (
        "Education:\nBachelor's degree in health information management\nOR\nAssociate degree "
        "in health information technology\n\nExperience:\nTwo years of coding experience "
        "required.\n",
        ("associate", 2.0),
    ),
    (
        "Education\n- Associate degree in health information technology and the RHIT\n- OR -\n"
        "- Bachelor's degree in health information administration and the RHIA\n",
        ("associate", None),
    ),
    (
        "You must hold one of these:\na) a bachelor's degree in HIM;\nor\nb) a certificate "
        "from an accredited coding program.\n",
        ("certificate", None),
    ),
    (
        "Qualifications\nA master's degree in health informatics;\n--OR--\na bachelor's degree in "
        "HIM with the RHIA.\n3+ years of HIM leadership experience.\n",
        ("bachelor", 3.0),
    ),
    # near-misses: an OR joined to a sentence is read as before; no OR, both asked
    (
        "Requirements:\nAssociate degree in HIT required.\nBachelor's degree in HIM preferred.\n",
        ("associate", None),
    ),
    (
        "Requirements:\nHigh school diploma required.\nAssociate degree in health information "
        "technology required.\n",
        ("associate", None),
    ),
]


@pytest.mark.parametrize(("text", "want"), OR_ALONE_BETWEEN_LEVELS)
def test_levels_either_side_of_an_or_alone_are_alternatives(
    text: str, want: tuple[str | None, float | None]
) -> None:
    got = extract(text)
    assert (got.education_required, got.experience_years_required) == want


# --- one side of an "or" that says what it replaces ("two years of coding experience in lieu of
# --- the certificate"): the thing replaced is the other route's, not this one's ---------------

SIDE_SAYS_WHAT_IT_REPLACES = [
    (
        "Qualifications\n- Completion of a coding certificate program, or two years of physician "
        "coding experience in lieu of the certificate\n",
        (None, None, True),
    ),
    (
        "Requirements: an associate degree in HIT, or three years of HIM experience in place of "
        "the degree.",
        (None, None, True),
    ),
    (
        "Must have a medical records certificate or 18 months of records work experience instead "
        "of the certificate.",
        (None, None, True),
    ),
    (
        "Education: HS diploma required.\nTraining: completion of a coding program, or two years "
        "of outpatient coding experience in lieu of the program.\n",
        ("high_school", None, True),
    ),
    (
        "Requirements:\n* Associate degree in health information technology, or four years of\n"
        "  hospital records experience in lieu of the associate degree\n* Typing 45 wpm\n",
        (None, None, True),
    ),
    # near-misses: no "or", the offer alone; a figure everyone needs stays
    (
        "Requirements:\n- Associate degree in HIT.\n- Two years of coding experience required.\n",
        ("associate", 2.0, False),
    ),
    (
        "Requirements:\n- 1-3 years of coding experience\n- Completion of a coding certificate "
        "program, or two years of coding experience in lieu of the certificate\n",
        (None, 1.0, True),
    ),
]


@pytest.mark.parametrize(("text", "flat"), SIDE_SAYS_WHAT_IT_REPLACES)
def test_a_side_naming_what_it_replaces_asks_only_its_own_route(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- state civil-service alternatives numbered in Roman numerals, the "or" closing the line of
# --- one ("I. ...; or" / "II. ..."): routes, the diploma asked of all beside them everyone's ---

ROMAN_NUMBERED_ROUTES = [
    (
        "Minimum Qualifications\nAll applicants must have a high school diploma or GED. In "
        "addition, applicants must have either:\nI. One year of experience in medical records "
        "work; or\nII. An associate degree in health information technology.\n",
        ("high_school", None, True),
    ),
    (
        "MINIMUM QUALIFICATIONS\nGraduation from high school or possession of a GED, and\nI. Two "
        "years of clerical experience in a hospital or clinic; or\nII. One year of such "
        "experience and a medical records certificate; or\nIII. An associate degree in HIT.\n",
        ("high_school", None, True),
    ),
    (
        "To qualify you need:\nI. 18 months of records experience, or\nII. Completion of a "
        "coding certificate program.\n",
        (None, None, True),
    ),
    (
        "Requirements (meet one):\nI. One year of HIM experience; or\nII. 30 semester hours of "
        "college coursework in health information.\nA high school diploma is required of all "
        "applicants.\n",
        ("high_school", None, True),
    ),
    # near-misses: Roman numerals listing duties, no "or" between them; "or" inside a line
    (
        "Duties\nI. Files records.\nII. Scans documents.\nRequirements\nHigh school diploma and "
        "one year of records experience.\n",
        ("high_school", 1.0, False),
    ),
    (
        "Requirements: high school diploma, and one year of records or registration experience.\n"
        "I. Must pass a background check.\n",
        ("high_school", 1.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), ROMAN_NUMBERED_ROUTES)
def test_roman_numbered_routes_with_or_closing_a_line(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- schooling counted in semester hours or units on a route ("30 semester units AND one year"):
# --- 30 a year of schooling (docs/design.md), the level of those years ---------------------------

SEMESTER_UNITS_ON_A_ROUTE = [
    (
        "Option A: Two years of clerical work in a medical records unit.\nOption B: One year of "
        "that clerical work AND completion of 30 semester units in health information.\n",
        (None, 1.0, True),
    ),
    (
        "Minimum Qualifications\nEither I\nTwo years of records experience.\nOr II\n60 semester "
        "hours of college and one year of records experience.\n",
        (None, 1.0, True),
    ),
    (
        "Requirements: two years of HIM experience; OR 60 semester hours of college coursework "
        "in health information management.",
        (None, None, True),
    ),
    (
        "Path 1: 1 year of coding experience.\nOR\nPath 2: 30 semester units of coursework in "
        "medical coding.\n",
        (None, None, True),
    ),
    # a diploma asked in a sentence of its own after the routes is everyone's, though the
    # block's text runs on to it
    (
        "Experience: one year of specialized experience.\nOR\nEducation: 60 semester hours of "
        "college.\nA high school diploma is required.\n",
        ("high_school", None, True),
    ),
    (
        "Experience: six months of clerical experience.\nOR\nEducation: two years of education "
        "above high school.\nA high school diploma or GED is required of all applicants.\n",
        ("high_school", None, True),
    ),
    # near-misses: no alternatives, the figure and the diploma are everyone's
    (
        "Requirements: one year of clerical experience. A high school diploma is required.\n",
        ("high_school", 1.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), SEMESTER_UNITS_ON_A_ROUTE)
def test_semester_units_on_a_route_are_its_schooling(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- "Option A:" / "Option B:" routes with a note of one option between them ("Those qualifying
# --- under Option A must ..."): the note belongs to its option, the options are still routes ---

OPTIONS_WITH_A_NOTE_BETWEEN = [
    (
        "Minimum qualifications (one of the following):\nOption A: An associate degree in health "
        "information technology. Candidates who qualify under Option A must obtain the RHIT "
        "within 12 months of appointment.\nOption B: A high school diploma and three years of "
        "health information experience.\n",
        ("high_school", None, True),
    ),
    (
        "Option 1: two years of medical records experience.\nExperience in a hospital setting "
        "is strongly preferred.\nOption 2: completion of a coding certificate program.\n",
        (None, None, True),
    ),
    (
        "Qualifications\nOption A - An associate degree in HIT.\nA copy of the transcript must be "
        "attached.\nOption B - A high school diploma plus 2 years of HIM experience.\n",
        ("high_school", None, True),
    ),
    (
        "Option I: one year of release-of-information experience.\nOption II: 30 semester hours "
        "of college.\nApplicants using Option II must list their courses.\nOption III: any "
        "combination of experience and education equivalent to Option I or II.\n",
        (None, None, True),
    ),
    # near-misses: a note after the last option ends them; a single option is no set of routes
    (
        "Option A: an associate degree in HIT.\nTwo years of coding experience are required of "
        "all applicants.\n",
        ("associate", 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), OPTIONS_WITH_A_NOTE_BETWEEN)
def test_options_with_a_note_between_are_still_routes(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- the employer's own offer of a lower level after the one asked ("Will consider an associate
# --- degree with ..."): an alternative, the lower of the two is asked (as "also accepted") -------

WILL_CONSIDER_A_LOWER_LEVEL = [
    (
        "Qualifications:\n- Bachelor's degree in HIM and the RHIA.\n- Will consider associate "
        "degree with RHIT and 5+ years of HIM experience.\n",
        "associate",
    ),
    (
        "Requirements: a bachelor's degree in health information management. We will also "
        "consider an associate degree in HIT.",
        "associate",
    ),
    (
        "Education: Associate degree in HIT required\nMay consider a coding certificate with "
        "three years of inpatient coding\n",
        "certificate",
    ),
    (
        "Bachelor's in HIM required; would consider an associate degree plus the RHIT for the "
        "right candidate.",
        "associate",
    ),
    # near-misses: "consider" about something else; a preference stays a preference
    (
        "Associate degree in HIT required. We consider every application within two weeks.",
        "associate",
    ),
    ("Associate degree required. Bachelor's degree preferred.", "associate"),
]


@pytest.mark.parametrize(("text", "level"), WILL_CONSIDER_A_LOWER_LEVEL)
def test_a_lower_level_the_employer_will_consider_is_an_alternative(text: str, level: str) -> None:
    assert extract(text).education_required == level


# --- experience offered for the diploma itself ("High school diploma or equivalent experience"):
# --- no schooling above high school is replaced (flag false), the diploma is no one's need -------
# --- (decided in session 13, tests/data/extraction/README.md, Education) --------------------------

DIPLOMA_OR_EQUIVALENT_EXPERIENCE = [
    ("High school diploma or equivalent experience.", (None, None, False)),
    ("Requirements: HS diploma or equivalent work experience.", (None, None, False)),
    ("High school graduate or equivalent experience required.", (None, None, False)),
    (
        "- High school diploma (or GED), or related experience\n- Typing 35 wpm\n",
        (None, None, False),
    ),
    (
        "Qualifications\nHigh school diploma, or equivalent experience, required. One year of "
        "clerical experience preferred.\n",
        (None, None, False),
    ),
    # near-misses: a GED is the diploma's equivalent; experience for a degree still substitutes
    ("High school diploma or GED required.", ("high_school", None, False)),
    ("High school diploma or equivalent required.", ("high_school", None, False)),
    (
        "High school diploma required; associate degree or equivalent experience.",
        ("high_school", None, True),
    ),
]


@pytest.mark.parametrize(("text", "flat"), DIPLOMA_OR_EQUIVALENT_EXPERIENCE)
def test_experience_for_the_diploma_itself_substitutes_no_schooling(text: str, flat: Flat) -> None:
    assert _flat(text) == flat
