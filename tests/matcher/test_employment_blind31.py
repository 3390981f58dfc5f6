"""Employment types as blind31 (session 18) wrote them: other staff's type with their role
between ("our two full-time front-desk staff"), a benefits table by type under a sentence-case
heading ("Benefits at a glance" / "Full-time: medical, dental"), and the job named under an
offer heading ("This is a full-time position.")."""

from __future__ import annotations

import pytest

import matcher

TITLE = "Records Clerk"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "Hours: Part-time, Tue-Thu. You will keep records and back up our two full-time "
            "front-desk staff.",
            ["part_time"],
        ),
        ("Part-time clerk needed; our full-time billing employees cover Mondays.", ["part_time"]),
        (
            "Per diem, as needed. You will cover for our part-time registration clerks.",
            ["per_diem"],
        ),
        # near-misses: the job itself
        ("We are hiring full-time HIM staff for our new clinic.", ["full_time"]),
        ("Join our full-time team as a records clerk.", ["full_time"]),
        ("Our full-time coding role is open now.", ["full_time"]),
        ("Full-time staff position available in HIM.", ["full_time"]),
    ],
)
def test_other_staff_with_their_role(text: str, types: list[str]) -> None:
    assert matcher.extract(text, title=TITLE).employment_types == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "Employment type: Full time\n\nBenefits at a glance\nFull-time: medical, dental, PTO\n"
            "Part-time (0.5 FTE and above): medical, prorated PTO\nPer diem: 403(b) only\n",
            ["full_time"],
        ),
        (
            "Status: Part time\n\nBenefits overview\nFull-time: full benefits from day one\n"
            "Part-time: prorated PTO\n",
            ["part_time"],
        ),
        (
            "Benefits overview\nPart-time staff: prorated PTO\n\nThis is a full-time position.",
            ["full_time"],
        ),
        ("Benefits\nMedical and dental.\nThis role is part-time.", ["part_time"]),
        # the job's own term under the offer heading still counts
        ("What we offer\nFull-time: 40 hours a week, Monday to Friday", ["full_time"]),
    ],
)
def test_benefits_table_by_type(text: str, types: list[str]) -> None:
    assert matcher.extract(text, title=TITLE).employment_types == types
