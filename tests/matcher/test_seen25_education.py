"""Schooling seen25 read wrongly (session 17).

"NOTE: Appointment may be made at the third pay step for applicants who hold an associate
degree." (h25-042) asked the associate degree of everyone: what schooling earns was read only
after the mention ("... will be paid at a higher step", session 11). Said before it, of those
who hold it, it is no requirement either (matcher._education_cues._PAID_MORE_BEFORE_RE).
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    "text",
    [
        "NOTE: Appointment may be made at the third pay step for applicants who hold an "
        "associate degree.",
        "A higher starting rate is offered to candidates with a bachelor's degree in HIM.",
        "Higher pay for anyone holding an associate degree in health information technology.",
        "Starting salary is set at step 3 for new hires with a bachelor's degree.",
    ],
)
def test_pay_said_before_the_schooling_asks_nothing(text: str) -> None:
    r = extract(text)
    assert (r.education_required, r.education_preferred) == (None, None)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Associate degree required and new hires start at step 1.", "associate"),
        ("Paid at step 1; applicants must have a high school diploma.", "high_school"),
        ("Step 2 pay for new hires; a high school diploma is required.", "high_school"),
        ("Higher pay than most clinics. Candidates need an associate degree.", "associate"),
    ],
)
def test_pay_beside_a_requirement_keeps_it(text: str, level: str) -> None:
    assert extract(text).education_required == level
