"""The compiled build's gates (matcher._gate_loops, issue 15) answer as the pure build's
``eval``-built lambdas do: on the shift / employment / workplace rules' patterns and alternations,
the pay label pattern and the literal words of the experience and education gates, over random
texts built from the rules' own examples and near misses (tests/matcher/test_speed_need.py)."""

from __future__ import annotations

import re

import pytest

from matcher import _education_read, _experience_patterns, _pay
from matcher._gate_loops import Mask, NeedTest, Words
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
