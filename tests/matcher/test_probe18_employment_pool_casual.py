"""Casual and pool staff as employers state the job's status (session 18, s18probe; examples
ours).

Hospitals call their as-needed staff "casual" or "pool" as often as "PRN": "Status: Pool",
"Position Type: Pool", "Employment Type: Pool - Days", "a pool position with no guaranteed
hours", a title closing on "- Casual", "Casual - hours vary with census", "Casual part-time".
Before, "casual" read only beside a status word or another as-needed word, and "pool" not at
all. Both are per diem (docs/design.md: PRN / per diem / as needed -> per_diem). Near-misses:
where the job is worked ("Position: Float pool", session 17's decision), a pool of applicants,
a swimming pool, casual dress and a casual team."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "title", "types"),
    [
        ("Employment Status: Pool", None, ["per_diem"]),
        ("Position Type: Pool", None, ["per_diem"]),
        ("Employment Type: Pool - Days", None, ["per_diem"]),
        ("Status: Resource Pool", None, ["per_diem"]),
        ("This is a pool position with no set schedule.", None, ["per_diem"]),
        ("Pool position, hours vary", None, ["per_diem"]),
        ("Scan and index loose reports.", "HIM Clerk - Casual", ["per_diem"]),
        ("Records Clerk, Casual", None, ["per_diem"]),
        ("Schedule & Status\nCasual - hours vary with census", None, ["per_diem"]),
        ("Casual - as scheduled", None, ["per_diem"]),
        ("Employment type: Casual part-time", None, ["part_time", "per_diem"]),
        # near-misses
        ("Position: Float pool", None, []),
        ("We keep a pool of qualified applicants for future openings.", None, []),
        ("Applicants placed in the candidate pool may be contacted.", None, []),
        ("Free parking and an indoor pool at our wellness center.", None, []),
        ("Casual dress Fridays.", None, []),
        ("Casual, relaxed office", None, []),
        ("Dress code - casual", None, []),
        ("Join a casual, friendly team.", None, []),
    ],
)
def test_casual_and_pool_status(text: str, title: str | None, types: list[str]) -> None:
    assert sorted(extract(text, title=title).employment_types) == types
