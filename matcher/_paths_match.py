"""Judging a posting's qualification paths (docs/design.md): eligible through any.

Each path is a conjunction of items (education with its field, experience of a kind, credential
groups, a proportional combination); a path is met when every item is, unknown when none fails
but one cannot be judged (the profile gives no field of study). Which path decides and the
verdicts it gives (the path met, the highest grade met on multi-grade announcements, or the
closest path and each item it lacks) are in matcher._paths_verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from matcher import _explain as ex
from matcher._facts import Facts
from matcher._paths_parts import related_degree_hours
from matcher._specialized import grade_level, if_specialized, specialized_need, unconfirmed
from schemas import CertificationRequirement, Evidence, QualificationPath, Requirements
from schemas.vocab import (
    EDUCATION_RANK,
    EXPERIENCE_KIND_LABELS,
    SCHOOLING_YEARS,
    STUDY_FIELD_COVERS,
    STUDY_FIELD_LABELS,
    VerdictStatus,
)

_EPS: Final = 1e-9
#: Federal combinations that count only schooling above the first 60 semester hours.
_FIRST_SCHOOL_YEARS: Final = 2.0
#: Schooling in a field that counts as coursework of another toward a combination: the VA
#: counts medical coding among the health information technology courses ("medical
#: terminology, anatomy and physiology, medical coding"), so a coding certificate's year is HIT
#: schooling there, though a coding degree is no HIT degree on the education route.
_COURSEWORK_COVERS: Final[dict[str, frozenset[str]]] = {"coding": frozenset({"health_information"})}


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a path, judged: what it asks, its status, and the words for people."""

    status: VerdictStatus
    asks: str
    says: str  # what the candidate has, or the arithmetic
    #: years of schooling or experience still to gain, where that can be counted (not for a
    #: credential or a field of study): among paths lacking as many items, the nearest is named
    short: float | None = None


@dataclass(slots=True)
class Judged:
    path: QualificationPath
    items: list[Item] = field(default_factory=list)

    @property
    def status(self) -> VerdictStatus:
        if any(i.status == "not_met" for i in self.items):
            return "not_met"
        return "unknown" if any(i.status == "unknown" for i in self.items) else "met"

    @property
    def lacks(self) -> list[Item]:
        return [i for i in self.items if i.status == "not_met"]


def _education_item(path: QualificationPath, facts: Facts) -> Item:
    level = path.education
    assert level is not None
    need = ex.education(level)
    if path.education_field:
        need += f" in {STUDY_FIELD_LABELS[path.education_field]}"
    have_level = facts.education
    have = ex.education(have_level)
    if EDUCATION_RANK[have_level] < EDUCATION_RANK[level]:
        short = SCHOOLING_YEARS[level] - SCHOOLING_YEARS[have_level]
        return Item("not_met", need, f"you have {have}", short)
    if path.education_field is None:
        return Item("met", need, f"you have {have}")
    return _field_item(path, need, have, facts)


def _field_item(path: QualificationPath, need: str, have: str, facts: Facts) -> Item:
    """Whether the schooling a profile holds is in the field ``path`` asks."""
    wanted = path.education_field
    assert wanted is not None
    study = facts.study
    if study is None and facts.study_named:
        # a field the profile states but no health field's words name ("Business", "History"):
        # a degree in it is not one in the field the path asks
        return Item("not_met", need, f"you have {have} in {facts.study_named}")
    if study is None:
        return Item(
            "unknown", need, f"you have {have}, but your profile does not say in what field"
        )
    if wanted in STUDY_FIELD_COVERS[study]:
        return Item("met", need, f"you have {have} in {STUDY_FIELD_LABELS[study]}")
    hours = None if path.evidence is None else related_degree_hours(path.evidence.text)
    if hours is not None:
        # "or a related degree with 12 semester hours in HIT/HIM": a degree in another field may
        # count, but no profile field says how many of its hours were in this one
        return Item(
            "unknown",
            f"{need} or a related degree with {hours} semester hours in it",
            f"you have {have} in {STUDY_FIELD_LABELS[study]}, but your profile does not say how "
            f"many semester hours were in {STUDY_FIELD_LABELS[wanted]}",
        )
    return Item("not_met", need, f"you have {have} in {STUDY_FIELD_LABELS[study]}")


def evidence_read(path: QualificationPath) -> Evidence | None:
    """What matching reads of a path's evidence: the semester hours that let a related degree
    count ("... or a related degree with a minimum of 12 semester hours in HIT/HIM"), as a
    sentence that says only that; None when it says nothing matching reads. Storage keeps this
    in a posting's requirement signature (the rest of the sentence differs per posting and
    decides nothing).

    >>> from schemas import QualificationPath as Q
    >>> said = Evidence(source="text", text="HIT, or a related degree with 12 semester hours")
    >>> evidence_read(Q(label="education", education="associate", evidence=said)).text
    'a related degree with 12 semester hours'
    >>> evidence_read(Q(label="education", education="associate")) is None
    True
    """
    hours = None if path.evidence is None else related_degree_hours(path.evidence.text)
    if hours is None:
        return None
    return Evidence(source="text", text=f"a related degree with {hours} semester hours")


def kind_words(kind: str | None) -> str:
    return "" if kind in (None, "any") else f"{EXPERIENCE_KIND_LABELS[kind]} "


def _experience_item(
    years: float, kind: str | None, facts: Facts, evidence: Evidence | None = None
) -> Item:
    have = facts.years_of(kind)
    need = f"{ex.years(years)} of {kind_words(kind)}experience"
    assumed = (
        EXPERIENCE_KIND_LABELS[kind] if kind not in (None, "any") and not facts.kinds else None
    )
    other = facts.experience - have if facts.kinds and kind not in (None, "any") else 0.0
    says = ex.you_have(have, assumed, other)
    status: VerdictStatus = "met" if have + _EPS >= years else "not_met"
    level = grade_level(None if evidence is None else evidence.text)
    if level is not None:
        # a grade's specialized year is this job's work, not a year of any work (session 16)
        need = specialized_need(ex.years(years), kind_words(kind), level)
        if status == "met" and unconfirmed(kind, level):
            status, says = "unknown", if_specialized(says, level)
    return Item(status, need, says, max(0.0, years - have))


def _certification_item(group: CertificationRequirement, facts: Facts) -> Item:
    need = ex.one_of(group.any_of)
    held = facts.held
    if held.intersection(group.any_of):
        return Item("met", need, f"you hold {ex.one_of(sorted(held.intersection(group.any_of)))}")
    if group.within_months is not None:
        return Item(
            "met",
            f"{need} within {group.within_months} months of hire",
            f"due within {group.within_months} months of hire",
        )
    return Item("not_met", need, ex.lacking(len(group.any_of)))


def combination_share(
    path: QualificationPath, req: Requirements, facts: Facts, *, schooling: bool = True
) -> tuple[float, str]:
    """(experience held / asked + schooling held / asked, the arithmetic for people).

    Experience counts only beyond what every applicant needs (the flat requirement); schooling
    is SCHOOLING_YEARS of the candidate's level, above the first two years where the posting
    counts only hours above the first 60.
    """
    comb = path.combination
    assert comb is not None
    spare = max(0.0, facts.years_of(comb.experience_kind) - (req.experience_years_required or 0))
    school = SCHOOLING_YEARS[facts.education] if schooling else 0.0
    asked = comb.schooling_years
    if comb.hours_above_60:
        school = max(0.0, school - _FIRST_SCHOOL_YEARS)
        asked = max(1.0, asked - _FIRST_SCHOOL_YEARS)
    share = spare / comb.experience_years + school / asked
    # in words, not arithmetic ("6 months of 12 + 1 year of schooling of 2 = 100%" until
    # session 16): how much of each side the candidate has, and what they make together
    exp_text = (
        f"{round(spare * 12):g} of the {round(comb.experience_years * 12):g} months of experience"
        if comb.experience_years <= 2
        else f"{spare:g} of the {comb.experience_years:g} years of experience"
    )
    school_text = (
        f"{school:g} of the {asked:g} years of schooling"
        if school
        else (f"none of the {asked:g} years of schooling")
    )
    if asked == 1:
        school_text = "the year of schooling" if school else "none of the year of schooling"
    above = (
        ", counting only schooling above the first 60 semester hours" if comb.hours_above_60 else ""
    )
    pct = round(share * 100)
    return share, f"{exp_text} and {school_text} it asks: {pct}% together{above}"


def _schooling_field(
    path: QualificationPath, req: Requirements, facts: Facts
) -> tuple[Item, str] | None:
    """Whether the schooling counted toward a combination is in the field the posting's education
    route of the same grade asks ("an associate degree in HIT/HIM ... OR equivalent combinations
    of experience and education"): it counts as it would toward that route. (That judgement, the
    field's name); None when no education route of the grade names a field."""
    for other in req.paths:
        if (
            other is not path
            and other.grade == path.grade
            and other.education is not None
            and other.education_field is not None
            and other.combination is None
        ):
            have = ex.education(facts.education)
            label = STUDY_FIELD_LABELS[other.education_field]
            if facts.study and other.education_field in _COURSEWORK_COVERS.get(facts.study, ()):
                return Item(
                    "met", "", f"you have {have} in {STUDY_FIELD_LABELS[facts.study]}"
                ), label
            return _field_item(other, "", have, facts), label
    return None


def _combination_item(path: QualificationPath, req: Requirements, facts: Facts) -> Item:
    asks = "an equivalent combination of experience and schooling"
    share, says = combination_share(path, req, facts)
    if share + _EPS < 1 or not SCHOOLING_YEARS[facts.education]:
        return Item("met" if share + _EPS >= 1 else "not_met", asks, says)
    found = _schooling_field(path, req, facts)
    if found is None or found[0].status == "met":
        return Item("met", asks, says)
    in_field, label = found
    # the schooling may not count: the experience alone decides, or the field of study does
    alone, alone_says = combination_share(path, req, facts, schooling=False)
    if alone + _EPS >= 1:
        return Item("met", asks, alone_says)
    if in_field.status == "unknown":
        return Item("unknown", asks, f"{says} if your schooling was in {label}; {in_field.says}")
    return Item("not_met", asks, f"{alone_says}: only schooling in {label} counts; {in_field.says}")


def judge(path: QualificationPath, req: Requirements, facts: Facts) -> Judged:
    out = Judged(path)
    if path.education is not None:
        out.items.append(_education_item(path, facts))
    if path.experience_years is not None:
        out.items.append(
            _experience_item(path.experience_years, path.experience_kind, facts, path.evidence)
        )
    for group in path.certifications:
        out.items.append(_certification_item(group, facts))
    if path.combination is not None:
        out.items.append(_combination_item(path, req, facts))
    return out


__all__ = [
    "Item",
    "Judged",
    "combination_share",
    "evidence_read",
    "judge",
    "kind_words",
]
