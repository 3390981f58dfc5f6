"""Shift words that name the department's teams, not the job's shift ("Our hospital runs day,
evening and night teams in HIM; this opening is on the day team"): read by matcher._schedule."""

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


__all__ = ["other_teams"]
