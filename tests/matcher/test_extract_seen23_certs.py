"""matcher.extract on credentials as the retired unseen set seen23 showed employers write them
(session 15, s15cert): a federal list of spelled-out credentials long enough to be cut in two,
above the grade sections; a deadline for those who hold neither credential. Our own wording,
with near-misses; the rows marked "main 79df949" failed there."""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]


# --- a list of certifications asked at every grade, above the grades' routes ---------------------

_GRADES = (
    "\n\nGS-5 grade level: One year of specialized experience equivalent to the GS-4 level; OR "
    "four years of education above high school; OR an equivalent combination of experience and "
    "education.\n\nGS-6 grade level: One year of specialized experience equivalent to the GS-5 "
    "level."
)

EVERY_GRADE = [
    # seen23 h23-004 (main 79df949: [], the list read as the first grade's route)
    ("Basic Requirements:\n(c) Certification: you must hold at least one of the following coding "
     "certifications, and this applies at both grades: Certified Coding Specialist (CCS), "
     "Certified Coding Specialist - Physician-based (CCS-P), Registered Health Information "
     "Technician (RHIT), Registered Health Information Administrator (RHIA), Certified "
     "Professional Coder (CPC), Certified Outpatient Coder (COC) or Certified Inpatient Coder "
     "(CIC)." + _GRADES,
     [(["CCS", "CCS-P", "RHIT", "RHIA", "CPC", "COC", "CIC"], "required", None)]),
    ("Basic Requirements:\n1. Certification: you must hold one of the following coding "
     "certifications, which applies at every grade: Certified Coding Specialist (CCS), Registered "
     "Health Information Technician (RHIT), Registered Health Information Administrator (RHIA), "
     "Certified Professional Coder (CPC), Certified Outpatient Coder (COC), Certified Risk "
     "Adjustment Coder (CRC) or Certified Inpatient Coder (CIC)." + _GRADES,
     [(["CCS", "RHIT", "RHIA", "CPC", "COC", "CRC", "CIC"], "required", None)]),
    ("Applicants must hold any of the following credentials, current and in good standing: "
     "RHIT, RHIA or CCS.", [(["RHIT", "RHIA", "CCS"], "required", None)]),
    ("Candidates must have one of the following certifications, valid on the start date: CPC, "
     "CCS or CCA.", [(["CPC", "CCS", "CCA"], "required", None)]),
    ("We prefer one of the following certifications, ideally from AHIMA: CCS, CCA.",
     [(["CCS", "CCA"], "preferred", None)]),
    # near-misses: a credential after the grades keeps its own level; staff's credentials
    ("Basic Requirements:\nGS-6 grade level: One year of specialized experience equivalent to "
     "the GS-5 level; OR four years of education above high school; OR a combination.\n"
     "RHIT preferred.", [(["RHIT"], "preferred", None)]),
    ("Our coders hold one of the following certifications, which we pay to renew: CPC, CCS.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), EVERY_GRADE)
def test_list_asked_at_every_grade(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- a deadline for those who hold none of the codes ---------------------------------------------

HOLD_NEITHER = [
    # seen23 h23-015 (main 79df949: within_months None)
    ("CPC-A or CCA required; if you hold neither, you must earn one within 9 months of hire",
     [(["CPC-A", "CCA"], "required", 9)]),
    ("RHIT or CCS required. If you have neither, you must obtain one within 12 months.",
     [(["RHIT", "CCS"], "required", 12)]),
    ("CCS preferred; if you don't have it yet, you must earn it within six months of hire.",
     [(["CCS"], "required", 6)]),
    ("CPC or CCA required; if you do not hold one at hire, you must pass one within one year.",
     [(["CPC", "CCA"], "required", 12)]),
    # near-misses: a step for the holders of one code; another credential's term; no term
    ("CPC-A or CCA required; if you hold the CPC-A, you must earn the CPC within 12 months.",
     [(["CPC-A", "CCA"], "required", None)]),
    ("CCS required; if you hold none, CPR must be earned within 30 days.",
     [(["CCS"], "required", None)]),
    ("RHIT required; if you have neither a degree nor the RHIT, apply anyway.",
     [(["RHIT"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), HOLD_NEITHER)
def test_deadline_for_those_holding_neither(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- credentials of the employer's staff, offers and other meanings ------------------------------

NOT_ASKED = [
    # seen23 h23-001 (main 79df949: [CCS] required)
    ("Our HIM leadership team includes two RHIA-credentialed directors and a coding manager who "
     "has taught CCS exam prep for over 15 years.", []),
    # seen23 h23-024 (main 79df949: [CCS, CPC] required)
    ("Our HIM department has 90 team members, including CCS and CPC credentialed coders, RHIT "
     "and RHIA analysts, and a dedicated privacy office.", []),
    ("The coding unit is made up of 12 coders, among them CPC and CRC holders.", []),
    ("Our records office has two RHITs and a CCS on staff.", []),
    # seen23 h23-025 (main 79df949: [RHIT] required)
    ("Growth: employees may apply for our RHIT scholarship after one year of service.", []),
    ("Scholarships are available for staff pursuing the CCA.", []),
    # seen23 h23-037 (main 79df949: [CMA] preferred): the nursing home's medication aides
    ("CNAs and certified medication aides (CMA) looking for a step off the floor are welcome to "
     "apply.", []),
    ("Certified medication aides (CMAs) are welcome to apply.", []),
    ("CNAs and CMAs are welcome to apply for this records role.", []),
    # seen23 h23-001 with "Preferred:" on its own line (tests/matcher/test_extract_layout.py)
    ("Preferred:\nmany of our technicians use it to prepare for the CCS exam", []),
    ("Candidates studying for the CPC exam are welcome.", []),
    # near-misses: the job's own credential beside the team; the medical assistant
    ("Our team has one opening: RHIT required.", [(["RHIT"], "required", None)]),
    ("The role includes daily audits; CPC required.", [(["CPC"], "required", None)]),
    ("You will teach coding classes. CPC required.", [(["CPC"], "required", None)]),
    ("CPC required; we will help you prepare for the CRC.", [(["CPC"], "required", None)]),
    ("Certified Medical Assistants (CMA) are welcome to apply.", [(["CMA"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), NOT_ASKED)
def test_credentials_not_asked_of_the_applicant(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- years or schooling in place of the credential: one route, asked of no one -------------------

OTHER_ROUTE = [
    # seen23 h23-038 (main 79df949: [CPC, CCS-P] required)
    ("Requirements: CPC or CCS-P (required); candidates without a credential need 3+ yrs of ED "
     "professional fee coding instead.", []),
    ("RHIT or RHIA required; those without one should have 5 years of HIM work instead.", []),
    ("CPC required. Applicants without the CPC must have four years of physician coding.", []),
    ("RHIT or RHIA required. Those without an RHIT or RHIA need 5 years of HIM work instead.",
     []),
    # seen23 h23-024 (main 79df949: [RHIT] required, in an "About the role" section)
    ("ABOUT THE ROLE\nApplicants must bring at least eighteen months of hospital HIM experience, "
     "and either an RHIT credential or completion of an accredited HIT associate program.", []),
    ("RHIT required, or graduation from an accredited HIM degree program.", []),
    ("CCS or CPC required; or successful completion of an AHIMA-approved coding program.", []),
    # near-misses: a deadline for those without it; the exam, not schooling; schooling as well
    ("CPC required; candidates without one must earn it within 12 months.",
     [(["CPC"], "required", 12)]),
    ("RHIT required; candidates without RHIT must earn it within 12 months.",
     [(["RHIT"], "required", 12)]),
    ("CCS required. Coders without a CCS may not apply.", [(["CCS"], "required", None)]),
    ("RHIT required, or completion of the RHIT exam within 6 months.", [(["RHIT"], "required", 6)]),
    ("RHIT required, and completion of an HIT program preferred.", [(["RHIT"], "required", None)]),
    ("CCS preferred; candidates without certification need at least 2 years of inpatient coding.",
     [(["CCS"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), OTHER_ROUTE)
def test_years_or_schooling_in_place_of_the_credential(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups
