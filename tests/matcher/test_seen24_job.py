"""matcher.extract on employment types and shifts as the retired unseen set seen24 showed
employers state them (session 16, s16seen24): one table per general pattern, varied examples and
near-misses in our own wording. Every first case of a table failed on main 1a65313."""

from __future__ import annotations

import pytest

from matcher import extract

# --- a federal term appointment written as a summary field with no colon ("Appointment type ---
# --- Term - Not to exceed 13 months") or closed by its limit mid-line: temporary --------------

TERM_APPOINTMENTS: list[tuple[str, list[str]]] = [
    (
        "Work schedule Full-time\nAppointment type Term - Not to exceed 13 months\n"
        "Telework eligible Yes",
        ["full_time", "temporary"],
    ),
    ("Appointment type Term (NTE 2 years)\nWork schedule Part-time", ["temporary", "part_time"]),
    ("Schedule: full time; term - not to exceed one year.", ["full_time", "temporary"]),
    ("Full-time, Term (NTE 4 years), GS-6", ["full_time", "temporary"]),
    # near-misses: a permanent appointment, other terms with a limit
    ("Work schedule Full-time\nAppointment type Permanent", ["full_time"]),
    ("Long-term (not to exceed the plan's cap) disability is offered. Full-time.", ["full_time"]),
    ("The term of the lease, not to exceed two years, is set by the county.", []),
]


@pytest.mark.parametrize(("text", "expected"), TERM_APPOINTMENTS)
def test_a_term_appointment_without_a_colon_is_temporary(text: str, expected: list[str]) -> None:
    assert extract(text).employment_types == expected


# --- a type word describing the applicant's past work ("Part-time or unpaid experience: ------
# --- credit is given ...", "part-time experience is prorated"): no type of this job -----------

PAST_WORK_TYPES: list[tuple[str, list[str]]] = [
    (
        "Work schedule: Full-time\nPart-time or unpaid experience: credit is given for the time "
        "actually spent in the work.",
        ["full_time"],
    ),
    ("Full-time position. Part-time experience is prorated by the hours worked.", ["full_time"]),
    (
        "Schedule: 40 hours a week. Full-time or part-time experience counts toward the year.",
        [],
    ),
    ("Full-time work experience in a hospital HIM department is required.", []),
    # near-misses: the job's own type, then a requirement
    ("Part-time, experience preferred.", ["part_time"]),
    ("Full-time - experience with Epic a plus", ["full_time"]),
    ("Part-time (20 hrs/week); volunteer experience welcome", ["part_time"]),
]


@pytest.mark.parametrize(("text", "expected"), PAST_WORK_TYPES)
def test_a_type_of_past_experience_is_no_type_of_the_job(text: str, expected: list[str]) -> None:
    assert extract(text).employment_types == expected


# --- the department's teams named by shift ("Our hospital runs day, evening and night teams ---
# --- in HIM; this opening is on the day team"): not the job's shifts ---------------------------

DEPARTMENT_TEAMS: list[tuple[str, list[str]]] = [
    (
        "Shift: Day\nOur hospital runs day, evening and night teams in HIM; this opening is on "
        "the day team.",
        ["day"],
    ),
    (
        "Schedule: days, 8:00-4:30. The release of information office is staffed by evening "
        "and night crews as well.",
        ["day"],
    ),
    ("The coding department has evening and overnight teams; you will work evenings.", ["evening"]),
    ("HIM keeps day, evening and night teams across both campuses. Hours: 7a-3:30p.", ["day"]),
    # near-misses: the job offered on one of the teams, a team of one's own, no verb of keeping
    ("We have openings on our day and evening teams.", ["day", "evening"]),
    ("Join our evening team! Hours 3p-11:30p.", ["evening"]),
    ("Our night team is hiring a records clerk.", ["night"]),
]


@pytest.mark.parametrize(("text", "expected"), DEPARTMENT_TEAMS)
def test_the_departments_teams_are_not_the_jobs_shifts(text: str, expected: list[str]) -> None:
    assert extract(text).shifts == expected


# --- "overnight" describing the work that came in overnight ("a huddle on the overnight -------
# --- queue", "the overnight faxes"): no night shift --------------------------------------------

OVERNIGHT_WORK: list[tuple[str, list[str]]] = [
    (
        "Shift: Days, 8:00 AM - 4:30 PM\nEach day starts with a look at the overnight queue of "
        "new subpoenas.",
        ["day"],
    ),
    ("Hours 7a-3:30p. First task: index the overnight faxes and admissions.", ["day"]),
    ("You will work the overnight discharges first, then the backlog.", []),
    ("Occasional overnight travel to the regional office.", []),
    # near-misses: overnight as the shift worked
    ("Overnight, 11p-7:30a, three nights a week", ["night"]),
    ("Overnights, 3 x 12 hour shifts", ["night"]),
    ("Overnight work required twice a month.", ["night"]),
]


@pytest.mark.parametrize(("text", "expected"), OVERNIGHT_WORK)
def test_overnight_work_that_came_in_is_no_night_shift(text: str, expected: list[str]) -> None:
    assert extract(text).shifts == expected
