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


#: Experience offered in place of the diploma itself: "Additional qualifying experience may
#: substitute for the high school education on a year-for-year basis", "two years of clerical
#: work experience may be accepted in lieu of the diploma". No schooling above high school is
#: replaced (the flag stays false) and the diploma is not everyone's (README, s13edu; blind28).
DIPLOMA_REPLACED_RE: Final = re.compile(
    r"\bexperience (?:may|can|will) (?:also )?(?:be )?(?:substitute[ds]?|accepted|used) "
    r"(?:for|in place of|in lieu of|instead of) (?:the |a )?(?:required )?"
    r"(?:(?:high school|h\.?s\.?) (?:education|diploma|graduation)|diploma|ged)\b",
    re.I,
)


def diploma_replaced(text: str) -> bool:
    """Whether ``text`` offers experience in place of the diploma (not refused)."""
    if "diploma" not in text.lower() and "school" not in text.lower() and "ged" not in text.lower():
        return False
    m = DIPLOMA_REPLACED_RE.search(text)
    return m is not None and not refused(text, m.start(), m.end())
