"""What a pattern's match needs (matcher._need, issue 15): a text failing the test holds no
match, and a rule's alternation narrowed to the alternatives a text allows finds there what the
whole alternation finds. Checked on random texts built from the rules' own examples, near
misses and the pieces at the edges (capitals, words inside words, a line opening, non-ASCII)."""

from __future__ import annotations

import random
import re

import pytest

from matcher import _employment, _schedule, _sentences
from matcher._lexicon_job import WEEKEND_DAY_WORDS
from matcher._need import Alternatives, need_source, need_test
from matcher._rules_job import EMPLOYMENT_RULES, WORKPLACE_RULES
from matcher._rules_shift import SHIFT_RULES

_RULES = (*EMPLOYMENT_RULES, *WORKPLACE_RULES, *SHIFT_RULES)
_FILLER = [
    "",
    " ",
    ", ",
    "Monday",
    "holidays",
    "Shift: ",
    "DAYS",
    "-",
    "/",
    "(",
    ":",
    "\u212a",  # KELVIN SIGN: re.I folds it onto "k"
    "\u017f",  # LONG S: re.I folds it onto "s"
    "not ",
    "x",
    "9",
]


def _pool() -> list[str]:
    words: list[str] = []
    for rule in _RULES:
        for text in (*rule.examples, *rule.near_misses):
            words += [text, text.upper(), *text.split()]
    return words + _FILLER


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    pool = _pool()
    return [
        # the separators \x1c-\x1f are blanks to \s (the lowered copies spell them out)
        "".join(
            rnd.choice((" ", "", ", ", "\x1c", "\t")) + w
            for w in rnd.choices(pool, k=rnd.randint(1, 6))
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(3))
def test_a_text_failing_the_need_holds_no_match(seed: int) -> None:
    texts = _texts(seed, 400)
    for rule in _RULES:
        for pattern in rule.patterns:
            rx = re.compile(pattern, rule.flags)
            test = need_test(rx)
            if test is None:
                continue
            for text in texts:
                if text.isascii() and not test(text.lower()):
                    assert rx.search(text) is None, (rule.id, pattern, text)


@pytest.mark.parametrize("seed", range(3))
def test_the_narrowed_alternation_finds_what_the_whole_finds(seed: int) -> None:
    texts = _texts(seed + 10, 400)
    for rule in _RULES:
        alts = Alternatives(rule.patterns, rule.flags)
        for text in texts:
            whole = [(m.span(), m.group()) for m in alts.full.finditer(text)]
            rx = alts.for_text(text)
            narrowed = [] if rx is None else [(m.span(), m.group()) for m in rx.finditer(text)]
            assert narrowed == whole, (rule.id, text)
            # the lowered copy on the lower case: the same spans
            found = alts.search_in(text)
            spans = [] if found is None else [m.span() for m in found[0].finditer(found[1])]
            assert spans == [span for span, _ in whole], (rule.id, text)


def test_every_example_passes_its_rules_test() -> None:
    for rule in _RULES:
        alts = Alternatives(rule.patterns, rule.flags)
        for example in rule.examples:
            rx = alts.for_text(example)
            assert rx is not None and rx.search(example), (rule.id, example)


def test_the_edges_of_the_need() -> None:
    opening = need_test(re.compile(r"^days?\b", re.I))
    assert opening is not None
    assert not opening("monday to friday") and opening("days only")
    # "^" under re.M opens any line: no opening test then
    assert "startswith" not in need_source(re.compile(r"^days?\b", re.I | re.M))
    behind = need_test(re.compile(r"(?<=, )days(?=\.?\s?$)", re.I))
    assert behind is not None
    assert not behind("paid holidays") and behind("40 hours, days")
    both = need_test(re.compile(r"(?:shift|schedule|hours)\W{1,3}days?\b", re.I))
    assert both is not None
    assert not both("monday through friday") and both("schedule: days")
    # a class or an unbounded repeat may be any text: no need at all
    assert need_test(re.compile(r"\b[A-Z]{2,5}\b")) is None
    assert need_test(re.compile(r"\w+")) is None


def test_a_run_spelled_too_many_ways_still_needs_its_parts() -> None:
    # "hours per week" has ten spellings of its last words, "hours/wk" to "each week": more
    # than are listed; the stretches spelled few enough ways are needed instead (not "three")
    weekly = need_test(re.compile(r"\d ?(?:hours?|hrs?) ?(?:/ ?|per |a |each )(?:week|wk)\b", re.I))
    assert weekly is not None
    assert not weekly("three days on site") and not weekly("pay: $18.50/hr")
    assert weekly("24 hrs/wk") and weekly("20 hours each week")
    # a group spelled too many ways is read inside: the alternative it takes
    either = need_test(
        re.compile(r"\b(?:(?:hours|hrs) ?(?:per |a |/ ?)(?:week|wk)|weekly hours)\b", re.I)
    )
    assert either is not None
    assert not either("hours: mon-fri") and not either("first week of training")
    assert either("hours per week: 24") and either("weekly hours: 20")
    # what each test lets through still holds every match (random texts of the rules' words)
    for pattern in (r"(?:on[- ]call|prn|per[- ]diem) ?(?:,|/|or|and|-) ?(?:full|part)[- ]?time",):
        rx = re.compile(pattern, re.I)
        test = need_test(rx)
        assert test is not None
        for text in _texts(99, 400):
            if text.isascii() and not test(text.lower()):
                assert rx.search(text) is None, text


def test_a_narrowing_of_odd_text_past_the_kept_ones_runs_the_whole() -> None:
    alts = Alternatives(tuple(f"\\bw{k}x\\b" for k in range(12)), re.I)
    texts = [" ".join(f"w{k}x" for k in range(12) if n >> k & 1) for n in range(1, 400)]
    for text in texts:
        rx = alts.for_text(text)
        assert rx is not None
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in alts.full.finditer(text)]
    assert len(alts._kept) == Alternatives.MAX_KEPT
    assert alts.for_text(texts[-1]) is alts.full


def test_the_rules_run_as_compiled_for_the_trigger_scan() -> None:
    # matcher._need.narrowed checks at import that each narrowing's whole is the rule's regex
    for kind, alts, _ in [*_schedule._SHIFTS, *_employment._EMPLOYMENT]:
        assert alts.full.pattern.endswith(")"), kind


def test_the_weekend_day_words_are_scanned() -> None:
    assert set(WEEKEND_DAY_WORDS) <= _sentences._LOWER_WORDS
    doc = _sentences.Doc(
        [_sentences.Sentence(t, "") for t in ("Sun-Thu", "per month", "none", "SAT")]
    )
    assert doc.with_words(WEEKEND_DAY_WORDS) == [0, 1, 3]
