"""The furniture and heading tests' cheap forms (issue 15, speed, s11gate) answer as the forms
they replaced: ``_is_heading`` reads a word's first letter by ASCII comparison before
str.isalpha / str.isupper, and ``may_hold_furniture`` skips empty lines without testing them."""

from __future__ import annotations

import pytest

from matcher._furniture import may_hold_furniture
from matcher._sentences import _is_heading
from tests.matcher._heading_reference import is_heading_plain

# Written for this test: headings, sentence-case items, digits and signs first, and words opening
# with non-ASCII letters (cased, uncased, titlecase "ǅ") and non-letters ("§", "½").
_LINES = [
    "Minimum Qualifications",
    "Preferred qualifications",
    "What you need",
    "Nice to have",
    "Epic experience a plus",
    "2 Years Experience",
    "- Bullet Item",
    "Éducation Requise",
    "éducation requise",
    "Ωmega Team Benefits",
    "ωmega team benefits",
    "ǅungla Office Hours",
    "日本 Office",
    "§ 5 Requirements",
    "½ Time Position",
    "Benefits & Perks",
    "A B c d",
    "a B C d",
    "ß Street",
    "",
    "   ",
    "Duties:",
    "This line ends a sentence.",
    "One Two Three Four Five Six Seven",
    "X" * 61,
]


@pytest.mark.parametrize("line", _LINES)
def test_is_heading_answers_as_before(line: str) -> None:
    assert _is_heading(line) == is_heading_plain(line)


def test_is_heading_answers_as_before_on_every_single_character() -> None:
    # every character of the Basic Multilingual Plane as the first letter of one word of three
    for code in range(0x20, 0x10000, 7):
        c = chr(code)
        if c.isspace() or 0xD800 <= code < 0xE000:
            continue
        for line in (f"{c}ab Cd Ef", f"Ab {c}cd ef", f"ab cd {c}"):
            assert _is_heading(line) == is_heading_plain(line), repr(line)


@pytest.mark.parametrize(
    ("lines", "holds"),
    [
        (["", "Remote job", "", "No"], True),
        (["", "", ""], False),
        (["Duties", "", "Review charts."], False),
        (["", "1. Overview"], True),
        (["", "Is this position remote?", ""], True),
        (["", "Required"], True),
    ],
)
def test_may_hold_furniture_with_empty_lines(lines: list[str], holds: bool) -> None:
    assert may_hold_furniture(lines) is holds
