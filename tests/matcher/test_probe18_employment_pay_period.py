"""Hours per pay period (session 18, s18probe; examples ours).

Hospital career sites state the hours of a pay period rather than of a week: "Scheduled hours
per pay period: 48", "48 hrs/pay period", "Hours: 40 per pay period". A pay period is two
weeks (or half a month), so under 60 hours a period is under 30 a week either way: part-time,
as a week's hours under 30 are, and, like them, only where the posting states no type in words
(matcher._rules_job.WEEK_HOURS_RULE). Near-misses: 60 or more (80 is the full-time fortnight),
leave accruing a few hours a pay period, a type stated in words beside the hours."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Scheduled hours per pay period: 48", ["part_time"]),
        ("Hours per pay period: 40", ["part_time"]),
        ("Standard hours: 40 per pay period, days", ["part_time"]),
        ("Scheduled Hours: 48 per pay period", ["part_time"]),
        ("24 hours per pay period, every other weekend", ["part_time"]),
        ("Records clerk, 32 hrs/pay period", ["part_time"]),
        # near-misses
        ("Hours per pay period: 80", []),
        ("72 hours per pay period", []),
        ("PTO accrues at 4 hours per pay period.", []),
        ("Earn 6 hours of PTO each pay period.", []),
        ("Per diem, up to 40 hours per pay period", ["per_diem"]),
        ("Full-time, 80 hours per pay period", ["full_time"]),
    ],
)
def test_hours_per_pay_period(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types
