"""Grade sections of federal announcements (lead, session 14; texts ours, in the style of OPM
qualification standards).

Two misses found by writing federal announcements in our own words:
- a grade named inside the experience sentence after "at least" ("two years of general
  experience, one year of which was equivalent to at least GS-3; OR two years of education")
  opened a GS-3 section: the education route was filed under GS-3, the combination was lost, and
  the GS-4 experience figure became everyone's requirement;
- a grade heading written as a sentence naming the grade level ("To qualify for the GS-05 grade
  level, you must have ...") was taken for a reference, so the grades' routes ran together and
  the second grade's route was lost.
"""

from __future__ import annotations

import pytest

from matcher import extract, match
from schemas import CandidateProfile


def _paths(text: str) -> list[tuple[str | None, str, float | None, str | None]]:
    req = extract(text, title="Medical Records Technician")
    return [(p.grade, p.label, p.experience_years, p.education) for p in req.paths]


GS4_AT_LEAST = [
    # (text, the grade every route belongs to)
    (
        "GS-4 Minimum Qualifications: two years of general experience, one year of which was "
        "equivalent to at least GS-3; OR two years of education above high school; OR an "
        "equivalent combination.",
        "GS-4",
    ),
    (
        "GS-04: 2 years of general experience, 1 year of which was equivalent to at least the "
        "GS-03 level, OR 2 years of education above high school, OR a combination of the two.",
        "GS-4",
    ),
    (
        "To qualify at the GS-5 level you need one year of specialized experience equivalent to "
        "at least the GS-4 level, OR four years of education above high school, OR a "
        "combination of both.",
        "GS-5",
    ),
    (
        "GS-5 Specialized Experience: one year of experience at least at the GS-04 grade level "
        "in the Federal service, such as coding records; OR 4 years of education above high "
        "school; OR an equivalent combination.",
        "GS-5",
    ),
]


@pytest.mark.parametrize(("text", "grade"), GS4_AT_LEAST)
def test_a_grade_the_experience_is_equivalent_to_opens_no_section(text: str, grade: str) -> None:
    req = extract(text, title="Medical Records Technician")
    assert [p.label for p in req.paths] == ["experience", "education", "combination"]
    assert {p.grade for p in req.paths} == {grade}
    # the experience is one route: nobody is asked it
    assert req.experience_years_required is None
    assert req.education_required is None and req.education_substitutable is True


def test_the_two_years_of_school_route_qualifies_a_graduate_at_gs4() -> None:
    req = extract(GS4_AT_LEAST[0][0], title="Medical Records Technician")
    res = match(req, CandidateProfile(education="associate", experience_years=0))
    assert res.eligible
    [verdict] = [v for v in res.verdicts if v.field == "paths"]
    assert verdict.explanation.startswith("Qualifies at GS-4 through the GS-4 education path")


TWO_GRADES = [
    (
        "To qualify for the GS-05 grade level, you must have one year of specialized experience "
        "equivalent to at least the GS-04 level, such as filing patient records.\nOR\n"
        "Successful completion of 4 years of education above the high school level.\n\n"
        "To qualify for the GS-06 grade level, you must have one year of specialized experience "
        "equivalent to the GS-05 level. There is no educational substitution at this grade."
    ),
    (
        "Applicants for the GS-5 grade level must have one year of specialized experience at "
        "the GS-4 level; OR four years of education above high school.\n"
        "Applicants for the GS-6 grade level must have one year of specialized experience at "
        "the GS-5 level."
    ),
    (
        "You are eligible for the GS-07 grade level with one year of specialized experience "
        "equivalent to GS-05, OR a bachelor's degree in health information management.\n"
        "You are eligible for the GS-08 grade level with one year of specialized experience "
        "equivalent to GS-07."
    ),
]


@pytest.mark.parametrize("text", TWO_GRADES)
def test_a_sentence_naming_the_grade_level_opens_its_section(text: str) -> None:
    got = _paths(text)
    grades = [g for g, *_ in got]
    assert len(set(grades)) == 2, got
    low, high = sorted(set(grades), key=lambda g: int(g[3:]))
    assert [(label, years) for g, label, years, _ in got if g == high] == [("experience", 1.0)]
    assert {label for g, label, *_ in got if g == low} >= {"experience", "education"}


NOT_HEADINGS = [
    # references to a grade level inside the experience asked: one grade only
    "GS-6: one year of specialized experience equivalent to the GS-05 grade level, such as "
    "reviewing records for completeness. There is no substitution of education.",
    "GS-6: 52 weeks of specialized experience at the GS-5 grade level in the Federal service.",
    "GS-6: one year of experience equivalent to at least the GS-5 grade level in records work.",
]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_a_referenced_grade_level_stays_a_reference(text: str) -> None:
    req = extract(text, title="Medical Records Technician")
    assert {p.grade for p in req.paths} <= {"GS-6"}
    assert req.experience_years_required == 1.0
