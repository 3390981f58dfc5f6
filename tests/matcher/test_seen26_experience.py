"""Experience read wrong in seen26 (holdout26.yaml until session 18).

- A preference in brackets or after a comma closing a long phrase of the figure's work ("1 year of
  hospital registration or medical records experience (preferred)", h26-008) was past
  mention_level's reach and not a late cue: read as required (matcher._experience._LATE_CUE_RE).
- "Exp in derm preferred, not req." (h26-020): "req" / "req." cut short was no "not required"
  (matcher._lexicon_not_experience.ZERO_EXPERIENCE_RE).
- "In addition to the basic requirements, you must have one year ... equivalent to GS-5" after a
  federal block of routes (h26-023): the combination route ran on over it, so the grade's year
  asked of everyone was a route's text (matcher._paths_bounds: it now ends the block, as does
  "Grade determination:" written in lower case).
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Experience: 1 year of hospital registration or medical records experience (preferred)",
            1,
        ),
        ("2 years of clinic registration or physician office medical records work, preferred", 2),
        (
            "At least 3 years of hospital admitting or health information department "
            "experience (desired)",
            3,
        ),
    ],
)
def test_a_late_preference_in_brackets_or_after_a_comma(text: str, years: float) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (None, years)


@pytest.mark.parametrize(
    "text",
    [
        "2 years of hospital registration or medical records experience required, Epic preferred",
        "2 years of hospital registration or medical records experience and Epic (preferred)",
        "2 years of hospital registration or medical records experience (Epic preferred)",
    ],
)
def test_another_things_preference_keeps_the_years_required(text: str) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (2, None)


@pytest.mark.parametrize(
    "text",
    [
        "PT front desk. Exp in derm preferred, not req. HS dipl.",
        "Records clerk, exp not req, $16/hr.",
        "File clerk - medical office exp a plus, not req",
        "Scanning tech. Exp. pref, not req.",
    ],
)
def test_not_req_cut_short_asks_no_experience(text: str) -> None:
    assert extract(text).experience_years_required == 0


@pytest.mark.parametrize(
    "text",
    [
        "Records clerk. Experience preferred, not requested by the manager.",
        "Exp with Epic, not req",
    ],
)
def test_not_req_needs_experience_and_a_cue(text: str) -> None:
    assert extract(text).experience_years_required is None


_ROUTES = (
    "Qualifications\nBasic requirements: One year of experience in medical records, OR an "
    "associate degree in health information technology, OR an equivalent combination of "
    "experience and education."
)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            _ROUTES + " In addition to the basic requirements, you must have one year of "
            "specialized experience equivalent to the GS-5 level.",
            1,
        ),
        (
            _ROUTES + " Grade determination: GS-6. Applicants must also have one year of "
            "experience equivalent to the next lower grade (GS-5).",
            1,
        ),
        (
            "Basic Qualifications: 6 months of general experience OR one year of education above "
            "high school. In addition to meeting the basic qualifications, applicants must have 1 "
            "year of specialized experience at the GS-4 level.",
            1,
        ),
        (
            "Qualifications\nYou qualify with one year of records experience, OR a certificate in "
            "medical coding. In addition to the above requirements, two years of hospital "
            "experience are required.",
            2,
        ),
    ],
)
def test_what_a_grade_asks_beyond_the_routes_is_asked_of_everyone(text: str, years: float) -> None:
    got = extract(text)
    assert got.experience_years_required == years
    assert got.education_substitutable is True


def test_the_routes_alone_ask_no_flat_years() -> None:
    """Near miss: the routes without a grade's own year leave the flat figure None."""
    assert (
        extract(
            _ROUTES + " Specialized experience is work with patient records."
        ).experience_years_required
        is None
    )


def test_a_grades_own_alternatives_ask_no_flat_years() -> None:
    """Near miss: what the grade asks on top has alternatives of its own (a master's degree
    instead of the year), so no figure is asked of everyone."""
    text = (
        _ROUTES + " In addition to the basic requirements, applicants must have one year of "
        "specialized experience equivalent to GS-7; OR a master's degree in a related field; OR a "
        "combination of graduate education and specialized experience."
    )
    assert extract(text).experience_years_required is None
