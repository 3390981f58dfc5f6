"""Speed gates of session 18 (s18speed): a pattern is skipped on ASCII text only where its
derived words are absent, so a gate never hides a match; a pattern led by the lookahead of its
first characters, or an alternation read from the end part by part, finds what it found. Random
texts are built from the pieces at their edges (capitals, the phrases' spellings, a long s re.I
reads as "s")."""

from __future__ import annotations

import random
import re

from matcher import _experience_patterns as ep
from matcher import _extract, _paths_kinds, _paths_lieu

_PIECES = [
    "two years of experience",
    "2 additional years of coding",
    "four (4) years of work",
    "six months of billing",
    " may be substituted for ",
    " May Be Substituted For ",
    " can substitute for ",
    " will be accepted in place of ",
    " can be considered in lieu of ",
    " may be used instead of ",
    " may ",
    " be ",
    "substitute",
    "accepted",
    " for ",
    "the degree",
    "an associate degree",
    "the required bachelor's",
    "\u017fubstituted",  # re.I reads the long s as "s": not ASCII, never gated
    ".",
    ",",
    " ",
    "experience",
]


def _texts(seed: int, count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(1, 12))) for _ in range(count)]


def test_substitute_gate_hides_no_match() -> None:
    gate = _paths_lieu._MAY_SUBSTITUTE
    assert gate is not None
    found = 0
    for text in _texts(1):
        match = _paths_lieu.SUBSTITUTE_RE.search(text)
        found += match is not None
        if text.isascii() and not gate(text.lower()):
            assert match is None, text
    assert found > 300


_PART_PIECES = [
    "two years of clerical experience",
    ", ",
    "of which",
    "Of Which",
    "of them",
    "of those",
    "including at least",
    "one year must be in",
    "one must have been in",
    "one of these years",
    "one of the years",
    "one ",
    "year ",
    "in ",
    "must be ",
    "medical records",
    "\u017ft",  # not ASCII: never gated
    ".",
]


def test_part_inside_gate_hides_no_match() -> None:
    gate = _extract._PART_INSIDE_GATE
    assert gate is not None
    rng = random.Random(2)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choices(_PART_PIECES, k=rng.randint(1, 10)))
        match = _extract._PART_INSIDE_RE.search(text)
        found += match is not None
        if text.isascii() and not gate(text.lower()):
            assert match is None, text
    assert found > 300


def test_led_clause_pattern_finds_the_same_cuts() -> None:
    plain = re.compile(r"\b(?:that|which|demonstrating|including|indicat\w*)\b|[.;:]")
    pieces = [
        "that",
        "which",
        " ",
        "indicates",
        "thatch",
        "including",
        ".",
        ";",
        ":",
        "x",
        "\u0131",
    ]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 12)))
        for pos in (0, 10):
            ours = _paths_kinds._CLAUSE_RE.search(text, pos)
            theirs = plain.search(text, pos)
            assert (ours and ours.span()) == (theirs and theirs.span()), text


_BEFORE_PIECES = [
    "within the last ",
    "in the past ",
    "over the ",
    "including ",
    "of which ",
    "up to ",
    "under ",
    "less than ",
    "no less than ",
    "$18.50 - ",
    "Our coders average ",
    "our HIM director has ",
    "commit to ",
    "handles about 9,000 requests ",
    "twice ",
    "3 times ",
    "after your first ",
    "hour ",
    "four ",
    "Within ",
    "\u017f",  # not ASCII: the as-written patterns
    "x" * 30,
    " ",
]


def test_before_figure_parts_find_what_the_alternation_finds() -> None:
    """_Patterns.before_figure reads each part of _BEFORE_FIGURE_RE from the end apart (and a
    part of few words only where one is): it finds a match exactly where the alternation does,
    on the lower case of ASCII text with the lowered copies and on other text as written."""
    rng = random.Random(4)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choices(_BEFORE_PIECES, k=rng.randint(1, 6)))[-80:]
        plain = ep._BEFORE_FIGURE_RE.search(text) is not None
        found += plain
        if text.isascii():
            assert (ep._LOWERED.before_figure(text.lower()) is not None) == plain, text
        assert (ep._AS_WRITTEN.before_figure(text) is not None) == plain, text
    assert found > 500
