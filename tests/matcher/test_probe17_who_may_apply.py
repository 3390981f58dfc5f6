"""Credentials stated only as who may apply (session 17, s17probe; examples ours). "Only RHIT
applicants will be considered", "Only CCS holders will be interviewed", "Open only to RHIT
holders", "Applications will only be accepted from CCS holders", "This posting is limited to
CPC holders" ask the credential: no one else is considered (as "(RHIT/RHIA) applicants only"
since session 16). Those considered first or given priority are preferred: the others still
apply. Near-misses: a staff's duty ("Only RHIT staff sign the log"), what applicants need
besides ("applicants only need a diploma"), chart access, an alternative also considered."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Only RHIT applicants will be considered.", [(["RHIT"], "required")]),
        ("Only RHIT-credentialed candidates will be interviewed.", [(["RHIT"], "required")]),
        ("Only applicants with an active CPC will be considered.", [(["CPC"], "required")]),
        ("Open to RHIT or RHIA holders only.", [(["RHIT", "RHIA"], "required")]),
        ("Open only to RHIT holders.", [(["RHIT"], "required")]),
        ("Applications will only be accepted from CCS holders.", [(["CCS"], "required")]),
        ("This posting is limited to CPC holders.", [(["CPC"], "required")]),
        ("Applicants must hold a current CCS to be considered.", [(["CCS"], "required")]),
        # considered first: a preference
        ("RHIT holders will be considered first.", [(["RHIT"], "preferred")]),
        ("CCS holders will be given priority.", [(["CCS"], "preferred")]),
        ("Priority consideration for CPC holders.", [(["CPC"], "preferred")]),
        # near-misses
        ("Only RHIT staff sign the log.", []),
        ("Applicants only need a diploma.", []),
        ("Chart access is restricted to RHIT staff.", []),
        ("CCA applicants will also be considered.", []),
    ],
)
def test_who_may_apply(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert [(c.any_of, c.level) for c in extract(text).certifications] == groups
