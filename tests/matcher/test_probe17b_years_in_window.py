"""Years within a window, the work named after the window (session 17, s17probe2; examples
ours).

"At least 2 years in the last 5 years in a hospital coding role" asked nothing: the words after
a figure reach only to the next figure, unless the next one closes a window said with "within"
("one year within the past five years of coding experience"). A window said with "in the last",
"in the past" or "during the past" is the same window: the work after it is the first figure's.
The window's own figure stays recency (docs/extraction.md), and the employer's years are no
one's experience."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "years", "kind"),
    [
        ("At least 2 years in the last 5 years in a hospital coding role.", 2.0, "coding"),
        ("1+ years in the last 3 years in a medical records role.", 1.0, "records"),
        ("Two years in the past four years of release of information experience.", 2.0, "records"),
        ("One year during the past three years of ROI experience.", 1.0, "records"),
        # near-misses: the employer's years, a window with no work named
        ("Two years in the last five years we have grown to 40 staff.", None, None),
        ("2 years in the last 5 years", None, None),
    ],
)
def test_the_work_after_the_window(text: str, years: float | None, kind: str | None) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_kind) == (years, kind)
