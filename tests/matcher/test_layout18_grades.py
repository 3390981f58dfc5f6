"""matcher.extract on a federal route block wrapped inside the grade it refers to (session 18,
s18layout; tests/matcher/test_extract_layout.py): "... specialized experience equivalent" over
"to at least the GS-4 level, ..." is the level the year is asked at, as on one line, not a
grade's section that makes the year everyone's. Our own wording; the wrapped cases failed on
main f64a0a2."""

from __future__ import annotations

import pytest

from matcher import extract

_HEAD = "Health Technician, GS-0640-05\n\nQualifications\nTo qualify for GS-5 you need ONE of:\n"
_REST = (
    "OR\nEducation: Four years of study above high school leading to a bachelor's degree;\n"
    "OR\nCombination: Experience and education together as described above.\n"
)

#: The experience route, broken inside the reference at different words.
_ROUTES = (
    (
        "Specialized experience: One year of specialized experience equivalent",
        "to at least the GS-4 level, such as scanning and indexing chart documents;",
    ),
    (
        "Specialized experience: One year of specialized experience at least",
        "at the GS-4 level in a medical records office, such as filing charts;",
    ),
    (
        "Specialized experience: One year of specialized experience comparable",
        "to the GS-4 level, for example abstracting visit data into a registry;",
    ),
)


@pytest.mark.parametrize(("first", "rest"), _ROUTES)
def test_a_wrap_inside_a_grade_reference_opens_no_section(first: str, rest: str) -> None:
    one = extract(_HEAD + f"{first} {rest}\n" + _REST)
    wrapped = extract(_HEAD + f"{first}\n{rest}\n" + _REST)
    assert one.experience_years_required is None
    assert wrapped.experience_years_required == one.experience_years_required
    assert wrapped.education_substitutable == one.education_substitutable


def test_a_grade_heading_on_its_own_line_still_opens_its_section() -> None:
    text = (
        "Medical Records Technician, GS-0675-04/05\n\nQualifications\n"
        "For the GS-04 level you must have\n"
        "GS-04: six months of general experience; OR two years of education above high school.\n"
        "GS-05: one year of specialized experience; OR a bachelor's degree.\n"
    )
    grades = {p.grade for p in extract(text).paths}
    assert {"GS-4", "GS-5"} <= grades
