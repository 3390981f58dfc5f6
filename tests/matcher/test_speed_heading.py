"""The furniture and heading tests' cheap forms (issue 15, speed, s11gate) answer as the forms
they replaced: ``_is_heading`` reads a word's first letter by ASCII comparison before
str.isalpha / str.isupper, and ``may_hold_furniture`` skips empty lines without testing them."""

from __future__ import annotations

import pytest

from matcher._furniture import may_hold_furniture
from matcher._sentences import _HEADING_MAX_CHARS, _PHRASES_BY_HEAD, _SENTENCE_ENDS, _is_heading


def _is_heading_before(line: str) -> bool:
    """_is_heading as it was before s11gate (main fe22067), the reference."""
    if len(line) > _HEADING_MAX_CHARS or not line:
        return False
    last = line[-1]
    if last == ":":
        return True
    if last in _SENTENCE_ENDS:
        return False
    split = line.split()
    if len(split) > 6:
        return False
    if len(line) <= 40:
        low = line.lower()
        phrases = _PHRASES_BY_HEAD.get(low[:6])
        if phrases is not None and low.startswith(phrases):
            return True
    alpha = upper = 0
    for w in split:
        if w[0].isalpha():
            alpha += 1
            upper += w[0].isupper()
    return alpha > 0 and upper >= max(1, alpha - 1)


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
    assert _is_heading(line) == _is_heading_before(line)


def test_is_heading_answers_as_before_on_every_single_character() -> None:
    # every character of the Basic Multilingual Plane as the first letter of one word of three
    for code in range(0x20, 0x10000, 7):
        c = chr(code)
        if c.isspace() or 0xD800 <= code < 0xE000:
            continue
        for line in (f"{c}ab Cd Ef", f"Ab {c}cd ef", f"ab cd {c}"):
            assert _is_heading(line) == _is_heading_before(line), repr(line)


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
