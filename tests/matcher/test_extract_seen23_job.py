"""matcher.extract on the job's terms as the retired unseen set seen23 showed employers write them
(session 15, s15cert): page fields without a colon ("Remote Type" / "Onsite", "Work schedule
Intermittent"), the VA appointment named the other way round ("Title 38 Hybrid"), hours not
promised, "PT" after an ad's hiring verb, "every other Sat", a holiday weekend, an ordinal after
the pay, a team's work in a supervisor's posting; and from session 14: the days off on the line
under their label, "Starting pay ... up to", a credential only some positions ask. Our own
wording, with near-misses; the rows marked "main 79df949" failed there."""

from __future__ import annotations

import pytest

from matcher import extract

# --- workplace -----------------------------------------------------------------------------------

WORKPLACE = [
    # seen23 h23-039 (main 79df949: remote, from the label alone)
    ("Remote Type\nOnsite\nWork Shift\nEvening", "on_site"),
    ("Remote Type\nFully Remote", "remote"),
    ("Remote Type\nHybrid", "hybrid"),
    # seen23 h23-027 (main 79df949: hybrid)
    ("This is a remote position. This position is in the Title 38 Hybrid excepted service.",
     "remote"),
    ("This is a remote position under a title 38 hybrid appointment.", "remote"),
    ("Hybrid excepted service appointment. Telework eligible: No.", "on_site"),
    # near-misses: a hybrid schedule is still hybrid
    ("Hybrid schedule: two days on site.", "hybrid"),
    ("Work model: hybrid.", "hybrid"),
    ("Remote Type:\nOnsite", "on_site"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "workplace"), WORKPLACE)
def test_workplace(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- employment types ----------------------------------------------------------------------------

EMPLOYMENT = [
    # seen23 h23-046 (main 79df949: [temporary])
    ("Work schedule Intermittent\nAppointment type Temporary - Not to exceed 1 year",
     ["per_diem", "temporary"]),
    ("You will work as needed, with no guaranteed number of hours each pay period.",
     ["per_diem"]),
    ("Records clerks are called in as needed; there are no guaranteed hours.", ["per_diem"]),
    # seen23 h23-023 (main 79df949: [])
    ("Pediatric office seeks PT medical records clerk, about 25 hrs/wk.", ["part_time"]),
    ("Busy clinic hiring PT front desk and records clerk.", ["part_time"]),
    ("Now hiring a PT scanning clerk for our north campus.", ["part_time"]),
    # near-misses: work done as the deadlines need; physical therapy aides
    ("You will work as needed to meet deadlines.", []),
    ("Rehab clinic hiring PT aides.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "types"), EMPLOYMENT)
def test_employment_types(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types


# --- shifts --------------------------------------------------------------------------------------

SHIFTS = [
    # seen23 h23-023 (main 79df949: [day])
    ("Mon-Thu 9-2 plus every other Sat morning.", ["day", "weekend"]),
    ("Mon-Fri 8-4:30 and alternate Sats.", ["day", "weekend"]),
    ("Days, 7-3:30, with one Sat a month.", ["day", "weekend"]),
    # seen23 h23-001 (main 79df949: [weekend])
    ("The ideal teammate stays steady when the discharge queue grows after a holiday weekend.",
     []),
    ("Coding volume spikes after a long weekend. Day shift, 7-3:30.", ["day"]),
    # session 14: the days off on the line under their label (main 79df949: [day, weekend])
    ("Schedule: Mon-Fri 8:00-4:30\nDays off:\nSaturday and Sunday", ["day"]),
    ("Schedule: Mon-Fri 8:00-4:30\nDays Off\nSaturday, Sunday", ["day"]),
    ("Hours: 7a-3:30p\nDays off:\nSat/Sun", ["day"]),
    ("Days off: Saturday and Sunday", []),
    # near-misses: weekends worked; another pair of days off; the verb "sat"
    ("Day shift; holidays and weekends rotate.", ["day", "weekend"]),
    ("Days off:\nMonday and Tuesday\nWorks: Wed-Sun, 8-4:30", ["day", "weekend"]),
    ("Days off: Mon/Tue. Weekends required.", ["weekend"]),
    ("She sat for the RHIT exam last spring. Day shift 8-4.", ["day"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shifts"), SHIFTS)
def test_shifts(text: str, shifts: list[str]) -> None:
    assert extract(text).shifts == shifts


# --- pay -----------------------------------------------------------------------------------------

PAY = [
    # seen23 h23-048 (main 79df949: None, "$16.50/hr - 1" read as a range down to 1)
    ("Scanning Clerk - Temp, 6-month assignment - $16.50/hr - 1st shift 7a-3:30p",
     (16.5, 16.5, "hour")),
    ("Records Clerk - $17/hr - 2nd shift", (17.0, 17.0, "hour")),
    ("Coder | $24.00/hour - 3rd shift", (24.0, 24.0, "hour")),
    # session 14: "Starting pay" is the figure, "Starting at" the floor; with a ceiling, the range
    ("Starting pay $17.50 per hour", (17.5, 17.5, "hour")),
    ("Starting at $17.85 per hour", (17.85, None, "hour")),
    ("Starting pay $17.50 per hour, up to $22.00 with experience", (17.5, 22.0, "hour")),
    ("Starting salary of $41,000, up to $48,000 for certified coders", (41000.0, 48000.0, "year")),
    # near-misses: a range; thousands written once; a bonus after "up to"
    ("$19.00 - $23.50/hr - 1st shift", (19.0, 23.5, "hour")),
    ("$45-55k per year", (45000.0, 55000.0, "year")),
    ("Starting pay $17.50 per hour, up to $500 sign-on bonus", (17.5, 17.5, "hour")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pay"), PAY)
def test_pay(text: str, pay: tuple[float | None, float | None, str]) -> None:
    got = extract(text).pay
    assert got is not None
    assert (got.min, got.max, got.period) == pay


# --- skills: a team's work is not the person's ---------------------------------------------------

SKILLS = [
    # seen23 h23-017 (main 79df949: release_of_information, scanning_indexing, chart_analysis)
    ("The HIM Supervisor leads the day-to-day work of 18 employees in release of information, "
     "scanning and indexing, and record completion.", []),
    ("Supervises, schedules and evaluates ROI, scanning and analysis staff", []),
    ("Oversees 12 people across release of information and scanning.", []),
    # seen23 h23-001 (main 79df949: release_of_information)
    ("Ridgeview's HIM department of 70 includes coders, record analysts, an imaging team and a "
     "release of information team that answers about 4,000 requests a month.", []),
    ("Our office includes a scanning team and an ICD-10 coding unit.", []),
    # near-misses: the person's own work
    ("Duties include scanning and indexing loose documents.", ["scanning_indexing"]),
    ("Responsibilities include release of information for the legal team.",
     ["release_of_information"]),
    ("Manages the ROI team and personally processes release of information requests.",
     ["release_of_information"]),
    ("Leads 6 technicians handling scanning; personally audits deficiency reports.",
     ["chart_analysis"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "skills"), SKILLS)
def test_team_work_is_not_the_persons(text: str, skills: list[str]) -> None:
    assert extract(text).skills == skills


# --- a credential only some positions ask (session 14) -------------------------------------------

SOME_POSITIONS = [
    # main 79df949: [RHIT] required and so on
    ("Some positions require RHIT.", []),
    ("Certain roles require the CCS.", []),
    ("Some of our openings require a CPC; others do not.", []),
    ("Select positions may require RHIA.", []),
    ("Depending on the position, RHIT may be required.", []),
    ("RHIT may be required for some positions.", []),
    ("Some coding roles within the department require CPC.", []),
    # near-misses: every position; this one
    ("All positions require RHIT.", [(["RHIT"], "required")]),
    ("This position requires RHIT.", [(["RHIT"], "required")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), SOME_POSITIONS)
def test_credential_some_positions_ask(text: str, groups: list[object]) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == groups
