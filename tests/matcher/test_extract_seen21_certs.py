"""matcher.extract on credentials as the retired unseen set seen21 showed employers write them
(session 13, s13cert): requirement items set apart by a lone "OR" that each name a credential, a
deadline scoped to one route ("those who qualify under Option A must obtain the RHIT"), and a
deadline for non-holders whoever they are ("registrars who do not hold it must obtain it within
18 months"). Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]


# --- items set apart by "OR", each naming a credential: one group --------------------------------

OR_ITEMS = [
    # seen21 h21-021: numbered civil-service items, "; OR" closing the first
    ("Minimum Qualifications\n1. An associate degree in HIT and current registration as an "
     "RHIT; OR\n2. A bachelor's degree in HIM and current registration as an RHIA.",
     [(["RHIT", "RHIA"], "required", None)]),
    ("Requirements:\n- Associate degree and the CCA\n- OR -\n- Three years of coding and the CPC",
     [(["CCA", "CPC"], "required", None)]),
    ("To qualify you need an associate degree with the RHIT.\nOR\nA bachelor's degree with the "
     "RHIA.", [(["RHIT", "RHIA"], "required", None)]),
    ("Qualifications:\n- Coding certificate program and the CCS, or\n- five years of inpatient "
     "coding and the CPC.", [(["CCS", "CPC"], "required", None)]),
    ("Minimum requirements:\nHigh school diploma and the CPC-A.\nOr an associate degree in HIT "
     "and the CCA.", [(["CPC-A", "CCA"], "required", None)]),
    ("Preferred: RHIT with two years of HIM work\n--OR--\nRHIA with one year.",
     [(["RHIT", "RHIA"], "preferred", None)]),
    # three routes, each with its own
    ("Minimum qualifications\nA. An associate degree and the RHIT; OR\nB. A bachelor's degree and "
     "the RHIA; OR\nC. Four years of coding and the CCS.",
     [(["RHIT", "RHIA", "CCS"], "required", None)]),
    # near-misses: a credential on one route only is asked of no one
    ("Minimum Qualifications\n1. An associate degree in HIT and the RHIT; OR\n2. Four years of "
     "health information experience.", []),
    ("Requirements:\nThree years of coding experience\nOR\nAn associate degree and the CCS.", []),
    # an "OR" line that opens nothing asked is no route; nor is a deadline after "or"
    ("Requirements: CPC required.\nOR\nApply in person at the front desk.",
     [(["CPC"], "required", None)]),
    ("Must hold the CPC, or\nbe willing to obtain it within six months.",
     [(["CPC"], "required", 6)]),
    # "or" inside one sentence is the any-of list, as ever
    ("RHIT or RHIA required; CCS preferred.",
     [(["RHIT", "RHIA"], "required", None), (["CCS"], "preferred", None)]),
    # a state's "OR" in an address is no separator
    ("Location: Portland, OR\nRHIT required.", [(["RHIT"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), OR_ITEMS)
def test_items_set_apart_by_or(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- a deadline scoped to one route is that route's ----------------------------------------------

ROUTE_DEADLINES = [
    # seen21 h21-042: the deadline sits between the route labels and names its route
    ("Minimum qualifications (one of the following):\nOption A: An associate degree in HIT. "
     "Candidates who qualify under Option A must obtain the RHIT within 12 months of "
     "appointment.\nOption B: A high school diploma and three years of HIM experience.", []),
    ("Route 1: a coding certificate program; those hired on this route must earn the CCA within "
     "nine months.\nRoute 2: four years of coding experience.", []),
    # near-misses: a deadline said for every route stays; one after the routes stays
    ("Option A: associate degree in HIT.\nWhichever option you qualify under, you must earn the "
     "CCA within six months.\nOption B: two years of coding.", [(["CCA"], "required", 6)]),
    ("Option A: an associate degree.\nOption B: two years of HIM work.\nAll new hires must "
     "obtain the CCS within 12 months.", [(["CCS"], "required", 12)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), ROUTE_DEADLINES)
def test_a_deadline_on_one_route(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- a deadline for non-holders, whoever they are -------------------------------------------------

NON_HOLDERS = [
    # seen21 h21-014: preferred at hire, a deadline for the registrars without it
    ("Requirements\n- Certified Healthcare Access Associate (CHAA) preferred at hire; registrars "
     "who do not hold it must obtain it within 18 months", [(["CHAA"], "required", 18)]),
    ("CPC preferred; coders who don't have it must earn it within 12 months.",
     [(["CPC"], "required", 12)]),
    ("RHIT desired; technicians not yet certified must be credentialed... ", [(["RHIT"],
     "preferred", None)]),
    ("CCS preferred; new staff not yet certified must obtain it within one year.",
     [(["CCS"], "required", 12)]),
    ("CRCR preferred; team members without it must pass the exam within 6 months.",
     [(["CRCR"], "required", 6)]),
    ("CHAA a plus; any registrar who does not yet hold it must earn it within two years.",
     [(["CHAA"], "required", 24)]),
    # near-misses: a deadline for those holding another credential; no deadline at all
    ("CCS preferred; those who do not hold it will be trained on the job.",
     [(["CCS"], "preferred", None)]),
    ("RHIT preferred; staff who do not hold it are paid at the lower step.",
     [(["RHIT"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), NON_HOLDERS)
def test_a_deadline_for_non_holders(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- session 12's left-overs: an eligible code with the term in the next clause; credentials
# --- accepted in place of the one asked, with a condition

ELIGIBLE_THEN_TERM = [
    ("Requirements: RHIT eligible; must pass within 6 months of hire.",
     [(["RHIT"], "required", 6)]),
    ("Qualifications: eligible for the CPC exam; must pass it within one year.",
     [(["CPC"], "required", 12)]),
    ("Requirements: CCA eligible; the credential must be earned within 9 months.",
     [(["CCA"], "required", 9)]),
    ("Requirements: CTR eligible; the exam must be passed within two years of hire.",
     [(["CTR"], "required", 24)]),
    # near-misses: eligible with no term; a term for holders of another credential
    ("Requirements: RHIT eligible.", []),
    ("Requirements: RHIT eligible; we pay the exam fee.", []),
    ("Requirements: RHIT eligible; CCS preferred.", [(["CCS"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), ELIGIBLE_THEN_TERM)
def test_eligible_then_a_term_in_the_next_clause(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


ACCEPTED_WITH_A_CONDITION = [
    ("Requirements: CCS required. RHIT/RHIA plus 3 yrs accepted in place of CCS.",
     [(["CCS", "RHIT", "RHIA"], "required", None)]),
    ("CPC required; CCS + 2 years of coding also accepted.", [(["CPC", "CCS"], "required", None)]),
    ("RHIA required. RHIT along with 4 years of HIM experience may be accepted instead.",
     [(["RHIA", "RHIT"], "required", None)]),
    ("CCS required. An RHIT having five years of inpatient coding will be considered in lieu of "
     "the CCS.", [(["CCS", "RHIT"], "required", None)]),
    ("Must hold the CCS. RHIT with 3+ yrs inpatient coding accepted in lieu of the CCS.",
     [(["CCS", "RHIT"], "required", None)]),
    # near-misses: another level is another group
    ("CPC required. CRC preferred.", [(["CPC"], "required", None), (["CRC"], "preferred", None)]),
    ("CPC required; CRC with 2 years of risk adjustment preferred.",
     [(["CPC"], "required", None), (["CRC"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), ACCEPTED_WITH_A_CONDITION)
def test_accepted_in_place_with_a_condition(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- company blurbs: a share of the staff holding a credential is no requirement ----------------

STAFF_SHARE = [
    ("Join a team where 90% of coders hold a CCS or RHIT.\nRequired: CPC.",
     [(["CPC"], "required", None)]),
    ("Half of our technicians have the RHIT.", []),
    ("Many staff have the CPC; we help you earn it.", []),
    ("About us: 75 percent of our coding team members hold an AHIMA credential.", []),
    ("Most of our coders hold the CCS.", []),
    ("Our record: the majority of our registrars already hold the CHAA.", []),
    # near-misses: what every applicant must hold
    ("All applicants must hold a CCS.", [(["CCS"], "required", None)]),
    ("All coders are required to hold the CPC.", [(["CPC"], "required", None)]),
    ("Most candidates hold the CPC; CPC required.", [(["CPC"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), STAFF_SHARE)
def test_a_share_of_the_staff(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups
