"""matcher.extract on experience figures as the retired unseen set seen22 and phrasings employers
use showed them (issue 15, session 14, s14edu). One table per general pattern, varied examples
and near-misses, all in our own wording (never a posting's). A figure that belongs to one route
is no one's flat requirement (docs/design.md, "Qualification paths"; tests/data/extraction/
README.md, Experience)."""

from __future__ import annotations

import pytest

from matcher import extract
from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

#: (text, experience_years_required, experience_years_preferred)
Years = tuple[str, float | None, float | None]


def _years(text: str) -> tuple[float | None, float | None]:
    got = extract(text)
    return got.experience_years_required, got.experience_years_preferred


# --- experience welcome but not asked ("helpful but not required", "exp" abbreviated, the "but"
# --- left out), recent graduates welcome: 0 required (README, Experience) ---------------------

NOT_ASKED: list[Years] = [
    ("Prior healthcare exp helpful but not required.", 0.0, None),
    ("HS diploma req. Medical office exp. helpful but not req'd.", 0.0, None),
    ("Six months' experience in a medical office preferred, not required.", 0.0, 0.5),
    ("Records experience a plus, not necessary.", 0.0, None),
    ("Recent grads welcome; 1 year of experience preferred.", 0.0, 1.0),
    ("Recent graduates welcome to apply - we train on Epic and our filing system.", 0.0, None),
    # a long posting, the sentence far below its heading
    (
        "Chart Prep Clerk\nFull-time, 6:30a-3p\n\nWhat you do\n- Get charts ready for the next "
        "day\n- Scan and index outside records\n- Follow up on missing results\n- Keep the "
        "schedule current\n\nAbout you\n- Friendly and organised\n- Comfortable with a "
        "scanner\n- Prior clinic exp helpful but not required\n",
        0.0,
        None,
    ),
    # near-misses: the experience asked, or an expert's word
    ("Coding exp required; Epic helpful but not required.", None, None),
    ("Our export of records is helpful but not required reading.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), NOT_ASKED)
def test_experience_welcome_but_not_asked_is_zero(
    text: str, required: float | None, preferred: float | None
) -> None:
    assert _years(text) == (required, preferred)


# --- figures as employers state them: ranges, months, words and digits, floors, totals, years --
# --- tied to one duty, recency, required and preferred in one block, colloquial time served ---

AS_STATED: list[Years] = [
    ("Requirements: 1-2 years of medical records experience.", 1.0, None),
    ("Experience: 18 months in a hospital HIM department.", 1.5, None),
    ("Must have two (2) years of coding experience in an acute care setting.", 2.0, None),
    ("Minimum of three years of outpatient coding experience required.", 3.0, None),
    ("Qualifications\n- 3+ yrs exp in pro-fee coding\n- CPC req'd", 3.0, None),
    (
        "At least 2 years of combined experience in medical records, patient registration or a "
        "physician office.",
        2.0,
        None,
    ),
    ("Five years of HIM experience, including two years in a supervisory role.", 5.0, None),
    ("Must have at least one year of experience with release of information.", 1.0, None),
    ("Minimum six months experience scanning and indexing medical records.", 0.5, None),
    ("Required: 1 year of records experience. Preferred: 3 years in a hospital setting.", 1.0, 3.0),
    (
        "Experience:\n- 1 year in a medical office (required)\n- 2+ years in a hospital HIM "
        "department (preferred)",
        1.0,
        2.0,
    ),
    (
        "What you'll need:\n- Scanning, indexing and filing charts\n- Pulling records for audits\n"
        "- Releasing records to patients and attorneys\n- Answering the records line\n- At least "
        "one year doing this kind of work",
        1.0,
        None,
    ),
    ("One year of inpatient coding experience within the past two years is required.", 1.0, None),
    ("Looking for someone with 2-3 years under their belt in a busy HIM department.", 2.0, None),
    ("You'll have a year or more under your belt coding ED visits.", 1.0, None),
    ("12-18 months of billing or coding experience required.", 1.0, None),
    # near-misses: the belt of a uniform, years of the employer
    ("Our team has 40 years under the belt of serving this valley.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), AS_STATED)
def test_figures_as_employers_state_them(
    text: str, required: float | None, preferred: float | None
) -> None:
    assert _years(text) == (required, preferred)


# --- classes counted in years are schooling, not experience --------------------------------

CLASSES: list[Years] = [
    ("Two years of coding courses, or a coding certificate.", None, None),
    (
        "Requirements\n- One year of medical terminology and anatomy classes\n- Typing 40 wpm",
        None,
        None,
    ),
    ("Applicants need 2 years of college course work in health information.", None, None),
    # near-miss: experience teaching classes is experience
    ("Two years of experience teaching coding classes required.", 2.0, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), CLASSES)
def test_classes_counted_in_years_are_no_experience(
    text: str, required: float | None, preferred: float | None
) -> None:
    assert _years(text) == (required, preferred)


# --- a list of three routes or more, each set off by ", or" / "; or": the first is a route -----

THREE_ROUTES: list[tuple[str, Flat]] = [
    (
        "Requirements: an associate degree in HIT; or a coding certificate and one year of "
        "coding; or three years of coding experience.",
        (None, None, True),
    ),
    (
        "Requirements: an associate degree in HIT, or a coding certificate and one year of "
        "coding, or three years of coding experience.",
        (None, None, True),
    ),
    (
        "Minimum: a bachelor's degree in HIM, or an associate degree and two years of HIM "
        "experience, or four years of HIM experience.",
        (None, None, True),
    ),
    # near-miss: the last "or" inside the last item, the list read as before
    (
        "Requirements: six months in a hospital or physician office, or completion of a medical "
        "office or medical records certificate program.",
        (None, None, True),
    ),
]


@pytest.mark.parametrize(("text", "flat"), THREE_ROUTES)
def test_every_item_of_a_list_of_routes_is_a_route(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- a lower level with years the employer "will consider" in place of the one asked before: --
# --- two routes, the years and the offer's credential that route's ---------------------------

#: (text, education_required, experience_years_required, substitutable, certification groups)
CONSIDERED = [
    (
        "Bachelor's degree in HIM and RHIA required. Will consider an associate degree with RHIT "
        "and 5+ years of HIM experience.",
        "associate",
        None,
        True,
        [["RHIA", "RHIT"]],
    ),
    (
        "Associate degree in HIT required. We will also consider candidates with a coding "
        "certificate and three years of coding experience.",
        "certificate",
        None,
        True,
        [],
    ),
    (
        "Education: Bachelor's in health information management.\nMay consider applicants with "
        "an associate degree and 4 years of HIM leadership.",
        "associate",
        None,
        True,
        [],
    ),
    # near-misses: a refusal; nothing asked before the offer
    (
        "Bachelor's degree in HIM required. We will not consider an associate degree with 5 "
        "years of experience.",
        "bachelor",
        5.0,
        False,
        [],
    ),
]


@pytest.mark.parametrize(("text", "required", "years", "substitutable", "groups"), CONSIDERED)
def test_a_lower_level_the_employer_will_consider_is_a_route(
    text: str,
    required: str | None,
    years: float | None,
    substitutable: bool,
    groups: list[list[str]],
) -> None:
    got = extract(text)
    assert (got.education_required, got.experience_years_required) == (required, years)
    assert got.education_substitutable is substitutable
    assert [sorted(g.any_of) for g in got.certifications] == groups


# --- a numbered combination item ("3. Education and/or experience equivalent to 1 or 2 above") --
# --- after two federal routes is the combination route --------------------------------------

_ROUTES = (
    "To qualify you must meet one of the following:\n"
    "1. One year of specialized experience equivalent to GS-4, such as filing medical records; OR\n"
    "2. Four years of education above high school leading to a bachelor's degree; OR\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "3. Education and/or experience equivalent to 1 or 2 above.",
        "3. Experience and education equivalent to 1 and 2 above.",
        "3. Education or experience comparable to the above.",
    ],
)
def test_a_numbered_combination_item_is_the_combination_route(item: str) -> None:
    got = extract(_ROUTES + item)
    assert [p.label for p in got.paths] == ["experience", "education", "combination"]
    assert (got.education_required, got.experience_years_required) == (None, None)
