"""A career site's experience field with the value "None" (session 17, s17probe2; examples ours).

"Experience: None" and "Minimum experience: None" gave 0 years; "Experience required: None" and
"Experience needed: none" gave nothing, so a posting open to beginners read as silent. A field
whose value goes on ("None listed", "none of the above") says nothing."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Experience required: None", 0.0),
        ("Experience Needed: none", 0.0),
        ("Experience necessary: None", 0.0),
        ("Job type: Part-time\nExperience required: None\nSchedule: Day shift", 0.0),
        # near-misses: the value goes on
        ("Experience required: None listed", None),
        ("Experience required: none of the above", None),
    ],
)
def test_none_as_the_fields_value(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years
