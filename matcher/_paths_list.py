"""A list of three routes or more in one sentence, its items set off by ", or" / "; or" ("an
associate degree in HIT; or a certificate and one year of coding; or three years of coding
experience"): matcher._paths_inline reads one "or" as a pair of routes, and these read the
items listed before and after that pair (docs/design.md, "Qualification paths"; s14edu)."""

from __future__ import annotations

import re
from typing import Final

from matcher._lexicon_codes import CERT_CODE_RE
from matcher._paths_route import route
from schemas.models import Combination, QualificationPath
from schemas.vocab import EDUCATION_RANK, SCHOOLING_YEARS

#: Items of a list of routes set off by ", or" / "; or": "an associate degree in HIT; or a
#: certificate and one year of coding; or three years of coding experience".
_LIST_OR_RE: Final = re.compile(r"[,;] or ", re.I)
#: ... and of a numbered list, each item set off by its mark ("Qualify with one of: (1) RHIT;
#: (2) an associate degree in HIM; or (3) two years of records experience").
_LIST_ITEM_RE: Final = re.compile(r"[,;] or |[,;] (?=\(?[1-9a-e]\) )", re.I)
#: A numbered item's mark, opening a sentence or after the lead's colon: "(2) ...", "b) ...",
#: "Qualify with one of: (1) ...".
_ITEM_MARK_RE: Final = re.compile(r"(?:^|.{0,60}?: )\(?[1-9a-e]\) ", re.I)
_OPEN_MARK_RE: Final = re.compile(r"\(?[1-9a-e]\) ", re.I)
#: A list's last item that mixes the routes before it (state and county civil service): "an
#: associate degree; or two years of records experience; or any equivalent combination of
#: education and experience".
_COMBINATION_ITEM_RE: Final = re.compile(
    r"(?:an? |any )?(?:equivalent |comparable |other )?combination of (?:the )?(?:above |"
    r"related )?(?:education|experience|training|schooling)",
    re.I,
)
#: What may stand between the pair of routes read and a combination item after it.
_THEN_OR_RE: Final = re.compile(r"[\s,;]*\bor\s+", re.I)
#: The routes an earlier item may be (a credential list "CCA, CCS, or CPC" is one group).
#: Numbered items before a sentence read back at most (a handful of routes).
_MAX_EARLIER: Final = 4
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
    parts = _LIST_ITEM_RE.split(head[start + 1 :])
    if len(parts) < 2:
        return left, []
    # the first item may be a credential alone ("(1) RHIT; (2) an associate degree in HIM; or
    # (3) two years of records experience"): one more way in, as a last item may be
    first_credential = CERT_CODE_RE.search(parts[0]) is not None and not _may_be_route(parts[0])
    if not all(map(_may_be_route, parts[1:] if first_credential else parts)):
        return left, []  # most lists: credentials or systems ("CCA, CCS, or CPC"), not routes
    routes = [route(part.strip()) for part in parts[:-1]]
    found = [
        r
        for n, r in enumerate(routes)
        if r is not None
        and (
            r.label in _LISTED_LABELS
            or (first_credential and n == 0 and r.label == "certification")
        )
    ]
    if len(found) != len(routes) or route(parts[-1].strip()) is None:
        # "six months in a hospital or physician office, or completion of a medical office or
        # medical records certificate program": the last "or" is inside the last item
        return left, []
    return parts[-1].strip(), found


def listed_after(text: str, end: int) -> tuple[list[QualificationPath], bool]:
    """The routes of the items listed after the pair read, each set off by ", or" / "; or"
    ("a bachelor's degree, or an associate degree and two years, or four years of
    experience"), and whether the last item is an equivalent combination of them; none unless
    every item to the sentence's end is a route of schooling or experience (or that last
    combination)."""
    while end > 0 and text[end - 1] in ",;":
        end -= 1  # the side read kept the mark that sets off the next item ("...coding; or")
    rest = text[end:]
    stop = rest.find(". ")
    parts = _LIST_OR_RE.split(rest if stop < 0 else rest[:stop])
    if len(parts) < 2 or parts[0].strip(" ,;"):
        # the pair's right side is not followed by another item set off by ", or" / "; or"
        return [], combination_follows(text, end)
    items = parts[1:]
    mixed = _COMBINATION_ITEM_RE.match(items[-1].strip()) is not None
    if mixed:
        items = items[:-1]
    # the last item may be a credential alone ("...; or an associate degree and one year of
    # the experience; or current registration as an RHIT"): one more way in, as "two years of
    # experience, or RHIT certification" is one of two
    # (not "a combination of these with a CCA": the routes before, joined to it)
    last_credential = (
        bool(items)
        and CERT_CODE_RE.search(items[-1]) is not None
        and "combination" not in items[-1].lower()
    )
    if not all(map(_may_be_route, items[:-1] if last_credential else items)):
        return [], False
    routes = [route(part.strip(" .")) for part in items]
    found = [
        r
        for n, r in enumerate(routes)
        if r is not None
        and (
            r.label in _LISTED_LABELS
            or (last_credential and n == len(routes) - 1 and r.label == "certification")
        )
    ]
    return (found, mixed) if len(found) == len(routes) else ([], False)


def combination_follows(text: str, end: int) -> bool:
    """Whether the sentence goes on from ``end`` with "or an equivalent combination ..." and
    nothing else (the pair's right side may have taken the list's ";" or ","): "an associate
    degree or two years of experience or any equivalent combination of education and
    experience"."""
    m = _THEN_OR_RE.match(text, end)
    return m is not None and _COMBINATION_ITEM_RE.match(text, m.end()) is not None


def combination_of(routes: list[QualificationPath]) -> QualificationPath | None:
    """The combination route "or an equivalent combination" adds to a list holding one route of
    experience alone (high school at most) and one of schooling alone: a year of schooling for
    a year of the experience, the schooling route's years asked in full (docs/design.md)."""
    work = [
        r
        for r in routes
        if r.experience_years
        and not r.certifications
        and SCHOOLING_YEARS[r.education or "none"] == 0
    ]
    school = [
        r for r in routes if r.education and SCHOOLING_YEARS[r.education] and not r.experience_years
    ]
    if len(work) != 1 or not school:
        return None
    years = work[0].experience_years
    assert years is not None
    low = min(school, key=lambda r: EDUCATION_RANK[r.education or "none"])
    comb = Combination(
        experience_years=years,
        schooling_years=SCHOOLING_YEARS[low.education or "none"],
        experience_kind=work[0].experience_kind,
    )
    return QualificationPath(label="combination", combination=comb)


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


def numbered_before(texts: list[str], k: int) -> str:
    """The items of a numbered list before sentence ``k`` that a split at ";" set apart, joined
    with "; " (nearest last), when sentence ``k`` is the list's next item: "Qualify with one of:
    (1) RHIT;" before "(2) an associate degree in HIM; or (3) ...". Empty when it is none."""
    if not _ITEM_MARK_RE.match(texts[k]):
        return ""
    items: list[str] = []
    j = k
    while j > 0 and len(items) < _MAX_EARLIER and _ITEM_MARK_RE.match(texts[j - 1]):
        items.append(texts[j - 1])
        j -= 1
        if not _OPEN_MARK_RE.match(texts[j]):
            break  # the list's lead ("Qualify with one of: (1) ...") opens it
    return "; ".join(reversed(items))
