"""A higher degree, or a lower one plus years, set out as lettered items after a semicolon
(session 16, lead, from blind26's b26-038; our own wording): "Either (a) a bachelor's degree in
HIM; or (b) an associate degree in HIT plus two years of experience" gave a bachelor's degree and
two years to everyone; the years are the lower degree's route."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        (
            "Either (a) a bachelor's degree in health information management; or (b) an "
            "associate degree in health information technology plus two years of experience.",
            {("bachelor", None), ("associate", 2.0)},
        ),
        (
            "Minimum qualifications: (a) a bachelor's degree in HIM; or (b) an associate degree "
            "in HIT plus two years of HIM experience.",
            {("bachelor", None), ("associate", 2.0)},
        ),
        (
            "A bachelor's degree in HIM; or an associate degree plus three years of coding "
            "experience.",
            {("bachelor", None), ("associate", 3.0)},
        ),
    ],
)
def test_lower_degree_plus_years_after_a_semicolon(text: str, routes: set[object]) -> None:
    req = extract(text, title="Health Information Specialist")
    assert (req.education_required, req.experience_years_required) == ("associate", None)
    assert req.education_substitutable
    assert {(p.education, p.experience_years) for p in req.paths} == routes


def test_a_plain_list_after_a_semicolon_is_not_a_route() -> None:
    # near-miss: the years and the diploma asked together, no "or"
    req = extract("High school diploma; plus two years of records experience.")
    assert (req.education_required, req.experience_years_required) == ("high_school", 2.0)
    assert not req.paths
