"""matcher.extract on offers of one qualification in place of another, worded the ways federal
and private postings word them (issue 15, session 11, lead): "instead of" beside "in lieu of" and
"in place of", and the experience just asked named "this" / "that" / "such" experience. Our own
wording. An offer makes two routes, so the flat fields keep what both share (docs/design.md,
"Qualification paths"): no education, no years, substitutable."""

from __future__ import annotations

import pytest

from matcher import extract

# (text, education_required, substitutable, experience_years_required, paths as (label, level,
# years))
OFFERS = [
    # schooling for the experience just asked
    (
        "Applicants need one year of specialized experience equal to the GS-4 level. A bachelor's"
        " degree may be substituted for this experience.",
        None,
        True,
        None,
        [("experience", None, 1.0), ("education", "bachelor", None)],
    ),
    (
        "Twelve months of records experience is required. Substitution: a four-year course of "
        "study leading to a bachelor's degree may be used in place of that experience.",
        None,
        True,
        None,
        [("experience", None, 1.0), ("education", "bachelor", None)],
    ),
    (
        "You must have one year of clerical experience. Two years of study above high school may"
        " be accepted in lieu of such experience.",
        None,
        True,
        None,
        [("experience", None, 1.0), ("education", "associate", None)],
    ),
    (
        "Six months of front-desk experience in a clinic. An associate degree can be used instead"
        " of the experience.",
        None,
        True,
        None,
        [("experience", None, 0.5), ("education", "associate", None)],
    ),
    (
        "Two years of college may be used instead of the required experience; otherwise one year"
        " of medical office work is needed.",
        None,
        True,
        None,
        [("experience", None, 1.0), ("education", "associate", None)],
    ),
    # the whole figure named with its article and its kind (session 11, lead, after s11pedu's
    # probes)
    (
        "One year of coding experience is required. Completion of an accredited coding program "
        "can substitute for the one year of coding experience.",
        None,
        True,
        None,
        [("experience", None, 1.0), ("education", "certificate", None)],
    ),
    (
        "Two years of medical records experience required. An associate degree may be "
        "substituted for the medical records experience.",
        None,
        True,
        None,
        [("experience", None, 2.0), ("education", "associate", None)],
    ),
    # "+" for "plus": the diploma is asked on its route, so of everyone
    (
        "High school diploma + 2 years of experience in healthcare OR an associate degree in HIT.",
        "high_school",
        True,
        None,
        [("education and experience", "high_school", 2.0), ("education", "associate", None)],
    ),
    # experience for the schooling asked
    (
        "Bachelor's degree in health information management required. Four years of HIM "
        "experience may be accepted instead of the degree.",
        None,
        True,
        None,
        [("education", "bachelor", None), ("experience", None, 4.0)],
    ),
    (
        "An associate degree is required; two years of coding experience can be used instead of "
        "the degree.",
        None,
        True,
        None,
        [("education", "associate", None), ("experience", None, 2.0)],
    ),
]

NEAR_MISSES = [
    # "instead of" that offers nothing: the experience stays everyone's
    ("Instead of paper charts, our clinic uses Epic. One year of experience required.", 1.0),
    ("One year of scheduling experience required; we text reminders instead of calling.", 1.0),
    # a refused offer; a conjunction is no kind of experience
    (
        "Two years of experience required. A degree cannot be substituted for the coding "
        "experience.",
        2.0,
    ),
    ("Two years of experience. College may not substitute for the degree and experience.", 2.0),
    (
        "One year of specialized experience is required. A degree cannot be used instead of this"
        " experience.",
        1.0,
    ),
]


@pytest.mark.parametrize(("text", "education", "substitutable", "years", "paths"), OFFERS)
def test_offers_make_two_routes(
    text: str,
    education: str | None,
    substitutable: bool,
    years: float | None,
    paths: list[tuple[str, str | None, float | None]],
) -> None:
    req = extract(text)
    assert req.education_required == education
    assert req.education_substitutable is substitutable
    assert req.experience_years_required == years
    assert sorted((p.label, p.education, p.experience_years) for p in req.paths) == sorted(paths)


@pytest.mark.parametrize(("text", "years"), NEAR_MISSES)
def test_instead_of_that_offers_nothing_keeps_the_experience(text: str, years: float) -> None:
    req = extract(text)
    assert req.experience_years_required == years
    assert req.education_substitutable is False
    assert req.paths == []


@pytest.mark.parametrize(
    ("text", "education", "years"),
    [
        (
            "We require a high school diploma and at least 12 months of experience in a "
            "healthcare setting; an associate degree may take the place of 6 months of that "
            "experience.",
            "high_school",
            0.5,
        ),
        (
            "High school diploma and 12 months of healthcare experience. An associate degree can "
            "take the place of six months of the experience.",
            "high_school",
            0.5,
        ),
        (
            "Two years of coding experience required; a coding certificate may take the place of "
            "one year.",
            None,
            1.0,
        ),
        (
            "One year of medical records experience. Completion of a medical records certificate "
            "program may take the place of the experience.",
            None,
            None,
        ),
    ],
)
def test_take_the_place_of_is_an_offer(text: str, education: str | None, years: float) -> None:
    """Session 13, lead: "may take the place of" offers schooling for experience like "may
    replace" (the degree it named was read as everyone's requirement)."""
    got = extract(text)
    assert got.education_substitutable is True
    assert (got.education_required, got.experience_years_required) == (education, years)


def test_nothing_takes_the_place_of_is_no_offer() -> None:
    got = extract(
        "High school diploma and one year of records experience. Nothing takes the place of "
        "hands-on experience."
    )
    assert (got.education_required, got.education_substitutable) == ("high_school", False)
    assert got.experience_years_required == 1.0
