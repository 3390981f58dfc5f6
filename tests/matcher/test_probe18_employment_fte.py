"""Full-time equivalents and FTE lines, and a type titled with no benefits (session 18,
s18probe; examples ours).

"Our HIM team of 12 full-time equivalents" counts staff (a near-miss the singular "full-time
equivalent" already was: the plural read as full-time); "Full-time equivalent: 1.0" is the whole
week, as "FTE: 1.0" is; an FTE fraction alone on its line over the line that calls the job
full-time ("FTE: 0.9" / "Status: Full Time") is the full-time job's, as it was under it; "Regular
Part Time (non-benefited)", "Status: Part Time - Non Benefited": a type titled with its benefits
states the job's type, also when it has none (the short line read as a benefits heading)."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Full-time equivalent: 1.0", ["full_time"]),
        ("FTE: 0.9\nStatus: Full Time", ["full_time"]),
        ("FTE: 0.8\nJob Type: Full time", ["full_time"]),
        ("Regular Part Time (non-benefited)", ["part_time"]),
        ("Status: Regular Part-Time (non-benefitted)", ["part_time"]),
        ("Status: Part Time - Non Benefited", ["part_time"]),
        # near-misses: team size; an FTE fraction with no full-time line next to it
        ("Our HIM team of 12 full-time equivalents serves three hospitals.", []),
        ("Department of 20 full-time equivalents", []),
        ("FTE: 0.6\nShift: Days", ["part_time"]),
        ("FTE: 0.6\nFull-time staff receive tuition aid.", ["part_time"]),
    ],
)
def test_fte_lines_and_team_sizes(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types
