"""matcher.extract on credentials as the retired unseen set seen19 showed employers write them
(session 11, s11cert): field labels inside a "Preferred Qualifications" block, a deadline for
eligible candidates in the next clause, what a later grade requires, a credential held or
eligible with no deadline, a level word closing the clause before a bonus, and experience that
may stand in for the credential. Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]


# --- a field label inside a preferred block is one of its items --------------------------------

PREFERRED_BLOCK = [
    # career-site blocks: the label names the field, the heading gives the level (lines longer
    # than a heading, as when the credential's body is spelled out)
    ("Preferred Qualifications\nLicenses and Certifications: Registered Health Information "
     "Technician (RHIT) - American Health Information Management Association",
     [(["RHIT"], "preferred", None)]),
    ("Preferred Qualifications\nEducation: Associate degree in Health Information Technology "
     "from an accredited school\nLicenses & Certifications: Certified Professional Coder (CPC) "
     "issued by the AAPC, active", [(["CPC"], "preferred", None)]),
    ("What would make you stand out\nCredentials: Certified Coding Associate (CCA) through the "
     "American Health Information Management Association", [(["CCA"], "preferred", None)]),
    # near-misses: the block's own level, a label stating a level, a one-field preferred block
    ("Required Qualifications\nLicenses and Certifications: Registered Health Information "
     "Technician (RHIT) from AHIMA, active and in good standing", [(["RHIT"], "required", None)]),
    ("Preferred Qualifications\nRequired certification: Certified Coding Specialist (CCS) from "
     "the American Health Information Management Association", [(["CCS"], "required", None)]),
    ("Certifications (preferred):\n- CDIP\nLicenses and Certifications: Registered Health "
     "Information Administrator (RHIA) from AHIMA",
     [(["CDIP"], "preferred", None), (["RHIA"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), PREFERRED_BLOCK)
def test_a_field_label_in_a_preferred_block(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


def test_an_experience_label_in_a_preferred_block_is_preferred() -> None:
    r = extract(
        "Required Qualifications\nEducation: High school diploma or GED\nPreferred "
        "Qualifications\nExperience: Two years of inpatient coding in an acute care hospital or "
        "a large clinic"
    )
    assert (r.experience_years_required, r.experience_years_preferred) == (None, 2.0)


# --- eligible candidates taken if they earn it within a term: required, with the deadline --------

ELIGIBLE_WITH_DEADLINE = [
    ("Certified Tumor Registrar (CTR) required. Applicants who are CTR-eligible will be "
     "considered if the credential is earned within 12 months of hire.",
     [(["CTR"], "required", 12)]),
    ("Credential: you must hold the CCA or the CPC-A; new graduates who can sit for either exam "
     "are also considered if they pass it within six months of hire.",
     [(["CCA", "CPC-A"], "required", 6)]),
    ("RHIT required. Recent graduates are hired provided they obtain it within 9 months.",
     [(["RHIT"], "required", 9)]),
    ("CCS required or eligible to sit for the exam; must pass within 1 year of hire.",
     [(["CCS"], "required", 12)]),
    ("CCS required. New graduates eligible for the exam will be hired on the condition that "
     "they pass it within 6 months.", [(["CCS"], "required", 6)]),
    # near-misses: no deadline, a deadline for something else, a deadline with no credential step
    ("CTR preferred; candidates who are CTR-eligible will be considered.",
     [(["CTR"], "preferred", None)]),
    ("RHIT required. Applicants are considered if they complete the application within 30 days.",
     [(["RHIT"], "required", None)]),
    ("RHIT required. CPR required within 30 days.", [(["RHIT"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), ELIGIBLE_WITH_DEADLINE)
def test_eligible_candidates_with_a_deadline(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- what a later grade requires is not this job's requirement ----------------------------------

LATER_GRADE = [
    ("Growing with us: advancement to ROI Specialist II requires the RHIT credential.", []),
    ("Promotion to Coder III requires the CCS.", []),
    ("To move up to the lead role you will need the RHIA.", []),
    ("Progression into the auditor track calls for the CRC.", []),
    # near-misses: what this job requires, beside a later grade's
    ("Requirements: RHIT required. Advancement to Coder II requires the CCS.",
     [(["RHIT"], "required", None)]),
    ("This role requires the RHIT.", [(["RHIT"], "required", None)]),
    ("Advancement to the coding team requires CPC; CCA required for this role.",
     [(["CCA"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), LATER_GRADE)
def test_what_a_later_grade_requires(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- held or eligible with no deadline: asked of no one (README) ---------------------------------

HELD_OR_ELIGIBLE = [
    ("Requirements\n- Associate degree in HIT\n- RHIT, or eligible to sit for the RHIT exam", []),
    ("CTR or CTR-eligible required.", []),
    ("Must hold CPC or be eligible for it.", []),
    ("CCS required, or CCS-eligible.", []),
    # near-misses: preferred keeps the code preferred; a deadline makes it required
    ("Preferred: CTR or CTR-eligible.", [(["CTR"], "preferred", None)]),
    ("RHIT preferred, or RHIT eligible.", [(["RHIT"], "preferred", None)]),
    ("CTR required, or CTR-eligible with the credential earned within 1 year.",
     [(["CTR"], "required", 12)]),
    ("RHIT or RHIA required.", [(["RHIT", "RHIA"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), HELD_OR_ELIGIBLE)
def test_held_or_eligible_with_no_deadline(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- a level word closes the credential's clause before an off-scope word ------------------------

LEVEL_CLOSES = [
    ("CPC required, bonus after 90 days.", [(["CPC"], "required", None)]),
    ("Requirements: RHIT required, sign-on bonus of $2,000.", [(["RHIT"], "required", None)]),
    ("CCS preferred; tuition reimbursement available.", [(["CCS"], "preferred", None)]),
    ("CPC required (bonus for CRC holders).", [(["CPC"], "required", None)]),
    ("Active CPC required, retention bonus after one year", [(["CPC"], "required", None)]),
    # near-misses: the off-scope words are the credential's own
    ("CPC exam fees reimbursed.", []),
    ("RHIT, tuition reimbursement available.", []),
    ("CPC (required for bonus eligibility).", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), LEVEL_CLOSES)
def test_a_level_word_closes_the_clause(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- experience that may stand in for the credential makes it one route ------------------------

EXPERIENCE_FOR_CREDENTIAL = [
    ("CPC required; two years of coding experience may substitute.", []),
    ("RHIT or equivalent experience required.", []),
    ("CPC certification required; three years of coding experience may substitute for the "
     "certification.", []),
    ("CCS required. Four years of inpatient coding experience will be accepted in lieu of the "
     "credential.", []),
    ("CPC required. Five years of coding experience can replace the CPC.", []),
    ("Certification: CPC, or equivalent coding experience", []),
    # near-misses: a refused substitution, experience for the degree, schooling for experience,
    # experience merely considered, a preferred credential
    ("CCS required. Experience may not substitute for the credential.",
     [(["CCS"], "required", None)]),
    ("RHIT required; two years of experience may substitute for the associate degree.",
     [(["RHIT"], "required", None)]),
    ("CPC required. Two years of experience, and education may substitute.",
     [(["CPC"], "required", None)]),
    ("CPC required. Relevant experience will be considered.", [(["CPC"], "required", None)]),
    ("CPC preferred, or equivalent experience.", [(["CPC"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), EXPERIENCE_FOR_CREDENTIAL)
def test_experience_that_may_stand_in_for_the_credential(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups
