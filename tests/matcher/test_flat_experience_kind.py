"""The flat required years carry the kind their sentence names (session 15, lead; ours).

"Two years of medical records experience required" had left Requirements.experience_kind None,
so any work counted: a front-desk worker with three years was told "Requires 2 years; you have 3
years" (s15audit). The kind is read from the sentence stating the years, except where a total
holds a narrower part ("two years of clerical experience, one of which in medical records") or
alternatives of several kinds ("medical records or medical office")."""

from __future__ import annotations

import pytest

from matcher import extract, match
from schemas import CandidateProfile

FRONT_DESK = CandidateProfile(education="high_school", experience_by_kind={"healthcare": 3})


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("Two years of medical records experience required.", "records", "not_met"),
        ("Minimum 3 years of coding experience required.", "coding", "not_met"),
        ("Experience: 1 year in a hospital health information department", "records", "not_met"),
        ("At least six months of experience in a healthcare environment.", "healthcare", "met"),
        # near-misses: no kind for the total, or alternatives of several kinds
        ("Two years of clerical experience, one of which in medical records.", None, "met"),
        ("Experience: Medical records or medical office - 1 year (Required)", None, "met"),
        ("3 years of experience required.", None, "met"),
    ],
)
def test_the_years_keep_their_kind(text: str, kind: str | None, status: str) -> None:
    req = extract("Medical Records Clerk\n" + text)
    assert req.experience_years_required is not None
    assert req.experience_kind == kind
    [verdict] = [v for v in match(req, FRONT_DESK).verdicts if v.field.startswith("experience")]
    assert verdict.status == status, verdict.explanation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Two years of medical records experience required.", "2 years of medical records"),
        ("Minimum 3 years of coding experience required.", "3 years of coding"),
        ("3 years of experience required.", "3 years of experience"),
    ],
)
def test_the_label_names_the_kind(text: str, label: str) -> None:
    """The label is what a badge and a near-miss line show ("2 years of medical records
    experience: not met"), so it names the kind as the explanation does."""
    req = extract("Medical Records Clerk\n" + text)
    [verdict] = [v for v in match(req, FRONT_DESK).verdicts if v.field.startswith("experience")]
    assert verdict.label.startswith(label), verdict.label
    assert verdict.label.endswith("experience")
