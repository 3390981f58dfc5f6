"""matcher.extract on a deadline the next clause gives another credential (issue 15, session
13, lead; our own words): "RHIT preferred. Must obtain CPR certification within 30 days of hire"
made the RHIT required within a month. A credential outside the vocabulary (CPR, BLS, a driver's
license) keeps its deadline to itself."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "LICENSE/CERTIFICATION: RHIT preferred. Must obtain CPR certification within 30 days "
            "of hire.",
            [(["RHIT"], "preferred", None)],
        ),
        (
            "RHIT preferred. Must obtain BLS certification within 90 days of hire.",
            [(["RHIT"], "preferred", None)],
        ),
        (
            "CCS preferred; a valid driver's license must be obtained within 30 days.",
            [(["CCS"], "preferred", None)],
        ),
        # near-misses: a deadline naming no other credential is the group's
        ("RHIT preferred; required within 1 year of hire.", [(["RHIT"], "required", 12)]),
        ("RHIT eligible. Must pass the exam within 6 months.", [(["RHIT"], "required", 6)]),
    ],
)
def test_a_deadline_for_another_credential(
    text: str, groups: list[tuple[list[str], str, int | None]]
) -> None:
    got = extract(text)
    assert [(g.any_of, g.level, g.within_months) for g in got.certifications] == groups


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "Job Requirements: Must have one of the following certifications: CCA, CCS, CPC, COC,"
            " or RHIT. If not certified, must obtain certification within 9 months of hire.",
            [(["CCA", "CCS", "CPC", "COC", "RHIT"], "required", 9)],
        ),
        (
            "CPC or CCS required. If not certified at hire, certification must be obtained within"
            " 12 months.",
            [(["CPC", "CCS"], "required", 12)],
        ),
        # near-miss: help offered, no deadline asked
        (
            "CPC preferred. If not certified, we offer exam prep within 3 months.",
            [(["CPC"], "preferred", None)],
        ),
    ],
)
def test_a_deadline_for_those_not_certified(
    text: str, groups: list[tuple[list[str], str, int | None]]
) -> None:
    """ "If not certified, must obtain certification within 9 months": the group's own term."""
    got = extract(text)
    assert [(g.any_of, g.level, g.within_months) for g in got.certifications] == groups
