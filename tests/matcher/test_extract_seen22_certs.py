"""matcher.extract on credentials as the retired unseen set seen22 showed employers write them
(session 14, s14cert): a deadline in the next clause said with "may be" ("may be obtained within
1 year of hire"), experience standing in for the credential named after it ("in lieu of
certification, four years of ... experience will be accepted"), a deadline for the holders of one
credential only ("coders hired with the CCA must earn the CCS within 18 months"), and "X-eligible"
beside the held code or alone with a deadline. Our own wording, with near-misses; the rows marked
"main 75354a5" failed there."""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]


# --- a deadline in the next clause with "may / can / should be" ---------------------------------

NEXT_CLAUSE_DEADLINE = [
    # seen22 h22-040 (main 75354a5: within_months None)
    ("RHIT or RHIA required; may be obtained within 1 year of hire",
     [(["RHIT", "RHIA"], "required", 12)]),
    ("CCS required; can be earned within six months of your start date.",
     [(["CCS"], "required", 6)]),
    ("CPC required. Certification may be obtained within 9 months of hire.",
     [(["CPC"], "required", 9)]),
    ("CCA preferred; should be passed within 12 months.", [(["CCA"], "required", 12)]),
    # near-misses: no term, or another credential's term
    ("RHIT preferred; may be obtained later.", [(["RHIT"], "preferred", None)]),
    ("CPC required; CPR may be obtained within 30 days.", [(["CPC"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), NEXT_CLAUSE_DEADLINE)
def test_deadline_in_next_clause(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- experience in lieu of the credential, the credential named first ---------------------------

EXPERIENCE_NAMED_AFTER = [
    # seen22 h22-039 (main 75354a5: [CPC, CPB] required)
    ("CPC or CPB required; in lieu of certification, four years of orthopedic coding and billing "
     "experience will be accepted.", []),
    ("CPC required. Instead of the CPC, three years of physician billing experience is "
     "acceptable.", []),
    ("RHIT required; in place of the credential, five years of HIM experience will be "
     "considered.", []),
    # near-misses: schooling stands in, not experience alone; a degree is replaced, not the
    # credential; another credential accepted in its place joins the group
    ("CCS required; in lieu of certification, an associate degree and one year of coding "
     "experience.", [(["CCS"], "required", None)]),
    ("CPC required. In lieu of a degree, four years of coding experience will be accepted.",
     [(["CPC"], "required", None)]),
    ("CCS required. In lieu of the CCS, the RHIT with two years of coding experience is "
     "accepted.", [(["CCS", "RHIT"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), EXPERIENCE_NAMED_AFTER)
def test_experience_in_lieu_named_after(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- a step for the holders of one credential only ----------------------------------------------

HOLDERS_ONLY = [
    # seen22 h22-009 (main 75354a5: within_months 18)
    ("CCA, CCS or RHIT required. Coders hired with the CCA must earn the CCS within 18 months.",
     [(["CCA", "CCS", "RHIT"], "required", None)]),
    ("CPC or CPC-A required; applicants with a CPC-A must pass the CPC exam within 12 months.",
     [(["CPC", "CPC-A"], "required", None)]),
    ("RHIT or CCS required. CCS holders are expected to add the RHIT within two years.",
     [(["RHIT", "CCS"], "required", None)]),
    ("RHIA or RHIT required. If you hold only the RHIT, you must earn the RHIA within 24 months.",
     [(["RHIA", "RHIT"], "required", None)]),
    ("CCS or CCA required. Staff holding the CCA will need to obtain the CCS within one year of "
     "hire.", [(["CCS", "CCA"], "required", None)]),
    # the earned code is asked of the holders only, not of everyone
    ("CCA required. CCA holders must earn the CCS within 18 months.",
     [(["CCA"], "required", None)]),
    # near-misses: a deadline for those without it, or for holders of a degree, is everyone's
    ("CPC required; new hires without the CPC must earn it within 6 months.",
     [(["CPC"], "required", 6)]),
    ("CCS required; coders with an associate degree must earn the CCS within 12 months.",
     [(["CCS"], "required", 12)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), HOLDERS_ONLY)
def test_deadline_for_holders_only(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- "X-eligible": alone with a deadline, or beside the held code --------------------------------

ELIGIBLE = [
    # session 13 leftovers (main 75354a5: [] for the first, fourth and fifth)
    ("RHIT-eligible; must pass within 6 months", [(["RHIT"], "required", 6)]),
    ("RHIA-Eligible; the RHIA must be earned within 12 months of hire.",
     [(["RHIA"], "required", 12)]),
    ("CTR or CTR-eligible preferred", [(["CTR"], "preferred", None)]),
    ("CTR or CTR eligible preferred", [(["CTR"], "preferred", None)]),
    ("Preferred: CTR or CTR eligible.", [(["CTR"], "preferred", None)]),
    ("RHIT or RHIA-eligible preferred", [(["RHIT"], "preferred", None)]),
    ("CCS or CCS-eligible; must obtain within 12 months.", [(["CCS"], "required", 12)]),
    ("CTR or CTR-eligible (must earn within 18 months) required", [(["CTR"], "required", 18)]),
    ("RHIT (or RHIT-eligible) preferred", [(["RHIT"], "preferred", None)]),
    ("CCS preferred, or CCS-eligible.", [(["CCS"], "preferred", None)]),
    ("RHIA required or RHIA-eligible with the exam passed within 6 months.",
     [(["RHIA"], "required", 6)]),
    # near-misses: held or eligible with no deadline is asked of no one; eligibility alone, an
    # eligible programme, and "RHIT or RHIA eligible" (eligibility for either) are no credential
    ("CTR or CTR eligible required", []),
    ("CTR or CTR-eligible required", []),
    ("RHIT-eligible", []),
    ("RHIT-eligible graduates are welcome to apply.", []),
    ("Graduate of an RHIA-eligible program required.", []),
    ("RHIT or RHIA eligible preferred", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), ELIGIBLE)
def test_eligible_spellings(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- credential sentences as postings phrase them (s14cert's probe, session 14) ------------------

PHRASINGS = [
    # a deadline past the next group is that group's (main 75354a5: both groups had it)
    ("CPC or CCS required plus CRC within 12 months.",
     [(["CPC", "CCS"], "required", None), (["CRC"], "required", 12)]),
    ("Licenses & Certifications\nRegistered Health Information Administrator (RHIA) - Preferred\n"
     "Certified Coding Specialist (CCS) - Required within 1 year",
     [(["RHIA"], "preferred", None), (["CCS"], "required", 12)]),
    # ... unless the next group names this one's codes back
    ("RHIT or RHIA, or eligible for the RHIT exam and earn the credential within 12 months of "
     "hire.", [(["RHIT", "RHIA"], "required", 12)]),
    # "plus" and "&" add a second credential, as "and" does (main 75354a5: [CRC] alone)
    ("CCS-P or CPC, plus CRC, required.",
     [(["CCS-P", "CPC"], "required", None), (["CRC"], "required", None)]),
    ("RHIT & CCS required.", [(["RHIT"], "required", None), (["CCS"], "required", None)]),
    ("CPC or COC & CRC preferred.",
     [(["CPC", "COC"], "preferred", None), (["CRC"], "preferred", None)]),
    # the whole staff described by what it holds is no requirement (main 75354a5: required)
    ("At Northwind Coding, every auditor holds a CPC and a CRC.", []),
    ("All of our coders have the CCS, and we support CEUs.", []),
    ("Every coder must hold a CPC.", [(["CPC"], "required", None)]),
    ("All coders are required to hold the CCS.", [(["CCS"], "required", None)]),
    # a credential the employer will also consider, said before it, joins the group asked
    # (main 75354a5: two required groups)
    ("CPC certification required - will consider CPC-A with 2+ years of experience.",
     [(["CPC", "CPC-A"], "required", None)]),
    ("CCS required; we also accept the RHIT with inpatient coding experience.",
     [(["CCS", "RHIT"], "required", None)]),
    ("RHIT required. Will also consider candidates with the CCS.",
     [(["RHIT", "CCS"], "required", None)]),
    # held or eligible, the credential word before the "or" (main 75354a5: required)
    ("RHIT/RHIA certification or eligibility required.", []),
    ("RHIT certification or eligibility preferred.", [(["RHIT"], "preferred", None)]),
    # phrasings already read (kept so they stay read)
    ("AHIMA credential (RHIA/RHIT) required.", [(["RHIA", "RHIT"], "required", None)]),
    ("Certification(s): CCS (Required)", [(["CCS"], "required", None)]),
    ("Licenses and Certifications:\nCertified Professional Coder - CPC (Required), Certified "
     "Risk Adjustment Coder - CRC (Preferred)",
     [(["CPC"], "required", None), (["CRC"], "preferred", None)]),
    ("Required Licenses/Certifications: RHIT or RHIA", [(["RHIT", "RHIA"], "required", None)]),
    ("Must hold a current CPC or CCS, or have three years of outpatient coding experience.", []),
    ("Hold an active coding credential (CPC, COC, CCS or CCS-P) or obtain one within 180 days of "
     "hire.", [(["CPC", "COC", "CCS", "CCS-P"], "required", 6)]),
    ("Certified Tumor Registrar (CTR) or eligible to sit for the CTR exam within one year of "
     "hire.", [(["CTR"], "required", 12)]),
    ("Must be eligible to sit for the RHIT exam.", []),
    ("We'll cover the cost of your CPC exam once you've been with us 6 months.", []),
    ("Benefits\n- We pay for your CCS exam and your first year of AHIMA dues", []),
    ("Founded by two RHIAs in 2009, Meridian Coding has grown to 300 coders.", []),
    ("AAPC (CPC, COC) or AHIMA (CCS, RHIT) certification required.",
     [(["CPC", "COC", "CCS", "RHIT"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), PHRASINGS)
def test_posting_phrasings(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups
