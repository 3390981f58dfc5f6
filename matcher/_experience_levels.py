"""Levels of one job hired at once ("Clerk I: ... No experience required." / "Clerk II: ... and
two years of experience ..."): each level is a way in, like the grades of a federal announcement
(docs/design.md, "Qualification paths"; docs/matching.md, "grade sections"). The flat experience
is what every level asks: a figure only a higher level asks is not everyone's (seen23, s15exp).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from matcher._sentences import Doc, Sentence

#: A level of the job opening a sentence: "Clerk I:", "HIM Clerk II -", "Level 2:", "Coder III"
#: on its own line. Capitalised words then a numeral (as written: "Clerk I", not "clerk i").
_LEVEL_RE: Final = re.compile(
    r"^\W{0,3}(?P<base>(?:[A-Z][\w/&.-]* ){0,3}?[A-Z][\w/&.-]*) (?P<n>I{1,3}|IV|[1-4])"
    r"(?:\s?[:\-\u2013(]|\s*$)"
)
#: Labels that number something else: routes (matcher._paths_offers reads options), steps of
#: applying, parts of a page.
_NOT_LEVELS: Final = frozenset(
    ("option", "pattern", "alternative", "route", "step", "phase", "part", "section", "question")
)
#: How many sentences before the figure's may hold its level's label; how many a level holds.
_LOOK_BACK: Final = 3
_LEVEL_SENTENCES: Final = 6
#: The longest label on a line of its own ("Health Information Technician III").
_LABEL_LINE: Final = 40


def _level(text: str) -> tuple[str, str] | None:
    """(base, numeral) of a level label opening ``text``, or None."""
    m = _LEVEL_RE.match(text)
    if m is None or m.group("base").split()[-1].lower() in _NOT_LEVELS:
        return None
    return m.group("base"), m.group("n")


def another_level_asks_none(
    doc: Doc,
    said: str,
    read: Callable[[Doc], tuple[tuple[float, str] | None, tuple[float, str] | None]],
) -> bool:
    """Whether the figure read from sentence ``said`` belongs to one level of the job
    and another level asks none ("No experience required") or states no figure (``read`` reads
    a level's sentences).
    Cheap first: only a sentence opening with a level label (or one of the few after it) is
    looked at further."""
    sentences = doc.sentences
    pos = doc.text.find(said)  # the sentence's index, found in C (where a sentence starts)
    while pos >= 0 and doc.starts[doc.index(pos)] != pos:
        pos = doc.text.find(said, pos + 1)
    if pos < 0:
        return False
    at = doc.index(pos)
    own = None
    for k in range(at, max(-1, at - 1 - _LOOK_BACK), -1):
        text = sentences[k].text
        # the figure's own sentence, or a label on a line of its own before it
        if k == at or len(text) <= _LABEL_LINE:
            own = _level(text)
            if own is not None:
                break
    if own is None:
        return False
    base, numeral = own
    starts = [
        (k, lv[1])
        for k, s in enumerate(sentences)
        if (lv := _level(s.text)) is not None and lv[0] == base
    ]
    if len({n for _, n in starts}) < 2:
        return False
    for j, (k, n) in enumerate(starts):
        if n == numeral:
            continue
        end = starts[j + 1][0] if j + 1 < len(starts) else len(sentences)
        block: list[Sentence] = sentences[k : min(end, k + _LEVEL_SENTENCES)]
        theirs = read(Doc(block))[0]  # (required, preferred): the level's required figure
        if theirs is None or theirs[0] == 0:
            return True  # (a smaller figure of its own was read as the lowest already)
    return False


__all__ = ["another_level_asks_none"]
