"""Benefits named as a field of the job, not as a section (session 15, lead; examples ours).

A career site's "Benefits Eligible: Yes" (or the label with "Yes" on the line below) read as a
heading opening a benefits section: every requirement after it was skipped as benefits text
(the diploma, the years, the type). "Benefits-eligible part-time position" is this job's type,
not a benefit for others' ("benefits for full-time staff")."""

from __future__ import annotations

import pytest

from matcher import extract

HEAD = "Medical Records Clerk\n"
ASKS = "HS diploma required\n2 years of medical records experience required\nCCS required"

#: Labels answered on their line or the next, before the requirements.
ANSWERED = [
    "Benefits Eligible: Yes\n",
    "Benefits eligible: No\n",
    "Benefits: Yes\n",
    "Benefits Eligible\nYes\n",
    "Benefits Eligible\nNo\n",
    "Benefits Eligible\nYes - full package from day one\n",
    "Job Type: Part-time\nBenefits Eligible: Yes (prorated)\n",
]


@pytest.mark.parametrize("label", ANSWERED)
def test_an_answered_benefits_label_opens_no_section(label: str) -> None:
    req = extract(HEAD + label + ASKS)
    assert req.education_required == "high_school"
    assert req.experience_years_required == 2.0
    assert [g.any_of for g in req.certifications] == [["CCS"]]


#: Near-misses: a benefits heading over benefit lines still holds them.
STILL_BENEFITS = [
    "Benefits:\nNo-cost parking\nTuition aid toward your RHIT\n",
    "Benefits\nMedical, dental, vision\nWe pay for your CCS exam\n",
]


@pytest.mark.parametrize("text", STILL_BENEFITS)
def test_a_benefits_heading_still_holds_its_lines(text: str) -> None:
    assert extract(HEAD + text).certifications == []


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Benefits-eligible part-time position, 24 hrs/wk.", ["part_time"]),
        ("Benefit-eligible part time role.", ["part_time"]),
        ("This is a benefits eligible full-time position.", ["full_time"]),
        ("Medical Records Clerk\nBenefits Eligible: No\nPart-time", ["part_time"]),
        # near-misses: whom the benefits are for, not this job's type
        ("Benefits for full-time staff include a 403(b).", []),
        ("Part-time staff are eligible for benefits.", []),
        ("Eligible full-time employees receive PTO.", []),
        ("Benefits eligible part-time employees receive prorated PTO.", []),
    ],
)
def test_benefits_eligible_describes_this_jobs_type(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types
