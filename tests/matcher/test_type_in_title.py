"""An employment type opening a records title, and "a part-timer" (session 15, lead; ours).

Classified ads and job boards put the type first: "PT Medical Records Clerk", "FT Coder". "PT"
is also physical therapy ("PT Aide", "PT Clinic") and "pt" a patient, so only a records job's
noun after it reads as the type."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("PT Medical Records Clerk\nHS diploma required.", ["part_time"]),
        ("PT Scanning Clerk - Imaging Center", ["part_time"]),
        ("FT Coder\nCPC required", ["full_time"]),
        ("FT Health Information Technician", ["full_time"]),
        ("We are hiring a part-timer for our records room.", ["part_time"]),
        # near-misses
        ("PT Aide\nHelp our therapists with patients.", []),
        ("PT Clinic Front Desk", []),
        ("Maintain pt medical records per policy.", []),
        ("Benefits for part-timers include PTO.", []),
    ],
)
def test_type_before_a_records_title(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types
