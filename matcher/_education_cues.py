"""Cues around a mention of schooling that make it no requirement (matcher._education): what the
schooling earns once hired ("Applicants with a bachelor's degree will be paid at a higher step")."""

from __future__ import annotations

import re
from typing import Final

#: What schooling earns, not what the job asks: "Applicants with a bachelor's degree will be paid
#: at a higher step", "associate degree holders start at a higher rate" (the words after the
#: mention, no requirement cue among them: "Associate degree required and hires start at step
#: 1" asks it).
_PAID_MORE_RE: Final = re.compile(
    r"^(?:(?!required|must|need)[^.;]){0,30}?\b(?:paid|placed|start|started|hired|earn|earns|"
    r"receive|receives|qualify for|qualifies for|eligible for)\b[^.;]{0,30}?\b(?:higher|additional|"
    r"extra|premium|differential|increase)\b",
    re.I,
)
#: The words one of _PAID_MORE_RE's matches holds (lower case): looked for first.
_PAID_MORE_WORDS: Final = ("higher", "additional", "extra", "premium", "differential", "increase")


def paid_more(after: str) -> bool:
    """Whether the words after a mention say what the schooling earns (_PAID_MORE_RE)."""
    head = after[:80].lower()
    return any(w in head for w in _PAID_MORE_WORDS) and _PAID_MORE_RE.match(after) is not None
