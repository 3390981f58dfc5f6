"""An alternative the employer "will consider" beside the schooling asked in the sentence before
(docs/design.md, "Qualification paths"): "Bachelor's degree in HIM and RHIA required. Will
consider an associate degree with RHIT and 5+ years of HIM experience." Two routes: the level
asked, or the lower level with the years (and any credential) the offer names; the years and
that credential are the second route's, not everyone's (session 13 leftover, s14edu)."""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_kinds import experience_kind
from matcher._paths_parts import first_years
from matcher._paths_route import route
from schemas.models import QualificationPath
from schemas.vocab import EDUCATION_RANK

#: "Will consider an associate degree with RHIT and 5+ years", "we may also consider candidates
#: with a coding certificate and three years of coding": the lower level held, then the years.
CONSIDER_RE: Final = re.compile(
    r"\b(?:will|may|would|can) (?:also )?consider (?:candidates |applicants |those )?"
    r"(?:with |holding )?(?P<held>(?:an? |the )?[\w' -]{0,40}?\b(?:degree|certificate)\b"
    r"[^.;]{0,80}?\b[\w-]+\+?(?: or more)? (?:years?|yrs?)\b[^.;]{0,60})|"
    # the passive: "Applicants with an associate degree and 3 years of HIM experience will also
    # be considered"
    r"\b(?:candidates|applicants|those|individuals) (?:with|holding|who hold|who have) "
    r"(?P<held2>(?:an? |the )?[\w' -]{0,40}?\b(?:degree|certificate)\b[^.;]{0,80}?\b[\w-]+\+?"
    r"(?: or more)? (?:years?|yrs?)\b[^.;]{0,60}?) (?:will|may|would|can) (?:also )?"
    # (not "... be considered in place of the bachelor's": the level replaced named there,
    # matcher._paths_lieu reads it)
    r"be considered\b(?! (?:in place|in lieu|instead))",
    re.I,
)


def may_consider(low: str) -> bool:
    """Whether a lower-case text may hold CONSIDER_RE's offer ("will consider", "will also be
    considered")."""
    return "consider " in low or "be considered" in low


#: A refusal before the offer: "will not consider ...".
_REFUSED_RE: Final = re.compile(r"\b(?:not|never)\b", re.I)


def considered(text: str, before: str) -> list[QualificationPath] | None:
    """The level the sentence ``before`` asks, and the lower one with years ``text`` will
    consider in its place, as two routes (without evidence); else None."""
    m = CONSIDER_RE.search(text)
    if m is None or not before:
        return None
    group = "held" if m.group("held") is not None else "held2"
    if _REFUSED_RE.search(text, 0, m.start(group)) or _REFUSED_RE.search(m.group()[-40:]):
        return None  # "will not consider ...", "... will not be considered"
    held_text = m.group(group)
    asked, held, years = route(before), route(held_text), first_years(held_text)
    if asked is None or held is None or years is None or not asked.education or not held.education:
        return None
    if EDUCATION_RANK[held.education] >= EDUCATION_RANK[asked.education]:
        return None  # not offered in place of the level asked
    if held.experience_years:
        return [asked, held]  # the route read its own years ("a certificate and three years")
    # "education and certification" with years: "education, certification and experience"
    label = held.label.replace(" and ", ", ") + " and experience"
    return [
        asked,
        held.model_copy(
            update={
                "label": label,
                "experience_years": years[0],
                "experience_kind": experience_kind(held_text),
            }
        ),
    ]
