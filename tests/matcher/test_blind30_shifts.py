"""Shift words of blind30 (session 18).

Days off that rotate take in the weekend in turn: "2:30 p.m. - 11:00 p.m., with rotating days
off that include weekends" (b30-014) works some weekends, but "days off" negated every shift
word a few words after it (matcher._lexicon_job.SHIFT_NEGATION_RE). Days off that do not rotate
still negate ("Days off: Saturday and Sunday", "weekends off").

Another department's shifts the job is said not to work are no shift: "(Our 24-hour pharmacy and
lab run night shifts; this role does not.)" (b30-035, the ";" split the clause off: the next
sentence is read on); nor is a weekday's part of day in a duty: "index everything the units
sent down on Friday night" (b30-022). "Friday nights", "every Saturday night" and "Friday night
shift" stay shifts (matcher._shift_teams).
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


@pytest.mark.parametrize(
    "text",
    [
        "(Our 24-hour pharmacy and lab run night shifts; this role does not.)",
        "Our ED and lab work nights; this position does not.",
        "The ED staffs nights, but this position does not.",
        "(The clinic front desk keeps evening hours; this job does not.)",
        "Prep and index everything the units sent down on Friday night.",
        "Catch up on the charts left since Thursday evening.",
    ],
)
def test_others_shifts_and_event_times_are_no_shift(text: str) -> None:
    assert [s for s in extract(text).shifts if s in ("day", "evening", "night")] == []


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        ("Works Friday nights and Saturday days.", ["day", "night", "weekend"]),
        ("Schedule: every Saturday night, 11p-7a.", ["night", "weekend"]),
        ("Must work Friday night shift.", ["night"]),
        ("Night shift; this role does not require weekends.", ["night"]),
        ("Evenings, this position is not remote.", ["evening"]),
    ],
)
def test_shifts_the_job_works_stay(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == shifts
