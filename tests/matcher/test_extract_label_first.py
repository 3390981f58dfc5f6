"""matcher.extract on federal and civil-service wordings where a label opens the line of the
routes, and on offers of schooling for part of the experience that name only the years (issue 15,
session 12, lead, from federal-style probes in our own words). The flat fields keep what every
route shares (docs/design.md, "Qualification paths")."""

from __future__ import annotations

import pytest

from matcher import extract

# (text, education_required, substitutable, experience_years_required)
LABEL_BEFORE_ROUTES = [
    # a label on the line of the first route: the figure is that route's, not everyone's
    (
        "Experience and Education: (1) One year of medical records experience; OR (2) an "
        "associate degree in health information technology; OR (3) a combination.",
        None,
        True,
        None,
    ),
    (
        "Experience and Education: One year of medical records experience; OR an associate "
        "degree in health information technology; OR a combination of the two.",
        None,
        True,
        None,
    ),
    (
        "Qualifications: Two years of records experience, or an associate degree in HIT.",
        None,
        True,
        None,
    ),
    (
        "Minimum Qualifications: High school diploma and two years of records experience, or an "
        "associate degree in HIT.",
        "high_school",
        True,
        None,
    ),
    # a worked example after a label: its figures are the example's
    (
        "Combination of experience and education: for example, six months of qualifying "
        "experience (50% of the requirement) plus one semester above high school (50%) together "
        "meet the requirement.",
        None,
        False,
        None,
    ),
    (
        "Combining the two: Example - three months of clinic work plus half a year of college.",
        None,
        False,
        None,
    ),
    # near-misses: a label before one route alone, and a label before a real figure
    (
        "Experience: One year of medical records experience is required.",
        None,
        False,
        1.0,
    ),
    (
        "Experience and Education: High school diploma and one year of medical records experience.",
        "high_school",
        False,
        1.0,
    ),
    (
        "Requirements: Examples of duties include filing charts. Two years of filing experience"
        " is required.",
        None,
        False,
        2.0,
    ),
]

# schooling offered for part of the experience, the part named by its years alone
# (text, education_required, substitutable, experience_years_required, paths as (label, level,
# years))
PART_BY_YEARS = [
    (
        "Two years of records experience. An associate degree may substitute for one year.",
        None,
        True,
        1.0,
        [("experience", None, 2.0), ("education and experience", "associate", 1.0)],
    ),
    (
        "Requirements: Two years of records experience. An associate degree may substitute for "
        "one year.",
        None,
        True,
        1.0,
        [("experience", None, 2.0), ("education and experience", "associate", 1.0)],
    ),
    (
        "Two years of records experience required. A certificate can substitute for six months.",
        None,
        True,
        1.5,
        [("experience", None, 2.0), ("education and experience", "certificate", 1.5)],
    ),
    (
        "Two years of experience in a medical office. College coursework may substitute for up to "
        "one year.",
        None,
        True,
        1.0,
        [("experience", None, 2.0), ("education and experience", "certificate", 1.0)],
    ),
    # the experience just asked named "this": the whole of it
    (
        "Specialized experience: one year equivalent to at least GS-4, such as scheduling clinic "
        "visits. You may substitute education for this experience: four years of study above "
        "high school leading to a bachelor's degree.",
        None,
        True,
        None,
        [("experience", None, 1.0), ("education", "bachelor", None)],
    ),
    # near-misses: a bare offer replaces all of it; a refused one changes nothing
    (
        "Two years of experience in a medical office required; an associate degree may substitute.",
        None,
        True,
        None,
        [("experience", None, 2.0), ("education", "associate", None)],
    ),
    (
        "Two years of records experience required. A degree may not substitute for one year.",
        None,
        False,
        2.0,
        [],
    ),
]


@pytest.mark.parametrize(("text", "level", "substitutable", "years"), LABEL_BEFORE_ROUTES)
def test_a_label_before_the_routes_is_not_part_of_a_route(
    text: str, level: str | None, substitutable: bool, years: float | None
) -> None:
    req = extract(text)
    assert req.education_required == level
    assert req.education_substitutable is substitutable
    assert req.experience_years_required == years


@pytest.mark.parametrize(("text", "level", "substitutable", "years", "paths"), PART_BY_YEARS)
def test_schooling_for_part_of_the_experience_named_by_its_years(
    text: str,
    level: str | None,
    substitutable: bool,
    years: float | None,
    paths: list[tuple[str, str | None, float | None]],
) -> None:
    req = extract(text)
    assert req.education_required == level
    assert req.education_substitutable is substitutable
    assert req.experience_years_required == years
    assert [(p.label, p.education, p.experience_years) for p in req.paths] == paths


@pytest.mark.parametrize(
    ("text", "level", "substitutable"),
    [
        ("Associate degree required; equivalent experience considered.", None, True),
        ("Associate degree required; equivalent experience accepted.", None, True),
        ("Bachelor's degree; comparable experience is considered", None, True),
        # near-misses: the degree alone, and experience considered for something else
        ("Associate degree required.", "associate", False),
        ("Associate degree required; prior experience considered a plus.", "associate", False),
    ],
)
def test_equivalent_experience_considered_without_a_modal(
    text: str, level: str | None, substitutable: bool
) -> None:
    req = extract(text)
    assert (req.education_required, req.education_substitutable) == (level, substitutable)


@pytest.mark.parametrize(
    ("text", "level", "substitutable"),
    [
        (
            "Completion of an accredited coding program is required. Two years of coding "
            "experience may substitute for the coding program.",
            None,
            True,
        ),
        (
            "Graduate of a medical office program required; two years of office experience can be"
            " substituted for the program.",
            None,
            True,
        ),
        # near-misses: a programme of the employer's, and a refused offer
        (
            "Completion of a coding program is required. Two years in our residency program "
            "count toward promotion.",
            "certificate",
            False,
        ),
        (
            "Completion of a coding program is required; experience may not substitute for the "
            "program.",
            "certificate",
            False,
        ),
    ],
)
def test_experience_offered_for_a_programme(
    text: str, level: str | None, substitutable: bool
) -> None:
    req = extract(text)
    assert (req.education_required, req.education_substitutable) == (level, substitutable)
