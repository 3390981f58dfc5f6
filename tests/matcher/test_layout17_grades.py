"""matcher.extract on the same federal grade section wrapped at another width (session 17,
s17layout; tests/matcher/test_extract_layout.py): a line broken just before the grade a
sentence refers to ("... equivalent to the" over "GS-03 level; OR ...") opens no grade's
section. Our own wording; the wrapped cases failed on main 268119f."""

from __future__ import annotations

import pytest

from matcher import extract

_HEAD = "Medical Support Assistant, GS-0679-04/05\n\nQualifications\n"

#: Each grade offers experience, schooling or a combination: no figure is everyone's.
_GRADES = (
    "For the GS-04: one year of specialized experience equivalent to the GS-03 level; OR two "
    "years of education above high school; OR a combination of the two.",
    "For the GS-05: one year of specialized experience equivalent to the GS-04 level; OR a "
    "four-year course of study leading to a bachelor's degree; OR a combination of the two.",
)

#: The same words wrapped at other widths: each break falls right before a grade referred to.
WRAPPED: list[str] = [
    # one line a grade, as written
    _HEAD + "\n".join(_GRADES),
    # wrapped after "to the"
    _HEAD
    + "For the GS-04: one year of specialized experience equivalent to the\n"
    + "GS-03 level; OR two years of education above high school; OR a\n"
    + "combination of the two.\n"
    + "For the GS-05: one year of specialized experience equivalent to the\n"
    + "GS-04 level; OR a four-year course of study leading to a bachelor's\n"
    + "degree; OR a combination of the two.",
    # wrapped after "to" (no article)
    _HEAD
    + "For the GS-04: one year of specialized experience equivalent to\n"
    + "GS-03; OR two years of education above high school; OR a combination of\n"
    + "the two.\n"
    + "For the GS-05: one year of specialized experience equivalent to\n"
    + "GS-04; OR a four-year course of study leading to a bachelor's degree;\n"
    + "OR a combination of the two.",
    # wrapped after "at least the"
    _HEAD
    + "For the GS-04: one year of specialized experience at least at the\n"
    + "GS-03 level; OR two years of education above high school; OR a\n"
    + "combination of the two.\n"
    + "For the GS-05: one year of specialized experience at least at the\n"
    + "GS-04 level; OR a four-year course of study leading to a bachelor's\n"
    + "degree; OR a combination of the two.",
]


@pytest.mark.parametrize("text", WRAPPED)
def test_a_grade_referred_to_after_a_wrap_opens_no_section(text: str) -> None:
    got = extract(text)
    assert got.experience_years_required is None
    assert {(p.grade, p.label) for p in got.paths} >= {
        ("GS-4", "experience"),
        ("GS-4", "education"),
        ("GS-5", "experience"),
        ("GS-5", "education"),
    }


#: Near misses: a grade heading on its own line after a finished sentence (or a heading) still
#: opens its grade's section.
HEADINGS: list[str] = [
    _HEAD
    + "Applicants must meet the requirements for the grade they apply to.\n"
    + "GS-04 experience: one year of specialized experience equivalent to the GS-03 level; OR\n"
    + "two years of education above high school.\n"
    + "GS-05 experience: one year of specialized experience equivalent to the GS-04 level; OR\n"
    + "a four-year course of study leading to a bachelor's degree.",
    _HEAD
    + "Grade requirements:\n"
    + "GS-04 experience: one year of specialized experience equivalent to the GS-03 level; OR\n"
    + "two years of education above high school.\n"
    + "GS-05 experience: one year of specialized experience equivalent to the GS-04 level; OR\n"
    + "a four-year course of study leading to a bachelor's degree.",
]


@pytest.mark.parametrize("text", HEADINGS)
def test_a_grade_opening_a_line_after_a_stop_still_heads_its_section(text: str) -> None:
    got = extract(text)
    assert {p.grade for p in got.paths} == {"GS-4", "GS-5"}
    assert got.experience_years_required is None
