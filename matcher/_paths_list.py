"""A list of three routes or more in one sentence, its items set off by ", or" / "; or" ("an
associate degree in HIT; or a certificate and one year of coding; or three years of coding
experience"): matcher._paths_inline reads one "or" as a pair of routes, and these read the
items listed before and after that pair (docs/design.md, "Qualification paths"; s14edu)."""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_route import route
from schemas.models import QualificationPath
from schemas.vocab import EDUCATION_RANK

#: Items of a list of routes set off by ", or" / "; or": "an associate degree in HIT; or a
#: certificate and one year of coding; or three years of coding experience".
_LIST_OR_RE: Final = re.compile(r"[,;] or ", re.I)
#: The routes an earlier item may be (a credential list "CCA, CCS, or CPC" is one group).
_LISTED_LABELS: Final = frozenset(
    ("education", "experience", "education and experience", "training", "training and experience")
)


#: Words an item that is a route of schooling or experience holds one of (lower case): looked
#: for before the route reader runs on each item (it costs ~10k instructions an item).
_ROUTE_ITEM_WORDS: Final = (
    "degree",
    "certificate",
    "program",
    "diploma",
    "school",
    "college",
    "education",
    "year",
    "month",
    "experience",
    "graduat",
    "complet",
)


def _may_be_route(part: str) -> bool:
    low = part.lower()
    return any(w in low for w in _ROUTE_ITEM_WORDS)


def listed_before(text: str, m: re.Match[str], left: str) -> tuple[str, list[QualificationPath]]:
    """The left side of the "or" at ``m`` without the items listed before it, and those items'
    routes: the pair read at a list's last "or" is not all of it (a third route before them was
    lost). Each earlier item must be a route of schooling or experience, else nothing changes."""
    head = text[: m.start()]
    start = max(head.rfind(": "), head.rfind(". "))
    parts = _LIST_OR_RE.split(head[start + 1 :])
    if len(parts) < 2:
        return left, []
    if not all(map(_may_be_route, parts)):
        return left, []  # most lists: credentials or systems ("CCA, CCS, or CPC"), not routes
    routes = [route(part.strip()) for part in parts[:-1]]
    found = [r for r in routes if r is not None and r.label in _LISTED_LABELS]
    if len(found) != len(routes) or route(parts[-1].strip()) is None:
        # "six months in a hospital or physician office, or completion of a medical office or
        # medical records certificate program": the last "or" is inside the last item
        return left, []
    return parts[-1].strip(), found


def listed_after(text: str, end: int) -> list[QualificationPath]:
    """The routes of the items listed after the pair read, each set off by ", or" / "; or"
    ("a bachelor's degree, or an associate degree and two years, or four years of
    experience"); none unless every item to the sentence's end is a route of schooling or
    experience."""
    while end > 0 and text[end - 1] in ",;":
        end -= 1  # the side read kept the mark that sets off the next item ("...coding; or")
    rest = text[end:]
    stop = rest.find(". ")
    parts = _LIST_OR_RE.split(rest if stop < 0 else rest[:stop])
    if len(parts) < 2 or parts[0].strip(" ,;"):
        return []  # the pair's right side is not followed by another item
    if not all(map(_may_be_route, parts[1:])):
        return []
    routes = [route(part.strip(" .")) for part in parts[1:]]
    found = [r for r in routes if r is not None and r.label in _LISTED_LABELS]
    return found if len(found) == len(routes) else []


def lowest_schooling(routes: list[QualificationPath]) -> list[QualificationPath]:
    """The routes with schooling-only items offered side by side kept as the lowest of them:
    "a coding program, or an associate degree, or three years of coding" is a certificate or
    the years (alternatives count as the lowest, docs/design.md)."""
    schooling = [
        r
        for r in routes
        if r.label in ("education", "training")
        and r.education
        and not r.experience_years
        and not r.certifications
    ]
    if len(schooling) < 2:
        return routes
    low = min(schooling, key=lambda r: EDUCATION_RANK[r.education or "none"])
    return [r for r in routes if r is low or r not in schooling]
