"""A job's length is no experience (session 17, s17probe2; examples ours).

"TEMP: 2 month scanning project" asked two months of records experience: the work words after
the figure tied it, and a programme's or term's length was known only with a hyphen ("a 12-week
coding academy", "a 13-week travel contract"). A unit left singular after a figure above one is
the same compound adjective ("a 2 month project", "a 6 month contract"), and a project, an
engagement or a placement are terms as an assignment is. "2 year coding experience" is still
experience, and so is experience gained on a project."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("TEMP: 2 month scanning project", None),
        ("6 month contract scanning project, remote", None),
        ("A 6 month placement in our HIM department.", None),
        ("A 3-month coding project for our outpatient clinics.", None),
        ("Temporary: 3 month scanning project; 1 year of records experience required.", 1.0),
        # near-misses: experience, said with a singular unit or gained on a project
        ("2 year coding experience required", 2.0),
        ("Two year records experience required.", 2.0),
        ("2 years of experience on a records conversion project", 2.0),
    ],
)
def test_a_terms_length(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years
