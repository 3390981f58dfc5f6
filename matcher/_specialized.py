"""Federal grade experience in words: "one year of specialized experience equivalent to the next
lower grade" (or "... to the GS-04 grade level") asks for the work of the job itself at the grade
below, not a year of any work. Matching reads it from the requirement's evidence to say so, and to
leave a year whose kind the posting does not name unknown rather than met (docs/matching.md)."""

from __future__ import annotations

import re
from typing import Final

#: "equivalent to the next lower grade", "equivalent to (at least) the GS-04 grade level"
_EQUIVALENT_RE: Final = re.compile(
    r"\bequivalent to (?:at least )?(?:the )?"
    r"(?:(?P<next>next lower grade)|GS[- ]?0?(?P<n>\d{1,2})\b)",
    re.I,
)
_SPECIALIZED_RE: Final = re.compile(r"\bspeciali[sz]ed experience\b", re.I)

#: what the candidate's years must have been, when the posting names no kind of work
T_IF_SPECIALIZED: Final = "{have}, if that was work like this job's{at}"


def grade_level(evidence: str | None) -> str | None:
    """The level a year of federal experience must be equivalent to, in words ("the next lower
    grade", "GS-4"), or "" for "specialized experience" naming no grade; None when the evidence
    asks neither.

    >>> grade_level("One year of experience equivalent to the next lower grade level (GS-11)")
    'the next lower grade'
    >>> grade_level("One year of experience equivalent to the GS-04 grade level"), grade_level(
    ...     "One year of specialized experience which includes organizing patient records")
    ('GS-4', '')
    >>> grade_level("One year of experience in a medical office") is None
    True
    """
    if not evidence:
        return None
    m = _EQUIVALENT_RE.search(evidence)
    if m is not None:
        return "the next lower grade" if m.group("next") else f"GS-{int(m.group('n'))}"
    return "" if _SPECIALIZED_RE.search(evidence) else None


def specialized_need(years: str, kind_words: str, level: str) -> str:
    """ "1 year of specialized experience equivalent to GS-4", "1 year of specialized medical
    records experience" (``kind_words`` ends with a space when it names a kind)."""
    text = f"{years} of specialized {kind_words}experience"
    return f"{text} equivalent to {level}" if level else text


def if_specialized(have: str, level: str) -> str:
    """ "you have 1 year, if that was work like this job's at GS-4": a clause, as ex.you_have.

    >>> if_specialized("you have 1 year", "the next lower grade")
    "you have 1 year, if that was work like this job's at the next lower grade"
    """
    return T_IF_SPECIALIZED.format(have=have, at=f" at {level}" if level else "")


def unconfirmed(kind: str | None, level: str | None) -> bool:
    """A grade's specialized year whose kind the posting does not name: a profile's years show
    how long, not that it was this job's work at that grade, so they may meet it (unknown)."""
    return level is not None and kind in (None, "any")


__all__ = ["grade_level", "if_specialized", "specialized_need", "unconfirmed"]
