"""matcher.extract on credentials as the retired unseen set seen20 showed employers write them
(session 12, s12cert): a "Must-haves" heading over a list, a body's certification beside a code
its clause gives another level ("AAPC certification required (CRC strongly preferred)"), and the
credential an accepted one stands in for named back ("also accepted in place of the CCS"). Our
own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]


# --- a "Must-haves" heading is a requirements heading -------------------------------------------

MUST_HAVES = [
    # seen20 h20-032: a staffing agency's hyphenated heading over bullets
    ("Must-haves\n- RHIT or CCS, current\n- Epic and encoder experience",
     [(["RHIT", "CCS"], "required", None)]),
    ("Must-Have Qualifications\n- CPC\n- 2 years of coding", [(["CPC"], "required", None)]),
    ("MUST-HAVES:\n- RHIA", [(["RHIA"], "required", None)]),
    ("Must-have skills\n- Epic\n- CPC certification", [(["CPC"], "required", None)]),
    # near-misses: the soft heading after it, a line with no heading
    ("Must-haves\n- CCS or RHIT, active\nNice-to-haves\n- CDIP",
     [(["CCS", "RHIT"], "required", None), (["CDIP"], "preferred", None)]),
    ("- CCS or RHIT, active", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), MUST_HAVES)
def test_a_must_haves_heading(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- a body's certification, then a code its clause gives another level ------------------------

BODY_AND_ANOTHER_LEVEL = [
    # seen20 h20-022: the body required, a code of it preferred in a parenthesis
    ("- AAPC certification required (CRC strongly preferred)",
     [(["CPC", "COC", "CPC-A"], "required", None), (["CRC"], "preferred", None)]),
    ("AHIMA credential required (CCS preferred)",
     [(["RHIT", "RHIA", "CCA", "CCS"], "required", None), (["CCS"], "preferred", None)]),
    ("AAPC credential required, CRC preferred",
     [(["CPC", "COC", "CPC-A"], "required", None), (["CRC"], "preferred", None)]),
    ("Must hold AAPC certification (CPC preferred).",
     [(["CPC", "COC", "CPC-A"], "required", None), (["CPC"], "preferred", None)]),
    ("AAPC or AHIMA certification required (CRC or CDIP a plus)",
     [(["CPC", "COC", "CPC-A", "RHIT", "RHIA", "CCA", "CCS"], "required", None),
      (["CRC", "CDIP"], "preferred", None)]),
    ("AHIMA certification preferred (CCS required for inpatient work)",
     [(["RHIT", "RHIA", "CCA", "CCS"], "preferred", None), (["CCS"], "required", None)]),
    # near-misses: the parenthesis or the list names the codes the body means
    ("AHIMA certification required (RHIT or RHIA)", [(["RHIT", "RHIA"], "required", None)]),
    ("AAPC certification required (CPC, COC or CPC-A)",
     [(["CPC", "COC", "CPC-A"], "required", None)]),
    ("AAPC certification required: CPC, COC or CRC",
     [(["CPC", "COC", "CRC"], "required", None)]),
    ("AAPC certification (CPC required)", [(["CPC"], "required", None)]),
    ("AHIMA certification preferred (RHIT or RHIA).", [(["RHIT", "RHIA"], "preferred", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), BODY_AND_ANOTHER_LEVEL)
def test_a_body_then_a_code_of_another_level(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- the credential an accepted one stands in for, named back -----------------------------------

NAMED_BACK = [
    # seen20 h20-002: one group, the replaced code not asked again
    ("Requirements\n- CCS required; an RHIT or RHIA is also accepted in place of the CCS",
     [(["CCS", "RHIT", "RHIA"], "required", None)]),
    ("Requirements\n- CCS required\n- RHIT or RHIA accepted instead of the CCS",
     [(["CCS", "RHIT", "RHIA"], "required", None)]),
    ("Requirements:\nCPC required. A COC may be accepted instead of the CPC.",
     [(["CPC", "COC"], "required", None)]),
    ("Certification: CCS (RHIT considered as a substitute for the CCS)",
     [(["CCS", "RHIT"], "required", None)]),
    ("CPC required. CPC-A accepted in place of CPC for new graduates.",
     [(["CPC", "CPC-A"], "required", None)]),
    ("CCS preferred; RHIT is also accepted in place of the CCS.",
     [(["CCS", "RHIT"], "preferred", None)]),
    # near-miss: no other credential taken
    ("Must hold the CTR; no other credential is accepted in place of the CTR.",
     [(["CTR"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), NAMED_BACK)
def test_the_replaced_credential_named_back(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups
