"""A type abbreviated with its benefits, as hospital career sites write it (session 17,
s17probe2; examples ours).

"Status: FT-Benefitted", "Employment status: PT Benefited" and "Status: FT/Benefits eligible"
gave no type: the FT and PT patterns knew "FT w/ benefits" but not the career site's
"benefitted"; and a short line naming benefits opens a benefits section, where only a type line
spelled out ("Part Time Benefitted (0.5)") counted as the job's (BENEFITED_TYPE_RE). A perk or a
therapy's benefits are no type."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Status: FT-Benefitted", ["full_time"]),
        ("Job status: FT benefited", ["full_time"]),
        ("Status: FT/Benefits eligible", ["full_time"]),
        ("FT benefits-eligible position", ["full_time"]),
        ("Position: PT-Benefitted, days", ["part_time"]),
        ("Employment status: PT Benefited", ["part_time"]),
        ("Medical Records Clerk\nStatus: PT - Benefitted\nShift: Days", ["part_time"]),
        # near-misses: a perk, a therapy's benefits, a benefits section's lines
        ("PT benefits our patients after surgery.", []),
        ("Knowledge of PT benefit verification for rehab visits.", []),
        ("Benefits\nFT benefits package details are in the handbook.", []),
    ],
)
def test_type_with_its_benefits(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
