"""matcher.extract on workplace, shifts and skills as the retired unseen set seen19 showed
employers write them (session 11, s11cert): a workplace field answered on the next line ("Remote
Work Option" / "No"), "in person" as one of the ways the person serves callers, remote work that
one becomes eligible for later, the day shift after the weekdays ("Monday - Friday days"), and a
billing company named as where experience was gained. Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract

# --- a workplace field and its answer ------------------------------------------------------------

WORKPLACE_FIELDS = [
    # the field's value on the next line, as career sites lay it out
    ("Time Type\nFull time\nRemote Work Option\nNo\nPay Range\n$20 - $26 hourly", "on_site"),
    ("Remote Work Options\nNo", "on_site"),
    ("Remote option: None", "on_site"),
    ("Telework option: On-site", "on_site"),
    ("Remote Work Option: No", "on_site"),
    ("Remote work option\nNot available", "on_site"),
    # near-misses: the field answered otherwise
    ("Remote Work Option\nYes", "remote"),
    ("Remote Work Option\nHybrid", "hybrid"),
    ("Remote Work Option: Fully remote", "remote"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "workplace"), WORKPLACE_FIELDS)
def test_a_workplace_field_and_its_answer(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- "in person" as a way of serving people, not where the job is ------------------------------

IN_PERSON = [
    ("Requirements:\n* Friendly customer service on the phone and in person", None),
    ("Greets patients in person or by phone and schedules record pickups.", None),
    ("Answers requests for copies by email, fax or in person.", None),
    ("Helps families in-person and via the patient portal.", None),
    ("Responds to attorneys in writing or in person.", None),
    # near-misses: in person as where the work is done
    ("Work location: In person", "on_site"),
    ("This role is full-time and in person at our Elm Street office.", "on_site"),
    ("In-person position; no remote work.", "on_site"),
    ("Answers the phone. This job is in person, Monday to Friday.", "on_site"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "workplace"), IN_PERSON)
def test_in_person_as_a_way_of_serving(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- remote work one becomes eligible for later is a possibility -------------------------------

ELIGIBLE_LATER = [
    ("After 90 days you become eligible for remote work.", None),
    ("Staff become eligible to work from home once their first audit is passed.", None),
    ("Eligible for hybrid telework after six months in the department.", None),
    ("Coders gain eligibility for remote work following a 60-day review.", None),
    # near-misses: the arrangement stated, now or after training
    ("This position is eligible for remote work.", "remote"),
    ("Remote eligible: Yes, after a 60-day orientation on site", "remote"),
    ("Fully remote after a three-month on-site orientation.", "remote"),
    ("Hybrid after training: two days a week in the office.", "hybrid"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "workplace"), ELIGIBLE_LATER)
def test_remote_work_one_becomes_eligible_for_later(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- the day shift after the weekdays it is worked -------------------------------------------

DAYS_AFTER_WEEKDAYS = [
    ("Schedule: Monday - Friday days; one on-call weekend a month.", ["day", "weekend"]),
    ("Hours: M-F days", ["day"]),
    ("Tues-Sat, days, with a rotating holiday.", ["day", "weekend"]),
    ("Weekdays, days only.", ["day"]),
    ("Mon-Fri days plus every fourth Saturday", ["day", "weekend"]),
    ("Schedule: Tuesday - Saturday days", ["day", "weekend"]),
    # near-misses: a count of days, days off, weekdays without a shift
    ("Monday-Friday, 5 days a week.", []),
    ("Monday through Friday; no weekends.", []),
    ("Friday days off rotate among the team.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shifts"), DAYS_AFTER_WEEKDAYS)
def test_the_day_shift_after_the_weekdays(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == sorted(shifts)


# --- a billing company as the place experience was gained ------------------------------------

BILLING_SETTINGS = [
    ("At least 1 year in a physician practice, hospital or billing company.", []),
    ("Two years with a medical billing firm or clinic.", []),
    ("Experience at a billing vendor or collection agency preferred.", []),
    # near-misses: billing work itself
    ("At least 1 year of medical billing experience.", ["billing"]),
    ("You will post charges and work insurance denials.", ["billing"]),
    ("Two years in a billing company, posting charges daily.", ["billing"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "skills"), BILLING_SETTINGS)
def test_a_billing_company_is_a_setting(text: str, skills: list[str]) -> None:
    assert [s for s in extract(text).skills if s == "billing"] == skills


# --- records named first, then released; a job board's "Full job description" (seen16, seen17) --

RELEASED_AND_DESCRIBED = [
    ("- Process requests for copies of resident records and release them according to policy",
     ["release_of_information"]),
    ("Checks the authorization, gathers the charts from Epic and releases them securely.",
     ["release_of_information", "epic"]),
    ("Benefits\n401(k) matching, dental insurance\n\nFull job description\nKeep the disclosure "
     "log current as HIPAA requires.", ["hipaa"]),
    # near-misses: other things released; the benefits above the description stay benefits
    ("Scan the forms and release them to the nurses' station.", ["scanning_indexing"]),
    ("Release the hold on the account once the balance clears.", []),
    ("Benefits\nFree HIPAA refresher course\n\nFull job description\nFile loose reports.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "skills"), RELEASED_AND_DESCRIBED)
def test_records_released_and_a_full_job_description(text: str, skills: list[str]) -> None:
    assert sorted(extract(text).skills) == sorted(skills)
