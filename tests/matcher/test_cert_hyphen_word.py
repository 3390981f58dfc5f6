"""A code glued to "-certified" / "-credentialed" / "-certification" names the credential
(session 15, lead; ours). "CPC-certified coder required" had given no group: a code followed by
a hyphen and letters was read as part of a longer word (only "-eligible" was let through)."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("CPC-certified coder required", [(["CPC"], "required")]),
        ("Must be RHIT-credentialed.", [(["RHIT"], "required")]),
        ("CPC-Certified coder preferred", [(["CPC"], "preferred")]),
        ("CPC-certification required", [(["CPC"], "required")]),
        ("RHIT-credential required", [(["RHIT"], "required")]),
        # the other hyphenated forms keep their meaning
        ("CPC-A accepted", [(["CPC-A"], "required")]),
        ("CCS-P required", [(["CCS-P"], "required")]),
        ("CTR or CTR-eligible preferred", [(["CTR"], "preferred")]),
        # near-misses: a longer token, a bullet glued to the code
        ("XRHIT-certified vendors", []),
        ("CPCS-certified", []),
    ],
)
def test_code_with_its_word_after_a_hyphen(text: str, groups: list[tuple[object, ...]]) -> None:
    got = [(g.any_of, g.level) for g in extract(text).certifications]
    assert got == groups
