"""Employment words that are not this job's type, from blind26's misses (session 16, lead; our
own wording): the incumbents a grandfathering clause may not reappoint "on a temporary or
permanent basis", and telework granted "on an occasional, as-needed basis"."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "Employees who were appointed on a temporary basis before this standard may not have "
            "their temporary appointment extended or be reappointed on a temporary or permanent "
            "basis until they meet it. Work schedule: Full-time.",
            ["full_time"],
        ),
        ("Telework eligible Yes - ADHOC - only on an occasional, as-needed basis", []),
        ("Telework on an as-needed basis. Part-time.", ["part_time"]),
        ("Situational telework, on an occasional, as needed basis. Full-time.", ["full_time"]),
        # near-misses: the job's own terms
        ("You will be appointed on a temporary basis, not to exceed one year.", ["temporary"]),
        ("PRN (as-needed basis) records clerk; telework not available.", ["per_diem"]),
        ("Ad hoc telework only; this is an occasional, as needed per diem role.", ["per_diem"]),
    ],
)
def test_other_peoples_terms_and_telework_are_no_type(text: str, types: list[str]) -> None:
    assert sorted(extract(text, title="Medical Records Technician").employment_types) == types
