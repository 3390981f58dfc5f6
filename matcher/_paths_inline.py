"""Paths stated inside one sentence, as private postings do.

"Associate degree in HIT or two years of medical records experience", "CCA, CPC or completion of
an approved coding program", "CPC or 2 years of coding experience", "bachelor's degree or
equivalent experience", "four years of experience may be substituted for the degree". Near
misses are left alone: "high school diploma or GED", "RHIT or RHIA", "associate or bachelor's",
"Epic or Cerner experience", and anything only preferred.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from matcher._paths_consider import considered, may_consider
from matcher._paths_lieu import degree_offer, lacks, may_offer, refers_back
from matcher._paths_list import (
    combination_follows,
    combination_of,
    listed_after,
    listed_before,
    lowest_schooling,
)
from matcher._paths_offers import (
    OPTION_LABEL_RE,
    OPTION_RE,
    credential_for_experience,
    headed_option_routes,
    listed_routes,
    option_routes,
)
from matcher._paths_parts import (
    credential_codes,
    education_level,
    experience_kind,
    first_years,
    names_work,
    number,
    says_experience,
)
from matcher._paths_restate import WORDS as RESTATE_WORDS
from matcher._paths_restate import as_written, restate
from matcher._paths_route import preferred, route
from matcher._paths_scan import (
    BARE_OR,
    ODD_FIRST,
    ODD_LAST,
    OR_ENDINGS,
    OR_OPENINGS,
    ROUTE_WORDS,
    SKIP_SECTIONS,
    SUBSTITUTION_WORDS,
    goes_on,
    inline_candidates,
    read_as,
)
from matcher._paths_schooling import (
    EXPERIENCE_LOOK_BACK,
    education_for_experience,
)
from matcher._paths_schooling import text_evidence as _ev
from matcher._paths_sides import OR_RE, lower_degree_plus_years, ors, shared_years, sides
from matcher._rules import holds_any
from matcher._rules_substitution import EXPERIENCE_KIND_WORDS
from matcher._scan_words import LIST_LEADS, OPTION_WORDS
from matcher._sentences import Doc, Sentence
from schemas.models import Combination, QualificationPath
from schemas.vocab import (
    CERTIFICATION_CODES,
    SCHOOLING_YEARS,
)

#: A sentence that may state alternatives holds one of these; one that may offer schooling or a
#: credential for the experience, one of the second (matcher._paths_scan reads the same words).
_holds_route_word: Final = holds_any(ROUTE_WORDS)
_holds_substitution_word: Final = holds_any(SUBSTITUTION_WORDS)
_holds_option_word: Final = holds_any(OPTION_WORDS)

_EQUIVALENT_RE: Final = re.compile(
    # "or any equivalent combination of education and experience" (state civil service)
    r"^(?:an? |any )?(?:equivalent|comparable) (?:" + EXPERIENCE_KIND_WORDS + "experience|"
    r"combination)",
    re.I,
)
#: A field label the alternatives are the value of: "Experience: 2 years or ...".
_EXPERIENCE_LABEL_RE: Final = re.compile(r"\bexperience\s?:\s?$", re.I)
_AND_RE: Final = re.compile(r"\band\b", re.I)
#: An "or" inside the schooling a substitution offer names: "college coursework in HIT or
#: medical records may substitute for the required experience".
_OR_IN_OFFER_RE: Final = re.compile(
    r"\bor\b[\w' /-]{0,60}?\b(?:may|can) (?:also )?(?:be )?substitute[ds]? for (?:the )?"
    r"(?:required )?(?:[\w-]+ )?experience\b",
    re.I,
)
#: Items of a list of routes set off by bare "or" sentences read together (a handful at most).
_MAX_ITEMS: Final = 5
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


def sentence_paths(text: str, before: str = "") -> list[QualificationPath] | None:
    """The alternatives one sentence states, or None. ``before`` is the sentence before it
    (the degree that "experience may be substituted for" may be named there)."""
    low = text.lower()
    relevant = (" or " in low or "(or " in low) and (
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
        if (
            text[m.start()] == ","
            and (own := lower_degree_plus_years(text, m.end(), right, a, b)) is not None
        ):
            return _with_evidence([a, own], text)
        if b is None or (a.label == b.label and not _degree_against_years(a, b)):
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


def inline_paths(doc: Doc) -> tuple[list[QualificationPath], list[str]] | None:
    """The first required sentence that states alternatives: (its paths, their sentences)."""
    sentences = doc.sentences
    if (hits := doc.with_words(RESTATE_WORDS)) and (
        restated := restate(
            sentences, hits if len(doc.lower) == len(doc.text) else range(len(sentences))
        )
    ):
        # "... may replace the degree", "meets the experience requirement": read as "... may be
        # substituted for ...", the evidence as written (every sentence: the candidates were
        # found in the text as written)
        found = _inline_paths(restated[0], range(len(restated[0])))
        return None if found is None else as_written(found, restated[1])
    candidates = inline_candidates(doc)
    if candidates is None:
        return _inline_paths(sentences, range(len(sentences)))
    return _inline_paths(sentences, candidates)


def _earlier(sentences: list[Sentence], k: int, memo: dict[int, str]) -> list[str]:
    """The sentences before sentence k, nearest first, as the loop read them."""
    back = range(k - 1, max(-1, k - 1 - EXPERIENCE_LOOK_BACK), -1)
    return [read_as(sentences, j, memo) for j in back]


def _may_name_years(side: str) -> bool:
    """Whether a side may name years of work (WORK_YEARS_RE's unit words, lower or title case)."""
    return "year" in side or "month" in side or "Year" in side or "Month" in side


def _considers_before(low: str) -> bool:
    """An offer the employer will consider in place of the level the sentence before asks ("...
    will also be considered"), not of one it names itself ("... will be considered in place of
    the bachelor's": that sentence before may be another field's, "master's preferred")."""
    return may_consider(low) and not any(w in low for w in ("in place of", "in lieu of"))


def _inline_paths(
    sentences: list[Sentence], indices: Iterable[int]
) -> tuple[list[QualificationPath], list[str]] | None:
    memo: dict[int, str] = {}
    for k in indices:
        text, section = sentences[k]
        if section in SKIP_SECTIONS:
            continue
        before = read_as(sentences, k - 1, memo) if k else ""  # as the loop read it
        low = text.lower()
        if text.startswith(OR_OPENINGS) and before:
            # "two years of experience in medical records; or an associate degree": the split
            # at ";" cut one statement of alternatives in two (or more: the items after it)
            text = f"{before}; {text}"
            for after_text, _ in sentences[k + 1 :]:
                if not after_text.startswith(OR_OPENINGS):
                    break
                text = f"{text}; {after_text}"
            low = text.lower()
        elif before.endswith(OR_ENDINGS):
            text = f"{before} {text}"  # "six months in a hospital, or" / "a certificate program"
            # (and the lines before it that end the same way: "(1) ..., or" / "(2) ..., or" /
            # "(3) ...", a list of routes)
            j = k - 1
            while j > 0 and sentences[j - 1].text.endswith(OR_ENDINGS) and k - j < _MAX_ITEMS:
                text = f"{sentences[j - 1].text} {text}"
                j -= 1
            low = text.lower()
        elif before in BARE_OR and k > 1:
            # "- One year of medical records work; or" / "- An associate degree ...": the "or"
            # the split at ";" set apart joins the item before to this one (and the items
            # before that one, each set off by its own "or": "a) ...; or" / "b) ...; or" /
            # "c) ...", a list of routes read as "A; or B; or C")
            items = [text]
            j = k
            while j > 1 and sentences[j - 1].text in BARE_OR and len(items) < _MAX_ITEMS:
                items.append(read_as(sentences, j - 2, memo))
                j -= 2
            items.reverse()
            text = "; or ".join(items)
            low = text.lower()
        if (
            k + 1 < len(sentences)
            # (the first letter of "or", or the last of "... or": most sentences, no call)
            and (sentences[k + 1].text[:1] in ODD_FIRST or sentences[k].text[-1:] in ODD_LAST)
            and goes_on(sentences, k)
        ):
            # "an associate degree; or a certificate and one year of coding; or three years of
            # coding": the statement goes on in the next sentences, read whole at its last
            # item (its first pair alone would leave the last route out)
            continue
        if (
            _holds_option_word(low)
            and OPTION_RE.match(text)
            and (options := option_routes(sentences, k, route)) is not None
        ):
            return options
        if (
            _holds_option_word(low)
            and OPTION_LABEL_RE.match(text)
            and (headed := headed_option_routes(sentences, k, route)) is not None
        ):
            return headed
        if any(lead in low for lead in LIST_LEADS) and (
            (listed := listed_routes(sentences, k, route)) is not None
        ):
            return listed
        # "applicants without a degree ...", "will consider an associate degree with ..."
        if _holds_route_word(low) or lacks(low) or may_consider(low):
            # a credential offered for part of the experience, first: its "CCA or RHIT" is one
            # group, not two routes
            offered = "experience" in low and ("replace" in low or "substitut" in low)
            if offered:
                cred = credential_for_experience(text, _earlier(sentences, k, memo))
                if cred is not None:
                    return cred[0], [text, cred[1]] if cred[1] != text else [text]
            if offered and _OR_IN_OFFER_RE.search(text):
                # the offer first: its "or" is inside the schooling, not between two routes
                after = [t for t, _ in sentences[k + 1 : k + 2]]
                found = education_for_experience(text, [*_earlier(sentences, k, memo), *after])
                if found is not None:
                    return found[0], [text, found[1]] if found[1] != text else [text]
            paths = sentence_paths(text, before)
            if paths:
                # a degree the substitution sentence refers back to belongs to the paths too
                used = (
                    before
                    if (refers_back(text, before) or _considers_before(low))
                    and not OR_RE.search(text)
                    else ""
                )
                return paths, [text, used] if used else [text]
            # "candidates without the two years may qualify with a degree" offers schooling too
            if _holds_substitution_word(low) or "without" in low:
                # the experience replaced may be stated before or right after
                after = [t for t, _ in sentences[k + 1 : k + 2]]
                found = education_for_experience(text, [*_earlier(sentences, k, memo), *after])
                if found is None and offered:
                    found = credential_for_experience(text, after)  # the experience after it
                if found is not None:
                    return found[0], [text, found[1]] if found[1] != text else [text]
    return None


__all__ = [
    "education_for_experience",
    "inline_paths",
    "number",
    "sentence_paths",
]
