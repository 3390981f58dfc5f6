"""matcher.extract on experience figures as the retired unseen set seen24 showed employers write
them (session 16, s16seen24): one table per general pattern, varied examples and near-misses in
our own wording. Every first case of a table failed on main 1a65313."""

from __future__ import annotations

import pytest

from matcher import extract

# --- experience waived in classified-ad shorthand ("Exp pref but not req'd", "Exp not -------
# --- req'd", "no exp necessary"): zero years -----------------------------------------------------

SHORTHAND_ZERO: list[tuple[str, float | None]] = [
    ("HS req'd. Exp pref but not req'd, we will show you our system.", 0.0),
    ("PT file clerk. Exp not req'd. $15/hr.", 0.0),
    ("Medical office exp. pref., not req'd. Mon-Fri.", 0.0),
    ("Records clerk wanted. No exp necessary, HS diploma a must.", 0.0),
    # near-misses: years asked in shorthand, another thing waived
    ("2 yrs exp req'd, not negotiable.", 2.0),
    ("Exp with Epic pref; CPC not req'd. 1 yr office exp req'd.", 1.0),
    ("No experts on staff; 1 year of records experience required.", 1.0),
]


@pytest.mark.parametrize(("text", "expected"), SHORTHAND_ZERO)
def test_experience_waived_in_shorthand_is_zero(text: str, expected: float | None) -> None:
    assert extract(text).experience_years_required == expected
