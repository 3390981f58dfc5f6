"""Split posting text into bounded sentences, each tagged with the section it sits in.

``Doc`` (matcher._doc: the sentences joined, and the one trigger-word scan) is re-exported here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Final, NamedTuple

from matcher._doc import _LOWER_WORDS, Doc
from matcher._furniture import (
    furniture,
    holds_field_word,
    may_hold_furniture,
    names_field,
)
from matcher._lexicon import MAX_INPUT_CHARS, MAX_SENTENCE_CHARS, SECTION_WORDS
from matcher._lines import (
    _BULLET_RE,
    _BULLET_STARTS,
    _HEADING_COLON_RE,
    _HEADING_MAX_CHARS,
    _SENTENCE_ENDS,
    _UPPER_MARK_ENDS,
    _dash_heads,
    _is_heading,
    _join_labels,
    _short_label,
    _unwrap,
)

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
_CUT_RE: Final = re.compile(
    r"[.!?;•·▪●◦|](?:(?<=[.!?])(?<![aApP]\.[mM]\.)\s+(?=[A-Z•\-*($\d])|(?<=;)\s+|"
    r"(?<=\s[•·▪●◦])\s?|(?<=\s\|)\s)"
)
# The same for an ASCII text, where no bullet glyph can occur (its first class a bitmap of ASCII
# characters, which the engine scanned several times faster than one holding glyphs).
_CUT_ASCII_RE: Final = re.compile(
    r"[.!?;|](?:(?<=[.!?])(?<![aApP]\.[mM]\.)\s+(?=[A-Z\-*($\d])|(?<=;)\s+|(?<=\s\|)\s)"
)
#: The ASCII blanks \s takes but the space and the newline.
_ODD_ASCII_BLANKS: Final = "\t\v\f\r\x1c\x1d\x1e\x1f"
#: Headings in a row naming this many kinds of section are a page's menu, not headings.
_MENU_KINDS: Final = 3
#: The sections a label opening a later sentence of a line may switch between.
_LEVEL_KINDS: Final = frozenset(("required", "preferred"))


class Sentence(NamedTuple):
    """One sentence (or bullet) of a posting, with the kind of section it is in.

    A named tuple: a posting holds dozens and a tuple is the cheapest immutable record to build.
    """

    text: str
    section: str  # "required" | "preferred" | "benefits" | "duties" | "schedule" | ""


#: Builds a Sentence without the Python-level __new__ of a NamedTuple (a posting has dozens).
_sentence: Final = tuple.__new__
#: How a line stating a level ends ("RHIT preferred", "CPC-A accepted"), lower case.
_LEVEL_ENDS: Final[tuple[str, ...]] = (
    "preferred",
    "required",
    "desired",
    "a plus",
    "helpful",
    "mandatory",
    "needed",
    "accepted",
)

# One pattern per kind, tried in the order of SECTION_WORDS (the first kind that matches wins).
_SECTION_RES: Final = tuple(
    (kind, re.compile("|".join(re.escape(w) for w in words))) for kind, words in SECTION_WORDS
)


@lru_cache(maxsize=4096)  # headings repeat across postings ("Qualifications", "Benefits")
def section_kind(heading: str) -> str | None:
    """The kind of section a heading opens, or None when the words say nothing.

    >>> section_kind("Preferred Qualifications"), section_kind("Benefits & Perks")
    ('preferred', 'benefits')
    """
    low = heading.lower()
    for kind, rx in _SECTION_RES:
        if rx.search(low):
            return kind
    return None


#: A label's answer: "Yes", "No", "Yes - full benefits", "No (per diem)"; not "No-cost parking".
_ANSWER_RE: Final = re.compile(r"(?:yes|no)(?:$|[\s,.;:(])", re.I)


#: "Benefits eligible" said of the job: with other words on its line it is no heading.
_ELIGIBLE_RE: Final = re.compile(r"\bbenefits?[- ]eligible\b", re.I)


def _answered(line: str) -> bool:
    """Whether a heading-like line is a label answered on it: "Benefits eligible: Yes", or the
    job's eligibility among its other terms: "Full Time, Benefits Eligible" (s18seen26)."""
    colon = line.find(":")
    if colon > 0 and _ANSWER_RE.match(line[colon + 1 :].lstrip()) is not None:
        return True
    m = _ELIGIBLE_RE.search(line)
    return m is not None and bool((line[: m.start()] + line[m.end() :]).strip(" \t-,:;|()"))


def _states_level(line: str) -> bool:
    """Whether a short line is a credential with its level ("RHIT preferred", "CPC-A required"):
    a list item whose bullet the page's HTML took away (<li>), not a heading over the lines after
    it; "Education Preferred", "Skills Required" and "SKILLS REQUIRED" stay headings."""
    if line.isupper() or not line.lower().endswith(_LEVEL_ENDS):
        return False
    return any(len(w) > 1 and w.isupper() for w in line.split()[:-1])


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
    am_pm = i >= 3 and line[i - 2] == "." and line[i - 3] in "aApP" and line[i - 1] in "mM"
    return -1 if mark == "." and am_pm else j


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


def split_sentences(text: str, *, wrapped: bool = True) -> list[Sentence]:
    """Sentences in order, each carrying the kind of the section heading above it.

    ``wrapped`` joins hard-wrapped lines (plain text); text from HTML keeps one block a line.

    >>> [(s.text, s.section) for s in split_sentences("Benefits:\\nTuition aid.\\nDental plan.")]
    [('Benefits:', 'benefits'), ('Tuition aid.', 'benefits'), ('Dental plan.', 'benefits')]
    """
    sentences: list[Sentence] = []
    section = ""
    general = False  # the preferred section's heading names no field ("Preferred Qualifications")
    after_heading = False
    run_base = ""  # the section before a run of headings
    run_kinds: set[str] = set()  # the kinds of section the run's headings name
    text = text[:MAX_INPUT_CHARS]
    ascii_text = text.isascii()
    marks = _ASCII_MARKS if ascii_text else _MARKS
    # An ASCII text whose only blank in a line is the space (most: normalise_text makes them so)
    # is cut only where a line holds ". ", "; " and the like: str's substring tests settle most
    # lines far cheaper than the pattern, whose character class costs ~50 instructions a
    # character of the line (sre's charset scan; 6,303k -> 6,238k a posting compiled)
    spaced = ascii_text and not any(c in text for c in _ODD_ASCII_BLANKS)
    lines = text.split("\n")
    labels = ":\n" in text  # a label may stand over its value (_join_labels)
    # "Education -" for "Education:" (one C scan: most texts hold no line ending on a dash)
    if "-\n" in text or (not ascii_text and ("–\n" in text or "—\n" in text)):
        labels = _dash_heads(lines) or labels
    if wrapped:
        lines = _unwrap(lines)
    if labels:
        lines = _join_labels(lines, section_kind)
    pairs = (
        furniture(lines, section_kind=section_kind)
        if may_hold_furniture(lines)
        else zip(lines, repeat(False))
    )
    for line, menu in pairs:
        line = line.strip()
        # sentences.append, not a local alias of it: compiled (mypyc), a list's append is a
        # direct C call and an alias a generic Python call
        if menu:  # a tab menu's items are no headings: the section stays as it was
            sentences.append(_sentence(Sentence, (line, section)))
            continue
        item = False
        if (
            line[:1] in _BULLET_STARTS or (line[1:2] in _UPPER_MARK_ENDS and line[:1].isupper())
        ) and (bullet := _BULLET_RE.match(line)) is not None:
            line = line[bullet.end() :].strip()
            item = True
        if not line:
            if after_heading and len(run_kinds) >= _MENU_KINDS:
                # a page's tab menu ends at a blank line ("Full Time - Permanent" after it is
                # no heading of the menu's)
                section, after_heading = run_base, False
            continue
        if after_heading and section == "benefits" and _ANSWER_RE.match(line):
            # "Benefits Eligible" / "Yes - full package": the label's answer on the next line,
            # not the first line of a benefits section over the requirements after it
            section, after_heading = run_base, False
            sentences.append(_sentence(Sentence, (line, "benefits")))
            continue
        # _is_heading's first test inline: a line ending a sentence is none (a third of the
        # short lines; the call cost more than the test). A bulleted line without a colon is a
        # list item ("- Epic ROI module experience" under "Bonus points"), not a new heading.
        if (
            len(line) <= _HEADING_MAX_CHARS
            and line[-1] not in _SENTENCE_ENDS
            and not (item and line[-1] != ":")
            and _is_heading(line)
            and not _states_level(line)
        ):
            kind = section_kind(line)
            if kind == "benefits" and _answered(line):
                # "Benefits Eligible: Yes": a field with its answer, not a benefits section
                # over the requirements after it
                sentences.append(_sentence(Sentence, (line, kind)))
                continue
            if kind == "preferred":
                # "Preferred Qualifications" spans its field labels; "Certifications
                # (preferred):" is one field's block, and the next field's label ends it
                general = not holds_field_word(line)
            # "Preferred" then "AHIMA certification" on the next line: a sub-heading (or a short
            # item) of the preferred list, not a new required section
            if kind == "required" and section == "preferred" and after_heading:
                kind = "preferred"
            if not after_heading:
                run_base, run_kinds = section, set()
            if kind is not None:
                run_kinds.add(kind)
            after_heading = True
            if kind is not None:
                section = kind
            elif line.endswith(":"):
                section = ""
            sentences.append(_sentence(Sentence, (line, section)))
            continue
        if after_heading and len(run_kinds) >= _MENU_KINDS:
            # "Overview" / "Duties" / "Qualifications & Evaluations" / "Benefits & Other Info" /
            # "How to Apply" in a row: a page's tab menu (its numbers taken away), not headings
            section = run_base
        after_heading = False
        local = section
        m = _HEADING_COLON_RE.match(line) if ":" in line[:48] else None
        if m and m.group("rest"):
            kind = section_kind(m.group("head"))
            # "Licenses and Certifications: RHIT" under "Preferred Qualifications" is one of
            # the block's items: the label names the field, not a level
            if kind is not None and not (
                kind == "required"
                and section == "preferred"
                and general
                and names_field(m.group("head"))
            ):
                local = kind
        if spaced and not _may_cut(line) and len(line) <= MAX_SENTENCE_CHARS:
            sentences.append(_sentence(Sentence, (line, local)))
            continue
        pieces = _pieces(line, marks)
        if (
            m is not None
            and len(pieces) > 1
            and _short_label(m["rest"]) is not None
            and names_field(m["head"])
        ):
            # "Experience: Medical records: 2 years (Required); Excel: 1 year (Required)": a
            # field's list flattened after its label reads as the list under it ("Experience:"
            # over "- Medical records: 2 years (Required)"), each item with its own label
            sentences.append(_sentence(Sentence, (line[: m.start("rest")].rstrip(), local)))
            pieces[0] = pieces[0][m.start("rest") :]
        for k, piece in enumerate(pieces):
            # a later sentence of a line in a level's section may switch to the other level:
            # "Preferred: Associate degree. Required: HS diploma." (a flattened list) asks the
            # diploma; a label of a few words only ("... HIT preferred Hours: full-time" is a
            # joined line, not one). Switching any section ("Pay:", "What you need:") changed
            # no value on the corpus and cost +200k instructions a posting (the rules read more
            # of a requirements section)
            if (
                k
                and local in _LEVEL_KINDS
                and (h := _short_label(piece))
                and (kind := section_kind(h["head"])) in _LEVEL_KINDS
            ):
                local = kind
            sentences.append(_sentence(Sentence, (piece, local)))
    return sentences


__all__ = ["_LOWER_WORDS", "Doc", "Sentence", "section_kind", "split_sentences"]
