"""A state or university page's time fields (session 17, s17probe2; examples ours).

"Time Base: Intermittent" (a state's field for the schedule) is the federal "Work schedule:
Intermittent", per diem (docs/design.md). "Percent of time: 50%" and "Appointment Percent:
75%" are the share of a full week, as "FTE: 0.5" is: part-time; 100% is full-time as "FTE: 1.0"
is. A share of the time spent on one task, or travel, is no type."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Tenure: Permanent\nTime Base: Intermittent", ["per_diem"]),
        ("Time Base\nIntermittent", ["per_diem"]),
        ("Percent of time: 50%", ["part_time"]),
        ("Percent Time: 75%", ["part_time"]),
        ("Appointment Percent: 100%", ["full_time"]),
        ("Percent of time\n100%", ["full_time"]),
        # near-misses: one task's share, travel, a field without a type
        ("Percent of time spent scanning: 50%", []),
        ("Travel percent: 10%", []),
        ("Tenure: Permanent", []),
    ],
)
def test_time_fields(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
