"""matcher.extract on a "Label: value | Label: value" line wrapped inside a value (session 18,
s18layout; tests/matcher/test_extract_layout.py): "... | Status: Full" over "Time, Benefits
Eligible | FTE: 1.0" is one value broken at 70 columns, not two fields, though the next line
holds a label of its own after a "|". Two licence lines each with its own label stay apart.
Our own wording; the wrapped cases failed on main 3bca10f."""

from __future__ import annotations

import pytest

from matcher import extract

#: The summary's lines are shorter than the wrapped one: the next word did not fit there.
_BODY = (
    "\n\nSummary\nWe abstract and code clinic visits for a regional health system,\n"
    "working from a queue of charts each day and answering questions.\n"
)

_ROWS = (
    # (the line's head, the value broken across the wrap, what follows it, the type)
    (
        "Req ID: 40192 | Department: Coding and Abstracting | Status:",
        ("Full", "Time, Benefits"),
        "Eligible | FTE: 1.0",
        ["full_time"],
    ),
    (
        "Posting: 5521 | Team: Revenue Integrity Services | Schedule:",
        ("Part", "Time, 24 hours"),
        "a week | Shift: Days",
        ["part_time"],
    ),
    (
        "Job Number: 88-104 | Unit: Health Information Management | Type:",
        ("Full", "Time"),
        "| Grade: 7",
        ["full_time"],
    ),
)


@pytest.mark.parametrize(("head", "value", "tail", "types"), _ROWS)
def test_a_value_wrapped_before_a_bar_stays_one_value(
    head: str, value: tuple[str, str], tail: str, types: list[str]
) -> None:
    title = "Coding Specialist\n"
    one = extract(title + f"{head} {value[0]} {value[1]} {tail}" + _BODY)
    wrapped = extract(title + f"{head} {value[0]}\n{value[1]} {tail}" + _BODY)
    assert one.employment_types == types
    assert wrapped.employment_types == one.employment_types


def test_two_licence_lines_with_their_labels_stay_apart() -> None:
    text = (
        "Licenses and Certifications\n"
        "Certified Coding Specialist (CCS) - American Health Information Mgmt: Required\n"
        "Registered Health Information Technician (RHIT) - AHIMA: Preferred\n"
    )
    got = {(tuple(c.any_of), c.level) for c in extract(text).certifications}
    assert got == {(("CCS",), "required"), (("RHIT",), "preferred")}
