"""Soft headings and cues said as a wish (session 17, s17probe2; examples ours).

"What would be nice" over a line, "It would be nice to have" and "Would be great if you have"
were no headings ("Would be nice" alone was: heading phrases count only where the line opens
with them), so the years under them were required; "Would be great if you have 2 years ..."
said before its figure is preferred like "would be ideal". The hire praised ("you would be
great at ...") prefers nothing."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("What would be nice\nA year of coding experience", None, 1.0),
        ("It would be nice to have\n2 years of coding experience", None, 2.0),
        ("Would be great if you have\n- 2 years of HIM experience", None, 2.0),
        ("Would be great if you have 2 years of HIM experience.", None, 2.0),
        ("3 years of coding experience would be nice.", None, 3.0),
        # near-misses: the hire praised; a requirement after a soft line ends it
        ("You would be great at this: 2 years of coding experience required.", 2.0, None),
        ("Requirements\n2 years of coding experience", 2.0, None),
    ],
)
def test_wishes_prefer(text: str, required: float | None, preferred: float | None) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (required, preferred)
