"""Shift words of blind30 (session 18).

Days off that rotate take in the weekend in turn: "2:30 p.m. - 11:00 p.m., with rotating days
off that include weekends" (b30-014) works some weekends, but "days off" negated every shift
word a few words after it (matcher._lexicon_job.SHIFT_NEGATION_RE). Days off that do not rotate
still negate ("Days off: Saturday and Sunday", "weekends off").
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        (
            "Work Hours: 2:30 p.m. - 11:00 p.m., with rotating days off that include weekends.",
            ["evening", "weekend"],
        ),
        ("Schedule: rotating days off that include weekends.", ["weekend"]),
        ("Days off rotate and include weekends.", ["weekend"]),
        ("Evening shift with variable days off that include weekends.", ["evening", "weekend"]),
        ("Nights, alternating days off including Sundays.", ["night", "weekend"]),
    ],
)
def test_rotating_days_off_work_weekends(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == shifts


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        ("Days off: Saturday and Sunday.", []),
        ("Rotating days off; weekends off.", []),
        ("Monday-Friday, days off are weekends and holidays.", []),
        ("Schedule: 8-4:30 with days off on weekends.", ["day"]),
    ],
)
def test_days_off_that_do_not_rotate(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == shifts
