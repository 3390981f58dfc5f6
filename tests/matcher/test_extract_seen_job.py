"""matcher.extract on the job's terms as the retired unseen sets (seen16, seen17) showed employers
write them (session 9, s9exp): each table names a general pattern in our own wording, with
near-misses; none of it is taken from a posting or a labelled set."""

from __future__ import annotations

import pytest

from matcher import extract

# --- an interim appointment before a step is complete is no temporary job -------------------------

INTERIM_APPOINTMENTS = [
    (
        "Full-time. Applicants appointed on a temporary basis before the closing date must meet "
        "time-in-grade rules.",
        ["full_time"],
    ),
    (
        "Work schedule: Full-time\nAppointments may be made on a temporary basis before "
        "credentialing is complete.",
        ["full_time"],
    ),
    ("Selectees may be appointed on a temporary basis pending a background check.", []),
    ("New hires can be placed on a temporary basis prior to final credentialing.", []),
    # near-misses: the job itself is temporary
    ("This position is filled on a temporary basis for six months.", ["temporary"]),
    ("Temporary basis until the incumbent returns from leave.", ["temporary"]),
    ("Appointment type: Temporary, not to exceed 13 months.", ["temporary"]),
]


@pytest.mark.parametrize(("text", "types"), INTERIM_APPOINTMENTS)
def test_an_interim_appointment_is_no_temporary_job(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types


# --- "for a full-time ..." names this job; "for full-time staff" names whom something is for -----

FOR_A_JOB = [
    ("We need a coder for a full-time, 13-week contract.", ["contract", "full_time"]),
    ("Looking for a part-time file clerk.", ["part_time"]),
    ("Our clinic is hiring for a full-time records role.", ["full_time"]),
    ("Searching for an as-needed basis scanner operator.", ["per_diem"]),
    # near-misses: benefits and schooling for other people
    ("Tuition aid is available for full-time employees.", []),
    ("Benefits for full-time staff include dental.", []),
    ("Parking passes for part-time workers are free.", []),
]


@pytest.mark.parametrize(("text", "types"), FOR_A_JOB)
def test_for_a_job_type_is_this_job(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types


# --- a job located inside a building works on site; a place alone says nothing ------------------

INSIDE_A_FACILITY = [
    ("This position is located inside a secure facility.", "on_site"),
    ("The job is based within the county jail's medical unit.", "on_site"),
    ("This role is based within a state prison.", "on_site"),
    ("All work is done within the hospital's records department.", "on_site"),
    # near-misses: a city, a distance, where an office is
    ("This position is located in Denver.", None),
    ("The job is located within a 20-minute drive of the hospital.", None),
    ("Our office is located within the Main Street medical building.", None),
]


@pytest.mark.parametrize(("text", "workplace"), INSIDE_A_FACILITY)
def test_a_job_inside_a_building_is_on_site(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- "Remote job: Yes" outranks "Telework eligible: No" beside it ---------------------------------

REMOTE_FIELDS = [
    ("Remote job: Yes\nTelework eligible: No", "remote"),
    ("Remote job\nYes\nTelework eligible\nNo", "remote"),
    ("Remote position: yes. Telework: not available.", "remote"),
    ("Remote role: Yes | Telework eligible: No | Work schedule: Full-time", "remote"),
    ("Remote job: Yes\nTelework eligible: Yes", "remote"),
    ("Remote job\nYes\nTelework eligible\nYes", "remote"),
    # near-misses: both fields say no; a remote word without the field
    ("Remote job: No\nTelework eligible: No", "on_site"),
    ("We work remotely on Fridays. Telework eligible: No", "on_site"),
    ("Remote job: No\nTelework eligible: Yes", "hybrid"),
    ("Remote job: Yes\nHybrid: two days a week on site", "hybrid"),
]


@pytest.mark.parametrize(("text", "workplace"), REMOTE_FIELDS)
def test_a_remote_job_field_outranks_telework_no(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace


# --- telework refused in words is no remote job -----------------------------------------------

TELEWORK_REFUSED = [
    ("This position is not eligible for telework.", "on_site"),
    ("Telework is not authorized for this position.", "on_site"),
    ("The role is not eligible for telecommuting.", "on_site"),
    ("Teleworking is not approved for coders in their first year.", "on_site"),
    ("Position is located on campus; no telework.", "on_site"),
    ("No teleworking for this role.", "on_site"),
    # occasional telework granted case by case, as "ADHOC"
    ("Telework eligible: Situational only", "on_site"),
    ("Telework eligible\nSituational only", "on_site"),
    # near-misses: telework granted; a possibility
    ("Telework eligible: Yes", "hybrid"),
    ("Telework may be approved after probation.", None),
    ("This position is eligible for telework.", "remote"),
    ("Situational telework available.", "hybrid"),
]


@pytest.mark.parametrize(("text", "workplace"), TELEWORK_REFUSED)
def test_telework_refused_in_words_is_on_site(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- bare clock hours next to weekday names; the "a" of "and" is no "a.m." -----------------------

WEEKDAY_HOURS = [
    ("Tues/Thurs 8-4 and every other Saturday morning.", ["day", "weekend"]),
    ("Thursdays 8-5 in the clinic.", ["day"]),
    ("Covers the front desk Tue 7-3.", ["day"]),
    ("Wed 9-5 and alternate Sundays.", ["day", "weekend"]),
    # near-misses: figures without a schedule word; real overnight hours
    ("The 8-4 split of the vote.", []),
    ("Hours: 11p-7a and every third weekend", ["night", "weekend"]),
]


@pytest.mark.parametrize(("text", "shifts"), WEEKDAY_HOURS)
def test_bare_hours_next_to_weekday_names(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == shifts
