"""Experience reads an ASCII sentence's units once (issue 15, s8rule): a sentence naming no
unit skips the item, field and figure patterns, and the figures are read from the unit found.
These show the skip changes no result and the figures are exactly the pattern's."""

from __future__ import annotations

import random
import re
from itertools import islice

import pytest

from matcher import extract
from matcher._experience_patterns import (
    _AS_WRITTEN,
    _HEAD_GATE,
    _LOWERED,
    MAX_FIGURES_PER_SENTENCE,
    TIED_WORD,
    first_unit,
    read_figures,
)
from matcher._lexicon import EXPERIENCE_RE
from tests.matcher.test_speed_lowered import _texts


def _spans(found: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.span("n"), m.span("unit"), m.group("tail")) for m in found]


def test_figures_read_from_the_first_unit_are_the_patterns_matches() -> None:
    texts = [
        *_texts(3000, seed=15),
        "1 yr. 2 yrs.in coding, 3 mo. of filing",
        "more weekends, then two years",
        " ".join(["1 year"] * (MAX_FIGURES_PER_SENTENCE + 3)),
    ]
    matched = 0
    for text in texts:
        if not text.isascii():
            continue
        low = text.lower()
        want = list(islice(EXPERIENCE_RE.finditer(text), MAX_FIGURES_PER_SENTENCE))
        got = read_figures(low, _LOWERED, first_unit(low))
        assert _spans(got) == [
            (m.span(), m.span("n"), m.span("unit"), m.group("tail").lower()) for m in want
        ], text
        matched += bool(want)
    assert matched > 100


def test_first_unit() -> None:
    assert first_unit("no experience needed, we train") == -1
    assert first_unit("more of the same") == -1  # "mo" must end its word
    assert first_unit("two years") == 4
    assert first_unit("3 mo. of work") == 2


@pytest.mark.parametrize(
    ("text", "required"),
    [
        # no unit anywhere: the zero-experience reading comes before the skip
        ("Medical Records Clerk\nNo experience necessary, we will train.", 0.0),
        ("Medical Records Clerk\nEntry level position.", 0.0),
        # a unit but no figure, then a figure
        (
            "Medical Records Clerk\nExperience in a records office for years.\n"
            "Two years of records experience required.",
            2.0,
        ),
        # the same sentence twice: the second reads what the first read
        (
            "Medical Records Clerk\nOne year of records experience required.\n"
            "One year of records experience required.",
            1.0,
        ),
        ("Medical Records Clerk\nRecords experience required.", None),
    ],
)
def test_sentences_without_a_unit_or_figure_change_nothing(
    text: str, required: float | None
) -> None:
    got = extract(text)
    assert got.experience_years_required == required


def test_the_head_gate_passes_every_text_the_head_pattern_matches() -> None:
    """The words before a figure are searched for EXPERIENCE_HEAD_RE only when they hold "exp"
    or "worked" (_HEAD_GATE, derived from the pattern)."""
    assert _HEAD_GATE is not None
    texts = [
        *_texts(3000, seed=16),
        "Experienced coder wanted (",
        "candidates who have worked in a clinic (",
        "exp: ",
        "looking for an experienced biller (",
    ]
    heads = 0
    for text in texts:
        low = text.lower()
        for end in range(0, len(low) + 1, 7):
            if _LOWERED.head.search(low[:end]):
                assert _HEAD_GATE(low[:end]), low[:end]
                heads += 1
    assert heads > 100


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Coder\nExperienced records clerk wanted (2+ yrs).", 2.0),
        ("Coder\nWe want someone who has worked in a medical office before (1 year).", 1.0),
        ("Coder\nExperience of at least 3 years.", 3.0),
        ("Coder\nA records clerk wanted (2+ yrs).", None),
    ],
)
def test_figures_tied_by_the_words_before_them(text: str, required: float | None) -> None:
    assert extract(text).experience_years_required == required


def test_words_holding_the_tied_word_match_the_tail_pattern() -> None:
    """The words after a figure holding " experience" tie it without the tail pattern running
    (TIED_WORD): the pattern matches wherever the word stands, as written and lowered."""
    assert TIED_WORD == " experience"
    rng = random.Random(17)
    for text in _texts(2000, seed=17):
        at = rng.randrange(len(text) + 1)
        words = text[:at] + TIED_WORD + rng.choice(("", "d", "s", " of", "-based", "?")) + text[at:]
        assert _AS_WRITTEN.tail.search(words), words
        if words.isascii():
            assert _LOWERED.tail.search(words.lower()), words
