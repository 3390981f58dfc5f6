"""Doc's one-pass trigger scan (matcher._sentences) gives, for every trigger word, the sentences an
occurrence of it ends in: words at the first and last character of a sentence, words running over
the newline between sentences ("\\nged"), runs of sentences without any word."""

from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from matcher._sentences import Doc, Sentence
from matcher._triggers import ALL_TRIGGERS, CERT_TRIGGERS

_WORDS = sorted(ALL_TRIGGERS)
_FILLER = ["", " ", "x", "the", "AND", "\u0130", ".", "  "]


def _expected(hay: str, starts: list[int], word: str) -> list[int]:
    """Sentences holding the last character of an occurrence of ``word``, by str.find, with a
    newline before the text (a word written "\\nged" also opens the first sentence)."""
    found: set[int] = set()
    hay = "\n" + hay
    pos = hay.find(word)
    while pos >= 0:
        found.add(bisect_right(starts, pos + len(word) - 2) - 1)
        pos = hay.find(word, pos + 1)
    return sorted(found)


def _doc(rnd: random.Random) -> Doc:
    pool = _WORDS + list(CERT_TRIGGERS) + _FILLER  # capitals: the scan reads the lower case
    n = rnd.randint(0, 12)
    texts = ["".join(rnd.choices(pool, k=rnd.choice((0, 1, 1, 3, 6)))) for _ in range(n)]
    return Doc([Sentence(t.strip("\n") or "-", "") for t in texts])


@pytest.mark.parametrize("seed", range(4))
def test_with_words_is_each_words_sentences(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(150):
        doc = _doc(rnd)
        if len(doc.lower) != len(doc.text):  # positions in the lowered text shift
            continue
        for w in _WORDS:
            assert doc.with_words((w,)) == _expected(doc.lower, doc.starts, w), (w, doc.lower)


def test_words_at_sentence_edges() -> None:
    doc = Doc([Sentence(t, "") for t in ("year", "nothing here", "x", "a ged", "ged year")])
    assert doc.with_words(("year",)) == [0, 4]
    assert doc.with_words(("\nged",)) == [4]  # runs over the newline: its end is in sentence 4
    assert doc.with_words((" ged",)) == [3]
    # the text's start counts as a line start: "GED required." opening a posting with no title
    assert Doc([Sentence(t, "") for t in ("ged required", "x")]).with_words(("\nged",)) == [0]


@pytest.mark.parametrize("seed", range(2))
def test_words_the_scan_does_not_know_read_the_same(seed: int) -> None:
    # with_words answers a word outside the automaton by str.find: it must place an occurrence
    # as the scan does (the sentence of its last character, the text's start a line start)
    rnd = random.Random(seed)
    words = ["\nthe", "\nx", "x\nthe", "the", ". \nand", "\n\u0130"]
    assert not set(words) & set(ALL_TRIGGERS)
    for _ in range(150):
        doc = _doc(rnd)
        for w in words:
            assert doc.with_words((w,)) == _expected(doc.lower, doc.starts, w), (w, doc.lower)
