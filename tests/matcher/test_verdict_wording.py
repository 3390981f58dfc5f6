"""Every verdict reads as one clean sentence, whatever parts its explanation is built from.

A path verdict quotes what the candidate has in parentheses after each item it asks
("1 year of medical records experience (you have 6 months)"); a part with an aside of its own
(the experience kind assumed, the hours above 60, a related degree) used to nest a second pair
inside ("(you have none (assuming all of it is medical records experience))"). The grid below
builds postings with every kind of item, alone and together, flat and on paths, and matches
them against profiles from nothing to more than enough, through matcher.match.
"""

from __future__ import annotations

import itertools
import re

import pytest

from matcher import match
from schemas import (
    CandidateProfile,
    CertificationRequirement,
    Combination,
    QualificationPath,
    Requirements,
)
from schemas.models import Evidence

RHIT = CertificationRequirement(any_of=["RHIT"], level="required")
CCA_OR_CPC = CertificationRequirement(any_of=["CCA", "CPC"], level="required")
DUE = CertificationRequirement(any_of=["CCS"], level="required", within_months=12)
RELATED = Evidence(
    source="text",
    text="An associate degree in HIT, or a related degree with a minimum of 12 semester hours in "
    "HIT.",
)

#: one item a path may ask, by what it is
ITEMS: dict[str, dict[str, object]] = {
    "records experience": {"experience_years": 1, "experience_kind": "records"},
    "coding experience": {"experience_years": 2, "experience_kind": "coding"},
    "any experience": {"experience_years": 1},
    "HIT degree": {"education": "associate", "education_field": "health_information"},
    "bachelor": {"education": "bachelor"},
    "credential": {"certifications": [RHIT]},
    "either credential": {"certifications": [CCA_OR_CPC]},
    "credential due after hire": {"certifications": [DUE]},
    "combination": {
        "combination": Combination(experience_years=1, schooling_years=2, experience_kind="records")
    },
    "combination above 60 hours": {
        "combination": Combination(experience_years=2, schooling_years=4, hours_above_60=True)
    },
}


def _path(label: str, *names: str, grade: str | None = None) -> QualificationPath:
    fields: dict[str, object] = {}
    for name in names:
        fields.update(ITEMS[name])
    evidence = RELATED if "HIT degree" in names else None
    return QualificationPath(label=label, grade=grade, evidence=evidence, **fields)  # type: ignore[arg-type]


def _postings() -> list[Requirements]:
    out = []
    for name in ITEMS:
        out.append(Requirements(paths=[_path("only", name)]))
        out.append(Requirements(paths=[_path("first", name), _path("second", "bachelor")]))
    for a, b in itertools.combinations(ITEMS, 2):
        out.append(Requirements(paths=[_path("both", a, b, grade="GS-5"), _path("other", a)]))
    for kind in ("records", "coding", "healthcare", None):
        out.append(
            Requirements(
                experience_years_required=1.5,
                experience_kind=kind,
                education_required="associate",
                education_substitutable=True,
                certifications=[RHIT, DUE],
            )
        )
    return out


PROFILES = [
    CandidateProfile(education="none", experience_years=0),
    CandidateProfile(
        education="high_school", experience_years=0.5, pending_certifications=["RHIT"]
    ),
    CandidateProfile(education="high_school", experience_years=6),
    CandidateProfile(education="associate", experience_years=1),
    CandidateProfile(education="associate", field_of_study="Business administration"),
    CandidateProfile(education="associate", field_of_study="Medical coding", experience_years=2),
    CandidateProfile(
        education="associate",
        field_of_study="Health Information Technology",
        experience_years=3,
        certifications=["RHIT", "CPC"],
    ),
    CandidateProfile(
        education="bachelor",
        experience_years=3,
        experience_by_kind={"coding": 1, "records": 1, "healthcare": 1},
    ),
]


def _flaws(text: str) -> list[str]:
    """What keeps ``text`` from reading as one clean sentence."""
    flaws = []
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth > 1:
            flaws.append("nested parentheses")
            break
        if depth < 0:
            flaws.append("unbalanced parentheses")
            break
    if depth > 0:
        flaws.append("unclosed parenthesis")
    if ") (" in text:
        flaws.append("two asides in a row")
    if re.search(r"\([^)]*;", text):
        flaws.append("a semicolon inside an aside")
    if re.search(r"  | [,;.)]|\( |[,;]{2}|\.\.", text):
        flaws.append("stray spacing or punctuation")
    return flaws


def test_every_verdict_is_one_clean_sentence() -> None:
    seen: dict[str, list[str]] = {}
    for req, profile in itertools.product(_postings(), PROFILES):
        result = match(req, profile)
        for text in [v.explanation for v in result.verdicts] + list(result.relaxed):
            if _flaws(text):
                seen.setdefault(text, _flaws(text))
    assert seen == {}


def _path_texts(req: Requirements, profile: CandidateProfile) -> list[str]:
    return [v.explanation for v in match(req, profile).verdicts if v.field == "paths"]


@pytest.mark.parametrize(
    ("profile", "says"),
    [
        (CandidateProfile(education="high_school", experience_years=0), "you have none"),
        (
            CandidateProfile(education="high_school", experience_years=0.5),
            "you have 6 months, assuming all of it is medical records experience",
        ),
    ],
    ids=["none", "six-months"],
)
def test_the_assumed_kind_is_a_clause_not_a_second_aside(
    profile: CandidateProfile, says: str
) -> None:
    req = Requirements(paths=[_path("experience", "records experience"), _path("x", "bachelor")])
    assert _path_texts(req, profile) == [
        "Meets none of the 2 paths; closest is the experience path, which needs 1 year of "
        f"medical records experience ({says})"
    ]
    flat = Requirements(experience_years_required=1, experience_kind="records")
    (verdict,) = [
        v for v in match(flat, profile).verdicts if v.field == "experience_years_required"
    ]
    assert verdict.explanation == f"Requires 1 year of medical records experience; {says}"


def test_the_other_asides_read_as_clauses() -> None:
    above = Requirements(paths=[_path("combination", "combination above 60 hours")])
    assert _path_texts(above, CandidateProfile(education="bachelor", experience_years=1)) == [
        "Qualifies through the combination path: an equivalent combination of experience and "
        "schooling (12 of the 24 months of experience and 2 of the 2 years of schooling it asks: "
        "150% together, counting only schooling "
        "above the first 60 semester hours)"
    ]
    degree = Requirements(paths=[_path("education", "HIT degree")])
    coder = CandidateProfile(education="associate", field_of_study="Medical coding")
    assert _path_texts(degree, coder) == [
        "May qualify through the education path: an associate degree in health information "
        "technology / management or a related degree with 12 semester hours in it (you have an "
        "associate degree in medical coding, but your profile does not say how many semester hours "
        "were in health information technology / management)"
    ]
