"""Employment types written tersely (session 17, s17probe; examples ours). A field's label is
not its value ("Employment: PT", "Position: PT/Days": the label is taken off, as "Status:" was);
"PT" beside its schedule ("PT/Days") is part-time, "PT/OT" is therapy. A week's hours under 30
("24 hrs/wk", "Hours: 20 per week", "Hours per week: 24") is part-time: both US measures agree
there (the Bureau of Labor Statistics counts under 35 hours a week part-time; the ACA's
full-time employee works 30 or more). From 30 to 34 they disagree, so nothing is read; 35 or
more is no full-time statement either (docs/design.md: only what the posting states; the
labelled sets read "40 hrs/wk" beside a contract or a season as only that term). An FTE figure
was already read ("FTE: 1.0" full-time, "0.5 FTE" part-time)."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Employment: PT", ["part_time"]),
        ("Employment: FT", ["full_time"]),
        ("Position: PT/Days", ["part_time"]),
        ("Position: PT/Evenings", ["part_time"]),
        ("Status: FT", ["full_time"]),
        ("Hours: 20 per week", ["part_time"]),
        ("Schedule: 24 hrs/wk", ["part_time"]),
        ("Records clerk, 16 hours a week, mornings.", ["part_time"]),
        ("Hours per week: 24", ["part_time"]),
        ("Weekly hours: 12-16", ["part_time"]),
        ("Scanning clerk (20-25 hours/week)", ["part_time"]),
        ("FTE: 1.0", ["full_time"]),
        ("This is a 0.5 FTE position.", ["part_time"]),
        # near-misses: therapy, a city, opening hours, a count of work, a floor, past work
        ("Work in our PT department.", []),
        ("PT/OT clinic seeking a records clerk.", []),
        ("Located in FT. Worth, TX.", []),
        ("Clinic hours: 8-5", []),
        ("You will code 20 per week of charts.", []),
        ("Mon-Fri, 8-12 hours a week of scanning", []),
        ("Expect at least 20 hours a week of chart review.", []),
        ("Part-time experience is credited at 20 hours a week for a year.", []),
        ("Position: Medical Records Clerk", []),
        # no measure agrees on 30 to 34; 40 is no full-time statement
        ("Scheduled hours: 32 per week", []),
        ("Hours per week: 40", []),
        ("Schedule: 40 hrs/wk", []),
    ],
)
def test_terse_employment(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # hours are read only where no type is stated in words (session 17, lead): beside a
        # term, a per-diem or any stated type, that type alone, as the labelled sets read "40
        # hrs/wk" beside a contract
        ("Seasonal temporary role, 24 hrs/wk, January through May.", ["temporary"]),
        ("Per diem, up to 24 hours a week.", ["per_diem"]),
        ("Hours: 20 per week. Contract: 6 months.", ["contract"]),
        ("Full-time. Scanning clerk, 20 hrs/wk during training.", ["full_time"]),
        # a type in words and the hours: the type, once
        ("20 hrs/wk, part-time.", ["part_time"]),
        ("Hours: 20 per week\nStatus: Part-time", ["part_time"]),
    ],
)
def test_hours_only_without_a_stated_type(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
