"""The sentence cuts of matcher._cuts (_CUT_RE and its ASCII twin _CUT_ASCII_RE, found from
the character closing a sentence) cut every line as the re.split pattern they replaced, kept here
as the reference: each blank class, the a.m./p.m. exception, bars, bullet glyphs, semicolons, the
characters a sentence may start with and lines past MAX_SENTENCE_CHARS, in random lines."""

from __future__ import annotations

import random
import re

import pytest

from matcher._abbreviations import FIGURE_CUE_AFTER, FIGURE_CUES, FIGURE_LEADERS
from matcher._cuts import (
    _ASCII_MARKS,
    _CUT_ASCII_RE,
    _CUT_RE,
    _MARKS,
    _cut_end,
    _may_cut,
    _pieces,
)
from matcher._lexicon import MAX_SENTENCE_CHARS
from matcher._sentences import split_sentences

#: The split pattern of main 2ddcbd3 (session 9), the behaviour the cuts keep, with session 18's
#: one change: a dot closing an abbreviation a figure follows ("incl. 1 yr", "Min. 3 years";
#: matcher._abbreviations: FIGURE_LEADERS, FIGURE_CUES) ends no sentence before a digit.
_OPENS = re.escape(FIGURE_CUE_AFTER)
_REFERENCE_SPLIT_RE = re.compile(
    r"[\s;](?:(?<=[.!?]\s)(?<![aApP]\.[mM]\.\s)"
    + "".join(rf"(?!(?<=(?<![^\W_])(?<!\d )(?ai:{w})\.\s)\s*\d)" for w in sorted(FIGURE_LEADERS))
    + "".join(
        rf"(?!(?<=(?:(?<![\s\S])|(?<=[{_OPENS}])|(?<=[{_OPENS}] ))(?ai:{w})\.\s)\s*\d)"
        for w in sorted(FIGURE_CUES)
    )
    + r"\s*(?=[A-Z•\-*($\d])|"
    r"(?=[•·▪●◦|])(?<=\s)(?:[•·▪●◦]\s?|\|\s)|(?<=;)\s+)"
)


def _reference(line: str) -> list[str]:
    out: list[str] = []
    for part in _REFERENCE_SPLIT_RE.split(line):
        part = part.strip()
        while len(part) > MAX_SENTENCE_CHARS:
            cut = part.rfind(" ", 0, MAX_SENTENCE_CHARS)
            cut = cut if cut > MAX_SENTENCE_CHARS // 2 else MAX_SENTENCE_CHARS
            out.append(part[:cut])
            part = part[cut:].strip()
        if part:
            out.append(part)
    return out


# every ASCII blank \s takes (the \x1c-\x1f separators too), Unicode blanks and digits, the
# punctuation around cut points, bullet glyphs, letters of both cases, and the characters a new
# sentence may open with
_ALPHABET = [*" \t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u3000\xa0", *".!?;|:,-*($", *"•·▪●◦–✓"]
_ALPHABET += ["a", "A", "p", "P", "m", "M", "x", "1", "\u0663", "Day ", "p.m. ", "a.m. ", "A.M. "]
_ALPHABET += [" | ", "; ", ". ", "? ", "! ", " \u2022 "]
# the abbreviations a figure follows, whole, inside a word, after a figure, and in upper case
_ALPHABET += ["incl.", "Min.", "APPROX.", " pref.", "admin.", "3 min.", "3min.", "_est.", "é"]
_ALPHABET += ["(", ", ", ": ", "-", "x pref.", "REQ.", "(min.", "- max. "]
#: Words for lines past MAX_SENTENCE_CHARS.
_LONG = ["word ", "Word ", ". ", "; ", " | ", "x", " ", "p.m. ", "\t"]


def _lines(n: int, seed: int, alphabet: list[str], size: tuple[int, int]) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choices(alphabet, k=rnd.randint(*size))) for _ in range(n)]


def test_every_ascii_character_is_cut_alike() -> None:
    for c in map(chr, range(128)):
        for line in (f"Done.{c}Next", f"a{c}|{c}b", f"a;{c}b", f"a{c}\u2022b"):
            assert _pieces(line) == _reference(line), repr(line)
            if line.isascii():
                assert _pieces(line, _ASCII_MARKS) == _reference(line), repr(line)


@pytest.mark.parametrize("seed", range(3))
def test_cuts_split_random_lines_as_the_reference(seed: int) -> None:
    for line in _lines(6000, seed, _ALPHABET, (0, 40)):
        assert _pieces(line) == _reference(line), repr(line)
        if line.isascii():
            assert _pieces(line, _ASCII_MARKS) == _reference(line), repr(line)


def test_long_lines_are_cut_as_the_reference() -> None:
    for line in _lines(300, 7, _LONG, (80, 400)):
        assert _pieces(line) == _pieces(line, _ASCII_MARKS) == _reference(line)


#: The characters of a line whose only blank is the space (an ASCII text normalise_text left so).
_SPACED = [
    c for c in _ALPHABET if c.isascii() and not any(b in c for b in "\t\n\v\f\r\x1c\x1d\x1e\x1f")
]


@pytest.mark.parametrize("seed", range(2))
def test_may_cut_holds_every_line_the_cuts_cut(seed: int) -> None:
    # a line whose only blank is the space: split_sentences searches it only when _may_cut says so
    for line in _lines(6000, seed, _SPACED, (0, 40)):
        assert _may_cut(line) or _CUT_ASCII_RE.search(line) is None, repr(line)


@pytest.mark.parametrize("seed", range(3))
def test_ascii_marks_cut_random_lines_as_the_reference(seed: int) -> None:
    # the pattern tried only at its marks (str.find) cuts an ASCII line as the search did: lines
    # of spaces only (those split_sentences gives it), and of every ASCII blank
    ascii_chars = [c for c in _ALPHABET if c.isascii()]
    for alphabet in (_SPACED, ascii_chars):
        for line in _lines(6000, seed, alphabet, (0, 40)):
            assert _pieces(line, _ASCII_MARKS) == _reference(line), repr(line)
    for line in _lines(300, seed, _LONG, (80, 400)):
        assert _pieces(line, _ASCII_MARKS) == _reference(line), repr(line)
    for line in ("a; | b", "Ends 5 p.m. Monday. Next", "a | | b", "a. | B", "x;  ; y", "A.  B"):
        assert _pieces(line, _ASCII_MARKS) == _reference(line), repr(line)


def test_other_blanks_are_cut_through_split_sentences() -> None:
    # no ". " in the text: a tab after the stop is still a cut (the text is not space-only)
    assert [s.text for s in split_sentences("rhit coding.\tCpc preferred")] == [
        "rhit coding.",
        "Cpc preferred",
    ]


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("a; | b", ["a", "| b"]),  # the blank before the bar went with the ";": no second cut
        ("a \u2022 \u2022 b", ["a", "\u2022 b"]),  # nor with a glyph's
        ("Ends 5 p.m. Monday. Next", ["Ends 5 p.m. Monday.", "Next"]),
    ],
)
def test_cuts_never_overlap(line: str, pieces: list[str]) -> None:
    assert _pieces(line) == _reference(line) == pieces


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


@pytest.mark.parametrize("seed", range(2))
def test_cut_end_is_where_the_pattern_matches(seed: int) -> None:
    # _pieces makes the pattern's tests in code at each mark: the same end, or none; on an
    # ASCII line the ASCII pattern's too
    for line in _lines(4000, seed, _ALPHABET, (0, 30)):
        for i, c in enumerate(line):
            if c in _MARKS:
                m = _CUT_RE.match(line, i)
                assert _cut_end(line, i) == (-1 if m is None else m.end()), (repr(line), i)
                if line.isascii():
                    m = _CUT_ASCII_RE.match(line, i)
                    assert _cut_end(line, i) == (-1 if m is None else m.end()), (repr(line), i)
