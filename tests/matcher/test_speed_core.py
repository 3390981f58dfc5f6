"""Speed mechanisms of the extractor's core (issue 15): the heading-phrase look-up by a line's
first characters reads a line as the plain str.startswith over every phrase did, and Doc's
sentence starts (built in C) are where each sentence stands in the joined text."""

from __future__ import annotations

import random

import pytest

from matcher import _lines
from matcher._doc import Doc
from matcher._sentences import Sentence, _is_heading
from tests.matcher._heading_reference import is_heading_plain


def _case(rnd: random.Random, text: str) -> str:
    return "".join(c.upper() if rnd.random() < 0.3 else c for c in text)


@pytest.mark.parametrize("seed", range(3))
def test_heading_phrase_lookup_reads_lines_as_startswith_over_every_phrase(seed: int) -> None:
    rnd = random.Random(seed)
    tails = ["", " to succeed", " here", " x", " and more words", ".", ":", " \u0130x", "!"]
    lines = []
    for phrase in _lines._HEADING_PHRASES:  # every phrase, also those sharing a head
        for _ in range(4):
            line = _case(rnd, phrase) + rnd.choice(tails)
            lines += [line, line[: rnd.randint(1, len(line))], "\u212a" + line[1:]]
    lines += ["", "a", "What", "Nice t", "\u0130\u0130\u0130 what you need"]
    for line in lines:
        assert _is_heading(line) == is_heading_plain(line), line
    # every phrase in sentence case is read as a heading (a look-up keeping one phrase per head
    # would lose the others)
    for phrase in _lines._HEADING_PHRASES:
        assert _is_heading(phrase.capitalize() + " here"), phrase


@pytest.mark.parametrize(
    "texts",
    [[], [""], ["a"], ["Medical Coder\nRemote", "RHIT required.", "", "Day shift"], ["", ""]],
)
def test_doc_starts_are_where_each_sentence_stands(texts: list[str]) -> None:
    doc = Doc([Sentence(t, "") for t in texts])
    assert doc.text == "\n".join(texts)
    assert len(doc.starts) == len(texts)
    for start, text in zip(doc.starts, texts, strict=True):
        assert doc.text[start : start + len(text)] == text
    for i, start in enumerate(doc.starts):
        if texts[i]:
            assert doc.index(start) == i
