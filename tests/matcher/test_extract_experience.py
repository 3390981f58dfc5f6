"""matcher.extract on experience figures as employers write them (issue 15, session h15e): the
field16x.yaml set, then one table per rule with varied examples and near-misses, all in our own
wording. Routes and verdicts: test_extract_routes.py; workplace and job types:
test_extract_workplace_types.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from matcher import extract
from schemas import Hints
from tests.matcher._labelled import FIELDS, labelled_cases
from tests.matcher._labelled import normal as _normal

FIELD16X = Path(__file__).resolve().parents[1] / "data" / "extraction" / "field16x.yaml"
#: field16x cases the rules get wrong today, with why; a fix shows up as an unexpected pass.
KNOWN_FIELD16X_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("case", labelled_cases(FIELD16X, KNOWN_FIELD16X_MISSES))
def test_field16x_case(case: dict[str, Any]) -> None:
    hints = Hints.model_validate(case.get("hints") or {})
    got = extract(case["text"], title=case.get("title"), hints=hints)
    for field in FIELDS:
        assert _normal(field, getattr(got, field)) == _normal(field, case["expected"][field]), field


# --- "new graduates" in a statement of experience is no experience required -----------------

NEW_GRADUATES = [
    ("Experience: 2 years in a hospital setting preferred; we will consider new graduates.", 0.0),
    ("Prior HIM experience is a plus. Recent graduates are encouraged to apply.", 0.0),
    ("Experience in a physician office preferred, new grads will be considered.", 0.0),
    ("Experience: one year preferred. We're happy to consider recent grads.", 0.0),
    # after a program or credential: graduates of that program, nothing said about experience
    (
        "Qualifications: completion of a coding program is required. We will consider new grads.",
        None,
    ),
    ("CCA or CPC-A required. New graduates must obtain the credential within 12 months.", None),
    # a figure stated is kept
    ("1 year of registration experience required; we will consider new graduates for nights.", 1.0),
]


@pytest.mark.parametrize(("text", "required"), NEW_GRADUATES)
def test_new_graduates_in_an_experience_statement(text: str, required: float | None) -> None:
    assert extract(text).experience_years_required == required


# --- an inline soft heading makes the figure after it preferred ------------------------------

INLINE_HEADINGS = [
    # (text, required, preferred)
    (
        "Requirements: six months of records experience; typing. Good to have: 1 year with "
        "Meditech.",
        0.5,
        1.0,
    ),
    ("Must have 2 years of HIM experience. Nice-to-have: 3 years with Epic.", 2.0, 3.0),
    ("Experience: 1 year required. Great to have: 2 years in a hospital.", 1.0, 2.0),
    ("Typing 40 wpm; Preferred: 1 year with Cerner.", None, 1.0),
    # a colon after words that are no cue is no heading; a rate or an age is no figure
    ("Hours: 2 years into the role you may move to days.", None, None),
    ("Good to have: a car; $56,000 a year.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), INLINE_HEADINGS)
def test_inline_soft_headings(text: str, required: float | None, preferred: float | None) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


# --- weeks: federal "52 weeks of specialized experience" --------------------------------------

WEEKS = [
    ("You must have at least 52 weeks of specialized experience at the GS-5 level.", 1.0),
    ("26 weeks of experience in a hospital records department is required.", 0.5),
    ("Experience: 52 weeks of clerical work in a clinic.", 1.0),
    # weeks that are not experience
    ("This is a 13-week assignment; 2 years of coding experience required.", 2.0),
    ("Requirements: 2 weeks of paid training on site, then remote.", None),
    ("Qualifications: available to start within 3 weeks.", None),
]


@pytest.mark.parametrize(("text", "required"), WEEKS)
def test_weeks_of_experience(text: str, required: float | None) -> None:
    assert extract(text).experience_years_required == required


def test_a_cue_after_the_figure_wins_over_an_inline_heading() -> None:
    got = extract("Typing 40 wpm; Experience: 2 years preferred; Good to have: 1 year required.")
    assert (got.experience_years_required, got.experience_years_preferred) == (1.0, 2.0)


# --- a figure's words past an abbreviation's dot or a parenthetical figure ----------------------

FIGURE_WORDS = [
    # (text, required, preferred)
    ("Experience: 3 yrs. minimum of coding; 2 yrs. in auditing is a plus.", 3.0, 2.0),
    ("Must have 6 mos. of front desk experience; 1 yr. of HIM experience preferred.", 0.5, 1.0),
    (
        "- Minimum of 1 year (2 years preferred) of experience in a hospital HIM department",
        1.0,
        2.0,
    ),
    ("At least 2 years (3 years preferred) of coding experience.", 2.0, 3.0),
    # the dot ends the figure's clause when a new sentence starts
    ("Hours: 40 hrs. Benefits start in 2 yrs. Experience preferred.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), FIGURE_WORDS)
def test_figure_words_past_dots_and_asides(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


# --- career-site fields, short follow-on figures, ceilings that welcome beginners -------------

MORE_EXPERIENCE = [
    # (text, required, preferred)
    ("Years of experience: 3", 3.0, None),
    ("Experience (years): 2", 2.0, None),
    ("Minimum years of experience required: 1-2", 1.0, None),
    ("Experience Level: Entry", 0.0, None),
    ("Previous experience: not necessary", 0.0, None),
    ("Less than 1 year of experience is OK.", 0.0, None),
    ("Minimum 1 year experience required. 3 years preferred.", 1.0, 3.0),
    ("Medical office experience is a must. 2 years required.", 2.0, None),
    ("You bring 1+ years of chart prep or scanning.", 1.0, None),
    ("A year in a physician office would be ideal.", None, 1.0),
    # near-misses: no field value, a ceiling that is a question, a bare figure with no experience
    ("Years of experience: see below", None, None),
    ("Years in business: 30", None, None),
    ("Less than 1 year of experience? Apply for our trainee role instead.", None, None),
    ("Benefits start after 90 days. 3 years preferred.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), MORE_EXPERIENCE)
def test_more_experience_phrasings(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


SOFT_HEADINGS = [
    ("Helpful, but not required:\n- 1 year of records experience", None, 1.0),
    ("What we'd love to see:\n- 2 years of HIM experience", None, 2.0),
    (
        "Requirements:\n- 1 year of HIM experience\nWe'd love to see:\n- 3 years in a hospital",
        1.0,
        3.0,
    ),
    # a heading that asks is no soft heading
    ("What you must have:\n- 2 years of HIM experience", 2.0, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), SOFT_HEADINGS)
def test_more_soft_headings(text: str, required: float | None, preferred: float | None) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


AD_SHORTHAND = [
    ("Need 6mo+ exp in a dr office", 0.5),
    ("Experienced medical records clerk wanted (2+ yrs).", 2.0),
    ("EXPERIENCED CODER NEEDED (3 yrs min)", 3.0),
    # the employer's own experience and tenure are no requirement
    ("Our experienced coders (10 years average tenure) will mentor you.", None),
    ("Experienced team (25 years in business) seeks a clerk.", None),
    ("Our experienced staff has served the community for 30 years.", None),
]


@pytest.mark.parametrize(("text", "required"), AD_SHORTHAND)
def test_ad_shorthand(text: str, required: float | None) -> None:
    assert extract(text).experience_years_required == required


IDEAL_AND_MARKED = [
    ("Two years of experience (required). Three years (preferred).", 2.0, 3.0),
    ("Must have 2 years of experience; 5 years is ideal.", 2.0, 5.0),
    ("Epic is ideal. One year of records experience required.", 1.0, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), IDEAL_AND_MARKED)
def test_ideal_and_marked_figures(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


PART_IN_THE_NEXT_SENTENCE = [
    ("Three years of clerical experience; one year must be in a medical setting.", 3.0),
    ("18 months of clerical experience. One year must be in a medical setting.", 1.5),
    ("Four years of HIM experience. Two of those years should be in coding.", 4.0),
    # a smaller figure before: no part of it
    ("Six months of records experience. One year must be in a medical setting.", 0.5),
]


@pytest.mark.parametrize(("text", "required"), PART_IN_THE_NEXT_SENTENCE)
def test_a_part_in_the_next_sentence(text: str, required: float) -> None:
    assert extract(text).experience_years_required == required
