"""The posting's one trigger scan also finds the words residence, the inline paths, credential
names and "one of" lists ask
Doc.with_words for (matcher._scan_words, issue 15): each must be one the scan knows, and
with_words must give for it the sentences str.find gives (as it did by str.find before)."""

from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from matcher import (
    _cert_names,
    _paths_flat,
    _paths_kept,
    _paths_only,
    _paths_restate,
    _paths_scan,
    _residence,
    _sentences,
)
from matcher._lexicon_certs import ONE_OF_TRIGGERS
from matcher._scan_words import SCAN_WORDS
from matcher._sentences import Doc, Sentence

_WORDS = sorted(SCAN_WORDS)
_FILLER = ["", " ", "x", "or", "the", "AND", "\u0130", ".", "  ", "(", "\n", "United "]


def _expected(hay: str, starts: list[int], word: str) -> list[int]:
    # a word written with a leading newline ("\nor ", matcher._cert_routes) also finds the first
    # sentence: the scan reads the text with a newline before it (matcher._doc)
    lead = 1 if word[:1] == "\n" else 0
    hay = "\n" * lead + hay
    found: set[int] = set()
    pos = hay.find(word)
    while pos >= 0:
        found.add(bisect_right(starts, pos + len(word) - 1 - lead) - 1)
        pos = hay.find(word, pos + 1)
    return sorted(found)


def test_the_readers_words_are_scanned() -> None:
    asked = {
        *_paths_scan.INLINE_WORDS,
        *_residence._RESIDENCE_WORDS,
        *_cert_names.NAME_WORDS,
        *ONE_OF_TRIGGERS,
        *_paths_scan.WITHOUT_WORDS,
        *_paths_only._WORDS,
        *_paths_kept._WORDS,
        *_paths_restate.WORDS,
        "without",
        *_paths_scan.WITHOUT_EXPERIENCE_WORDS[0],
        *_paths_scan.CONSIDER_WORDS,
        *(_paths_flat._DIPLOMA_WORDS or ()),  # written out in _scan_words: it must follow
    }
    assert asked <= SCAN_WORDS
    assert SCAN_WORDS <= _sentences._LOWER_WORDS  # known: with_words trusts the scan for them


@pytest.mark.parametrize("seed", range(3))
def test_with_words_finds_each_scan_word_where_str_find_does(seed: int) -> None:
    rnd = random.Random(seed)
    pool = _WORDS + [w.upper() for w in _WORDS] + _FILLER
    for _ in range(200):
        texts = [
            "".join(rnd.choices(pool, k=rnd.choice((0, 1, 2, 4, 7)))).strip("\n") or "-"
            for _ in range(rnd.randint(0, 10))
        ]
        doc = Doc([Sentence(t, "") for t in texts])
        if len(doc.lower) != len(doc.text):
            continue
        for w in _WORDS:
            assert doc.with_words((w,)) == _expected(doc.lower, doc.starts, w), (w, doc.lower)
        together = doc.with_words(tuple(_WORDS))
        assert together == sorted({i for w in _WORDS for i in _expected(doc.lower, doc.starts, w)})
