"""Cues around an offer of experience for schooling (matcher._education.extract_substitution):
a refusal in the offer's own clause, and the bare offer that names no schooling of its own."""

from __future__ import annotations

import re
from typing import Final

#: An offer of experience with no object, closing its sentence.
BARE_OFFER_RE: Final = re.compile(
    r"\bexperience (?:may|can|will) (?:also )?(?:be )?substitute[ds]?(?=\s?(?:[.;)]|$))", re.I
)


#: A refusal in the offer's own clause: "Experience will not be accepted in lieu of the degree".
_REFUSED_RE: Final = re.compile(r"\b(?:not|cannot|can't|never)\b", re.I)


def refused(text: str, start: int, end: int) -> bool:
    """The offer at text[start:end] is refused by a word before it in its clause (or inside it):
    "... will not be accepted in lieu of a degree" offers nothing."""
    head = max(*(text.rfind(c, 0, start) for c in (".", ";", ",", " but ")), start - 40)
    return _REFUSED_RE.search(text, max(0, head), end) is not None
