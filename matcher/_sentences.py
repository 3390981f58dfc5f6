"""Split posting text into bounded sentences, each tagged with the section it sits in.

``Doc`` (matcher._doc: the sentences joined, and the one trigger-word scan) is re-exported here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Final, NamedTuple

from matcher._cuts import _ASCII_MARKS, _MARKS, _may_cut, _pieces
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
    head_kind: str | None = None  # the kind the last heading named (None: a field's, "Experience")
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
            # item) of the preferred list, not a new required section; not after a field's
            # heading that names no level: "Preferred:" / "Associate's Degree" / "" /
            # "Experience" / "Required:" / "2 years ..." (Workday's label on its own line) asks
            # the years as "Required: 2 years ..." on one line does (s18layout)
            if kind == "required" and section == "preferred" and after_heading and head_kind:
                kind = "preferred"
            head_kind = kind
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
