"""Verdicts for what a posting does not state: requirements never read, or a posting silent on
every qualification. Both are unknown required items (a risk), never "nothing required"."""

from __future__ import annotations

from typing import Final

from matcher import _explain as ex
from matcher._facts import Facts
from schemas import Requirements, Verdict

#: What a posting with no extracted requirements plausibly still asks: shown as risks.
_UNREAD: Final[tuple[tuple[str, str], ...]] = (
    ("education_required", "Education"),
    ("experience_years_required", "Experience"),
    ("certifications", "Certifications"),
)


def _unknown(field: str, label: str, explanation: str) -> Verdict:
    return Verdict(
        field=field, label=label, level="required", status="unknown", explanation=explanation
    )


def unread_verdicts() -> list[Verdict]:
    """A posting whose requirements have not been read (``Posting.requirements is None``)."""
    return [
        _unknown(field, label, ex.T_UNKNOWN_REQUIREMENTS.format(what=label))
        for field, label in _UNREAD
    ]


def states_no_qualification(req: Requirements) -> bool:
    """The posting says nothing of education, experience, credentials or routes in: an excerpt
    cut before its qualifications, or an ad that lists duties and pay only. Its silence is not
    "nothing required" (docs/matching.md): the seeker is told the requirements are unknown.

    >>> states_no_qualification(Requirements(skills=["hipaa"]))
    True
    >>> states_no_qualification(Requirements(experience_years_required=0))
    False
    """
    return (
        req.education_required is None
        and req.education_preferred is None
        and not req.education_substitutable
        and req.experience_years_required is None
        and req.experience_years_preferred is None
        and not req.certifications
        and not req.paths
    )


def silent_verdicts(facts: Facts) -> list[Verdict]:
    """Unknown required verdicts for a posting that states no qualification, as for one whose
    requirements were never read; to a candidate without a diploma, the implied diploma is said
    as such."""
    out = [
        _unknown(field, label, ex.T_NOT_STATED.format(what=label.lower().rstrip("s")))
        for field, label in _UNREAD
    ]
    if facts.education == "none":
        out[0] = _unknown("education_required", "High school diploma or GED", ex.T_EDU_IMPLIED)
    return out


__all__ = ["silent_verdicts", "states_no_qualification", "unread_verdicts"]
