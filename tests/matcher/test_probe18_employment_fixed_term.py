"""A fixed term stated with its length or as a field's value (session 18, s18probe; examples
ours).

"Fixed term 12 months", "Fixed-term 6 months", Workday's "Worker Sub-Type: Fixed Term",
"Employee Type: Fixed Term (Fixed Term)": the post ends on a set date, so it is temporary, as
"Fixed term (9 months)" and "a fixed-term post" were (session 17). Before, "fixed term" read
only before a noun for the post or a bracket, colon or comma. Near-misses: a fixed-term
mortgage or deposit, fixed term life insurance, a fixed-term contract (the contract rule's,
as before)."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Fixed term 12 months", ["temporary"]),
        ("Fixed-term 6 months, days", ["temporary"]),
        ("Fixed term eighteen months", ["temporary"]),
        ("Worker Sub-Type: Fixed Term", ["temporary"]),
        ("Employee Type: Fixed Term (Fixed Term)", ["temporary"]),
        ("Time type: Full time\nWorker sub-type: Fixed Term", ["full_time", "temporary"]),
        # near-misses
        ("30-year fixed term mortgage", []),
        ("fixed term 5 year deposit accounts", []),
        ("fixed term life insurance", []),
        ("Fixed-term 18 month contract", ["contract"]),
    ],
)
def test_fixed_term(text: str, types: list[str]) -> None:
    assert sorted(extract(text).employment_types) == types
