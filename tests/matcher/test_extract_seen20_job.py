"""matcher.extract on shifts, workplace and skills as the retired unseen set seen20 showed
employers write them (session 12, s12cert): bare clock hours ending after noon ("Mon/Wed/Fri
8-2"), the day shift with the weekends it adds ("days with every other weekend"), a correctional
site's secure perimeter, and a skill word inside a company's name. Our own wording, with
near-misses."""

from __future__ import annotations

import pytest

from matcher import extract

# --- bare clock hours: a morning start, an end from noon to six ---------------------------------

BARE_HOURS = [
    # seen20 h20-008: a classified ad's weekdays and hours with no a.m. / p.m.
    ("FILE CLERK - dermatology office. PT, 18-20 hrs/wk, Mon/Wed/Fri 8-2. $15/hr.", ["day"]),
    ("Schedule: Tues & Thurs 7-1", ["day"]),
    ("Hours: Mon-Thu 10-2, no evenings", ["day"]),
    ("Schedule: Mon-Fri 8-12", ["day"]),
    ("Part-time front desk, M-F 9-1", ["day"]),
    ("Shift: Monday through Friday, 10-6", ["day"]),
    ("Tuesdays and Thursdays 8 to 1", ["day"]),
    # the older reading stays: a morning start and an afternoon end
    ("Mon-Fri 8-4:30", ["day"]),
    ("Tues/Thurs 9-3", ["day"]),
    # near-misses: a count after the range, no schedule word, a range that may be either
    ("Mon-Fri, 8-12 hours a week of scanning", []),
    ("Training runs Mon-Fri for 6-10 weeks.", []),
    ("Volunteers ages 8-12 welcome.", []),
    ("Mon-Fri 8-10", []),
    ("Schedule: 11-7", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shifts"), BARE_HOURS)
def test_bare_clock_hours(text: str, shifts: list[str]) -> None:
    assert extract(text).shifts == shifts


# --- the day shift with the weekends it adds ----------------------------------------------------

DAYS_WITH_WEEKENDS = [
    # seen20 h20-017: the shift after the hours, then its weekends
    ("Part-time, 24 hrs/week, days with every other weekend", ["day", "weekend"]),
    ("Full-time days plus alternating weekends", ["day", "weekend"]),
    ("Schedule is days, with every third weekend", ["day", "weekend"]),
    ("32 hrs, days + one weekend a month", ["day", "weekend"]),
    ("0.8 FTE, days including every 4th weekend", ["day", "weekend"]),
    ("Per diem, days with some weekends", ["day", "weekend"]),
    ("Days with rotating weekends", ["day", "weekend"]),
    # near-misses: days counted, weekends off, days alone after a count
    ("PTO: 15 days plus weekends off", []),
    ("Orientation: 10 days with a weekend off in between", []),
    ("Part-time, 20 hrs/week, every other weekend", ["weekend"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shifts"), DAYS_WITH_WEEKENDS)
def test_days_with_weekends(text: str, shifts: list[str]) -> None:
    assert extract(text).shifts == shifts


# --- a correctional site's secure zone is where the work is done --------------------------------

SECURE_ZONE = [
    # seen20 h20-025: the location field names the facility, then the zone inside it
    ("Work location: Pine Hollow Correctional Institution, inside the secure perimeter",
     "on_site"),
    ("Location: State Penitentiary (inside the secure perimeter; escorted movement)", "on_site"),
    ("All duties are performed within the security perimeter of the prison.", "on_site"),
    ("The records office is behind the fence at the county jail.", "on_site"),
    ("Worksite: inside the fence, Unit 3 medical building", "on_site"),
    ("Staff work behind the walls; a background check is required.", "on_site"),
    # the older reading stays
    ("This position is located inside a secure facility.", "on_site"),
    # near-misses: a residence perimeter, a vault's walls, a prison named alone
    ("Candidates must live within the I-285 perimeter.", None),
    ("Files are stored inside the walls of the records vault.", None),
    ("Work location: Pine Hollow Correctional Institution", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "workplace"), SECURE_ZONE)
def test_a_secure_zone_is_on_site(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- a skill word inside a company's name is no skill asked -------------------------------------

COMPANY_NAMES = [
    # seen20 h20-022: the employer's name under the title
    ("Remote Coder (1099)\nHarborline Chart Review LLC\n\nCoders needed with ICD-10-CM.",
     ["icd10"]),
    ("Employer: Release of Information Services Group, Inc.\nDuties: filing and faxing.", []),
    ("Northgate Medical Coding & Abstracting, LLC is hiring a records clerk. HIPAA training "
     "provided.", ["hipaa"]),
    ("Posted by Bluewater Scanning Solutions Corp. for a hospital client; typing 35 wpm.",
     ["typing"]),
    # near-misses: the skill in the person's work beside a company's name, a vendor's product
    ("Performs chart review for Acme Health LLC clients.", ["chart_analysis"]),
    ("Harborline Chart Review LLC\nDuties: chart review and deficiency tracking.",
     ["chart_analysis"]),
    ("Cerner Corporation client sites; HIPAA knowledge required.", ["hipaa", "cerner"]),
    ("Epic Consulting Partners LLC is staffing an Epic go-live.", ["epic"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "skills"), COMPANY_NAMES)
def test_a_skill_word_in_a_company_name(text: str, skills: list[str]) -> None:
    assert extract(text).skills == skills


# --- schooling in billing names billing (README, Skills; decided in session 12) -----------------

BILLING_SCHOOLING = [
    ("Requirements: a certificate in medical billing and coding or one year of front-office "
     "experience.", ["billing"]),
    ("Completion of a medical billing & coding certificate program required.", ["billing"]),
    ("Diploma from a billing and coding school preferred.", ["billing"]),
    ("- HS diploma\n- Medical billing/coding certificate a plus", ["billing"]),
    # near-misses: a coding certificate alone, the billing team in passing
    ("Completion of a medical coding certificate program required.", []),
    ("Help the billing team find a chart.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "skills"), BILLING_SCHOOLING)
def test_billing_schooling_names_billing(text: str, skills: list[str]) -> None:
    assert extract(text).skills == skills
