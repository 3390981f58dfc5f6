"""The two sides of an "or" in one sentence (matcher._paths_inline reads them as routes), and
the years of experience stated around the alternatives."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from matcher._lexicon_codes import CERT_CODES_PATTERN
from matcher._paths_kinds import experience_kind
from matcher._paths_parts import first_years, names_work
from matcher._paths_route import SIDE_LABEL_RE
from matcher._rules_substitution import EXPERIENCE_KIND_WORDS
from schemas.models import QualificationPath
from schemas.vocab import EDUCATION_RANK

#: " or " not followed by what makes it no alternative route ("or higher", "or GED").
OR_RE: Final = re.compile(
    # "(or 1 year with an associate degree)": an aside that opens with the alternative
    # ("; Or, Education: ...", "; Or - an associate degree": a sentence opening with the "or"
    # read on from the one before, matcher._paths_scan.ALT_OPENINGS)
    r"(?:,? |\()\bor\b(?:(?<=; or)(?:,|:| -))? "
    r"(?!(?:higher|above|more|GED|HiSET|greater|better|equivalent\b"
    r"(?! (?:" + EXPERIENCE_KIND_WORDS + "experience|combination))|"
    # "a degree in HIM or a (closely) related field": the field of study, not a route
    r"(?:an? |any |other )?(?:closely |directly )?related (?:field|discipline|area|major))\b)",
    re.I,
)
#: Experience joined to the alternatives with "and" / "plus", before them ("six months of records
#: experience and either ...") or after them ("..., plus six months of records experience").
_SHARED_BEFORE_RE: Final = re.compile(r"\b(?:and|plus)(?: either)?\s?$", re.I)
_SHARED_AFTER_RE: Final = re.compile(r"^\W{0,3}(?:and|plus|as well as)\s", re.I)
#: Between the clauses of a shared part, compiled once (re.split with a pattern string runs the
#: re module's Python code on every call, even in the compiled build).
_CLAUSE_SPLIT_RE: Final = re.compile(r"[.;:]\s")


def shared_years(head: str, tail: str) -> float | None:
    """Years of experience every route asks besides its own, stated around the alternatives."""
    for part, joined in (
        (head, _SHARED_BEFORE_RE.search(head)),
        (tail, _SHARED_AFTER_RE.match(tail)),
    ):
        # "... plus 3 years of coding": the kind of work names experience too (names_work)
        if joined is None or ("experience" not in part.lower() and not names_work(part)):
            continue
        clause = part[: joined.start()] if part is head else part[joined.end() :]
        clause = _CLAUSE_SPLIT_RE.split(clause)[-1 if part is head else 0]
        worked = "experience" in clause.lower() or names_work(clause)
        years = first_years(clause) if worked else None
        if years is not None:
            return years[0]
    return None


#: A credential code closing the text before an "or", and one opening the text after it.
_CODE_END_RE: Final = re.compile(r"\b(?:" + CERT_CODES_PATTERN + r"),?\s?$")
_CODE_START_RE: Final = re.compile(r"\s?(?:an? |the )?(?:" + CERT_CODES_PATTERN + r")\b")
_ENUMERATOR_RE: Final = re.compile(r"^\s?(?:\([a-e1-5]\)|[a-e1-5]\))\s?")
#: Where a side ends; also before experience added to both ("..., plus six months of ...").
#: A figure restated in digits ("two (2) years") is no aside: the side goes on past it; nor is
#: "plus" right after the diploma ("or a high school diploma plus two years of ..."): the
#: diploma and its years are one route.
_CLAUSE_END_RE: Final = re.compile(
    # a dot with a lower-case word after it is an abbreviation's, as split_sentences reads it
    # ("CCS with 1 yr. exp.": the side goes on)
    r"(?:[;:]|\.(?! [a-z]))\s|\s[-–]\s|\((?!\d{1,2}\))|,\s(?:plus|as well as)\s|"
    # (the lookahead first: most spaces fail it before the lookbehinds are tried)
    r"\s(?=plus\s|as well as\s)(?<!diploma\s)(?<!GED\s)(?<!ged\s)(?<!school\s)"
    # ... only before years: "one year of experience plus an associate degree" is one route
    r"(?:plus|as well as)\s(?=(?:an? |at least |an additional |additional )?"
    r"[\w-]+ (?:\(\d+\) )?(?:years?|months?)\b)|"
    r",\sand\s(?=[\w-]+ (?:\(\d+\) )?(?:years?|months?)\b)|$"
)


#: "either" opening the alternatives ("Either a coding certificate or ..."): routes_apart.
_EITHER_RE: Final = re.compile(r"(?:^|\s)either\s", re.I)


def routes_apart(text: str, m: re.Match[str]) -> bool:
    """Whether the "or" at ``m`` sets two whole routes apart: a semicolon before it ("A coding
    certificate; or an associate degree plus two years"), the item's letter or number after it
    ("..., or (2) an associate degree plus ..."), or "either" opening the alternatives before
    it. The years "plus" adds to the right route are then that route's own, whatever the two
    levels (session 17)."""
    return (
        text[m.start() - 1 : m.start()] == ";"
        or _ENUMERATOR_RE.match(text[m.end() : m.end() + 8]) is not None
        or _EITHER_RE.search(text, 0, m.start()) is not None
    )


def lower_degree_plus_years(
    text: str,
    pos: int,
    right: str,
    a: QualificationPath,
    b: QualificationPath | None,
    *,
    apart: bool = False,
) -> QualificationPath | None:
    """The right route with its years, where a lower degree "plus" years of experience makes up
    for the higher one on the left ("a bachelor's degree, or an associate degree plus four years
    of HIM experience"; a comma or a semicolon before the "or"): the years are that route's own,
    not asked beside the bachelor's (the side ends before "plus", where years asked of every
    route are usually added: "a certificate or an associate degree plus two years"), or, where
    the routes are set ``apart`` (routes_apart), whatever the levels. Else None."""
    if (
        b is None
        or not (a.label == b.label == "education")
        or a.education is None
        or b.education is None
        or (not apart and EDUCATION_RANK[a.education] <= EDUCATION_RANK[b.education])
    ):
        return None
    end = text.find(right, pos) if right else -1
    tail = text[end + len(right) :] if end >= 0 else ""
    if not tail.lstrip().lower().startswith("plus "):
        return None
    years = shared_years("", tail)
    if years is None:
        return None
    return b.model_copy(
        update={
            "label": "education and experience",
            "experience_years": years,
            "experience_kind": experience_kind(tail),
        }
    )


def _next_or(low: str, pos: int) -> int:
    """Where the next " or" or "(or" starts in ``low`` from ``pos``, or -1."""
    space, paren = low.find(" or", pos), low.find("(or", pos)
    return space if paren < 0 or 0 <= space < paren else paren


def ors(text: str, low: str) -> Iterator[re.Match[str]]:
    """OR_RE's matches in ``text`` (``low`` its lower case), as finditer gives them.

    A match opens with " or" (after a comma at most) or "(or": the engine is started only where
    str.find sees one, instead of trying the pattern at every character (the scan was a
    fifth of sentence_paths, h15r, issue 15). No letter other than "o" / "r" lower-cases to
    them; a lower case of another length gets the plain scan."""
    if len(low) != len(text):
        yield from OR_RE.finditer(text)
        return
    pos = 0
    while (at := _next_or(low, pos)) >= 0:
        m = OR_RE.match(text, at - 1 if at > pos and text[at - 1] == "," else at)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()


def _last_stop(left: str) -> int:
    """Where the last full stop of ``left`` is, or -1: a dot with a lower-case word right after it
    is an abbreviation's ("2 years exp. in medical records", as split_sentences reads it)."""
    dot = left.rfind(". ")
    while dot >= 0 and left[dot + 2 : dot + 3].islower():
        dot = left.rfind(". ", 0, dot)
    return dot


def sides(text: str, m: re.Match[str]) -> tuple[str, str]:
    left = text[: m.start()]
    paren = left.rfind("(")
    if paren >= 0 and ")" in left[paren:]:
        paren = -1  # a closed aside ("Bachelor's in HIM (RHIA eligible) or ...") is no start
    elif paren >= 0 and not left[paren + 1 :].strip():
        paren = -1  # "2 years required (or 1 year with a degree)": the aside is the alternative
    # "six months of records experience and either one year of office work or ...": "either"
    # opens the alternatives; what is before it is everyone's (_shared_years)
    either = left.lower().rfind(" either ")
    cut = max(
        _last_stop(left),
        left.rfind("; "),
        left.rfind(": "),
        paren,
        either + 7 if either >= 0 else -1,
    )
    left = left[cut + 1 :][-160:]
    # "(a) one year of experience; or (b) completion of a program": the item's letter is no aside
    right = _ENUMERATOR_RE.sub("", text[m.end() :], count=1)
    # "...; or (b) Education: one year above high school": the item's label is no clause end
    right = SIDE_LABEL_RE.sub("", right, count=1)
    # the right side runs to the next alternative ("CCA, CCS, or CPC or completion of ..."),
    # past an "or" between two credential codes ("(b) a CCA or RHIT credential": one route)
    for nxt in ors(right, right.lower()):
        if not (
            _CODE_END_RE.search(right, 0, nxt.start()) and _CODE_START_RE.match(right, nxt.end())
        ):
            right = right[: nxt.start()]
            break
    end = _CLAUSE_END_RE.search(right)
    return left, right[: end.start() if end else 160][:160]


__all__ = ["OR_RE", "lower_degree_plus_years", "ors", "routes_apart", "shared_years", "sides"]
