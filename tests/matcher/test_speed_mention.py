"""mention_level reads an ASCII mention's surroundings in lower case with case-sensitive copies of
its re.IGNORECASE cues (issue 15): it must give the level the cues give on the text as written,
whatever its case, and fall back to the cues themselves on any other text.
"""

from __future__ import annotations

import random
import re

import pytest

from matcher import _levels
from matcher._levels import mention_level
from matcher._rules_cues import (
    IDEAL_CUES,
    NEGATION_CUES,
    PREFERRED_CUES,
    REQUIRED_CUES,
    STRICT_REQUIRED_CUES,
)
from matcher._sentences import Sentence

#: Glue between the cue examples, in the cases postings write it, and a few non-ASCII letters
#: IGNORECASE folds ("\u017f" is a long s, "\u212a" the Kelvin sign).
GLUE = (
    "CPC",
    "RHIT",
    "a",
    "with",
    "WITH an",
    "Holding a",
    "must have",
    "Must Have the",
    "Required:",
    "not",
    "Not required",
    "but",
    "is a plus",
    ",",
    ";",
    " - ",
    "and",
    "or",
    "Ideal Candidate",
    "\u017ftrongly preferred",
    "\u212anowledge",
    "caf\u00e9",
    "\u0130deal",
    "\x1c",  # a separator, a blank to \s (the lowered cues spell the blanks out)
    "\t",
)


def _cue_texts() -> list[str]:
    texts: list[str] = []
    for rule in (PREFERRED_CUES, STRICT_REQUIRED_CUES, NEGATION_CUES, IDEAL_CUES, REQUIRED_CUES):
        texts += list(rule.examples)
    return texts


def _reference(sentence: Sentence, before: str, after: str, **kw: object) -> str | None:
    """mention_level as it read before the lowered copies: the re.I cues on the text as given."""
    reach, needs = kw["reach"], kw["default_needs_cue"]
    s = _levels
    near = after[: int(reach)]  # type: ignore[call-overload]
    soft = s.PREFERRED_RE.search(near)
    if soft is None and "(" in near and not s.STRICT_REQUIRED_RE.search(near):
        # a parenthesis between the mention and its cue counts for nothing in the reach
        wide = after[: int(reach) + s._PARENTHESIS_MAX]  # type: ignore[call-overload]
        near = s._PARENTHESIS_RE.sub("()", wide)[: int(reach)]  # type: ignore[call-overload]
        soft = s.PREFERRED_RE.search(near)
    strict = (
        s.STRICT_REQUIRED_RE.search(near, 0, soft.start())
        and not s.NEGATION_RE.search(near, 0, soft.start())
        if soft
        else s.STRICT_REQUIRED_RE.search(near)
    )
    if strict:
        return "required"
    if soft and not (
        s._NEXT_CLAUSE_RE.search(near, 0, soft.start()) and s._MUST_END_RE.search(before[-40:])
    ):
        return "preferred"
    if s.PREFERRED_RE.search(before[-80:]) or s.IDEAL_RE.search(before[-80:]):
        return "preferred"
    if sentence.section == "preferred":
        return "preferred"
    if sentence.section == "required" or s.REQUIRED_RE.search(before[-80:]):
        return "required"
    if s._WITH_END_RE.search(before[-30:]):
        return "required"
    return None if needs else "required"


def _recase(rng: random.Random, text: str) -> str:
    how = rng.randrange(4)
    if how == 0:
        return text.upper()
    if how == 1:
        return text.title()
    if how == 2:
        return "".join(c.upper() if rng.random() < 0.3 else c for c in text)
    return text


def _phrase(rng: random.Random, pieces: list[str], ascii_only: bool) -> str:
    words = [rng.choice(pieces) for _ in range(rng.randrange(1, 6))]
    text = " ".join(_recase(rng, w) for w in words)
    return text.encode("ascii", "ignore").decode() if ascii_only else text


@pytest.mark.parametrize("ascii_only", [True, False])
def test_mention_level_matches_the_re_i_cues_on_random_surroundings(ascii_only: bool) -> None:
    rng = random.Random(15)
    pieces = _cue_texts() + list(GLUE)
    seen: set[str | None] = set()
    for _ in range(4000):
        # a mention opening its sentence has nothing before it (mention_level skips those
        # searches)
        before = "" if rng.random() < 0.2 else _phrase(rng, pieces, ascii_only)
        after = _phrase(rng, pieces, ascii_only)
        sentence = Sentence("", rng.choice(("", "required", "preferred", "duties")))
        kw = {
            "reach": rng.choice((30, 60, 100)),
            "default_needs_cue": rng.random() < 0.5,
        }
        got = mention_level(sentence, before, after, **kw)  # type: ignore[arg-type]
        assert got == _reference(sentence, before, after, **kw), (before, after, kw)
        seen.add(got)
    assert seen == {"required", "preferred", None}  # every outcome was exercised


def test_the_lowered_cues_find_what_the_cues_find() -> None:
    rng = random.Random(7)
    pieces = _cue_texts() + list(GLUE)
    assert len(_levels._CUES) == len(_levels._LOWER_CUES) == 7
    for rx, low in zip(_levels._CUES, _levels._LOWER_CUES, strict=True):
        assert rx.flags & re.I and not low.flags & re.I
        for _ in range(500):
            text = _phrase(rng, pieces, ascii_only=True)
            assert [m.span() for m in rx.finditer(text)] == [
                m.span() for m in low.finditer(text.lower())
            ], (rx.pattern[:40], text)
