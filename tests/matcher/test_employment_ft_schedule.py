"""matcher.extract on "FT" before an ad's weekdays or clock hours (session 17, blind27's
b27-013 "FT M-F 8-5"): full-time, as "FT days" was; a length in feet is not. Our own wording."""

from __future__ import annotations

import pytest

from matcher import extract

FT = [
    ("ROI clerk wanted for a busy clinic. FT M-F 8-5. $19/hr.", ["full_time"]),
    ("Records clerk needed, FT Mon-Fri, no weekends.", ["full_time"]),
    ("Scanning tech - FT 7a-3:30p - hospital HIM.", ["full_time"]),
    ("Coder, FT 8:00-4:30, in office.", ["full_time"]),
    # near-misses: feet, a city
    ("File room shelving is 6 FT 8-10 in deep.", []),
    ("Must lift boxes to 5 ft 3-4 times an hour.", []),
    ("Ft. Worth clinic, open 8-5.", []),
]


@pytest.mark.parametrize(("text", "types"), FT)
def test_ft_before_a_schedule(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
