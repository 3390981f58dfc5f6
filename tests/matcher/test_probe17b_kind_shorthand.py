"""The kind of experience in job-board and classified shorthand (session 17, s17probe2; examples
ours). docs/design.md's kinds: coding < records (HIM, release of information, registry, scanning)
< healthcare (medical office, patient access, clinical) < any.

"2 yrs exp in med recs req'd", "one year of records experience", "two years in a hospital records
department", "release-of-information experience" (hyphenated) and "document imaging" are records
work; "a med office", "hosp.", "a dr's office" and a dental office are healthcare. Before, each
gave no kind, so any work counted. Using an EMR or EHR names a tool of every clinical job, not a
kind: "2 yrs exp w/ EMR" still gives none (the spelled-out "electronic medical records" names
medical records and was read as records before; left as it was)."""

from __future__ import annotations

import pytest

from matcher import extract, match
from schemas import CandidateProfile

FRONT_DESK = CandidateProfile(education="high_school", experience_by_kind={"healthcare": 3})
CASHIER = CandidateProfile(education="high_school", experience_by_kind={"any": 3})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2 yrs exp in med recs req'd", "records"),
        ("1-2 yrs med rec exp", "records"),
        ("6 mos exp in med. records", "records"),
        ("Two years of records experience required.", "records"),
        ("Must have 3 years in hospital records work.", "records"),
        ("Requirements: 2 years in a hospital records department.", "records"),
        ("1 yr of records room experience required.", "records"),
        ("1 yr of release-of-information experience", "records"),
        ("One year of document imaging experience required.", "records"),
        ("Min 1 yr exp in a med office", "healthcare"),
        ("2 yrs exp in a hosp setting", "healthcare"),
        ("1 yr exp in a dr's office", "healthcare"),
        ("Need 6mo+ exp in a dr office", "healthcare"),
        ("2 years of dental office experience required.", "healthcare"),
        # near-misses: a tool, office work, a record that is not the patient's
        ("2 yrs exp w/ EMR", None),
        ("Two years of experience with an EHR.", None),
        ("2 years of office experience required.", None),
        ("One year of experience keeping sales records.", None),
        ("1 year of experience in a medspa front office.", None),
    ],
)
def test_shorthand_names_its_kind(text: str, kind: str | None) -> None:
    req = extract("Medical Records Clerk\n" + text)
    assert req.experience_years_required is not None
    assert req.experience_kind == kind


@pytest.mark.parametrize(
    ("text", "front_desk", "cashier"),
    [
        ("2 yrs exp in med recs req'd", "not_met", "not_met"),
        ("Min 1 yr exp in a med office", "met", "not_met"),
        ("2 yrs exp w/ EMR", "met", "met"),
    ],
)
def test_the_verdict_follows_the_kind(text: str, front_desk: str, cashier: str) -> None:
    req = extract("Medical Records Clerk\n" + text)
    for profile, status in ((FRONT_DESK, front_desk), (CASHIER, cashier)):
        [verdict] = [v for v in match(req, profile).verdicts if v.field.startswith("experience")]
        assert verdict.status == status, verdict.explanation
