"""Experience a posting says no schooling may replace (docs/design.md, "Qualification paths"):
"The one year of medical or health records experience cannot be substituted", "Education may not
be substituted for the six months of coding experience". That part is asked on every route, so
a schooling route the posting offers in place of the rest of the experience asks it too
(blind28, s17b28).
"""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_kinds import experience_kind
from matcher._paths_parts import first_years
from matcher._scan_words import KEPT_WORDS
from matcher._sentences import Doc
from schemas.models import QualificationPath

_REFUSAL = r"(?:cannot|can ?not|may not|must not|will not|is not to|are not to)(?: be)?"
_FIGURE = r"[\w-]+ (?:\(\d{1,2}\) )?(?:years?|months?) of (?:[\w/-]+ ){0,6}?experience"
KEPT_RE: Final = re.compile(
    # "The one year of medical records experience cannot be substituted (by education)"
    r"\b(?:the )?(?P<a>" + _FIGURE + r") " + _REFUSAL + r" (?:substituted|replaced)\b|"
    # "Education cannot be substituted for the one year of HIM experience"
    r"\b(?:education|schooling|coursework|college|training) " + _REFUSAL + r" "
    r"(?:substituted|used) (?:for|in place of|in lieu of) (?:the )?(?:required )?(?P<b>"
    + _FIGURE
    + r")",
    re.I,
)
#: A sentence that may hold KEPT_RE's match holds one of these words (lower case; the posting's
#: one trigger scan finds them: matcher._scan_words).
_WORDS: Final = KEPT_WORDS


def kept_years(doc: Doc) -> tuple[float, str | None, str] | None:
    """The years of experience no schooling may replace, their kind and their sentence."""
    if "not" not in doc.lower:
        return None
    for i in doc.with_words(_WORDS):  # none in most postings
        text = doc.sentences[i].text
        m = KEPT_RE.search(text)
        if m is None:
            continue
        said = m.group("a") or m.group("b")
        years = first_years(said)
        if years is not None:
            return years[0], experience_kind(said), text
    return None


def with_kept(
    paths: list[QualificationPath], years: float, kind: str | None
) -> list[QualificationPath]:
    """Every route that asks no experience asks the ``years`` kept (schooling stands in for the
    rest of the experience only)."""
    out: list[QualificationPath] = []
    for p in paths:
        if p.experience_years is None and p.combination is None and p.education is not None:
            p = p.model_copy(
                update={
                    "label": f"{p.label} and experience",
                    "experience_years": years,
                    "experience_kind": kind,
                }
            )
        out.append(p)
    return out


__all__ = ["KEPT_RE", "kept_years", "with_kept"]
