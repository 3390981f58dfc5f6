"""matcher.extract on federal qualification text written as prose (issue 15, session 12, lead,
from federal-style probes in our own words): lettered routes that carry their own labels
("(a) Experience: ...; or (b) Education: ..."), and a single grade's specialized experience
stated apart from the basic requirements' routes. README rule: a single grade that adds one
year of experience equivalent to the next lower grade asks it of everyone, even when the basic
requirement has routes."""

from __future__ import annotations

import pytest

from matcher import extract

_LETTERED = (
    "Basic Requirements: (a) Experience: six months of experience that demonstrated knowledge of "
    "medical terminology and records; or (b) Education: one year above high school with courses "
    "in medical terminology; or (c) a combination of (a) and (b)."
)
_BLOCK = (
    "Basic Requirements:\nExperience: six months of experience in medical records; OR\n"
    "Education: one year above high school; OR\nCombination of the two."
)
_PROSE = (
    "To qualify for this position at the GS-6 level, you must meet the basic requirements and "
    "have one year of specialized experience equivalent to the GS-5 level."
)
_HEADED = "GS-6: one year of specialized experience equivalent to the GS-5 level."
_FIELD = (
    "Specialized Experience: You must have one year of specialized experience equivalent to at "
    "least the GS-5 level."
)


@pytest.mark.parametrize(
    "text",
    [
        _LETTERED,
        "Experience: six months of experience in records; or Education: one year above high "
        "school.",
        "(1) Experience - six months of clerical work in a clinic; or (2) Education - one year "
        "above high school.",
    ],
)
def test_lettered_routes_with_their_own_labels(text: str) -> None:
    req = extract(text)
    assert (req.education_required, req.experience_years_required) == (None, None)
    assert req.education_substitutable is True
    assert {p.label for p in req.paths} >= {"experience", "education"}


@pytest.mark.parametrize(
    "text",
    [
        f"{_PROSE}\n{_LETTERED}",
        f"{_LETTERED}\n{_PROSE}",
        f"{_PROSE}\n{_BLOCK}",
        f"{_HEADED}\n{_LETTERED}",
        f"{_LETTERED}\n{_HEADED}",
        f"{_HEADED}\n{_BLOCK}",
        f"{_BLOCK}\n{_HEADED}",
        f"{_FIELD}\n{_LETTERED}",
        f"{_FIELD}\n{_BLOCK}",
    ],
)
def test_a_single_grades_specialized_experience_is_everyones(text: str) -> None:
    req = extract(text)
    assert req.experience_years_required == 1.0
    assert req.education_substitutable is True


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the grade's experience is itself one route
        "Specialized experience: one year equivalent to the GS-4 level, OR four years of "
        "education above high school.",
        "You must have one year of specialized experience equivalent to the GS-4 level; or four "
        "years of education above high school leading to a bachelor's degree.",
    ],
)
def test_a_grades_experience_offered_beside_education_is_a_route(text: str) -> None:
    req = extract(text)
    assert req.experience_years_required is None
    assert req.education_substitutable is True


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the grade's experience is one side of alternatives split over sentences
        f"{_LETTERED}\nSpecialized experience: one year equivalent to the GS-4 level;\nOR four "
        "years of education above high school.",
    ],
)
def test_a_grades_experience_that_is_not_everyones(text: str) -> None:
    assert extract(text).experience_years_required is None
