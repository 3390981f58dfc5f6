"""A type the posting denies (session 17, s17probe2; examples ours).

"This is not a temporary position", "Permanent (not temp)", "Direct hire, no contract" and "Not
PRN" read as the very type they deny. docs/design.md: only what the posting states. A type
right after "not", "no" or "never" (an article between at most) is skipped, as whom a perk is
for and a later possibility were; a type the posting states beside the denial stays."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("This is not a temporary position.", []),
        ("Not a contract position.", []),
        ("Permanent (not temp)", []),
        ("Direct hire, no contract", []),
        ("Not PRN", []),
        ("Full-time, not per diem.", ["full_time"]),
        ("PRN only - not a full-time or part-time role", ["per_diem"]),
        # near-misses: the type stated, a denial of something else
        ("Full-time position; no weekends.", ["full_time"]),
        ("Part-time, no benefits.", ["part_time"]),
        ("Temporary assignment, not remote.", ["temporary"]),
    ],
)
def test_denied_type(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
