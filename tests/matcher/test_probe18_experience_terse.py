"""Experience figures in a job board's and a terse ad's shorthand (session 18, s18probe; examples
ours).

"2 yrs+ hospital coding" (the "+" after the unit kept the work from the figure), a job board's
item with an abbreviated level ("Coding: 2 yrs (req)", "Medical records: 1 year (pref)": only
"(Required)" and "(Preferred)" were read) and a career-site field abbreviated ("Yrs of exp: 2-3",
"Years of exp: 2", "Yrs experience: 3"). Near-misses: a period of something else in the same
shapes, figures that count other things."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("2 yrs+ hospital coding", 2.0, None),
        ("2 years+ of coding", 2.0, None),
        ("Coding: 2 yrs (req)", 2.0, None),
        ("Medical records: 2 yrs (req'd)", 2.0, None),
        ("Medical records: 1 year (pref)", None, 1.0),
        ("Experience:\nCoding: 2 yrs (req)\nEpic: 1 yr (pref)", 2.0, 1.0),
        ("Yrs of exp: 2-3", 2.0, None),
        ("Years of exp: 2", 2.0, None),
        ("Yrs experience: 3", 3.0, None),
        # near-misses
        ("Contract length: 6 months (req)", None, None),
        ("2 yrs+ left on the lease", None, None),
        ("Yrs in business: 25", None, None),
    ],
)
def test_terse_experience(text: str, required: float | None, preferred: float | None) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (required, preferred)
