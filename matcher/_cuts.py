"""Where a line of a posting is cut into sentences: at ". " before a capital, a digit or a bullet
(not after "a.m."/"p.m.", nor after an abbreviation a figure follows), at ";", at a bullet glyph
or " | " mid-line; pieces longer than MAX_SENTENCE_CHARS are cut again. matcher._sentences
tags the pieces with their sections.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._abbreviations import FIGURE_CUE_AFTER, FIGURE_CUES, FIGURE_LEADERS
from matcher._lexicon import MAX_SENTENCE_CHARS

# A sentence ends at ". " before a capital/bullet, at ";", or at a bullet glyph or " | " mid-line.
# Each cut is found from the character that closes a sentence or opens an item (rare in a line),
# not from the blank it removes: a pattern opening with the blank was tried at every space, and
# re.split cost ~26k instructions a split line, a third of split_sentences (per posting: 6,404k
# -> 6,303k compiled, 7,736k -> 7,668k pure; s10sent).
# Each alternative opens with its own character, so one character class leads the pattern and
# the engine skips to candidates in C. The cut (the text dropped between two sentences) is the
# blank run after ".!?", the ";" and its blanks, or the blank before a glyph or bar and the one
# after it (_pieces).
# The patterns now state the cuts: _pieces makes their tests in code at each mark (_cut_end;
# tests/matcher/test_speed_split.py checks it ends where they match).
# A dot closing one of FIGURE_LEADERS, or of FIGURE_CUES opening a clause, before a digit ends
# no sentence ("incl. 1 yr in Epic", "Min. 3 years", "approx. 20 hrs/wk"; session 18). In the
# patterns: the word whole (no letter or digit before a leader, nor a figure and a blank; a
# cue at the line's start or after FIGURE_CUE_AFTER and a blank or none), in ASCII letters of
# either case, its dot, then blanks and a digit.
_OPENS: Final = re.escape(FIGURE_CUE_AFTER)
_ABBREVIATION_DIGIT: Final = (
    "(?!(?:"
    + "|".join(
        [rf"(?<=(?<![^\W_])(?<!\d )(?ai:{w})\.)" for w in sorted(FIGURE_LEADERS)]
        + [
            rf"(?<=(?:(?<![\s\S])|(?<=[{_OPENS}])|(?<=[{_OPENS}] ))(?ai:{w})\.)"
            for w in sorted(FIGURE_CUES)
        ]
    )
    + r")\s+\d)"
)
_CUT_RE: Final = re.compile(
    r"[.!?;•·▪●◦|](?:(?<=[.!?])(?<![aApP]\.[mM]\.)"
    + _ABBREVIATION_DIGIT
    + r"\s+(?=[A-Z•\-*($\d])|(?<=;)\s+|(?<=\s[•·▪●◦])\s?|(?<=\s\|)\s)"
)
# The same for an ASCII text, where no bullet glyph can occur (its first class a bitmap of ASCII
# characters, which the engine scanned several times faster than one holding glyphs).
_CUT_ASCII_RE: Final = re.compile(
    r"[.!?;|](?:(?<=[.!?])(?<![aApP]\.[mM]\.)"
    + _ABBREVIATION_DIGIT
    + r"\s+(?=[A-Z\-*($\d])|(?<=;)\s+|(?<=\s\|)\s)"
)

#: The characters _CUT_ASCII_RE opens with: it can match only where one of them stands.
#: Single characters, as str.find runs memchr for one (a two-character needle such as ". " cost
#: ~4 instructions a character of the line, a third of the saving below).
_ASCII_MARKS: Final = ".;?!|"
#: The bullet glyphs a cut may stand at (_CUT_RE), and every mark of a text that holds glyphs.
_GLYPHS: Final = "•·▪●◦"
_MARKS: Final = _ASCII_MARKS + _GLYPHS
#: The characters (but digits) a sentence cut after ".!?" opens with (the patterns' lookahead).
_OPENERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ•-*($0123456789")


def _may_cut(line: str) -> bool:
    """Whether _CUT_ASCII_RE may match a line whose only blank is the space.

    ";", "?" and "!" are looked for alone first (memchr): most lines hold none, and the
    two-character tests scanned a line at ~4 instructions a character each (~1.4k a line
    compiled). Most lines hold a ".": its two-character test stays.
    """
    return (
        "|" in line
        or ". " in line
        or (";" in line and "; " in line)
        or ("?" in line and "? " in line)
        or ("!" in line and "! " in line)
    )


def _pieces(line: str, marks: str = _MARKS) -> list[str]:
    """The sentences of a line, cut where _CUT_RE matches (_CUT_ASCII_RE: an ASCII line needs
    ``marks`` _ASCII_MARKS only). A line longer than MAX_SENTENCE_CHARS is cut into pieces of
    at most that.

    The pattern's tests are made only where a mark stands, and in code (_cut_end): its search
    class-scanned a line at ~50 instructions a character (sre's charset scan; ~4k a line of a
    text holding glyphs, every line searched), and a match call cost ~1k instructions a mark.
    """
    at: list[int] = []
    for c in marks:
        # `in` first: most lines lack most marks, and a str.find call parses its arguments
        # (~500 instructions pure; 26k -> 14k a posting added pure)
        i = line.find(c) if c in line else -1
        while i >= 0:
            at.append(i)
            i = line.find(c, i + 1)
    at.sort()
    out: list[str] = []
    last = 0  # where the current sentence starts
    end = 0  # where the previous match ended: a match never starts inside it (as search's)
    for i in at:
        if i < end:
            continue
        stop = _cut_end(line, i)
        if stop < 0:
            continue
        mark = line[i]
        # the cut starts after ".!?", at ";", and at the blank before a glyph or bar
        cut = i + 1 if mark in ".!?" else i if mark == ";" else i - 1
        # a blank already cut with the ";" or sentence end before it: "a; | b" is "a", "| b"
        # (the cuts never overlap, as re.split's matches)
        if cut >= last:
            _add_piece(out, line[last:cut])
            last = stop
        end = stop
    _add_piece(out, line[last:])
    return out


def _cut_end(line: str, i: int) -> int:
    """Where _CUT_RE.match(line, i) ends, or -1 when it does not match there: its tests in code
    (compiled, a character's test is a C call or two; the match call cost ~1k instructions, 8 a
    cut line). ``str.isspace`` is the patterns' \\s, ``str.isdecimal`` their \\d."""
    mark = line[i]
    n = len(line)
    if mark == "|":  # a bar between blanks: "rhit | ccs"
        if 0 < i < n - 1 and line[i - 1].isspace() and line[i + 1].isspace():
            return i + 2
        return -1
    if mark in _GLYPHS:  # a glyph after a blank, and the blank after it if any
        if i == 0 or not line[i - 1].isspace():
            return -1
        return i + 2 if i + 1 < n and line[i + 1].isspace() else i + 1
    j = i + 1
    while j < n and line[j].isspace():
        j += 1
    if j == i + 1:  # ".!?;" take one blank at least
        return -1
    if mark == ";":
        return j
    # after ".!?" a sentence opens; "a.m." and "p.m." end none ("5 p.m. Monday")
    if j == n or not (line[j] in _OPENERS or line[j].isdecimal()):
        return -1
    if mark != ".":
        return j
    am_pm = i >= 3 and line[i - 2] == "." and line[i - 3] in "aApP" and line[i - 1] in "mM"
    # an abbreviation a figure follows ends none before a digit ("incl. 1 yr", "Min. 3 years")
    if am_pm or (line[j].isdecimal() and _abbreviation_ends(line, i)):
        return -1
    return j


def _abbreviation_ends(line: str, i: int) -> bool:
    """Whether the dot at ``i`` closes a whole word of FIGURE_LEADERS not after a figure
    ("incl.", "approx."; not "30 min.", "Admin."), or of FIGURE_CUES opening the line or a clause
    ("Min.", ", pref."; not "RHIT pref."). Asked only before a digit (rare)."""
    k = i - 1
    while k >= 0 and line[k].isascii() and line[k].isalpha():
        k -= 1
    word = line[k + 1 : i].lower()
    if word in FIGURE_LEADERS:
        if k < 0:
            return True
        return not line[k].isalnum() and not (line[k] == " " and k > 0 and line[k - 1].isdecimal())
    if word not in FIGURE_CUES:
        return False
    if k < 0 or line[k] in FIGURE_CUE_AFTER:
        return True
    return line[k] == " " and k > 0 and line[k - 1] in FIGURE_CUE_AFTER


def _add_piece(out: list[str], part: str) -> None:
    """Append ``part`` stripped, in pieces of at most MAX_SENTENCE_CHARS, unless it is blank."""
    part = part.strip()
    while len(part) > MAX_SENTENCE_CHARS:
        cut = part.rfind(" ", 0, MAX_SENTENCE_CHARS)
        cut = cut if cut > MAX_SENTENCE_CHARS // 2 else MAX_SENTENCE_CHARS
        out.append(part[:cut])
        part = part[cut:].strip()
    if part:
        out.append(part)
