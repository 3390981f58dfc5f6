"""Shift words that name the department's teams, not the job's shift ("Our hospital runs day,
evening and night teams in HIM; this opening is on the day team"), another department's shifts
the job does not work ("Our lab runs night shifts; this role does not") and a weekday's part of
day in a duty ("everything the units sent down on Friday night"): read by matcher._schedule."""

from __future__ import annotations

import re
from typing import Final

from matcher._rules_shift import OTHER_TEAMS_AFTER_RE, OTHER_TEAMS_BEFORE_RE

#: The list of shift words before the one found ("day, " of "day, evening and night teams").
_LIST_BEFORE_RE: Final = re.compile(r"(?:\w+\s?(?:,|and|or|&|/)\s?)+$")


def other_teams(text: str, start: int, end: int) -> bool:
    """The shift word names one of the department's teams ("runs day, evening and night teams"),
    not the job's shift (matcher._rules_shift, OTHER_TEAMS_*)."""
    if OTHER_TEAMS_AFTER_RE.match(text, end) is None:
        return False
    # back over the list to its first shift word, then the verb before it
    lo = max(0, start - 60)
    head = _LIST_BEFORE_RE.sub("", text[lo:start])
    return OTHER_TEAMS_BEFORE_RE.search(head) is not None


#: The job said not to work the shift just named: "(Our 24-hour pharmacy and lab run night
#: shifts; this role does not.)", "The ED staffs nights, but this position does not".
_NOT_THIS_ROLE_AFTER_RE: Final = re.compile(
    r"(?:\s?(?:shifts?|hours|coverage))?\s?(?:[;,.:\u2013\u2014-]\s?|\s(?=but\b|while\b))"
    r"(?:but |while |though |however,? )?(?:this|the|your) (?:role|position|job|opening)"
    r"(?: itself)? (?:does not|doesn't|will not|won't)(?:\s?[.);]|$)",
    re.I,
)
#: A weekday's part of day after a preposition, one of them (singular): the time of an event
#: in a duty, not a shift ("everything the units sent down on Friday night", "admissions since
#: Sunday evening"; not "Friday nights", "every Saturday night").
_EVENT_DAY_BEFORE_RE: Final = re.compile(
    r"\b(?:on|from|since|after|over|by|until|before|through|last) "
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day $",
    re.I,
)


def not_this_role(text: str, end: int, following: str = "") -> bool:
    """The shift word just before ``end`` is one the job is said not to work ("... run night
    shifts; this role does not"): ``following`` is the next sentence, read on when the word
    ends this one (a split at ";" cut the clause off)."""
    after = text[end : end + 60]
    if following and len(after) <= 8:
        after = f"{after}; {following[:40]}"
    return ("not" in after or "n't" in after) and _NOT_THIS_ROLE_AFTER_RE.match(after) is not None


def event_time(text: str, start: int, end: int) -> bool:
    """The shift word at ``start:end`` is a weekday's part of day in a duty ("sent down on
    Friday night"): one of them, after a preposition, no "shift" after it."""
    word = text[start:end].lower()
    if word.endswith("s") or word not in ("night", "evening", "morning", "afternoon"):
        return False
    before = text[max(0, start - 20) : start]
    return (
        "day " in before.lower()
        and _EVENT_DAY_BEFORE_RE.search(before) is not None
        and not text[end : end + 7].lower().startswith((" shift", "-shift"))
    )


__all__ = ["event_time", "not_this_role", "other_teams"]
