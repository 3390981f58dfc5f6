"""matcher.extract on a week split between the site and home (session 17): two day counts, or
weekdays named at each place, make a hybrid job, whichever place comes first; days on site for
orientation or training before a remote job do not. Our own wording."""

from __future__ import annotations

import pytest

from matcher import extract

SPLIT_WEEK = [
    ("Work arrangement: 3 days in office / 2 days from home", "hybrid"),
    ("Work arrangement: 3 days in office / 2 days remote", "hybrid"),
    ("Schedule: two days remote, three on site each week.", "hybrid"),
    ("You will be 1 day a week on-site and 4 days a week remote.", "hybrid"),
    ("You work from home Mondays and Fridays and in the office Tuesday to Thursday.", "hybrid"),
    ("Schedule: in the clinic Mon-Wed, remote Thu-Fri.", "hybrid"),
    ("Schedule: in the office on Mondays, remote Tuesday to Friday.", "hybrid"),
    # near-misses: days on site before a remote job, a remote job with meetings in person
    ("Expect 3 days of on-site orientation, then 100% remote.", "remote"),
    ("Two days on site for training; the job is remote.", "remote"),
    ("Remote role; you come to the office on Monday of your first week only.", "remote"),
    ("Two days a week at the clinic.", None),
]


@pytest.mark.parametrize(("text", "workplace"), SPLIT_WEEK)
def test_a_split_week_is_hybrid(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace
