"""matcher.extract on workplace and employment types as employers write them (issue 15, session
h15e): career-site fields, telework day counts, "hybrid" records, full-time experience that is no
job type, "PT mornings". Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract

# --- "hybrid" that names a kind of record is no workplace -------------------------------------

HYBRID = [
    ("You will manage our hybrid paper and electronic record.", None),
    ("Experience with a hybrid medical record is helpful.", None),
    ("Scan documents into the hybrid chart.", None),
    ("Hybrid - 3 days onsite, 2 from home.", "hybrid"),
    ("This is a hybrid role: Tuesdays and Thursdays in the office.", "hybrid"),
    ("Hybrid schedule after training; our hybrid records are being converted.", "hybrid"),
]


@pytest.mark.parametrize(("text", "workplace"), HYBRID)
def test_hybrid_records_are_no_workplace(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


# --- "full-time experience" measures the applicant, not the job -------------------------------

JOB_TYPES = [
    ("Experience: one year of full-time experience (or its part-time equivalent).", []),
    ("Two years of full-time work experience in a clinic. Position: Part-time.", ["part_time"]),
    ("Education: one year of full-time academic study above high school.", []),
    ("Full-time, experience preferred.", ["full_time"]),
    ("Status: Full time; one year of full-time experience required.", ["full_time"]),
]


@pytest.mark.parametrize(("text", "types"), JOB_TYPES)
def test_full_time_experience_is_no_job_type(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types


# --- career-site workplace fields -------------------------------------------------------------

WORKPLACE_FIELDS = [
    ("Remote Eligible: No", "on_site"),
    ("Remote work eligibility: No\nShift: Days", "on_site"),
    ("Telework eligible: No", "on_site"),
    ("Remote Eligible: Yes", "remote"),
]


@pytest.mark.parametrize(("text", "workplace"), WORKPLACE_FIELDS)
def test_career_site_workplace_fields(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace


PART_TIME_AND_MORNINGS = [
    # (text, employment types, shifts)
    ("Clerk needed. PT mornings, Mon-Thu.", ["part_time"], ["day"]),
    ("Records clerk, PT 20 hrs/week.", ["part_time"], []),
    ("Morning shift, full-time.", ["full_time"], ["day"]),
    # therapy, and a meeting, are neither
    ("Deliver charts to the PT department.", [], []),
    ("Join our morning huddle with the coding team.", [], []),
]


@pytest.mark.parametrize(("text", "types", "shifts"), PART_TIME_AND_MORNINGS)
def test_part_time_and_mornings(text: str, types: list[str], shifts: list[str]) -> None:
    got = extract(text)
    assert (sorted(got.employment_types), sorted(got.shifts)) == (types, shifts)


WORKPLACE_WORDS = [
    ("Work from home is not an option.", "on_site"),
    ("Virtual position; we ship you a laptop.", "remote"),
    ("You will schedule virtual visits for our providers.", None),
    ("Working from home is not permitted during training.", "on_site"),
]


@pytest.mark.parametrize(("text", "workplace"), WORKPLACE_WORDS)
def test_workplace_words(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


TELEWORK_FIELDS = [
    ("Telework: Eligible 2 days per week", "hybrid"),
    ("Teleworking up to 3 days a week after training.", "hybrid"),
    ("Remote Work Options: No", "on_site"),
    ("Remote work: No\nShift: days", "on_site"),
    # a count of days that is no telework
    ("Telework: not available. Schedule: 4 days a week, 10-hour shifts.", "on_site"),
]


@pytest.mark.parametrize(("text", "workplace"), TELEWORK_FIELDS)
def test_telework_fields(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        # eligibility gained later names the later arrangement in every word of it (session 13,
        # lead: "(3 days remote)" read as a remote job)
        (
            "Hours: Monday-Friday 8:30am-5pm. This position is eligible for a hybrid schedule "
            "after 6 months (3 days remote).",
            None,
        ),
        ("After orientation you become eligible for telework, up to 2 days remote.", None),
        # near-misses: the arrangement itself, and eligibility for something else
        ("Hybrid: 3 days remote, 2 days in the office.", "hybrid"),
        ("Remote position; eligible for a bonus after 90 days.", "remote"),
        # some days at the workplace, home "the rest of the week": hybrid though ";" splits them
        ("In-office Mon/Tue; work from home the rest of the week.", "hybrid"),
        ("Remote position. Please submit applications by the end of the week.", "remote"),
    ],
)
def test_a_later_arrangement_in_every_word(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace
