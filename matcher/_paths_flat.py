"""The flat Requirements fields once a posting has qualification paths: what every path shares
(docs/design.md "Qualification paths"). A value the other extractors read from inside a path's text
(or from a substitution example after it) is replaced; one stated elsewhere, or given by the
source's structured data, stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from matcher._paths import _DIPLOMA_RE, FINISHED_SCHOOL_RE, Found, _no_education, federal_paths
from matcher._paths_inline import inline_paths
from matcher._paths_kept import kept_years, with_kept
from matcher._paths_only import fewer_years_paths
from matcher._paths_parts import names_units
from matcher._paths_route import preferred
from matcher._paths_segment import block_evidence
from matcher._paths_sentence import sentence_paths
from matcher._paths_typical import typical_paths
from matcher._rules import literal_words
from matcher._scan_words import LIST_LEADS
from matcher._sentences import Doc, Sentence
from schemas.models import CertificationRequirement, Evidence, Hints, QualificationPath
from schemas.vocab import EDUCATION_RANK


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def common_education(paths: list[QualificationPath]) -> str | None:
    """The lowest level every path asks, or None when a path asks none."""
    levels = [p.education for p in paths]
    if any(level is None for level in levels):
        return None
    return min((lvl for lvl in levels if lvl is not None), key=EDUCATION_RANK.__getitem__)


def _common_experience(paths: list[QualificationPath]) -> float | None:
    years = [p.experience_years for p in paths]
    if any(y is None for y in years):
        return None
    return min(y for y in years if y is not None)


def _substitutable(paths: list[QualificationPath]) -> bool:
    """Some route asks schooling above high school and another lets experience stand for it."""
    if any(p.combination for p in paths) and any(p.experience_years for p in paths):
        return True  # schooling counts toward the experience asked ("a combination ... may be
        # substituted for the experience")
    top = max((EDUCATION_RANK[p.education] for p in paths if p.education), default=0)
    if top <= EDUCATION_RANK["high_school"]:
        return False
    return any(
        (p.combination is not None or p.experience_years is not None)
        and EDUCATION_RANK[p.education or "none"] < top
        for p in paths
    )


_DIPLOMA_WORDS = literal_words(_DIPLOMA_RE)
#: Federal specialized experience at a grade: "one year of specialized experience equivalent to
#: (at least) the GS-5 level", "... to the next lower grade (GS-5)".
_GRADE_EQUIVALENT_RE: Final = re.compile(
    r"\bequivalent to (?:at least )?(?:the )?(?:next lower grade[^.;]{0,20}?)?GS[- ]?0?(?P<n>\d+)",
    re.I,
)


#: A sentence that opens with "or" / "OR" / "--OR--": the other side of the one before it.
_OR_NEXT_RE: Final = re.compile(r"^\W{0,4}or\b", re.I)
#: "or" before schooling inside the grade's sentence: "..., or four years of education".
_OR_INSIDE_RE: Final = re.compile(
    r"\bor\b[^.;]{0,60}\b(?:education|college|degree|schooling|study|above high school)\b", re.I
)


#: How many sentences after the routes' last one may state a figure of everyone's.
_NEXT_ITEMS: Final = 4


def _offers_schooling(text: str) -> bool:
    """Schooling offered for experience, not refused: "Education may be substituted for
    experience" (not "There is no substitution of education", matcher._paths)."""
    low = text.lower()
    return (
        any(w in low for w in ("substitut", "in lieu", "in place"))
        and any(w in low for w in ("education", "college", "degree", "schooling", "study"))
        and not _no_education(text)
    )


#: How far into a sentence a label's colon may be ("Experience and Education: ..."), in characters.
_LABEL_CHARS = 48


def _may_name_diploma(doc: Doc) -> list[Sentence]:
    """The sentences _DIPLOMA_RE may match: those holding one of its words, and every one
    that is not ASCII (re.I folds a few other letters onto ASCII ones). Its scan of all ~60
    sentences of a posting was a third of the paths time on postings with inline paths
    (h15r, issue 15)."""
    if _DIPLOMA_WORDS is None or len(doc.lower) != len(doc.text):
        return doc.sentences
    holding = set(doc.with_words(_DIPLOMA_WORDS))
    return [s for k, s in enumerate(doc.sentences) if k in holding or not s.text.isascii()]


def _diploma_apart(doc: Doc, held: Callable[[str], bool]) -> bool:
    """A required sentence that asks the diploma and is not one of the routes' own (``held``):
    everyone's."""
    return any(
        section not in ("preferred", "benefits", "duties")  # the cheap tests first
        and "prefer" not in t.lower()
        and not held(t)
        and _DIPLOMA_RE.search(t)
        for t, section in _may_name_diploma(doc)
    )


def _after_routes(sentence: str, found: Found) -> bool:
    """The sentence follows the last route's own first sentence in its text ("Education: 60
    semester hours of college. A high school diploma is required."): a requirement of its own
    that the block's text ran on to, not a route's (s13edu)."""
    ev = found.paths[-1].evidence if found.paths else None
    if ev is None:
        return False
    text, said = _norm(ev.text), _norm(sentence)[:60]
    first = text.find(". ")
    return first > 0 and text.find(said, first + 2) > 0 and said not in text[:first]


def _before_lead(said: str, blocks: list[str]) -> bool:
    """The sentence comes before the lead of the block's list of routes ("EDUCATION: Graduation
    from high school or a GED. EXPERIENCE - ONE of the following: A) ...; OR B) ..."): the
    routes are the experience's, and the sentence a requirement of its own (blind28)."""
    for b in blocks:
        at = b.find(said)
        if at < 0:
            continue
        lead = min((i for i in (b.find(w) for w in LIST_LEADS) if i >= 0), default=-1)
        return lead > at + len(said)
    return False


def find_paths(body: str, doc: Doc) -> Found | None:
    """The posting's paths: a federal block first, else a private sentence."""
    found = federal_paths(body)
    if found is not None and found.paths:
        blocks = [_norm(span) for span in found.spans]
        if found.everyone is None and _diploma_apart(
            doc,
            lambda t: (
                any(_norm(t)[:60] in b for b in blocks)
                and not _after_routes(t, found)
                and not _before_lead(_norm(t)[:60], blocks)
            ),
        ):
            # "A high school diploma is required." before a block of routes: everyone's
            found.everyone = "high_school"
        return found
    # "Any combination ... A typical way to obtain the knowledge would be: ...": the example route
    # and its combination (rare: the word from the posting's trigger scan)
    typical = typical_paths(doc) if doc.with_words(("combination",)) else None
    # (then "Graduates of a certificate program need only one year": fewer years, one route)
    inline = typical or inline_paths(doc) or fewer_years_paths(doc)
    if inline is not None:
        flat = found.flat_experience if found is not None else None
        texts = inline[1]
        if flat is not None and any(_norm(t)[-60:] in _norm(flat[1]) for t in texts):
            flat = None  # the grade's figure is the experience one route offers, not everyone's
        # a diploma asked in the same sentence ("diploma, plus an associate degree or ...") or
        # in a required sentence of its own is asked of everyone
        # (the sentence a substitution refers back to counts: "diploma and a certificate
        # program. Two years of experience may replace the certificate program.")
        # (not the diploma of a typical way: it is an example, matcher._paths_typical)
        diploma = (
            typical is None
            and any(_DIPLOMA_RE.search(t) or FINISHED_SCHOOL_RE.search(t) for t in texts)
        ) or _diploma_apart(doc, lambda t: t in texts)
        paths = inline[0]
        if (kept := kept_years(doc)) is not None:
            # "The one year of records experience cannot be substituted": on every route
            paths = with_kept(paths, kept[0], kept[1])
        return Found(paths, texts, flat, "high_school" if diploma else None, inline=True)
    return found


def flatten(
    found: Found,
    values: dict[str, Any],
    evidence: dict[str, Evidence],
    reread: Callable[[list[Sentence]], tuple[float, str] | None] | None = None,
    doc: Doc | None = None,
) -> None:
    """Set the flat fields of ``values`` to what every path shares: a value read from
    inside a path's text is replaced; one stated elsewhere (or by the source's data) stays.
    ``reread`` reads the experience figure of the sentences of ``doc`` outside the paths' text,
    for when the lowest figure read was a path's: a larger one stated apart is everyone's."""
    spans = [_norm(s) for s in found.spans]

    def inside(ev: Evidence | None) -> bool:
        if ev is None or ev.source != "text":
            return False
        t = _norm(ev.text)
        # a label on the sentence's own line ("Experience and Education: one year of ...; OR
        # ...") is not in the path's text: the sentence is read without it
        colon = t.find(": ", 0, _LABEL_CHARS)
        if colon > 0:
            t = t[colon + 2 :]
        # its start or its end: a heading before a block's first path is not in the block
        tail = t[len(t) // 3 :][:60]
        return any(t and (t[:80] in s or (len(tail) > 20 and tail in s)) for s in spans)

    def replace(name: str, value: Any, ev: Evidence | None) -> None:
        if name in values and not inside(evidence.get(name)):
            return
        values.pop(name, None)
        evidence.pop(name, None)
        if value is not None:
            values[name] = value
            if ev is not None:
                evidence[name] = ev

    paths = found.paths
    first_ev = next((p.evidence for p in paths if p.evidence is not None), None)
    stated = evidence.get("experience_years_required")
    if found.flat_experience is not None and (stated is None or inside(stated)):
        years, said = found.flat_experience
        values["experience_years_required"] = years
        evidence["experience_years_required"] = block_evidence(said)
    if not paths:
        return
    if stated is not None and stated.source == "text" and not inside(stated):
        # a figure stated outside the block, in a sentence that offers routes of its own ("One
        # year of experience ..., or one year above high school, or a combination of the two")
        # is one route's too, not everyone's
        own = sentence_paths(stated.text)
        if own is not None and _common_experience(own) is None:
            values.pop("experience_years_required", None)
            evidence.pop("experience_years_required", None)
    values["paths"] = paths
    replace("education_required", common_education(paths), first_ev)
    if found.flat_experience is None:
        apart = None
        if reread is not None and doc is not None and stated is not None and inside(stated):
            apart = _stated_apart(doc, paths, reread, inside, stated)
        if apart is not None:
            values["experience_years_required"] = apart[0]
            evidence["experience_years_required"] = _as_evidence(apart[1])
        else:
            replace("experience_years_required", _common_experience(paths), first_ev)
    for name in ("education_preferred", "experience_years_preferred"):
        if inside(evidence.get(name)):
            values.pop(name, None)
            evidence.pop(name, None)
    if _substitutable(paths) and evidence.get("education_substitutable", first_ev) is not None:
        ev = evidence.get("education_substitutable")
        if ev is None or ev.source != "structured":
            values["education_substitutable"] = True
            if first_ev is not None:
                evidence["education_substitutable"] = first_ev
    if "experience_years_required" in values and inside(evidence.get("experience_years_required")):
        kinds = [p.experience_kind for p in paths]
        if all(kinds):
            values["experience_kind"] = max(
                kinds, key=lambda k: ("coding", "records", "healthcare", "any").index(k or "any")
            )
    # a credential named in one path is neither required nor preferred; one every path must
    # obtain within N months of hire stays
    # (a credential its own sentence calls preferred, "- CPC preferred" after the routes, is no
    # route's: a block's text runs on past its last route, for the examples that follow it;
    # and a credential no route names is everyone's, though said in the routes' sentence: "RHIT
    # required; two years of experience may substitute for the associate degree"; a federal
    # block's text runs on past its routes, and its credentials are left to it)
    routed = {c for p in paths for g in p.certifications for c in g.any_of}
    values["certifications"] = [
        g
        for g in values.get("certifications", [])
        if g.within_months is not None
        or not inside(g.evidence)
        or (g.level == "preferred" and g.evidence is not None and preferred(g.evidence.text))
        or (found.inline and routed.isdisjoint(g.any_of))
    ]
    # every route names its own credential ("Option A: an associate degree and the CCS; Option
    # B: the CPC and three years"): everyone needs one of them, one required group of all
    if all(p.certifications for p in paths):
        codes = list(dict.fromkeys(c for p in paths for g in p.certifications for c in g.any_of))
        values["certifications"] = [
            g for g in values["certifications"] if set(g.any_of) != set(codes)
        ] + [CertificationRequirement(any_of=codes, level="required", evidence=first_ev)]
    if found.everyone is not None and values.get("education_required") is None:
        values["education_required"] = found.everyone
        if first_ev is not None:
            evidence["education_required"] = first_ev


def _stated_apart(
    doc: Doc,
    paths: list[QualificationPath],
    reread: Callable[[list[Sentence]], tuple[float, str] | None],
    inside: Callable[[Evidence | None], bool],
    stated: Evidence,
) -> tuple[float, str] | None:
    """A figure everyone needs that is stated apart from the routes, when the lowest figure
    read (``stated``) was a route's: one in a federal "specialized experience equivalent to
    GS-5" sentence outside them (a single grade's requirement of everyone), or one in the next
    few items after the routes that is larger than any route asks. A figure before the routes
    may be what their offers replace, so no other one before them counts. Cheap tests first:
    most postings with routes have neither (reading every sentence cost ~120k instructions)."""
    sentences = doc.sentences
    graded = []
    if "GS" in doc.text and "equivalent to" in doc.lower:
        graded = [
            s
            for k, s in enumerate(sentences)
            if "GS" in s.text
            and _GRADE_EQUIVALENT_RE.search(s.text)
            # one side of alternatives: "...; OR four years above high school" after it
            and not (k + 1 < len(sentences) and _OR_NEXT_RE.match(sentences[k + 1].text))
            and not _OR_INSIDE_RE.search(s.text)
            and not inside(_as_evidence(s.text))
        ]
    grades = {m.group("n") for s in graded for m in _GRADE_EQUIVALENT_RE.finditer(s.text)}
    if len(grades) != 1 or any(_offers_schooling(s.text) for s in sentences):
        # several grades (each asks its own, matcher._paths grade sections), or schooling
        # offered for the grade's experience: not everyone's
        graded = []
    found = reread(graded) if graded else None
    # the items after the route sentence the lowest figure came from, up to the next few
    at = next((k for k, s in enumerate(sentences) if s.text == stated.text), None)
    after: tuple[float, str] | None = None
    if at is not None:
        nxt = [
            s
            for s in sentences[at + 1 : at + 1 + _NEXT_ITEMS]
            if names_units(s.text) and not inside(_as_evidence(s.text))
        ]
        after = reread(nxt) if nxt else None
    top = max((p.experience_years or 0.0 for p in paths), default=0.0)
    if after is not None and after[0] > top and (found is None or after[0] > found[0]):
        # more than any route asks, so no route's figure ("- 5+ years of HIM experience" below
        # "Bachelor's OR associate and 3 years")
        return after
    return found


def _as_evidence(text: str) -> Evidence:
    return Evidence.model_construct(source="text", text=text)


def hinted_routes(hints: Hints, values: dict[str, Any], evidence: dict[str, Evidence]) -> None:
    """The source's own flag that experience may stand in for the schooling (schema.org
    ``experienceInPlaceOfEducation``) makes the schooling one route, not everyone's need: the
    flat level above high school goes (docs/design.md), the routes are the schooling and the
    experience the source states, and education_substitutable stays True."""
    level = values.get("education_required")
    if hints.education_substitutable is not True or values.get("paths") or level is None:
        return
    if EDUCATION_RANK[level] <= EDUCATION_RANK["high_school"]:
        return  # a diploma is its own equivalent: no route replaces it
    said = evidence.pop("education_required", None)
    del values["education_required"]
    years = values.get("experience_years_required")
    if years:
        values["paths"] = [
            QualificationPath(label="education", education=level, evidence=said),
            QualificationPath(
                label="experience",
                experience_years=years,
                evidence=evidence.get("experience_years_required"),
            ),
        ]
