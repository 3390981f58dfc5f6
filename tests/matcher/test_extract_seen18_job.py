"""matcher.extract on workplace and employment types as the retired unseen set seen18 showed
employers write them (session 10, s10exp): federal page fields with the value on the same line
and no colon ("Remote job No"), situational telework "only", days at the workplace with the
rest at home, and "PT" before an approximate weekly figure. Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract

# --- federal fields without a colon; situational telework only ---------------------------------

FEDERAL_FIELDS = [
    ("Salary $38,900 per year\nWork schedule Full-time\nRemote job No\nTelework eligible No",
     "on_site"),
    ("Remote job No\nTelework eligible Yes - situational telework only", "on_site"),
    ("Pay scale & grade GS 5\nRemote job No", "on_site"),
    ("Telework eligible No", "on_site"),
    ("GS-0675-5 | Full-time | Telework: situational only", "on_site"),
    ("Telework eligible: Yes - situational telework only", "on_site"),
    # near-misses: telework that is granted, a remote job, prose with "remote no ..."
    ("Telework eligible Yes", "hybrid"),
    ("Telework eligible: Yes - situational", "hybrid"),
    ("Remote job Yes\nTelework eligible No", "remote"),
    ("We are fully remote no matter where you live.", "remote"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "workplace"), FEDERAL_FIELDS)
def test_federal_fields_without_a_colon(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace


# --- some days at the workplace, the rest at home -----------------------------------------------

SPLIT_WEEKS = [
    ("We work two days a week at the hospital, the rest from home.", "hybrid"),
    ("Schedule: three days each week on campus and the remaining days remotely.", "hybrid"),
    ("3 days per week in the clinic and the other two days at home.", "hybrid"),
    # near-misses: days somewhere with no home part are a schedule, not a workplace
    ("Part-time: two days a week at the clinic, the rest of the week off.", None),
    ("Two days a week at the clinic.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "workplace"), SPLIT_WEEKS)
def test_days_on_site_and_the_rest_at_home_is_hybrid(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- "PT" before an approximate weekly figure ---------------------------------------------------

PART_TIME = [
    ("Busy practice seeks clerk. PT, approx 25 hrs/wk, M/W/F 8-4. H.S. grad.", ["part_time"]),
    ("Records clerk, PT, about 20-24 hours a week.", ["part_time"]),
    ("PT ~30 hrs, days.", ["part_time"]),
    # near-miss: physical therapy with hours of something else
    ("Scan PT 2 visits a week, approx 20 hours of rehab notes.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "types"), PART_TIME)
def test_pt_before_approximate_hours_is_part_time(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types


# --- skills named only as the work of teams the person leads (README, Skills) -----------------

LED_TEAMS = [
    ("Leads the record completion, release of information and scanning teams (14 staff).", []),
    ("Manages the ICD-10 coders and the imaging team.", []),
    ("The HIM lead oversees the scanning unit and monitors record completion.",
     ["chart_analysis"]),
    ("Supervises twelve ROI specialists across two campuses.", []),
    # near-misses: the person's own work beside the team, a skill also asked of the person,
    # a team the person works for, not leads
    ("Manages release of information requests and the scanning team.",
     ["release_of_information"]),
    ("Leads the scanning team. Requirements: scanning and indexing experience.",
     ["scanning_indexing"]),
    ("Processes release of information requests for the HIM team.", ["release_of_information"]),
    ("Lead a team of four records clerks and run our Epic ROI queue.",
     ["release_of_information", "epic"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "skills"), LED_TEAMS)
def test_skills_of_teams_the_person_leads(text: str, skills: list[str]) -> None:
    assert sorted(extract(text).skills) == sorted(skills)
