"""Who may apply, said after the credential (session 16, s16probe; examples ours): "Only
CPC-certified coders need apply", "CPC certified coder wanted", "Credentialed (RHIT/RHIA)
applicants only" ask the credential of everyone (required, one any-of group); before, a
credential outside a requirements section with no cue after it asked nothing. The cues are in
STRICT_REQUIRED_CUES (matcher/_rules_cues.py), whose examples and near misses
tests/matcher/test_rules.py checks."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Only CPC-certified coders need apply", [(["CPC"], "required")]),
        ("Only CPC certified coders need apply.", [(["CPC"], "required")]),
        ("CPC certified coder wanted", [(["CPC"], "required")]),
        ("CCS wanted for a busy outpatient clinic.", [(["CCS"], "required")]),
        ("Credentialed (RHIT/RHIA) applicants only", [(["RHIT", "RHIA"], "required")]),
        ("RHIT or RHIA candidates only.", [(["RHIT", "RHIA"], "required")]),
        ("Must be a credentialed coder (CPC, CCS)", [(["CPC", "CCS"], "required")]),
        # near-misses: the employer's staff, pay, and a verb with its object
        ("CPC-certified coders on our team review your work", []),
        ("Our CPC-certified coders earn a differential", []),
        ("CPC holders only get the shift differential", []),
        ("RHIT staff wanted more parking", []),
        ("Non-certified coders welcome to apply; CPC preferred", [(["CPC"], "preferred")]),
    ],
)
def test_who_may_apply(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == groups
