"""Held or eligible, then "must be certified within N months" (session 18, s18certprobe;
examples ours). "RHIT or eligible; must be credentialed within 6 months of hire" asks the RHIT of
everyone by the deadline (DESIGN.md: required with within_months N), as "must obtain within 6
months" did: the next clause names the holder's state instead of the act. Near-misses: another
credential's state ("certified in CPR", "certified as a notary", "BLS certified"), eligibility with
no deadline, and a next clause naming an issuing body (its own group, timed; the eligible code
then stays no requirement)."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "RHIT or eligible; must be credentialed within 6 months of hire.",
            [(["RHIT"], "required", 6)],
        ),
        (
            "RHIT or RHIT-eligible; must be certified within 6 months of hire.",
            [(["RHIT"], "required", 6)],
        ),
        (
            "RHIT or eligible. Must be credentialed within 6 months of hire.",
            [(["RHIT"], "required", 6)],
        ),
        (
            "CTR eligible. Must become credentialed within 18 months of hire.",
            [(["CTR"], "required", 18)],
        ),
        ("CCS preferred; must become certified within one year.", [(["CCS"], "required", 12)]),
        # near-misses
        ("RHIT eligible; must be certified in CPR within 30 days.", []),
        ("RHIT eligible. Must be certified as a notary within 90 days.", []),
        ("RHIT or eligible; must be BLS certified within 30 days.", []),
        ("RHIT or eligible; must be certified.", []),
        (
            "CCS eligible. Must be certified by AHIMA within 9 months.",
            [(["RHIT", "RHIA", "CCA", "CCS"], "required", 9)],
        ),
    ],
)
def test_the_next_clause_certifies_by_a_deadline(
    text: str, groups: list[tuple[list[str], str, int | None]]
) -> None:
    got = [(c.any_of, c.level, c.within_months) for c in extract(text).certifications]
    assert got == groups
