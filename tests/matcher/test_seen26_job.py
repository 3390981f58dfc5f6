"""The job's terms read wrong in seen26 (holdout26.yaml until session 18).

- "Full Time, Benefits Eligible" on a page's first lines (h26-046) was a benefits heading: the
  shifts and skills under it were read as benefits (matcher._sentences._answered).
- "Remote Status" over "On-Site" (h26-036): the label alone read as remote
  (matcher._rules_workplace, the remote record).
- "rotating manager-on-duty weekends" (h26-028): weekends taken in turn, a duty's name between,
  read as a rotating shift (matcher._rules_shift).
- "experience gained in part-time work counts" (h26-032): past work credited to the years asked
  read as the job's type (matcher._rules_job, the part_time record).
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    "text",
    [
        "Full Time, Benefits Eligible\nNights, 11:00 PM - 7:30 AM, Sunday-Thursday\n\n"
        "Scan and index documents into Meditech.",
        "Part Time - Benefits Eligible\nNights, 11p-7:30a, Sunday-Thursday\n\n"
        "Scan and index documents into Meditech.",
        "Benefits-eligible position\nNights, 11 PM - 7:30 AM, Sun-Thu\n\n"
        "Scan and index documents into Meditech.",
    ],
)
def test_benefits_eligible_among_the_terms_is_no_heading(text: str) -> None:
    got = extract(text)
    assert got.shifts == ["night", "weekend"]
    assert got.skills == ["scanning_indexing", "meditech"]


def test_a_benefits_heading_still_holds_its_section() -> None:
    """Near miss: "Benefits" alone (or "Benefits Eligible:" over its answer) is a heading."""
    text = "Benefits\nNight differential for weekend shifts.\nTuition aid for Meditech courses."
    got = extract(text)
    assert got.shifts == []
    assert got.skills == []


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        (
            "Time Type\nPart time\nRemote Status\nOn-Site\nPay Range\n$17.80 - $24.55/hour",
            "on_site",
        ),
        ("Remote Status\nIn Office", "on_site"),
        ("Remote Type\nOn-site", "on_site"),
        ("Remote Status\nFully Remote", "remote"),
        ("Remote Status: Remote", "remote"),
        ("Remote Type\nHybrid", "hybrid"),
    ],
)
def test_a_remote_fields_label_says_nothing(text: str, workplace: str) -> None:
    assert extract(text).workplace == workplace


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        ("Schedule is Monday-Friday with rotating manager-on-duty weekends.", ["weekend"]),
        ("Days, with rotating supervisor weekends.", ["day", "weekend"]),
        ("Monday-Friday 8-4:30; rotating charge weekends and holidays.", ["day", "weekend"]),
        ("Rotating shifts and weekends.", ["rotating", "weekend"]),
        ("Rotating nights and weekends.", ["night", "rotating", "weekend"]),
    ],
)
def test_weekends_taken_in_turn_are_no_rotating_shift(text: str, shifts: list[str]) -> None:
    assert extract(text).shifts == shifts


@pytest.mark.parametrize(
    "text",
    [
        "Per diem. Two years of experience in a medical office; experience gained in part-time "
        "work counts.",
        "Per diem. One year of records experience; part-time or volunteer roles count toward it.",
        "Per diem. Experience from part-time jobs is accepted.",
        "Per diem. Two years of experience (part-time work is counted).",
    ],
)
def test_part_time_work_credited_is_no_type(text: str) -> None:
    assert extract(text).employment_types == ["per_diem"]


@pytest.mark.parametrize(
    "text",
    ["This is a part-time role.", "Part-time work, 3 days a week.", "Part-time job with benefits"],
)
def test_the_jobs_part_time_stays(text: str) -> None:
    assert extract(text).employment_types == ["part_time"]
