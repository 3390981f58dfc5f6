"""The layout transforms (tests/matcher/_layout.py) keep a posting's list items as written
(session 17, s17layout): re-wrapping joins a wrapped item's lines, never two items, so the
layout test's answers change only where the reader does. Both cases failed on main 268119f."""

from __future__ import annotations

from tests.matcher._layout import TRANSFORMS, unwrap

#: Bullet-less items wrapped at about 90 columns: the first item's short last line ends it.
_ITEMS = (
    "Requirements\n"
    "Associate degree or a coding certificate from an accredited school, or 4 years of clinic\n"
    "coding in place of the schooling\n"
    "2 to 4 years of outpatient coding (clinic visits and minor procedures)\n"
    "AAPC or AHIMA credential required\n"
)


def test_a_wrapped_items_short_last_line_ends_it() -> None:
    lines = unwrap(_ITEMS, long=True).split("\n")
    assert lines[1].endswith("in place of the schooling")
    assert lines[2] == "2 to 4 years of outpatient coding (clinic visits and minor procedures)"


#: A bulleted item wrapped with its rest indented, in a text with one line over 100 columns.
_BULLETED = (
    "About us: a community hospital of 300 beds with clinics in four towns, and a long record of "
    "care for the region.\n\n"
    "Minimum qualifications\n"
    "- Bachelor's degree in health information management, health administration or a related\n"
    "  field; OR an associate degree in HIT with three years of records work\n"
    "- RHIA or RHIT required\n"
)


def test_a_bullets_indented_rest_stays_in_its_item() -> None:
    assert "degree in health information management, health administration or a related field" in (
        TRANSFORMS["html_p"](_BULLETED)
    )
    assert "a related field; OR an associate degree" in TRANSFORMS["html_p"](_BULLETED)
    assert "related\n\n  field" not in TRANSFORMS["blank_between"](_BULLETED)
