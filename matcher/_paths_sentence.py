"""The alternatives one sentence states (``sentence_paths``): "Associate degree in HIT or two
years of medical records experience", "CCA, CPC or completion of an approved coding program",
"bachelor's degree or equivalent experience", "four years of experience may be substituted for the
degree"; near misses are left alone ("high school diploma or GED", "RHIT or RHIA", "associate or
bachelor's", "Epic or Cerner experience"). matcher._paths_inline chooses the sentences, joins the
pieces a split cut apart and hands each statement here.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_consider import considered, may_consider
from matcher._paths_kinds import credential_codes, experience_kind
from matcher._paths_lieu import degree_offer, may_offer
from matcher._paths_list import (
    combination_follows,
    combination_of,
    listed_after,
    listed_before,
    lowest_schooling,
)
from matcher._paths_parts import education_level, first_years, names_work, says_experience
from matcher._paths_route import preferred, route
from matcher._paths_schooling import text_evidence as _ev
from matcher._paths_sides import lower_degree_plus_years, ors, routes_apart, shared_years, sides
from matcher._rules_substitution import EXPERIENCE_KIND_WORDS
from schemas.models import Combination, QualificationPath
from schemas.vocab import (
    CERTIFICATION_CODES,
    SCHOOLING_YEARS,
)

_EQUIVALENT_RE: Final = re.compile(
    # "or any equivalent combination of education and experience" (state civil service)
    r"^(?:an? |any )?(?:equivalent|comparable) (?:" + EXPERIENCE_KIND_WORDS + "experience|"
    r"combination)",
    re.I,
)
#: A field label the alternatives are the value of: "Experience: 2 years or ...".
_EXPERIENCE_LABEL_RE: Final = re.compile(r"\bexperience\s?:\s?$", re.I)
_AND_RE: Final = re.compile(r"\band\b", re.I)
#: Any credential code or body as a bare substring: a side without one (and without
#: "experience") cannot be a credential or experience route (speed gate, docs/benchmarks.md).
_CODES: Final = "|".join(
    sorted(map(re.escape, {*CERTIFICATION_CODES, "AHIMA", "AAPC"}), key=len, reverse=True)
)
_ANY_CODE_RE: Final = re.compile(_CODES)
#: An "or" between two credentials or bodies ("... An AAPC or AHIMA coding credential is
#: required", "RHIT or RHIA") joins one group's alternatives, not two routes.
_CODE_ENDS_RE: Final = re.compile(r"\b(?:" + _CODES + r")\)?\s*$")
_CODE_OPENS_RE: Final = re.compile(r"^\s*(?:an? |the )?(?:" + _CODES + r")\b")


def _credentials_after_and(left: str, right: str) -> bool:
    """ "Associate degree and RHIT or RHIA", "2 years of coding and CPC or CCS": the "or" joins
    two credentials of one group after an "and" ("and" binds looser than "or", as for the
    credential groups), so it states no second route."""
    item = _AND_RE.split(left)[-1]
    return (
        bool(credential_codes(item))
        and education_level(item) is None
        and first_years(item) is None
        and bool(credential_codes(right))
        and education_level(right) is None
        and first_years(right) is None
    )


def _degree_against_years(a: QualificationPath, b: QualificationPath) -> bool:
    """ "A bachelor's and one year, or an associate and three years": two routes of schooling
    with experience, each a different level, so more years stand in for the higher degree."""
    return (
        a.label == "education and experience"
        and a.education is not None
        and b.education is not None
        and a.education != b.education
        and a.experience_years != b.experience_years
    )


def _credentials_against_years(a: QualificationPath, b: QualificationPath) -> bool:
    """ "CCS or CPC and two years of coding; or an associate degree and the RHIT with one year":
    two routes each of a credential with years, each asking other credentials, so each is a
    whole way in (blind28)."""
    codes_a = {c for g in a.certifications for c in g.any_of}
    codes_b = {c for g in b.certifications for c in g.any_of}
    return a.label == "certification and experience" and bool(codes_b) and codes_a != codes_b


def sentence_paths(text: str, before: str = "") -> list[QualificationPath] | None:
    """The alternatives one sentence states, or None. ``before`` is the sentence before it
    (the degree that "experience may be substituted for" may be named there)."""
    low = text.lower()
    relevant = (" or " in low or "(or " in low or "; or" in low) and (
        "exp" in low  # "experience", and "exp." in shorthand ("3 yrs. exp. or CCS")
        or "complet" in low
        or "program" in low
        or "certif" in low
        or "degree" in low
    )
    for m in ors(text, low) if relevant else ():
        left, right = sides(text, m)
        if preferred(left) or preferred(right):
            continue
        head = text[: m.start() - len(left)]
        if "experience" not in left.lower() and _EXPERIENCE_LABEL_RE.search(head):
            left = "experience " + left  # "Experience: 2 years (or 1 year with a degree)"
        # Two routes of one kind, or two schooling routes, are no paths: one side must be a
        # credential or experience route, or the right "equivalent experience" (a third of the
        # "or" sentences pass; matcher._paths_route.route on both sides was most of the paths
        # time).
        if not (
            _EQUIVALENT_RE.match(right)
            or "experience" in left.lower()
            or "experience" in right.lower()
            or _ANY_CODE_RE.search(left)
            or _ANY_CODE_RE.search(right)
            or names_work(left)  # "six months in a hospital, or a certificate program"
            # "a degree, or 3+ years of HIM work in lieu of it"; "1+ yr office exp OR a
            # certificate": the work by another name, on either side
            or (_may_name_years(right) and names_work(right))
            or ("exp" in low and (says_experience(left) or says_experience(right)))
            # "a bachelor's degree, or an associate degree plus four years of HIM experience"
            or (" plus " in low and "experience" in low)
        ):
            continue
        if " and " in left and _credentials_after_and(left, right):
            continue
        if (
            _CODE_ENDS_RE.search(left)
            and _CODE_OPENS_RE.match(right)
            and not _may_name_years(right)
        ):
            continue  # "AAPC or AHIMA": the group's alternatives ("..., or a CPC with 2 years
            # of coding experience" is a route of its own)
        a = route(left)
        if a is None:
            continue
        if (
            _EQUIVALENT_RE.match(right)
            and "combination" in right.lower()
            and a.label in ("experience", "education and experience", "training and experience")
            and a.experience_years
        ):
            # "one year of records experience, or an equivalent combination of training and
            # experience": schooling may make up the years, a year of it for a year of work;
            # "an associate degree and one year of experience; or an equivalent combination":
            # any mix of the route's total years (its schooling counted as docs/design.md says)
            years_asked = a.experience_years + SCHOOLING_YEARS[a.education or "none"]
            comb = Combination(
                experience_years=years_asked,
                schooling_years=years_asked,
                experience_kind=a.experience_kind,
            )
            return _with_evidence(
                [a, QualificationPath(label="combination", combination=comb)], text
            )
        if _EQUIVALENT_RE.match(right) and a.label == "education" and a.education:
            school = SCHOOLING_YEARS[a.education]
            if not school:
                continue
            # "or equivalent coding experience": the years stand in only as that kind
            comb = Combination(
                experience_years=school,
                schooling_years=school,
                experience_kind=experience_kind(right),
            )
            return _with_evidence(
                [a, QualificationPath(label="combination", combination=comb)], text
            )
        b = route(right)
        apart = routes_apart(text, m)
        if (
            # ", or" / "; or" ("Either (a) a bachelor's degree; or (b) an associate degree plus
            # two years of experience"), or routes set apart ("A coding certificate; or an
            # associate degree plus two years", "Either a certificate or ... plus ...")
            (apart or text[m.start()] == ",")
            and (own := lower_degree_plus_years(text, m.end(), right, a, b, apart=apart))
            is not None
        ):
            return _with_evidence([a, own], text)
        if b is None or (
            a.label == b.label
            and not _degree_against_years(a, b)
            and not _credentials_against_years(a, b)
        ):
            continue
        if a.label == "certification" and b.label == "certification and experience":
            continue  # "CCS or CPC and five years of coding": (CCS or CPC) and the years
        if {a.label, b.label} <= {"education", "training"}:
            continue
        end = text.find(right, m.end()) if right else -1
        shared = None
        if a.experience_years or b.experience_years:  # experience against schooling
            shared = shared_years(head, text[end + len(right) :] if end >= 0 else "")
        if (
            shared
            and a.experience_years
            and not b.experience_years
            and b.label in ("education", "training", "certification")
        ):
            # "a bachelor's plus 1 year of coding, or an associate plus 3 years of coding", "two
            # years of records experience, or a certificate program plus one year": the left
            # route states its own years, so the years after the right one are its own
            b = b.model_copy(
                update={
                    "label": f"{b.label} and experience",
                    "experience_years": shared,
                    "experience_kind": experience_kind(text[end + len(right) :]),
                }
            )
        elif shared:
            # experience asked beside the alternatives is on every route
            a, b = (
                p.model_copy(update={"experience_years": (p.experience_years or 0) + shared})
                for p in (a, b)
            )
        listed, mixed = [a, b], False
        if end >= 0 and (", or " in low or "; or " in low):
            # a list of three routes or more (rare): the items before and after the pair too,
            # the pair's left side then its last item alone
            last, before_pair = listed_before(text, m, left)
            if before_pair:
                a = route(last) or a
            after, mixed = listed_after(text, end + len(right))
            listed = lowest_schooling([*before_pair, a, b, *after])
        elif end >= 0 and "combination" in low:
            mixed = combination_follows(text, end + len(right))
        if mixed and (mixed_route := combination_of(listed)) is not None:
            listed.append(mixed_route)  # "...; or an equivalent combination of the two"
        return _with_evidence(listed, text)
    # a lower level with years the employer "will consider" in place of the one asked before
    if may_consider(low) and (offer := considered(text, before)) is not None:
        return _with_evidence(offer, text)
    # experience offered in place of the degree: "four years of experience may be substituted
    # for the degree", "in lieu of a degree, four years of coding experience"
    if text.isascii() and not may_offer(low):
        return None  # most sentences
    offer = degree_offer(text, low, before)
    return None if offer is None else _with_evidence(offer, text)


def _with_evidence(paths: list[QualificationPath], text: str) -> list[QualificationPath]:
    return [p.model_copy(update={"evidence": _ev(text)}) for p in paths]


def _may_name_years(side: str) -> bool:
    """Whether a side may name years of work (WORK_YEARS_RE's unit words, lower or title case)."""
    return "year" in side or "month" in side or "Year" in side or "Month" in side


__all__ = ["sentence_paths"]
