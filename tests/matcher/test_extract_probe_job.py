"""matcher.extract on the ways employers, ATS pages (Workday, iCIMS, Taleo), job boards and
federal / state announcements state the employment type, pay and workplace (issue 15, session
11 probes by s11pjob): each example failed before its rule, with near-misses beside it so a rule
that reads too much fails too. Examples written by us.
"""

from __future__ import annotations

from typing import Any

import pytest

from matcher import extract


def _field(text: str, field: str) -> Any:
    r = extract(text)
    if field == "pay":
        return None if r.pay is None else (r.pay.min, r.pay.max, r.pay.period)
    value = getattr(r, field)
    return sorted(value) if isinstance(value, list) else value


EMPLOYMENT = [
    # the shared "time" written once
    ("Full or part-time considered", ["full_time", "part_time"]),
    ("Full- or part-time", ["full_time", "part_time"]),
    ("Full/Part time", ["full_time", "part_time"]),
    ("Full or partial payment is due at the visit.", []),
    # a term or limited-term appointment ends on a set date: temporary
    ("Appointment type\nTerm - Not to exceed 4 years", ["temporary"]),
    ("Appointment type: Term", ["temporary"]),
    ("Term appointment, 13 months", ["temporary"]),
    ("Type: Limited-term (6 months)", ["temporary"]),
    ("Limited term position through December", ["temporary"]),
    ("Codes long-term care and rehab charts.", []),
    ("Knowledge of medical terminology", []),
    ("Terminology\nKnowledge of ICD-10", []),
    # a job board's contract field
    ("Contract length: 6 months", ["contract"]),
    ("Contract duration: 13 weeks", ["contract"]),
    ("Reviews payer contract terms.", []),
    # the applicant's past work counted in years is no type of this job
    ("Equivalent to two years of part-time work.", []),
    ("Six months of full-time clerical work", []),
    ("Part-time, 20 hours; one year of coding required.", ["part_time"]),
    # intermittent listed after the appointment's tenure
    ("Temporary NTE 1 year, Intermittent", ["per_diem", "temporary"]),
    ("Permanent / intermittent", ["per_diem"]),
    ("Lifts files for one year, intermittent lifting up to 20 lbs", []),
    # hours in brackets after PT
    ("PT (20 hrs)", ["part_time"]),
    ("PT (approx. 24 hours/week)", ["part_time"]),
    ("PT (2 visits a week) after surgery", []),
    # "FTE - 0.5"; FT / PT alone as a field's value
    ("FTE - 0.5", ["part_time"]),
    ("FTE - 1.0", ["full_time"]),
    ("FT", ["full_time"]),
    ("Status: FT", ["full_time"]),
    ("Status: PT", ["part_time"]),
    ("PT exercises at home", []),
    # casual / on-call with "as needed"
    ("Casual, as needed", ["per_diem"]),
    ("On call as needed", ["per_diem"]),
    ("On-call rotation for release of information", []),
    # a type titled with its benefits is the job's type, though the line reads as a heading
    ("Position: Part Time Benefitted (0.5)", ["part_time"]),
    ("Full Time Benefits Eligible", ["full_time"]),
    ("Benefits\nFull-time staff receive dental.", []),
    # temporary help agencies are not a temporary job
    ("Temporary help agencies need not apply.", []),
    # a staffing assignment of a set length alone is no type (dev.yaml: "Temporary, 13-week
    # assignment" is temporary only)
    ("Schedule: Temporary, 13-week assignment.", ["temporary"]),
    # a travel per diem is an allowance; a field label is not its value
    ("Per diem reimbursement for travel", []),
    ("Per diem / PRN", ["per_diem"]),
    ("Regular/Temporary: Regular\nFull/Part Time: Full-Time", ["full_time"]),
    ("Regular or Temporary: Temporary", ["temporary"]),
]


@pytest.mark.parametrize(("text", "expected"), EMPLOYMENT)
def test_employment_probes(text: str, expected: list[str]) -> None:
    assert _field(text, "employment_types") == expected


PAY = [
    # the thousands written once, after the second figure
    ("$45-55k/yr", (45000.0, 55000.0, "year")),
    ("$45 - 55K annually", (45000.0, 55000.0, "year")),
    ("$45k-55k per year", (45000.0, 55000.0, "year")),
    # a floor with its ceiling later in the sentence
    ("Minimum: $19.00/hr Maximum: $24.00/hr", (19.0, 24.0, "hour")),
    ("Min $19.00 Max $24.00 per hour", (19.0, 24.0, "hour")),
    ("Pay starts at $19/hr and goes up to $24/hr", (19.0, 24.0, "hour")),
    # near-misses: an add-on or a figure far above the floor is no ceiling
    ("Starting at $18/hr, up to $3,000 sign-on bonus", (18.0, None, "hour")),
    ("Starting at $18/hr, up to $2 more for nights", (18.0, None, "hour")),
    ("Starting pay $17.50 per hour", (17.5, 17.5, "hour")),
    ("Minimum $19.00/hr", (19.0, 19.0, "hour")),
    # an add-on word right after the figure ends its clause (the figure takes the space)
    ("Salary: $50,000 plus annual bonus", (50000.0, 50000.0, "year")),
    ("Salary: $50,000 plus bonus", (50000.0, 50000.0, "year")),
    ("$19.00/hr with differential", (19.0, 19.0, "hour")),
    ("Sign-on bonus: $2,500", None),
    ("$2 plus differential for nights", None),
]


@pytest.mark.parametrize(("text", "expected"), PAY)
def test_pay_probes(text: str, expected: tuple[float | None, float | None, str] | None) -> None:
    assert _field(text, "pay") == expected


WORKPLACE = [
    # career-site fields answered "No" or "N"
    ("Telecommute: No", "on_site"),
    ("Remote eligible: N", "on_site"),
    ("Work from home eligible: No", "on_site"),
    ("Telework Eligibility: Not Eligible", "on_site"),
    ("Remote options are not available for this role", "on_site"),
    # near-misses
    ("Telecommute: Yes", "remote"),
    ("Remote eligible: Y", "remote"),
    # a remote field answered with the workplace; telework answered with some days
    ("Remote Status: On-Site", "on_site"),
    ("Remote Status: Fully Remote", "remote"),
    ("Telework: Yes (up to 2 days/week)", "hybrid"),
]


SHIFTS = [
    # a shift field answered no
    ("Weekends: No", []),
    ("Weekend work: None", []),
    ("Weekends: Yes", ["weekend"]),
    ("Weekend work: Required", ["weekend"]),
    ("Nights: None; Days: 8-4:30", ["day"]),
    ("Weekend Requirements: None", []),
    ("Weekend Requirements: Every other weekend", ["weekend"]),
]


@pytest.mark.parametrize(("text", "expected"), SHIFTS)
def test_shift_probes(text: str, expected: list[str]) -> None:
    assert _field(text, "shifts") == expected


@pytest.mark.parametrize(("text", "expected"), WORKPLACE)
def test_workplace_probes(text: str, expected: str | None) -> None:
    assert _field(text, "workplace") == expected
