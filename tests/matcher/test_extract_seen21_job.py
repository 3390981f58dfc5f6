"""matcher.extract on employment types and shifts as the retired unseen set seen21 (and session
12's left-overs) showed employers write them (session 13, s13cert): "PT" / "FT" in classified
ads and titles, a fraction of an FTE the posting calls full-time, an internship the applicant
has done, benefits boilerplate naming both types, a count of days that is no day shift, and
lists of shift differentials. Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract


def _types(text: str) -> list[str]:
    return sorted(extract(text).employment_types)


def _shifts(text: str) -> list[str]:
    return sorted(extract(text).shifts)


# --- "PT" / "FT" as ads and titles write them -----------------------------------------------------

ABBREVIATED = [
    # seen21 h21-043: a classified ad, the days a week after "PT"
    ("CODER/BILLER - PT, 3 days/wk, family practice. CPC req'd.", ["part_time"]),
    ("Records clerk, PT 2 days a week, small clinic.", ["part_time"]),
    ("Scanning clerk - PT (3 days per week)", ["part_time"]),
    ("Front desk, PT 4 days/week, $17/hr", ["part_time"]),
    # session 12: with benefits, in brackets after a weekly figure, beside another type
    ("Coder, FT w/ benefits, Mon-Fri.", ["full_time"]),
    ("ROI specialist - FT with full benefits", ["full_time"]),
    ("Billing clerk, PT, no benefits", ["part_time"]),
    ("Front desk: 20 hrs/wk (PT), $17/hr", ["part_time"]),
    ("Schedule: 24 hours per week (PT)", ["part_time"]),
    ("Status: PT/PRN", ["part_time", "per_diem"]),
    ("ROI tech - PRN/PT", ["part_time", "per_diem"]),
    ("PT/Per Diem coder wanted", ["part_time", "per_diem"]),
    # titles
    ("Medical Records Clerk (PT)", ["part_time"]),
    ("Remote Coder (FT)", ["full_time"]),
    ("Patient Access Rep - PT", ["part_time"]),
    ("HIM Technician - FT", ["full_time"]),
    # near-misses: Pacific Time after clock hours, physical therapy, a patient, feet
    ("Hours: 8:00-4:30 (PT)", []),
    ("Remote, 8am-5pm PT", []),
    ("Schedule 9 a.m. - 5:30 p.m. (PT)", []),
    ("Pacific Time (PT) hours", []),
    ("File notes for our physical therapy (PT) team", []),
    ("Request the pt. chart from the PT department", []),
    ("Lift boxes to 6 (ft) shelves", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "types"), ABBREVIATED)
def test_pt_and_ft_abbreviated(text: str, types: list[str]) -> None:
    assert _types(text) == types


# --- a fraction of an FTE the posting calls full-time ---------------------------------------------

FTE_AND_WORDS = [
    # seen21 h21-020: the type with the FTE in brackets
    ("Health Information Services | Full-time (0.9 FTE)", ["full_time"]),
    ("Full-Time, 0.8 FTE, days", ["full_time"]),
    ("0.9 FTE (full-time, benefits eligible)", ["full_time"]),
    ("Position: Full time - FTE 0.9", ["full_time"]),
    ("Westfield Memorial | HIM | Full-time\n(0.9 FTE)", ["full_time"]),
    # near-misses: the part-time words, or no words; both types offered
    ("Part time (0.6 FTE)", ["part_time"]),
    ("FTE: 0.5", ["part_time"]),
    ("Benefits for full-time staff.\nPosition details\n(0.6 FTE)", ["part_time"]),
    ("Full or part-time (0.5-1.0 FTE)", ["full_time", "part_time"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "types"), FTE_AND_WORDS)
def test_fte_beside_the_words(text: str, types: list[str]) -> None:
    assert _types(text) == types


# --- an internship the applicant has done; benefits boilerplate naming both types -----------------

NOT_THIS_JOB = [
    # seen21 h21-012: under preferred qualifications of a full-time job
    ("Full-Time\nPreferred qualifications\n- Internship or practicum in an acute care HIM "
     "department.", ["full_time"]),
    ("Completed HIM practicum or internship preferred", []),
    ("Prior internship in a hospital HIM department a plus", []),
    ("Internship experience in coding preferred", []),
    ("Completion of a professional practice experience (internship) in an HIM department", []),
    ("Externship/internship in a coding setting", []),
    ("All full-time and part-time team members enjoy 401(k) matching.", []),
    ("Great perks for our full-time and part-time staff, including tuition aid.", []),
    ("Full time and part time colleagues earn PTO from their first day.", []),
    ("Full-time associates are eligible for PTO after 90 days.", []),
    # near-misses: the job is the internship; the job's own type beside the boilerplate
    ("HIM Summer Internship - 10 weeks, paid", ["internship"]),
    ("This internship is open to students in an HIT program.", ["internship"]),
    ("Position: Part-time, 24 hrs/wk.\nBenefits for full-time employees include dental.",
     ["part_time"]),
    ("Full-time and part-time positions available", ["full_time", "part_time"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "types"), NOT_THIS_JOB)
def test_types_that_are_not_this_jobs(text: str, types: list[str]) -> None:
    assert _types(text) == types


# --- a count of days is no day shift --------------------------------------------------------------

DAY_COUNTS = [
    # seen21 h21-033: an on-site period, then days at home
    ("On site for the first 60 days, then hybrid (three days at home, two in the office)", []),
    ("Hybrid after 90 days, two days in office", []),
    ("Remote after the first 30 days, on site for training", []),
    ("Training: first 30 days, on site", []),
    ("Work 4 days, 10 hours each", []),
    ("PTO: 20 days, plus holidays", []),
    ("Hybrid: three days, remote the other two.", []),
    ("Schedule: 5 business days, Monday-Friday", []),
    # near-misses: the shift word after a comma, after the type, with the weekends
    ("Full-time, days, 8-4:30", ["day"]),
    ("Schedule: days, Monday to Friday", ["day"]),
    ("Part-time days, with every other weekend", ["day", "weekend"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shifts"), DAY_COUNTS)
def test_a_count_of_days(text: str, shifts: list[str]) -> None:
    assert _shifts(text) == shifts


# --- lists of shift differentials -----------------------------------------------------------------

DIFFERENTIAL_LISTS = [
    ("Schedule: Monday-Friday 8:00-4:30.\nShift differentials: evenings $1.50/hr, nights "
     "$2.25/hr, weekends $1.00/hr.", ["day"]),
    ("Hours 8-4:30 M-F. We pay shift differentials for evening, night and weekend shifts.",
     ["day"]),
    ("Shift: Days\nShift Differential: Nights 10%, Weekends 8%", ["day"]),
    ("Day shift, 7a-3:30p. Competitive differentials (evenings, nights and weekends).", ["day"]),
    ("Schedule: 7:00-3:30. Evening/Night Differential: $2.00", ["day"]),
    ("Hours 8a-4:30p. Pay: $18/hr + $2/hr for evenings and weekends", ["day"]),
    ("Days 7-3:30. Night and weekend differentials for extra shifts you pick up.", ["day"]),
    # near-misses: the job's own shifts beside a differential
    ("Shift: Evenings, every other weekend Pay: $19/hr, differential eligible",
     ["evening", "weekend"]),
    ("Evenings, differential eligible", ["evening"]),
    ("Schedule: nights. Night differential of $3/hr applies.", ["night"]),
    ("Nights 11p-7:30a. Shift differentials: evenings $1.50, nights $3.00.", ["night"]),
    ("Every other weekend; weekend premium $1/hr", ["weekend"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shifts"), DIFFERENTIAL_LISTS)
def test_lists_of_differentials(text: str, shifts: list[str]) -> None:
    assert _shifts(text) == shifts


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # hiring "for" types is what the job is (session 13, lead: "for both" read as whom
        # benefits are for, and full_time was lost)
        ("Hiring for both full-time and part-time roles.", ["full_time", "part_time"]),
        ("Now hiring for full-time medical records clerks.", ["full_time"]),
        # near-misses: whom benefits are for
        ("Medical and dental coverage for full-time staff.", []),
        ("Tuition aid for both full-time and part-time employees.", []),
    ],
)
def test_hiring_for_a_type(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a status field with its own label word ("Job Status", "Position Status") is a field
        # like "Status:" (session 13, lead)
        ("Job Status: FT", ["full_time"]),
        ("Position Status: PT", ["part_time"]),
        ("Job Status: Open", []),
        # a later possibility is not the job's type now
        (
            "This position is part-time, approximately 20 hours per week, with the potential to "
            "become full-time.",
            ["part_time"],
        ),
        ("Part-time with possibility of full-time.", ["part_time"]),
        ("Temporary assignment with the option to go permanent full-time.", ["temporary"]),
        # near-misses: the job itself
        ("Great opportunity for a full-time coder!", ["full_time"]),
        ("Temp-to-hire opportunity.", ["temporary"]),
    ],
)
def test_status_fields_and_later_types(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        # "Shifts:" in the plural labels the value like "Shift:" (session 13, lead)
        ("Shifts: Day (primary), weekend rotation every 4th weekend", ["day", "weekend"]),
        ("Shifts: Day", ["day"]),
        ("Schedules: Days", ["day"]),
        # near-miss: days counted are no shift
        ("Shifts available: 15 days of PTO", []),
    ],
)
def test_a_plural_shifts_label(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == shifts
