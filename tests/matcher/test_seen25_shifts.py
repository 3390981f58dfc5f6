"""Shifts seen25 read wrongly (session 17).

"Saturday & Sunday 8a-8:30p" (h25-043, a weekend clerk's twelve-hour days) gave no day shift: a
morning start counted as day only when it ended by 7:30 pm. A twelve-hour day with a half-hour
meal (ending by 8:30 pm) is a day shift too; a longer span is opening hours, and so is a
window the hours are picked in or a service is open ("any 8 hours between 8am and 8pm", "lines
are open 8a-8p"; matcher._schedule._clock_shift).
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        ("Schedule: Saturday & Sunday 8a-8:30p plus one weekday.", {"day", "weekend"}),
        ("Three 12-hour shifts a week, 7:30a-8p.", {"day"}),
        ("Shifts run 8am-8:30pm at our main campus.", {"day"}),
        ("Hours: 8:00 AM - 8:00 PM, four days a week.", {"day"}),
    ],
)
def test_a_twelve_hour_day_is_a_day_shift(text: str, shifts: set[str]) -> None:
    assert set(extract(text).shifts) == shifts


@pytest.mark.parametrize(
    "text",
    [
        "Clinic hours 7am-9pm, Monday-Friday.",
        "Shift: 6a-8:30p.",
        "Office open 9am-9pm.",
        "Work any 8 hours between 8am and 8pm, Monday-Friday.",
        "Flexible schedule: pick your hours within 7:30a-8p.",
        "Our release of information phone lines are open 8a-8p on weekdays.",
    ],
)
def test_a_longer_span_is_no_day_shift(text: str) -> None:
    assert extract(text).shifts == []
