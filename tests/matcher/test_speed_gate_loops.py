"""The compiled build's gates (matcher._gate_loops, issue 15) answer as the pure build's
``eval``-built lambdas do: on the shift / employment / workplace rules' patterns and alternations,
the pay label pattern and the literal words of the experience and education gates, over random
texts built from the rules' own examples and near misses (tests/matcher/test_speed_need.py)."""

from __future__ import annotations

import re

import pytest

from matcher import _education_read, _experience_patterns, _pay
from matcher._gate_loops import _SCAN_FROM, Mask, NeedTest, Words
from matcher._need import Alternatives, _need_of, need_source
from matcher._rules_gates import holds_any, literal_words
from tests.matcher.test_speed_need import _RULES, _texts


def _lambda(source: str) -> object:
    return eval(f"lambda text: {source}")  # the pure build's form, as matcher._need builds it


def _patterns() -> list[re.Pattern[str]]:
    rules = [re.compile(p, rule.flags) for rule in _RULES for p in rule.patterns]
    return [*rules, _pay.LABELLED_BARE_PAY_RE]


@pytest.mark.parametrize("seed", range(2))
def test_a_need_test_answers_as_its_lambda(seed: int) -> None:
    texts = [t.lower() for t in _texts(seed + 20, 300)]
    for rx in _patterns():
        test, pure = NeedTest(_need_of(rx)), _lambda(need_source(rx))
        for text in texts:
            assert test(text) == pure(text), (rx.pattern, text)  # type: ignore[operator]


@pytest.mark.parametrize("seed", range(2))
def test_a_mask_answers_as_its_lambda(seed: int) -> None:
    texts = [t.lower() for t in _texts(seed + 30, 300)]
    for rule in _RULES:
        pure = Alternatives(rule.patterns, rule.flags)._mask  # the pure build's lambda
        mask = Mask([_need_of(re.compile(p, rule.flags)) for p in rule.patterns])
        for text in texts:
            assert mask(text) == pure(text), (rule.id, text)


def test_the_word_gates_answer_as_their_lambdas() -> None:
    words = [
        _experience_patterns._ZERO_HINTS,
        _experience_patterns._SUBSTITUTE_HINTS,
        literal_words(_education_read._ALT_RE) or (),
        ("no ", "entry"),
        (),
    ]
    texts = [t.lower() for t in _texts(40, 300)] + ["no experience", "entry-level", ""]
    for group in words:
        gate, pure = Words(tuple(group)), holds_any(group)
        for text in texts:
            assert gate(text) == pure(text), (group, text)


def test_gates_asked_of_one_text_answer_from_one_scan_as_their_tests_do() -> None:
    """Word gates asked in turn of the same text read the first large gate's scan of it (one
    automaton for every gate's words): each answer is still its own ``in`` tests', for words
    inside words, overlapping words, non-ASCII text and words, and a gate made after a scan."""
    # the first two gates are large enough to scan a text (padded with words no text holds)
    pad = tuple(f"zq{k}" for k in range(_SCAN_FROM))
    groups = [
        ("no ", "not ", "none", "entry", "train", "new grad", "recent grad", "less than", *pad),
        ("substitut", "in place", "in lieu", "instead of", "accepted", "used ", *pad),
        ("total",),
        ("lieu of education",),  # overlaps "in lieu": every match is found, not the first
        ("enrol", "in progress"),
        ("associate", "associates", "ass", "sociate", "a.a.s", "degree", "de"),
        ("caf\u00e9", "\u017fchool", "na\u00efve", "x"),
        ("", "zz"),  # "" is in every text
        (),
    ]
    gates = [Words(g) for g in groups]
    texts = [t.lower() for t in _texts(50, 200)] + [
        "associate degree in progress",
        "in lieu of education",
        "an associates program; naive caf\u00e9 staff",
        "no experience, will train new grads",
        "\u017fchool records, total of 2 years",
        "",
    ]
    for text in texts:
        for _ in range(2):  # the second round reads the scan of the same text object
            for group, gate in zip(groups, gates, strict=True):
                assert gate(text) == any(w in text for w in group), (group, text)
    assert gates[0].scans and not gates[2].scans
    late = Words(("records", "caf\u00e9"))  # made after the scans: rebuilt on next use
    for text in texts:
        assert gate(text) == any(w in text for w in groups[-1])
        assert late(text) == any(w in text for w in ("records", "caf\u00e9")), text
        assert gates[0](text) == any(w in text for w in groups[0]), text


def test_the_edges_of_a_need_test() -> None:
    # (need, text, answer): True / False, one of the pieces, an opening, and / or
    table: list[tuple[object, str, bool]] = [
        (True, "", True),
        (False, "day shift", False),
        (frozenset({"day shift", "days only"}), "days only, mon-fri", True),
        (frozenset({"day shift"}), "monday", False),
        (("starts", frozenset({"first shift"})), "first shift 7a-3p", True),
        (("starts", frozenset({"first shift"})), "our first shift", False),
        (("and", [frozenset({"day"}), frozenset({"evening"})]), "days and evenings", True),
        (("and", [frozenset({"day"}), frozenset({"evening"})]), "days only", False),
        (("or", [frozenset({"night"}), ("starts", frozenset({"noc"}))]), "noc shift", True),
        (("or", [frozenset({"night"}), ("starts", frozenset({"noc"}))]), "day shift", False),
    ]
    for need, text, answer in table:
        assert NeedTest(need)(text) is answer, (need, text)
