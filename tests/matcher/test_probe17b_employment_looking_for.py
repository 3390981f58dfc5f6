"""The type after "looking for" (session 17, s17probe2; examples ours).

"We are looking for full-time coders" gave no type: a type after "for" is whom something is
for ("PTO for full-time staff"), unless a hiring verb says for whom the job is ("hiring for",
"recruiting for"). "Looking for" and "searching for" are hiring verbs too. Whom a perk is for
stays no type."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("We are looking for full-time coders to join our team.", ["full_time"]),
        ("Looking for part-time scanning clerks, mornings.", ["part_time"]),
        ("Searching for PRN release of information specialists.", ["per_diem"]),
        ("Our HIM team is looking for temporary help with a backlog.", ["temporary"]),
        # near-misses: whom a perk is for
        ("PTO and dental for full-time staff.", []),
        ("Tuition help is available for part-time staff too.", []),
    ],
)
def test_looking_for_a_type(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
