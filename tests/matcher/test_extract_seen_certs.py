"""matcher.extract on credentials as the retired unseen sets (seen16, seen17) showed employers
write them (session 9, s9exp): each body followed by the codes it means, "and" after an "or"
list, a deadline for those who do not hold one yet. Our own wording, with near-misses."""

from __future__ import annotations

from typing import Any

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(sorted(g.any_of), g.level, g.within_months) for g in extract(text).certifications]


# --- a body after an "or" followed by its own codes means those codes ---------------------------

BODY_CODES_AFTER_OR = [
    ("Must hold one of the following: AHIMA certification (RHIT, RHIA or CCS) or AAPC "
     "certification (CPC).", [(["CCS", "CPC", "RHIA", "RHIT"], "required", None)]),
    ("RHIT, RHIA or AAPC certification (CPC or COC) required.",
     [(["COC", "CPC", "RHIA", "RHIT"], "required", None)]),
    ("Preferred: CCS, or an AAPC credential such as CRC.",
     [(["CCS", "CRC"], "preferred", None)]),
    ("Required credential: AAPC certification (COC) or AHIMA certification (CCS).",
     [(["CCS", "COC"], "required", None)]),
    # near-misses: a body with no codes of its own keeps its generic group; codes labelled by
    # their bodies
    ("CCS or an AAPC credential required.", [(["CCS", "COC", "CPC", "CPC-A"], "required", None)]),
    ("CCS (AHIMA) or CPC (AAPC) required.", [(["CCS", "CPC"], "required", None)]),
    ("An AHIMA or AAPC credential (CCS, CPC) is required.", [(["CCS", "CPC"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BODY_CODES_AFTER_OR)
def test_a_body_after_or_means_its_own_codes(text: str, expected: list[Any]) -> None:
    assert _groups(text) == expected


# --- "and" after an "or" list adds a second requirement, at the same level ------------------------

AND_AFTER_OR = [
    ("Requirements\n- CPC or CCS, and CRC",
     [(["CCS", "CPC"], "required", None), (["CRC"], "required", None)]),
    ("Requires CPC or CCS and CRC.",
     [(["CCS", "CPC"], "required", None), (["CRC"], "required", None)]),
    ("Must hold RHIT or RHIA and CCS.",
     [(["RHIA", "RHIT"], "required", None), (["CCS"], "required", None)]),
    ("We prefer CPC or COC, and CRC.",
     [(["COC", "CPC"], "preferred", None), (["CRC"], "preferred", None)]),
    # near-misses: a plain list; each code with its own cue
    ("CPC, COC, and CCS required.", [(["CCS", "COC", "CPC"], "required", None)]),
    ("CPC required and CRC preferred.",
     [(["CPC"], "required", None), (["CRC"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AND_AFTER_OR)
def test_and_after_an_or_list_is_another_requirement(text: str, expected: list[Any]) -> None:
    assert _groups(text) == expected


# --- a deadline for those who do not hold the credential yet ----------------------------------

AHIMA_AAPC = ["CCA", "CCS", "COC", "CPC", "CPC-A", "RHIA", "RHIT"]
DEADLINE_FOR_THE_REST = [
    ("Required: coding credential from AHIMA or AAPC; candidates without one must earn it "
     "within 12 months of hire", [(AHIMA_AAPC, "required", 12)]),
    ("CCS required; those without it must obtain it within 6 months.",
     [(["CCS"], "required", 6)]),
    ("Qualifications\n- RHIT\n- Applicants who do not hold it must earn it within one year.",
     [(["RHIT"], "required", 12)]),
    ("CPC preferred. New hires without one must obtain it within 9 months.",
     [(["CPC"], "required", 9)]),
    # near-misses: a review or a training within a period is no deadline for the credential
    ("CCS required. Those without it will be reviewed within 90 days.",
     [(["CCS"], "required", None)]),
    ("CPC preferred. Epic training must be completed within 30 days.",
     [(["CPC"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEADLINE_FOR_THE_REST)
def test_a_deadline_for_those_without_one(text: str, expected: list[Any]) -> None:
    assert _groups(text) == expected


# --- eligibility after a spelled-out name and its code; an offer to earn one ----------------------

ELIGIBLE_AND_OFFERS = [
    ("Requirements\n- Registered Health Information Administrator (RHIA) eligible", []),
    ("Requirements\n- RHIT (Registered Health Information Technician) eligible", []),
    ("Opportunity to obtain your CCS with our support.", []),
    ("We offer the chance to earn your CPC.", []),
    # near-misses: eligible with a deadline; a condition to obtain one
    ("Qualifications: Certified Tumor Registrar (CTR) eligible; CTR must be obtained within 1 "
     "year.", [(["CTR"], "required", 12)]),
    ("Must obtain CCS within 9 months.", [(["CCS"], "required", 9)]),
    ("Requirements\n- CCS (or CCS-P) required", [(["CCS", "CCS-P"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ELIGIBLE_AND_OFFERS)
def test_eligibility_and_offers_ask_for_nothing(text: str, expected: list[Any]) -> None:
    assert _groups(text) == expected
