"""matcher.extract on "temporary" said of a thing, not the job (session 17, lead): a temporary
password, badge, parking permit, file or chart names no employment type; a temporary position,
"Temporary (3 months)" and "Temp, 6 weeks" still do. Our own wording."""

from __future__ import annotations

import pytest

from matcher import extract

CASES = [
    ("IT will send you a temporary password before your first shift.", []),
    ("A temporary badge is issued until your photo ID is ready.", []),
    ("Park with the temporary parking permit in the south garage.", []),
    ("File loose reports in the temporary chart until the visit closes.", []),
    ("This is a temporary position covering a leave of absence.", ["temporary"]),
    ("Job type: Temporary (3 months)", ["temporary"]),
    ("ROI clerk needed. Temp, 6 weeks.", ["temporary"]),
]


@pytest.mark.parametrize(("text", "types"), CASES)
def test_temporary_things_are_no_type(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
