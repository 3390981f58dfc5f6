"""The job's own terms under an offer heading (seen25, session 17; matcher._benefit_terms).

"What we offer", "Perks", "Pay and benefits" open a benefits section, whose sentences the
employment, workplace and shift readers skipped: a line there that opens with the job's terms
("Full-time, exempt.", "Onsite.", "Schedule 8am-4:30pm, Monday through Friday") was lost
(h25-031, h25-035, h25-049). A perk that names a term ("Full-time employees receive ...",
"Remote work stipend", "Weekend differential") still says nothing of this job.
"""

from __future__ import annotations

import pytest

from matcher import extract
from matcher._benefit_terms import TERM_END_RULE, TERM_LEAD_RULE, states_term

REQS = "WHAT WE ASK\nHigh school diploma or GED.\n\n"


@pytest.mark.parametrize(
    ("offer", "types", "workplace", "shifts"),
    [
        ("WHAT WE OFFER\nOnsite. Full-time. $40,000 a year.", ["full_time"], "on_site", []),
        ("PERKS\nFree parking.\n\nPart-time, Mon - Fri. $19 an hour.", ["part_time"], None, []),
        ("PAY AND BENEFITS\nFull-time, exempt. Medical, dental, vision.", ["full_time"], None, []),
        (
            "Benefits\nSchedule 7:30am-4pm, Monday through Friday. Medical and dental.",
            [],
            None,
            ["day"],
        ),
        ("What we offer\nHybrid (two days in the office). 401(k) match.", [], "hybrid", []),
        ("Perks:\n- Evenings, 3p-11p\n- Tuition aid", [], None, ["evening"]),
    ],
)
def test_terms_opening_a_line_under_an_offer_heading_are_the_jobs(
    offer: str, types: list[str], workplace: str | None, shifts: list[str]
) -> None:
    r = extract(REQS + offer)
    assert (r.employment_types, r.workplace, r.shifts) == (types, workplace, shifts)


@pytest.mark.parametrize(
    "offer",
    [
        "WHAT WE OFFER\nFull-time employees receive medical, dental and vision coverage.",
        "Perks\nRemote work stipend for your home internet.",
        "Benefits\nWeekend differential of $2 an hour.",
        "Benefits\nPart-time staff accrue paid time off.",
        "What we offer\nHybrid options after 90 days for eligible staff.",
        "Benefits\nPay is higher for night shifts.",
        "Benefits\nWe offer flexible schedules for full-time and part-time staff.",
    ],
)
def test_a_perk_naming_a_term_says_nothing_of_the_job(offer: str) -> None:
    r = extract(REQS + offer)
    assert (r.employment_types, r.workplace, r.shifts) == ([], None, [])


def test_the_records_examples_and_near_misses() -> None:
    for rule, place in ((TERM_LEAD_RULE, "lead"), (TERM_END_RULE, "end")):
        for e in rule.examples:
            text = e + "Full-time" if place == "lead" else "Full-time" + e
            at = len(e) if place == "lead" else 0
            assert states_term(text, at, at + 9), (rule.id, e)
        for e in rule.near_misses:
            text = e + "Full-time" if place == "lead" else "Full-time" + e
            at = len(e) if place == "lead" else 0
            assert not states_term(text, at, at + 9), (rule.id, e)
