"""matcher.extract on experience stated as time worked, with no word "experience" (issue 15,
session 13, lead; our own words): "will have worked in a physician practice for two or more
years" asked nothing, and time with the employer ("staff who have worked at our clinic for one
year earn ...", "... for 6 months may apply for remote work") was read as experience asked."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (
            "The successful candidate will have worked in a physician practice for two or more "
            "years.",
            2.0,
            None,
        ),
        ("Must have worked in a hospital records department for at least one year.", 1.0, None),
        (
            "Applicants who have been working in a hospital HIM department for at least 18 "
            "months are encouraged to apply.",
            None,
            1.5,
        ),
        # near-misses: the employer's own years, and time with the employer before a change
        ("We have been working with hospitals for 20 years.", None, None),
        ("Employees who have worked here for 6 months may apply for remote work.", None, None),
        ("Staff who have worked at our clinic for one year earn an extra week of PTO.", None, None),
        # ... while the work itself stays experience
        ("2 years of clerical work required.", 2.0, None),
        ("Must have 3 years in hospital records work.", 3.0, None),
    ],
)
def test_time_worked_is_experience(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)
