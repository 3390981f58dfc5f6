"""matcher.extract on the years each route of an "or" sentence asks (issue 15, session 13, lead;
our own words): years after the last route are that route's own when the first route states
its own ("two years of records experience, or a certificate program plus one year" asked three
years on the first route), and the kind of work names experience without the word ("1 year of
coding", "2 years medical records")."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        (
            "Two years of medical records experience, or completion of a medical office "
            "certificate program plus one year of experience.",
            [(None, 2.0), ("certificate", 1.0)],
        ),
        (
            "Two years of medical records experience, or an associate degree plus six months of "
            "experience.",
            [(None, 2.0), ("associate", 0.5)],
        ),
        (
            "Three years of coding experience, or a CPC credential plus one year of coding "
            "experience.",
            [(None, 3.0), (None, 1.0)],
        ),
        (
            "A bachelor's degree plus 1 year of coding, or an associate degree plus 3 years of "
            "coding.",
            [("bachelor", 1.0), ("associate", 3.0)],
        ),
        (
            "Minimum: 2 years medical records OR completion of a medical office certificate "
            "program.",
            [(None, 2.0), ("certificate", None)],
        ),
        (
            "Two years of medical records, or a coding certificate.",
            [(None, 2.0), ("certificate", None)],
        ),
        # the years first, then the schooling or credential they go with: one route
        (
            "Experience: Two (2) years of experience in a health information management "
            "department, OR one (1) year of such experience plus an Associate degree in Health "
            "Information Technology.",
            [(None, 2.0), ("associate", 1.0)],
        ),
        (
            "Two years of coding experience or one year of coding experience plus a CPC "
            "credential.",
            [(None, 2.0), (None, 1.0)],
        ),
    ],
)
def test_each_route_keeps_its_own_years(
    text: str, routes: list[tuple[str | None, float | None]]
) -> None:
    got = extract(text)
    assert [(p.education, p.experience_years) for p in got.paths] == routes


@pytest.mark.parametrize(
    ("text", "education", "years"),
    [
        # schooling on both sides: no routes, the lowest level is everyone's
        ("Two years of college or a coding certificate.", "certificate", None),
        # years after two schooling alternatives are everyone's
        (
            "An associate degree or a coding certificate, plus two years of coding experience.",
            "certificate",
            2.0,
        ),
    ],
)
def test_schooling_alternatives_stay_flat(text: str, education: str, years: float | None) -> None:
    got = extract(text)
    assert got.paths == []
    assert (got.education_required, got.experience_years_required) == (education, years)


def test_semester_units_restated_in_brackets() -> None:
    """ "Thirty (30) semester units ... AND one (1) year" is a route with schooling (session 13,
    lead): the figure restated in brackets hid the units, the route was lost, and a high school
    graduate with one year was shown eligible."""
    got = extract(
        "MINIMUM QUALIFICATIONS:\nOption 1: Thirty (30) semester units from an accredited "
        "college in health information technology AND one (1) year of full-time experience in a "
        "medical records unit.\nOR\nOption 2: Two (2) years of full-time experience performing "
        "medical records clerical duties in a hospital or clinic."
    )
    assert [(p.education, p.experience_years) for p in got.paths] == [
        ("certificate", 1.0),
        (None, 2.0),
    ]
    assert got.education_substitutable is True
