"""matcher.extract on a Workday-style label/value page with each level's label on its own line
(session 18, s18layout; tests/matcher/test_extract_layout.py): "Preferred:" over a short item
("Associate's Degree"), a blank line, then the next field's heading and "Required:" over its
value asks that value as required, as "Required: 2 years ..." on one line does. A "Preferred"
heading right over a field's heading still spans it. Our own wording; the split cases failed
on main 3bca10f."""

from __future__ import annotations

import pytest

from matcher import extract


def _page(edu_req: str, edu_pref: str, exp: str, sep: str) -> str:
    """A label/value page; ``sep`` is what stands between a level's label and its value."""
    return (
        "Health Information Clerk\nTime Type\nFull time\n\n"
        f"Education\nRequired:{sep}{edu_req}\nPreferred:{sep}{edu_pref}\n\n"
        f"Experience\nRequired:{sep}{exp}\n\n"
        "Benefits\nMedical, dental and a retirement plan.\n"
    )


_PAGES = (
    ("High School Diploma/GED", "Associate's Degree", "2 years of outpatient coding", 2.0),
    ("GED or High School Diploma", "Bachelor's Degree", "3 years of release of information", 3.0),
    ("High School Diploma", "Associate Degree in HIT", "1 year of medical records work", 1.0),
)


@pytest.mark.parametrize(("edu_req", "edu_pref", "exp", "years"), _PAGES)
def test_a_level_label_over_its_value_keeps_its_level(
    edu_req: str, edu_pref: str, exp: str, years: float
) -> None:
    inline = extract(_page(edu_req, edu_pref, exp, " "))
    split = extract(_page(edu_req, edu_pref, exp, "\n"))
    assert inline.experience_years_required == years
    assert inline.experience_years_preferred is None
    assert split.experience_years_required == inline.experience_years_required
    assert split.experience_years_preferred == inline.experience_years_preferred
    assert split.education_required == inline.education_required
    assert split.education_preferred == inline.education_preferred


@pytest.mark.parametrize(
    "text",
    [
        # a preferred heading right over a field's heading: the field is one of its items
        "Preferred Qualifications\nExperience\n2 years of coding in a hospital\n",
        "Preferred\nExperience:\n2 years of coding in a hospital\n",
        "Nice to have:\nExperience\n2 years of coding in a hospital\n",
    ],
)
def test_a_preferred_heading_still_spans_the_field_heading_under_it(text: str) -> None:
    got = extract(text)
    assert got.experience_years_preferred == 2.0
    assert got.experience_years_required is None
