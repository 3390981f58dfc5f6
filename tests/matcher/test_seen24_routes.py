"""matcher.extract on the routes the retired unseen set seen24 showed (session 16, s16seen24):
one table per general pattern, varied examples and near-misses in our own wording. The flat
fields are what every route shares (docs/design.md, "Qualification paths"). Every first case of
a table failed on main 1a65313."""

from __future__ import annotations

import pytest

from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- schooling counted in units with the figure restated in brackets ("twelve (12) semester ----
# --- units", "fifteen (15) quarter units"): a schooling route against the experience one --------

UNITS_RESTATED: list[tuple[str, Flat]] = [
    (
        "MINIMUM QUALIFICATIONS:\nPattern I: Six (6) months of clerical experience in a medical "
        "office or clinic.\n-OR-\nPattern II: Completion of twelve (12) semester units in office "
        "technology or a closely related field.",
        (None, None, True),
    ),
    (
        "Minimum qualifications: six months of clerical experience in a medical office, or "
        "completion of twelve (12) semester units in office technology.",
        (None, None, True),
    ),
    (
        "Requirements: one year of medical records experience; or eighteen (18) quarter units "
        "in health information or business.",
        (None, None, True),
    ),
    (
        "Requirements: one year of medical records experience, or completion of nine (9) "
        "credit hours in medical office administration.",
        (None, None, True),
    ),
    # near-misses: units asked of everyone beside the years, and units only in an example
    (
        "Requirements: one year of medical records experience. Twelve (12) semester units in "
        "office technology are also required.",
        (None, 1.0, False),
    ),
    (
        "Six (6) months of clerical experience in a medical office is required.",
        (None, 0.5, False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNITS_RESTATED)
def test_units_with_the_figure_restated_are_a_schooling_route(text: str, expected: Flat) -> None:
    assert _flat(text) == expected
