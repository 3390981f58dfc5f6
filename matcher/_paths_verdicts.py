"""The verdict on a posting's qualification paths (docs/design.md): the path that decides (the
met one of the highest grade, else an unknown one, else the closest) and its verdicts, one for
the path met or one per item the closest path lacks; and a path in words without a profile.
Each path's items are judged in matcher._paths_match.
"""

from __future__ import annotations

import re
from typing import Final

from matcher import _explain as ex
from matcher._facts import Facts
from matcher._paths_match import Item, Judged, judge, kind_words
from schemas import QualificationPath, Requirements, Verdict
from schemas.vocab import STUDY_FIELD_LABELS, VerdictStatus

_STATUS_ORDER: Final[dict[str, int]] = {"met": 0, "unknown": 1, "not_met": 2}


def _grade_number(grade: str | None) -> int:
    m = re.search(r"\d+", grade or "")
    return int(m.group()) if m else 0


def path_summary(path: QualificationPath) -> str:
    """What a path asks, in words, without a profile: "an associate degree in health
    information technology / management", "1 year of medical records experience and CCA or CPC".
    """
    parts: list[str] = []
    if path.education is not None:
        field = f" in {STUDY_FIELD_LABELS[path.education_field]}" if path.education_field else ""
        parts.append(ex.education(path.education) + field)
    if path.experience_years is not None:
        parts.append(
            f"{ex.years(path.experience_years)} of {kind_words(path.experience_kind)}experience"
        )
    parts += [
        ex.one_of(g.any_of)
        + (f" within {g.within_months} months of hire" if g.within_months else "")
        for g in path.certifications
    ]
    comb = path.combination
    if comb is not None:
        above = " above the first 60 semester hours" if comb.hours_above_60 else ""
        parts.append(
            f"experience and schooling{above} adding up to 100% ({ex.years(comb.experience_years)} "
            f"of experience = {ex.years(comb.schooling_years)} of schooling)"
        )
    grade = f" ({path.grade})" if path.grade else ""
    return ex.one_of(parts, "and") + grade


def describe(path: QualificationPath) -> str:
    """The route in a few words: "the education path", "the GS-5 experience path"."""
    grade = f"{path.grade} " if path.grade else ""
    return f"the {grade}{path.label} path"


def best(req: Requirements, facts: Facts) -> tuple[Judged, int]:
    """The path that decides: the met one of the highest grade (a seeker who meets GS-5 applies
    at GS-5, not at the GS-4 they also meet; a named grade before the announcement's ungraded
    basic routes), else an unknown one, else the closest: fewest lacking items, then fewest that
    cannot be counted in years (a credential, a field of study), then fewest years still to gain
    (a high school graduate with 1 of 2 years is nearer the experience path than the associate
    degree path), the lowest grade first; and how many paths there are."""
    judged = [judge(p, req, facts) for p in req.paths]
    graded = [j for j in judged if j.path.grade]
    if graded and not any(j.status == "met" for j in graded):
        # an announcement's ungraded routes beside its grade sections are its basic
        # requirements: needed to enter the occupation, not the grade offered (a VA GS-5
        # announcement's "6 months of experience" basic route beside its GS-5 year), so they
        # may qualify at most, and say what the nearest grade's route still needs
        near = min(graded, key=lambda j: (len(j.lacks), _grade_number(j.path.grade)))
        lack = near.lacks[0] if near.lacks else None
        says = f"you meet the basic requirements, but {near.path.grade} asks more"
        if lack is not None:
            others = " (or another of its routes)" if len(graded) > 1 else ""
            says = (
                f"you meet the basic requirements, but {describe(near.path)} also needs "
                f"{lack.asks}{others}"
            )
        for j in judged:
            if j.path.grade is None and j.status == "met":
                j.items.append(Item("unknown", f"what {near.path.grade} asks", says))
    judged.sort(
        key=lambda j: (
            _STATUS_ORDER[j.status],
            len(j.lacks) if j.status == "not_met" else 0,
            sum(i.short is None for i in j.lacks),
            sum(i.short or 0.0 for i in j.lacks),
            # the highest grade met or that may be met; the lowest grade's lacks first
            -_grade_number(j.path.grade) if j.status != "not_met" else _grade_number(j.path.grade),
            j.path.grade is None,
        )
    )
    return judged[0], len(judged)


def paths_status(req: Requirements, facts: Facts) -> tuple[VerdictStatus, int]:
    """(status of the best path, how many items it lacks): what gap analysis and SQL mirror."""
    top, _ = best(req, facts)
    return top.status, len(top.lacks)


def _none_met(req: Requirements, count: int) -> str:
    """What "Meets ..." says when no path is met. A multi-grade announcement repeats its routes
    per grade, so "none of the 8 paths" would count copies: it names the grades instead."""
    grades = sorted({p.grade for p in req.paths if p.grade}, key=_grade_number)
    ungraded = any(p.grade is None for p in req.paths)  # the announcement's own grade, unnamed
    if len(grades) + ungraded > 1:
        named = "" if ungraded else f" ({ex.one_of(grades, 'or')})"
        return f"no path at any grade{named}"
    return "the only path" if count == 1 else f"none of the {count} paths"


def path_verdicts(req: Requirements, facts: Facts) -> list[Verdict]:
    """One verdict for the path met (or that may be met), or one per item the closest path lacks."""
    top, count = best(req, facts)
    route = describe(top.path)
    evidence = None if top.path.evidence is None else top.path.evidence.text
    items = "; ".join(f"{i.asks} ({i.says})" for i in top.items)
    grade = top.path.grade
    label = f"{top.path.label.capitalize()} path" + (f" ({grade})" if grade else "")
    if top.status != "not_met":
        at = f" at {grade}" if grade else ""
        head = "Qualifies" if top.status == "met" else "May qualify"
        text = f"{head}{at} through {route}: {items}"
        return [
            Verdict(
                field="paths",
                label=label,
                level="required",
                status=top.status,
                evidence=evidence,
                explanation=text,
            )
        ]
    none = _none_met(req, count)
    return [
        Verdict(
            field="paths",
            label=label,
            level="required",
            status="not_met",
            evidence=evidence,
            explanation=f"Meets {none}; closest is {route}, which needs {i.asks} ({i.says})",
        )
        for i in top.lacks
    ]


__all__ = [
    "best",
    "describe",
    "path_summary",
    "path_verdicts",
    "paths_status",
]
