"""matcher.extract on employment types, workplace, shifts and skills as the retired unseen set
seen22 showed employers write them (session 14, s14cert): a type after a comma closing a title
("Medical Records Clerk, PT"), a type with its benefits in brackets ("Part-time (Benefitted)"),
"Intermittent, on-call", the employer's own work "under contract", a workplace field answered on
the line below its label or with "available: No", "Days" as one field of a pipe-separated line,
and the teams a supervisor "runs". Our own wording, with near-misses; the rows marked "main
75354a5" failed there."""

from __future__ import annotations

import pytest

from matcher import extract

EMPLOYMENT = [
    # seen22 h22-007 (main 75354a5: [])
    ("Lakeshore Pediatrics - Medical Records Clerk, PT\nFile and pull charts.", ["part_time"]),
    ("Scanning Clerk, FT", ["full_time"]),
    # seen22 h22-032 (main 75354a5: [])
    ("Schedule: Part-time (Benefitted)", ["part_time"]),
    ("Status: Full-time - Benefits Eligible", ["full_time"]),
    # session 13 leftover (main 75354a5: []): every word of it is as needed
    ("Intermittent, on-call", ["per_diem"]),
    ("Appointment: On-call / intermittent", ["per_diem"]),
    # seen22 h22-016 (main 75354a5: [full_time, contract]): the employer's business
    ("Full-time | Remote\nWe run hospital cancer registries under contract.", ["full_time"]),
    ("Our coders serve 40 hospitals under a contract, with remote staff.", []),
    # near-misses: a time zone or therapy after the comma; a contract job is one
    ("Hours: 9 am - 5 pm, PT", []),
    ("Outpatient rehab, PT", []),
    ("13-week contract, full-time", ["contract", "full_time"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "types"), EMPLOYMENT)
def test_employment_types(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types


WORKPLACE = [
    # seen22 h22-018 (main 75354a5: remote): the value on the line under its label
    ("Time type\nFull time\nWork from home eligible\nNo\nPay range\n$18.00 - $24.55 per hour",
     "on_site"),
    ("Remote eligible\nN", "on_site"),
    ("Telework option\nNone", "on_site"),
    # seen22 h22-032 (main 75354a5: remote)
    ("Remote work available: No", "on_site"),
    ("Telework allowed: N", "on_site"),
    # near-misses: answered yes, or the next line is no answer
    ("Work from home eligible\nYes", "remote"),
    ("Remote work available: Yes", "remote"),
    ("Remote work available\nNorth Carolina residents only", "remote"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "workplace"), WORKPLACE)
def test_workplace(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace


SHIFTS = [
    # seen22 h22-024 (main 75354a5: [])
    ("Coding Apprentice\nFull-Time | Days | $21.00/hr", ["day"]),
    ("Part time | Days", ["day"]),
    ("Full time | Days | On site", ["day"]),
    ("Full time \u2022 Days \u2022 On site", ["day"]),
    ("Part-time|Days|Remote", ["day"]),
    # near-misses: a count of days in a field
    ("PTO | 20 days | 401(k)", []),
    ("Full-Time | 3 days on site", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shifts"), SHIFTS)
def test_shifts(text: str, shifts: list[str]) -> None:
    assert extract(text).shifts == shifts


SKILLS = [
    # seen22 h22-013 (main 75354a5: release_of_information, scanning_indexing, chart_analysis)
    ("The HIM Supervisor runs the daily work of the release-of-information, scanning and "
     "deficiency teams at our flagship hospital.", []),
    ("Runs the ICD-10 coding and scanning units for two hospitals.", []),
    ("Coordinates the release of information and indexing staff across three clinics.", []),
    # near-misses: the person's own work, or a team that is not the skill's
    ("You will run release of information requests for our clinics.",
     ["release_of_information"]),
    ("Runs the scanning team and also scans loose documents during backlogs.",
     ["scanning_indexing"]),
    ("Coordinates ROI requests with the legal team.", ["release_of_information"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "skills"), SKILLS)
def test_skills_of_teams_run(text: str, skills: list[str]) -> None:
    assert extract(text).skills == skills
