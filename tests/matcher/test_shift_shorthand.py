"""matcher.extract on shifts in classified-ad shorthand (session 17, blind27): "eves", "eve
shift", "nites", "wknd", "wkends" name the shifts their words do; a holiday eve and a long
weekend do not. Our own wording."""

from __future__ import annotations

import pytest

from matcher import extract

SHORTHAND = [
    ("MED REC CLK - PT, 20 hrs/wk, eves & every other wknd.", ["evening", "weekend"]),
    ("ROI clerk, eve shift 3p-11:30p, Mon-Fri.", ["evening"]),
    ("Scanning tech: Nites, 3x12s.", ["night"]),
    ("Sched: M-F days, wkends as needed.", ["day", "weekend"]),
    ("Coder needed for the wk-end rotation.", ["weekend"]),
    # near-misses
    ("The office is closed on Christmas and New Year's eves.", []),
    ("Charts pile up over the long wknd.", []),
]


@pytest.mark.parametrize(("text", "shifts"), SHORTHAND)
def test_shift_shorthand(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == shifts
