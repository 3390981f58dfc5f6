"""A fixed-term or interim post is temporary work (session 16, lead; our own wording): it ends on
a set date like a term or limited-duration appointment. Near-misses: the same words about money,
insurance or time ("fixed-term deposit", "in the interim")."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("A 12-month fixed-term post covering a colleague's leave.", ["temporary"]),
        ("Scanning clerk, fixed term (9 months), full-time.", ["full_time", "temporary"]),
        ("This is an interim position while we recruit a permanent HIM lead.", ["temporary"]),
        ("Interim assignment: 3 months, part-time.", ["part_time", "temporary"]),
        # near-misses
        ("We offer fixed term life insurance. Full-time.", ["full_time"]),
        ("In the interim, new hires shadow the ROI team. Part-time.", ["part_time"]),
        ("Our credit union offers fixed-term deposit accounts.", []),
    ],
)
def test_fixed_term_and_interim_posts(text: str, types: list[str]) -> None:
    got = extract(text, title="Medical Records Clerk").employment_types
    assert sorted(got) == types
