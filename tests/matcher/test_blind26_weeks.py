"""Federal experience counted in weeks opens a block of routes like years do (session 16, lead,
from blind26's b26-025; our own wording): "At least 52 weeks of specialized experience ..." then
"OR Education: ..." / "OR Combination: ..." had left the 52 weeks to everyone (the flat reader
knew weeks, the route reader did not)."""

from __future__ import annotations

import pytest

from matcher import extract

BLOCK = (
    "Specialized Experience: At least {figure} of specialized experience equivalent to the GS-04 "
    "level, such as preparing records for coding.\n"
    "OR Education: Four years above high school leading to a bachelor's degree.\n"
    "OR Combination: education beyond the second year of college combined with specialized "
    "experience."
)


@pytest.mark.parametrize(
    ("figure", "years"), [("52 weeks", 1.0), ("one year", 1.0), ("26 weeks", 0.5)]
)
def test_weeks_of_experience_open_a_block_of_routes(figure: str, years: float) -> None:
    req = extract(BLOCK.format(figure=figure), title="Medical Records Technician")
    assert (req.education_required, req.experience_years_required) == (None, None)
    assert req.education_substitutable
    assert years in {p.experience_years for p in req.paths}


@pytest.mark.parametrize(
    "text",
    [
        "This is a 13-week assignment. One year of coding experience required.",
        "New hires get 2 weeks of paid training. One year of coding experience required.",
    ],
)
def test_weeks_of_something_else_are_no_experience(text: str) -> None:
    assert extract(text).experience_years_required == 1.0
