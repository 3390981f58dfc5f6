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


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a benefit named with a type's word
        ("Temporary disability insurance included. Full time.", ["full_time"]),
        # a later possibility is not the type now
        ("This position may become full-time after 6 months. Part-time, 20 hrs.", ["part_time"]),
        ("Part-time now; could later go full-time.", ["part_time"]),
        # the full-time equivalent spelled out
        ("Full-time equivalent: 0.5", ["part_time"]),
        ("Full Time Equivalent (FTE) .8", ["part_time"]),
        ("Full-time (0.9 FTE)", ["full_time"]),
        # a limited duration is a temporary job; not other durations
        ("Limited duration (12 months)", ["temporary"]),
        ("Limited-duration appointment", ["temporary"]),
        ("Patients get a limited duration of exposure.", []),
    ],
)
def test_type_words_that_are_not_the_type(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types
