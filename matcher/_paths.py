"""Qualification paths (docs/design.md, "Qualification paths"): routes a posting offers.

Two ways postings state them:
- federal blocks: "(1) Experience ... OR, (2) Education ... OR, (3) Combination", one block per
  grade on multi-grade announcements (the paths carry the grade): the grade sections are read
  here, their OR blocks in matcher._paths_blocks, each alternative in matcher._paths_segment;
- private sentences: "associate degree in HIT or two years of medical records experience",
  "CCA, CPC or completion of an approved coding program", "degree or equivalent experience":
  read in matcher._paths_inline.

Once paths are found, the flat fields are set to what every path shares (matcher._paths_flat,
``flatten``): a figure read from inside a path's text (or from a substitution example after it)
is never a flat requirement. Residence limits are read in matcher._residence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Final

from matcher._literal_scan import finditer_at
from matcher._paths_blocks import may_close_with_or, or_blocks
from matcher._paths_kinds import experience_kind
from matcher._paths_parts import first_years
from matcher._paths_segment import block_evidence
from matcher._rules import first_letters, literal_gate
from schemas.models import QualificationPath

#: A grade heading: "GS-04 General Experience:", "MSA, GS 05 (Full Performance Level)", not a
#: reference ("equivalent to the GS-04 grade level") nor the pay plan ("GS 4 - 6").
_GRADE_RE: Final = re.compile(
    # the lookbehinds after "GS" (same test): a literal first lets the engine skip to it in C
    # ("GS-5 grade requirements:" heads its grade's section: "grade" then its requirements)
    r"\bGS(?<!to the GS)(?<!to GS)[- ]?0?(?P<n>\d{1,2})\b"
    r"(?! grade(?! (?:requirements|qualifications)\b))(?! ?[-–] ?\d)"
    r"(?=[^.]{0,70}?(?i:experience|education|none beyond))"
)
#: A grade heading written as a sentence that names the grade level ("To qualify for the GS-05
#: grade level, you must have ..."): _GRADE_RE leaves "grade level" to references ("equivalent
#: to the GS-04 grade level"), but one that applicants qualify for opens that grade's section.
_GRADE_FOR_RE: Final = re.compile(
    r"\b(?:qualify|qualifying|eligible|considered|applicants) (?:for|at) (?:the )?"
    r"GS[- ]?0?(?P<n>\d{1,2}) grade level\b(?=[^.]{0,70}?(?i:experience|education|none beyond))",
    re.I,
)
_NONE_BEYOND_RE: Final = re.compile(r"None beyond the basic", re.I)
_NO_EDUCATION_RE: Final = re.compile(
    r"\b(?:education|schooling|a degree) (?:cannot|can ?not|may not|will not|can't) "
    r"(?:be )?(?:substituted|used|accepted)|\bno substitution of education\b",
    re.I,
)
#: Whether a lower-case ASCII text may hold a _NO_EDUCATION_RE match (its words, derived).
_MAY_REFUSE_EDUCATION: Final = literal_gate(_NO_EDUCATION_RE)


def _no_education(span: str) -> bool:
    """_NO_EDUCATION_RE found in a block's text (pages long: the pattern, tried at every
    character, was a third of the federal paths time), looked for only where its words are."""
    gate = _MAY_REFUSE_EDUCATION
    if gate is not None and span.isascii() and not gate(span.lower()):
        return False  # re.I folds a few non-ASCII letters onto ASCII ones: only ASCII is gated
    return _NO_EDUCATION_RE.search(span) is not None


_DIPLOMA_RE: Final = first_letters(
    r"high school (?:diploma|graduate|graduation)|graduation from (?:a )?high school|"
    # "completion of the twelfth grade" (state civil service)
    r"\bcompletion of the (?:12th|twelfth) grade|"
    # "HS diploma", "H.S. diploma": the diploma abbreviated
    r"\bH\.?S\.? (?:diploma|grad)|"
    r"\bGED\b(?![^.;]{0,40}\bor\b[^.;]{0,40}experience)",
    re.I,
)
#: The diploma said as finishing school: "must have completed high school and ...", "completion
#: of high school" (read in the routes' own sentences only: its words are not in the posting's
#: trigger scan, matcher._scan_words, which _DIPLOMA_RE's must be).
FINISHED_SCHOOL_RE: Final = re.compile(
    r"\b(?:completed|completion of|finished|graduated from) (?:a )?high school\b", re.I
)
#: The diploma joined to the alternatives after it: "HS diploma AND either ... OR ...".
_DIPLOMA_EITHER_RE: Final = re.compile(
    r"\b(?:diploma|GED|high school)\b[^.;]{0,20}\b(?:plus|and)\s(?:either|one of)\b", re.I
)
#: A bound on hostile input (a page of grade headings): real announcements have a few.
_MAX_GRADES: Final = 8


@dataclass
class Found:
    """The paths a posting offers and the text they were read from."""

    paths: list[QualificationPath]
    spans: list[str] = field(default_factory=list)  # texts whose figures belong to the paths
    #: a requirement every applicant has beside the paths (a single grade's "one year of
    #: experience equivalent to the next lower grade"): (years, evidence)
    flat_experience: tuple[float, str] | None = None
    #: an education level the paths' own text asks of everyone ("high school diploma, plus an
    #: associate degree or ...")
    everyone: str | None = None
    #: read from sentences (matcher._paths_inline), not a federal block
    inline: bool = False


def _grade(n: str) -> str:
    return f"GS-{int(n)}"


#: A grade named as the level of experience the sentence asks ("one year of specialized
#: experience at the GS-4 level, which includes ...", "two years of general experience, one year
#: of which was equivalent to at least GS-3; OR ..."): a reference, not a heading. Tried on the
#: sentence before the grade (from its last full stop or line break).
_LEVEL_OF_RE: Final = re.compile(
    r"experience\b[^.\n]{0,60}?\b(?:at|to|of)(?: least)?(?: the)? $", re.I
)


#: How a line wrapped just before a grade it refers to ends ("... equivalent to the" over
#: "GS-03 level; OR ..."): _GRADE_RE's lookbehinds see the line break, not the blank.
_REFERENCE_ENDS: Final = (" to the", " to")


def _heading(text: str, m: re.Match[str]) -> bool:
    """Whether a _GRADE_RE match opens a grade's section, not the level of experience asked."""
    start = m.start()
    cut = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 90)
    if _LEVEL_OF_RE.search(text, cut + 1, start) is not None:
        return False
    if cut < 0 or text[cut] != "\n":
        return True
    # the grade opens a line: a line above that stops mid-sentence was wrapped before it
    # ("one year of specialized experience equivalent to the" + "GS-03 level; OR ..."), and the
    # two read as one line
    above = text[max(text.rfind(".", 0, cut), text.rfind("\n", 0, cut), cut - 90) + 1 : cut]
    above = above.rstrip()
    before = text[cut + 1 : start]
    if before.strip():
        # ... also when the wrap fell inside the reference ("... specialized experience
        # equivalent" + "to at least the GS-4 level, ...", s18layout)
        return _LEVEL_OF_RE.search(f"{above} {before}") is None
    return not above.endswith(_REFERENCE_ENDS) and _LEVEL_OF_RE.search(above + " ") is None


def _sections(text: str) -> list[tuple[str | None, int, int]]:
    # every heading opens with "GS": the pattern (which opens with "\b") is matched only there
    heads = [
        m
        for m in itertools.islice(finditer_at(_GRADE_RE, text, "GS", 0), _MAX_GRADES)
        if _heading(text, m)
    ]
    if " grade level" in text:
        heads = sorted(
            heads + list(itertools.islice(_GRADE_FOR_RE.finditer(text), _MAX_GRADES)),
            key=lambda m: m.start(),
        )[:_MAX_GRADES]
    bounds = [(None, 0)] + [(_grade(m.group("n")), m.start()) for m in heads] + [(None, len(text))]
    return [(bounds[i][0], bounds[i][1], bounds[i + 1][1]) for i in range(len(bounds) - 1)]


def federal_paths(text: str) -> Found | None:
    if (
        "OR" not in text
        and "GS" not in text
        and "Combination" not in text
        and "\nOr " not in text
        and not may_close_with_or(text, 0, len(text))
    ):
        return None
    numbered = "\nOr " in text or may_close_with_or(text, 0, len(text))
    sections = _sections(text)
    graded = [s for s in sections if s[0] is not None]
    found = Found(paths=[])
    basic: list[QualificationPath] = []
    graded_spans: list[str | None] = []  # the grade of each of found.spans
    for grade, lo, hi in sections:
        blocks = or_blocks(text, lo, hi, grade, numbered)
        for paths, span in blocks:
            found.paths += paths
            found.spans.append(span)
            graded_spans.append(grade)
            if grade is None:
                basic += paths
        if grade is None or blocks:
            continue
        body = text[lo:hi]
        if _NONE_BEYOND_RE.search(body[:200]):
            # the entry grade asks only the basic requirements: its path, with nothing beyond
            # them when they are no alternatives of their own (every applicant meets it, so a
            # later grade's figure is no flat requirement)
            found.paths += [p.model_copy(update={"grade": grade}) for p in basic] or [
                QualificationPath(
                    label="basic requirements",
                    grade=grade,
                    evidence=block_evidence(body[:200]),
                )
            ]
            found.spans.append(body[:200])
            graded_spans.append(grade)
            continue
        years = first_years(body[:300])
        if years is None or "experience" not in body[:300].lower():
            continue
        if len(graded) == 1:
            found.flat_experience = (years[0], " ".join(body[:300].split()))
        else:
            found.paths.append(
                QualificationPath(
                    label="experience",
                    grade=grade,
                    experience_years=years[0],
                    experience_kind=experience_kind(body[:300]),
                    evidence=block_evidence(body[:300]),
                )
            )
            found.spans.append(body[:300])
            graded_spans.append(grade)
    # "Education cannot be substituted": said in a block or the grade text around it; said in
    # one grade's section ("... at the GS-6 level"), it refuses only that grade's schooling
    refusing = {g for span, g in zip(found.spans, graded_spans, strict=True) if _no_education(span)}
    if None in refusing or (
        found.flat_experience is not None and _no_education(found.flat_experience[1])
    ):
        found.paths = [p for p in found.paths if p.label == "experience" or p.certifications]
    elif refusing:
        found.paths = [
            p
            for p in found.paths
            if p.grade not in refusing or p.label == "experience" or p.certifications
        ]
    unique: list[QualificationPath] = []
    for p in found.paths:
        if not any(_same(p, q) for q in unique):
            unique.append(p)
    found.paths = unique
    if len(found.paths) < 2:
        return None if found.flat_experience is None else Found([], [], found.flat_experience)
    # "HS diploma AND either 2 years of college OR 2 years of office experience": the diploma
    # joined to the alternatives is asked of everyone
    if any(_DIPLOMA_EITHER_RE.search(span) for span in found.spans):
        found.everyone = "high_school"
    return found


def _same(a: QualificationPath, b: QualificationPath) -> bool:
    return a.model_dump(exclude={"evidence"}) == b.model_dump(exclude={"evidence"})
