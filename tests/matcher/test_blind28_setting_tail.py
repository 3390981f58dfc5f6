"""matcher.extract on experience tied to its setting through an article and a describing word
(session 17, lead, blind28's b28-040): "A year or more in an acute care hospital HIM department
(preferred)", "two years in an outpatient clinic", "in a busy medical office" are experience, as
"in a hospital" was; a record kept "in an offsite medical storage facility" is not. Our own
wording."""

from __future__ import annotations

import pytest

from matcher import extract

CASES = [
    ("- A year or more in an acute care hospital HIM department (preferred).", None, 1.0),
    ("Requirements: two years in an outpatient clinic.", 2.0, None),
    ("Must have 1 year in a busy medical office.", 1.0, None),
    ("Two to three years in a large teaching hospital preferred.", None, 2.0),
    # near-misses: how long records are kept, the employer's age
    ("Records are kept for 7 years in an offsite medical storage facility.", None, None),
    ("Founded 30 years ago in a small office, we now serve 12 clinics.", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), CASES)
def test_setting_after_an_article(
    text: str, required: float | None, preferred: float | None
) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (required, preferred)
