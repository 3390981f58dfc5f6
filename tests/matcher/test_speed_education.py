"""Education's level pattern, lowered and led by lookaheads (issue 15, s8rule): each level and
each alternative not opening with a letter behind the lookahead of its first letters. Built
from the records (matcher._rules_education), it must find what the level pattern as written
finds, with the same level, on every example and near miss of every record."""

from __future__ import annotations

import re

from matcher._education import _TRIGGERS
from matcher._education_read import (
    _LEVEL_LOW_RE,
    _LEVEL_RE,
    _LOWERED,
    _PHRASE_END_RE,
    _gate,
    _led_alternative,
)
from matcher._rules_education import EDUCATION_RULES
from matcher._sentences import Doc, split_sentences
from matcher._triggers import EDUCATION_TRIGGERS
from tests.matcher.test_speed_lowered import _texts


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


def test_the_phrase_end_opening_with_its_class_finds_what_the_lookahead_one_found() -> None:
    """The phrase end consumes its first character with a class (the engine skips to it in C);
    the lookbehinds say which it was. The pattern as it was, for reference:"""
    from matcher._lexicon_codes import CERT_CODE_RE

    was = re.compile(
        r"(?=[,.;\s])(?:"
        r", and |\s\((?!(?:preferred|required|desired|a plus)\b)"
        r"(?![^()]{0,40}\)\s?(?:is |are )?(?:strongly )?(?:preferred|required|desired|a plus)\b)|"
        r"[.;]\s|"
        r"(?<=required),\s|(?<=needed),\s|(?<=mandatory),\s|,\s(?=" + CERT_CODE_RE.pattern + r"\b)|"
        # session 14: a figure of time opens the next item of a flattened list
        r",\s(?=(?:at least |a minimum of |minimum |min\. )?(?:\d{1,2}|one|two|three|four|five|"
        r"six)\+?(?:-\d{1,2})? ?(?:years?|yrs?|months?|mos?)\b))",
        re.I,
    )
    texts = [
        *_texts(3000, seed=8),
        "GED required, CPC preferred",
        "diploma, and typing",
        "degree (MHA, MBA) preferred",
        "degree (in HIM); a plus",
        "needed,\tcoding",
        "mandatory, then",
        "diploma or GED, 1 year of scanning, 2+ years preferred",
        "GED, at least six months in a clinic",
    ]
    ends = 0
    for text in texts:
        for rx, t in ((_PHRASE_END_RE, text), (_LOWERED.phrase_end, text.lower())):
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in was.finditer(text)]
        ends += bool(was.search(text))
    assert ends > 1000


def test_the_reduced_trigger_words_find_the_same_sentences() -> None:
    assert len(_TRIGGERS) < len(EDUCATION_TRIGGERS)
    assert "m.s" in _TRIGGERS and "m.s degree" not in _TRIGGERS
    for k, text in enumerate(_texts(300, seed=9)):
        doc = Doc(split_sentences(text + "\nGED or M.S. degree; HS diploma\nno\n" * (k % 2)))
        assert doc.with_words(_TRIGGERS) == doc.with_words(EDUCATION_TRIGGERS)
