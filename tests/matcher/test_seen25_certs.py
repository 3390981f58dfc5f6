"""Credentials seen25 read wrongly (session 17).

"Nice: RHIA" under a terse ad's "Must have: ... | CCS required" (h25-036) was no preference: the
word "nice" alone is a preferred cue only as a label (matcher._rules_cues.PREFERRED_CUES).
"""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str]]:
    return [(g.any_of, g.level) for g in extract(text).certifications]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "Must have: 5+ yrs inpatient coding | CCS required | PCS fluency\nNice: RHIA",
            [(["CCS"], "required"), (["RHIA"], "preferred")],
        ),
        (
            "Requirements\n- CPC required\n- Nice: CRC",
            [(["CPC"], "required"), (["CRC"], "preferred")],
        ),
        (
            "Must have CCS. Nice : RHIA or RHIT.",
            [(["CCS"], "required"), (["RHIA", "RHIT"], "preferred")],
        ),
    ],
)
def test_nice_as_a_label_prefers(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert _groups(text) == groups


@pytest.mark.parametrize(
    "text",
    ["A nice team: five coders hold the RHIT.", "Our office in Nice, France: RHIA on staff."],
)
def test_nice_that_is_no_label(text: str) -> None:
    assert _groups(text) == []
