"""A stand-in, a short assignment, a summer job: temporary (session 17, s17probe2; examples ours).

docs/design.md: employment types are only what the posting states; temp-to-hire is temporary.
A locum tenens holds the place of someone away for a while, a short-term assignment and a summer
job end on a set date as a seasonal job does: each states a temporary job. Before, each gave no
type. Decided the other way, and pinned here as near-misses: "Employment Category: Variable
hours" (how many hours varies, not on what terms: per diem, part-time or a pool are all
possible), "Term of employment: 9 months (school year)" (a school-year job comes back each year:
no end is stated) and "Position: Float pool" (where the job is worked, not on what terms)."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Locum tenens coder needed to cover a leave of absence.", ["temporary"]),
        ("Employment type: Locum tenens", ["temporary"]),
        ("Locums assignment, 13 weeks, remote", ["temporary"]),
        ("Short-term assignment (8 weeks) scanning old charts.", ["temporary"]),
        ("This is a short-term position covering a leave.", ["temporary"]),
        ("Summer job (June-August) in our records room.", ["temporary"]),
        ("Summer help wanted: file room clerk, M-F.", ["temporary"]),
        # near-misses: other people, other words, and the three left without a type
        ("Credential locum tenens physicians and allied staff.", []),
        ("Short-term disability and life insurance.", []),
        ("Summer hours: 7-3:30, Fridays off.", []),
        ("Summer internship for HIM students", ["internship"]),
        ("Employment Category: Variable hours", []),
        ("Term of employment: 9 months (school year)", []),
        ("Position: Float pool", []),
    ],
)
def test_stand_ins_are_temporary(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
