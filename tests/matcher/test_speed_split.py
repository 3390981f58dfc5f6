"""The ASCII twins of the sentence-split patterns (matcher._sentences) split every ASCII line as
the general patterns do: each blank class, the a.m./p.m. exception, bars, semicolons and the
characters a sentence may start with, in random lines and at the edges."""

from __future__ import annotations

import random

import pytest

from matcher._sentences import (
    _SPLIT_ASCII_RE,
    _SPLIT_HINT_ASCII_RE,
    _SPLIT_HINT_RE,
    _SPLIT_RE,
    _pieces,
    split_sentences,
)

# every ASCII blank \s takes (the \x1c-\x1f separators too), the punctuation around split
# points, letters of both cases, digits and the characters a new sentence may open with
_ALPHABET = [*" \t\n\v\f\r\x1c\x1d\x1e\x1f", *".!?;|:,-*($", "a", "A", "p", "P", "m", "M", "x"]
_ALPHABET += ["1", "Day ", "p.m. ", "a.m. ", " | ", "; ", ". ", "? ", "! "]


def _lines(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choices(_ALPHABET, k=rnd.randint(0, 40))) for _ in range(n)]


def test_every_ascii_character_is_a_blank_alike() -> None:
    for c in map(chr, range(128)):
        line = f"Done.{c}Next"
        assert _SPLIT_ASCII_RE.split(line) == _SPLIT_RE.split(line), repr(c)
        assert bool(_SPLIT_HINT_ASCII_RE.search(line)) == bool(_SPLIT_HINT_RE.search(line))


@pytest.mark.parametrize("seed", range(3))
def test_ascii_twins_split_random_lines_alike(seed: int) -> None:
    for line in _lines(4000, seed):
        assert _SPLIT_ASCII_RE.split(line) == _SPLIT_RE.split(line), repr(line)
        found = _SPLIT_HINT_ASCII_RE.search(line)
        assert (found and found.span()) == ((m := _SPLIT_HINT_RE.search(line)) and m.span())
        assert _pieces(line, splitter=_SPLIT_ASCII_RE) == _pieces(line)


def test_ascii_and_glyph_lines_through_split_sentences() -> None:
    # lower-case items: a short line of capitalised words alone would be a heading
    text = "Shift ends 5 p.m. Monday start. Next; last\nrhit | ccs\t|\tcpc\ndays | nights"
    assert [s.text for s in split_sentences(text)] == [
        "Shift ends 5 p.m. Monday start.",
        "Next",
        "last",
        "rhit",
        "ccs",
        "cpc",
        "days",
        "nights",
    ]
    # a glyph makes the text non-ASCII: the general patterns split it
    glyphs = text + "\ndays \u2022 nights"
    assert [s.text for s in split_sentences(glyphs)][-2:] == ["days", "nights"]
