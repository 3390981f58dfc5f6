"""The shift extractor's speed gates (issue 15) skip work only where it could find nothing.

Clock ranges are searched only in sentences holding a separator before a digit, day spans are
matched only where a day's first letters stand, the differential and negation patterns run only
where their words are, and the clock pattern checks its word boundary after the first digit.
Each test compares a gate with the plain scan on random texts built from the pieces at its edges
(capitals, letters re.IGNORECASE folds onto ASCII ones, other scripts' digits, words in words).
"""

from __future__ import annotations

import random
import re

import pytest

from matcher import _schedule
from matcher._lexicon_job import CLOCK_RE, CLOCK_SEPARATORS, DAY_SPAN_RE

_PIECES = [
    *CLOCK_SEPARATORS,
    "TO",
    "Until",
    "AND",
    "a",
    "A.M.",
    "pm",
    "p",
    ":",
    ":30",
    "00",
    "7",
    "12",
    "0700",
    "1530",
    "\u0663",  # an Arabic-Indic digit: "\d" takes it
    "x",
    "a7",
    "_",
    "$",
    ".",
    ",",
    "/",
    "%",
    " ",
    " ",
    " ",
    "-",
    "Mon",
    "monday",
    "month",
    "Tues",
    "THU",
    "thurs",
    "Sat.",
    "sun",
    "common",
    "sunday",
    "Fri",
    "through",
    "&",
    "differential",
    "DIFF",
    "diffs",
    "di\u017f\u017f",  # re.I reads the long s as "s"
    "premium",
    "incentive",
    "no",
    "not",
    "NEVER",
    "free",
    "off",
    "optional",
    "not required",
    "nights",
    "weekends",
    "evening",
    "+$2",
    "shift",
    "\u0130",
]


def _texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(1, 14))) for _ in range(count)]


def test_clock_pattern_checks_its_boundary_after_the_first_digit() -> None:
    """CLOCK_RE opens with the digit (a charset prefix) and checks the boundary before it after
    it: the same matches as the pattern written with "\\b" first (and, session 14, no hyphen
    glued to a word before the digit: "HIM-2026-0418")."""
    plain = re.compile(r"(?<!\w-)\b(?P<h1>\d{1,2})" + CLOCK_RE.pattern.split(r"\d?)", 1)[1], re.I)
    for text in _texts(1):
        ours = [(m.span(), m.groupdict()) for m in CLOCK_RE.finditer(text)]
        assert ours == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_range_gate_passes_every_sentence_with_a_clock_range() -> None:
    found = 0
    for text in _texts(2):
        if CLOCK_RE.search(text):
            found += 1
            assert _schedule._may_hold_range(text), text
    assert found > 10  # the texts reach the gate's edge
    assert not _schedule._may_hold_range("Pay 19.00 per hour, 2 years of experience")


def test_day_spans_are_the_patterns_matches() -> None:
    found = 0
    for text in _texts(3):
        ours = [(m.span(), m.groups()) for m in _schedule._day_spans(text)]
        # (ASCII text is read in lower case with the lowered copy: the groups in lower case)
        fold = str.lower if text.isascii() else str
        want = [(m.span(), tuple(map(fold, m.groups()))) for m in DAY_SPAN_RE.finditer(text)]
        assert ours == want, text
        found += bool(ours)
    assert found > 10


def test_differential_and_negation_gates_hide_no_match() -> None:
    for text in _texts(4):
        assert _schedule._names_differential(text, {}) == bool(
            _schedule._DIFFERENTIAL_RE.search(text)
        ), text
        for m in re.finditer(r"nights|weekends|evening", text):
            before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 24]
            plain = not (
                _schedule.SHIFT_NEGATION_RE.search(before)
                or _schedule.SHIFT_AFTER_NEGATION_RE.match(after)
                or _schedule.SHIFT_ADD_ON_BEFORE_RE.search(before)
                or (
                    _schedule._DIFFERENTIAL_RE.search(text)
                    and _schedule._in_differential(text, m.start(), m.end())
                )
            )
            assert _schedule._shift_word(text, m, {}) == plain, text


@pytest.mark.parametrize(
    ("rule_id", "bare", "words"),
    [
        (
            "hybrid",
            "day",
            ["1", "3", "5", "One", "TWO", "four", "day", "days", "Monday", "per", "a", "week"]
            + ["in the office", "on-site", "remote", "from home", "telework", ",", ":"],
        ),
        (
            "on_site",
            "office",
            ["in", "In", "the", "the-", "-", "office", "Office", "in-office", "work", "is"]
            + ["performed", "done", "at", "our", "hospital", "site", "on", "person", "apply"],
        ),
    ],
)
def test_workplace_rules_are_triggered_by_the_words_their_patterns_need(
    rule_id: str, bare: str, words: list[str]
) -> None:
    """The hybrid day counts are triggered by the count and its day ("two day"), on-site's
    office by "in the office": not by any "day" (Monday, holiday) or "office" (office work).
    Every text the rule's pattern matches holds one of its trigger words."""
    from matcher._triggers import WORKPLACE

    rule = next(r for r in WORKPLACE if r.id == rule_id)
    assert bare not in rule.triggers
    rng = random.Random(5)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choices(words, k=rng.randint(1, 12)))
        if rule.regex.search(text):
            found += 1
            assert any(w in text.lower() for w in rule.triggers), text
    assert found > 10


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Caf\u00e9 coder. Pay: $19.00 per hour.", "Coder\nII"),  # a title with a newline
        ("Pay: $\u0661\u0669.00 per hour.", None),  # "\d" takes Arabic-Indic digits
        ("Pay: $\u0661\u0669.00 per hour.", "Coder\nII"),
        ("Coder\nPay: $19.00 per hour.", "Coder\nII"),
    ],
)
def test_pay_reads_the_sentences_of_the_digit_scan(text: str, title: str | None) -> None:
    """extract_pay reads only the sentences Doc.with_digits names (shared with the shifts): at
    that scan's edges (a sentence holding a newline, digits of other scripts) the pay is read."""
    from matcher import extract

    pay = extract(text, title=title).pay
    assert pay is not None and (pay.min, pay.period) == (19.0, "hour")
