"""A combination clause as state civil service writes it (docs/design.md, "Qualification paths"):
"Any combination of education and experience that would provide the required knowledge is
qualifying. A typical way to obtain the knowledge would be: two years of records experience and
an associate degree", or "Any combination equivalent to graduation from high school and two years
of records experience". The route named is an example, not what everyone needs: the paths are
that route and a combination of the same total years, so no figure of the example is a flat
requirement and experience may stand in for the schooling.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_route import route
from matcher._paths_schooling import text_evidence
from matcher._sentences import Doc
from schemas.models import Combination, QualificationPath
from schemas.vocab import SCHOOLING_YEARS

#: The clause, opening its sentence (after a field label at most): "Any combination of
#: education and experience ...", "Education and Experience: any combination equivalent to ...".
_ANY_COMBINATION_RE: Final = re.compile(
    r"^(?:[\w /&-]{1,40}:\s?)?(?:any|an equivalent|some) combination\b"
    r"(?: of (?:[\w-]+ ){0,3}?(?:education|training|experience|schooling)\b)?",
    re.I,
)
#: The example route inside the clause: "... equivalent to graduation from high school and ...".
_EQUIVALENT_TO_RE: Final = re.compile(r"\bequivalent to (?P<route>[^.;]{10,300})", re.I)
#: The example route in a sentence of its own: "A typical way to obtain the knowledge and
#: abilities would be: ...", "Typical ways of gaining them include ..." (the route may follow on
#: the next line).
_TYPICAL_RE: Final = re.compile(
    r"\btypical (?:way|ways|means|path)\b[^:]{0,100}?(?:\bwould be|\bis|\bare|\binclude[s]?|:)"
    r"\s?:?\s?(?P<route>.*)$",
    re.I,
)
#: How many sentences after the clause the typical way may be stated.
_REACH: Final = 3
_SKIP_SECTIONS: Final = frozenset({"preferred", "benefits", "duties"})


def _example(doc: Doc, k: int) -> tuple[QualificationPath, list[str]] | None:
    """The route the clause of sentence ``k`` names as its example, with the sentences read:
    the clause and every typical way stated after it (each is an example, none a requirement)."""
    sentences = doc.sentences
    text = sentences[k].text
    eq = _EQUIVALENT_TO_RE.search(text)
    found = None if eq is None else route(eq.group("route"))
    used = [text]
    j = k + 1
    while j < min(len(sentences), k + 1 + _REACH):
        said = sentences[j].text
        m = _TYPICAL_RE.search(said) if "typical" in said.lower() else None
        j += 1
        if m is None:
            continue
        named = m.group("route")
        used.append(said)
        if len(named) < 10 and j < len(sentences):  # the route on the next line
            named = sentences[j].text
            used.append(named)
            j += 1
        found = found or route(named)
    return None if found is None else (found, used)


def typical_paths(doc: Doc) -> tuple[list[QualificationPath], list[str]] | None:
    """The example route and the combination of its total years, with the sentences they were
    read from; None when the posting states no such clause."""
    for k in doc.with_words(("combination",)):
        s = doc.sentences[k]
        if s.section in _SKIP_SECTIONS or not _ANY_COMBINATION_RE.match(s.text):
            continue
        got = _example(doc, k)
        if got is None:
            continue
        example, used = got
        school = SCHOOLING_YEARS[example.education] if example.education else 0.0
        total = (example.experience_years or 0.0) + (school or 0.0)
        if not total:
            continue
        comb = Combination(
            experience_years=total, schooling_years=total, experience_kind=example.experience_kind
        )
        ev = text_evidence(" ".join(used))
        return [
            example.model_copy(update={"evidence": ev}),
            QualificationPath(label="combination", combination=comb, evidence=ev),
        ], used
    return None
