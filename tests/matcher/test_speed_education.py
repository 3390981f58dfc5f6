"""Education's level pattern, lowered and led by lookaheads (issue 15, s8rule): each level and
each alternative not opening with a letter behind the lookahead of its first letters. Built
from the records (matcher._rules_education), it must find what the level pattern as written
finds, with the same level, on every example and near miss of every record."""

from __future__ import annotations

import re

from matcher._education import _LEVEL_LOW_RE, _LEVEL_RE, _gate, _led_alternative
from matcher._rules_education import EDUCATION_RULES


def _found(rx: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup) for m in rx.finditer(text)]


def test_the_led_level_pattern_finds_every_records_examples() -> None:
    texts = [
        text
        for rule in EDUCATION_RULES
        for text in (*rule.examples, *rule.near_misses)
        if text.isascii()
    ]
    assert len(texts) > 50
    found = 0
    for text in texts:
        for variant in (text, "x " + text, f"({text})", text.upper()):
            want = _found(_LEVEL_RE, variant)
            assert _found(_LEVEL_LOW_RE, variant.lower()) == want, variant
            found += bool(want)
    assert found > 100


def test_an_alternative_not_opening_with_a_letter_gets_its_own_lookahead() -> None:
    assert _led_alternative(r"\bmaster'?s\b") == r"master'?s\b"
    assert _led_alternative(r"(?<!post )\bsecondary\b") == r"(?=[s])(?:(?<!post )\bsecondary\b)"
    assert _led_alternative(r"\b(?:4|four)-year") == r"(?=[4f])(?:(?:4|four)-year)"


def test_a_pattern_without_words_gets_a_gate_passing_every_text() -> None:
    assert _gate(re.compile(r"\w+\d", re.I))("anything")
    gate = _gate(re.compile(r"\bnot required\b", re.I))
    assert gate("is not required") and not gate("is required")
