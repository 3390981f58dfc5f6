"""FT / PT closing a title with no mark before it, "FT or PT", and a fixed term in brackets
(session 18, s18probe; examples ours).

"Health Information Clerk PT", "Records Coder FT": a title closing on FT / PT after the job's
noun, as "Medical Records Clerk - FT" and "Scanning Clerk, FT" already read; "FT or PT
available", "FT and PT openings": both types, as "FT/PT" and "Full or part-time" were; "Part Time
(Fixed Term)": the bracketed term is temporary, as "Fixed Term (Fixed Term)" was. Near-misses: a
length in feet after a noun ("shelving 6 ft"), therapy ("Rehab Aide PT"), "FT and PT" not
offered ("the FT and PT patterns"), "insurance (fixed term)" with no type before it."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "title", "types"),
    [
        ("Scan records.", "Health Information Clerk PT", ["part_time"]),
        ("Scan records.", "Health Information Clerk FT", ["full_time"]),
        ("Records Coder FT", None, ["full_time"]),
        ("ROI Specialist PT", None, ["part_time"]),
        ("FT or PT available", None, ["full_time", "part_time"]),
        ("FT and PT openings in our file room", None, ["full_time", "part_time"]),
        ("Work Type: Part Time (Fixed Term)", None, ["part_time", "temporary"]),
        # near-misses
        ("File clerk lifts boxes onto shelving 6 ft high", None, []),
        ("Scan records.", "Rehab Aide PT", []),
        ("Outpatient Rehab Clinic PT", None, []),
        ("Life insurance (fixed term) for all staff", None, []),
        ("Read the FT and PT patterns of the rule file", None, []),
    ],
)
def test_title_shorthand(text: str, title: str | None, types: list[str]) -> None:
    assert sorted(extract(text, title=title).employment_types) == types
