"""Fewer years for those with schooling (docs/design.md, "Qualification paths"): "Two years of
risk adjustment coding experience. Graduates of an accredited coding certificate program need
only one year." Two routes: the years asked, or the schooling with the fewer years; neither
figure alone is everyone's, and the schooling is one route's (blind28, s17b28).
matcher._paths_flat asks ``fewer_years_paths`` when no other reader found routes.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_kinds import experience_kind, study_field
from matcher._paths_parts import education_level, first_years
from matcher._paths_schooling import text_evidence
from matcher._scan_words import FEWER_WORDS
from matcher._sentences import Doc
from schemas.models import QualificationPath
from schemas.vocab import EDUCATION_RANK

_HOLDERS = (
    r"(?:graduates of|those (?:with|holding|who hold|who have)|(?:candidates|applicants) "
    r"(?:with|holding|who hold|who have)|holders of)"
)
#: "Graduates of a coding certificate program need only one year", "Applicants with an
#: associate degree in HIT require just 12 months", "... those holding a bachelor's degree
#: need only one": the schooling, then the fewer years.
FEWER_RE: Final = re.compile(
    r"\b" + _HOLDERS + r" (?P<school>[^.;]{3,90}?) (?:need|needs|require|requires|must have) "
    r"(?:only|just) (?P<years>[\w-]+ (?:\(\d{1,2}\) )?(?:years?|months?))\b",
    re.I,
)
#: A sentence that may hold FEWER_RE's match holds one of these (lower case; the posting's one
#: trigger scan finds them: matcher._scan_words).
_WORDS: Final = FEWER_WORDS


def fewer_years_paths(doc: Doc) -> tuple[list[QualificationPath], list[str]] | None:
    """The years asked and the schooling with fewer, as two routes, with their sentences."""
    for i in doc.with_words(_WORDS):  # none in most postings
        text, section = doc.sentences[i]
        if i == 0 or section in ("preferred", "benefits", "duties"):
            continue
        m = FEWER_RE.search(text)
        if m is None:
            continue
        level, fewer = education_level(m.group("school")), first_years(m.group("years"))
        before = doc.sentences[i - 1].text
        asked = first_years(before)
        if (
            level is None
            or EDUCATION_RANK[level] <= EDUCATION_RANK["high_school"]
            or fewer is None
            or asked is None
            or fewer[0] >= asked[0]
            or "experience" not in before.lower()
        ):
            continue
        ev = text_evidence(f"{before} {text}")
        kind = experience_kind(before)
        return [
            QualificationPath(
                label="experience", experience_years=asked[0], experience_kind=kind, evidence=ev
            ),
            QualificationPath(
                label="education and experience",
                education=level,
                education_field=study_field(m.group("school")),
                experience_years=fewer[0],
                experience_kind=kind,
                evidence=ev,
            ),
        ], [before, text]
    return None


__all__ = ["FEWER_RE", "fewer_years_paths"]
