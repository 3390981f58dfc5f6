"""Whether a mention in a sentence is required or preferred, from the words around it
(matcher._certs and matcher._education ask it of each credential and schooling mention), else
from the section the sentence sits in (matcher._sentences)."""

from __future__ import annotations

import re
from typing import Final

from matcher._lexicon import (
    IDEAL_RE,
    NEGATION_RE,
    PREFERRED_RE,
    REQUIRED_RE,
    STRICT_REQUIRED_RE,
)
from matcher._rules_lower import led, lowered
from matcher._sentences import Sentence

_WITH_END_RE: Final = re.compile(
    r"\b(?:with|holding|having|possessing)\s(?:an?\s|the\s|current\s|active\s|valid\s)?$", re.I
)
#: A clause ends between a mention and a later cue ("CPC required, preferred ..."), or a verb
#: of its own opens the next one after a strict requirement: "We require a diploma and prefer a
#: certificate", "Must have a diploma and preferably an associate degree".
#: (re.I: mention_level reads it on the lowered text too, "AND" / "BUT" in capitals alike)
_NEXT_CLAUSE_RE: Final = re.compile(r"[,;]|\s[-–]\s|\s(?:and|but)\s", re.I)
#: A strict requirement just before a mention: "Must have CRC", "Required: CCS", "We require
#: a high school diploma", "Requires an RHIT".
_MUST_END_RE: Final = re.compile(
    r"\b(?:must (?:have|hold|possess|be)|required:|(?:we |also )?requires?|(?:we|you) "
    # a floor is a requirement: "minimum 1 year, preferred 2 years"
    r"(?:will )?need|minimum(?: of)?|at least)\s+(?:an? |the )?[\w. -]{0,20}$",
    re.I,
)
#: A parenthesis of a few words ("(graduate of a CAHIIM-accredited program)"): skipped when the
#: cue after it is read.
_PARENTHESIS_MAX: Final = 80
_PARENTHESIS_RE: Final = re.compile(rf"\([^()]{{1,{_PARENTHESIS_MAX}}}\)")
#: The cues mention_level reads, in its order, and their case-sensitive copies for lower-case
#: ASCII text (matcher._rules_lower; tests/matcher/test_speed_mention.py compares the two).
_CUES: Final[tuple[re.Pattern[str], ...]] = (
    PREFERRED_RE,
    STRICT_REQUIRED_RE,
    NEGATION_RE,
    IDEAL_RE,
    REQUIRED_RE,
    _MUST_END_RE,
    _WITH_END_RE,
)
_LOWER_CUES: Final = tuple(led(lowered(rx)) for rx in _CUES)


def mention_level(
    sentence: Sentence,
    before: str,
    after: str,
    *,
    default_needs_cue: bool = True,
    reach: int = 60,
) -> str | None:
    """ "required" / "preferred" for a mention, from the words around it, else from its section.

    ``after`` is the text from the mention up to the next mention of the same field, ``before``
    the text since the previous one, so "HS diploma required, associate preferred" reads each
    part on its own. ``reach`` is how far after the mention a cue still applies. "The ideal
    candidate will have" before the mention reads as a preference for every field (the ideal
    hire is more than the required minimum: IDEAL_CUES). None when nothing says the mention is a
    requirement of this job.
    """
    near, back = after[:reach], before[-80:]
    # ASCII text lowered keeps every position, and only positions and "found" are read here:
    # the case-sensitive copies then do the work of the re.I cues at about half the cost
    if near.isascii() and back.isascii():
        near, back = near.lower(), back.lower()
        cues = _LOWER_CUES
    else:
        cues = _CUES
    preferred_re, strict_re, negation_re, ideal_re, required_re, must_end_re, with_end_re = cues
    soft = preferred_re.search(near)
    if soft is None and "(" in near and not strict_re.search(near):
        # a parenthesis between the mention and its cue counts for nothing in the reach: "RHIT
        # or RHIT-eligible (graduate of a CAHIIM-accredited program) preferred" (blind30)
        bare = _PARENTHESIS_RE.sub("()", after[: reach + _PARENTHESIS_MAX])[:reach]
        near = bare.lower() if cues is _LOWER_CUES else bare
        soft = preferred_re.search(near)
    # the nearer cue wins: "CPC required, preferred qualifications include CRC" keeps CPC
    # required (the later cue opens the next clause); "not required but a plus" stays preferred
    strict = (
        strict_re.search(near, 0, soft.start()) and not negation_re.search(near, 0, soft.start())
        if soft
        else strict_re.search(near)
    )
    if strict:
        return "required"
    # "Must have CRC, preferred experience with ...": the preference is the next clause's
    # Every cue holds letters: an empty ``back`` (half the calls, a mention opening its
    # sentence) matches none of them, and its searches are skipped (a call each, ~3k
    # instructions compiled)
    if soft and not (
        back and _NEXT_CLAUSE_RE.search(near, 0, soft.start()) and must_end_re.search(back[-40:])
    ):
        return "preferred"
    if back and (preferred_re.search(back) or ideal_re.search(back)):
        return "preferred"
    if sentence.section == "preferred":
        return "preferred"
    if sentence.section == "required" or (back and required_re.search(back)):
        return "required"
    if back and with_end_re.search(back[-30:]):  # "a coder with CPC certification"
        return "required"
    if not default_needs_cue:
        return "required"
    return None


__all__ = ["mention_level"]
