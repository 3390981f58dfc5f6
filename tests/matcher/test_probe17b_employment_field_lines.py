"""Hours and terms as a field label over its value (session 17, s17probe2; examples ours).

Career sites and state pages copied as text put a field's label on one line and its value on
the next ("FTE" / "0.5", "Hours per week" / "24"). "FTE: 0.5" and "Hours per week: 24" were read,
the same field on two lines was not: the labels were no field labels of matcher._furniture, so
the value line stood alone. Hours beside a type in words stay that type only (docs/extraction.md,
session 17 lead)."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Job details\nFTE\n0.5\nShift\nDays", ["part_time"]),
        ("FTE\n1.0", ["full_time"]),
        ("Hours/Week\n20", ["part_time"]),
        ("Hours per week\n24", ["part_time"]),
        ("Scheduled Weekly Hours\n16", ["part_time"]),
        ("Employment Status\nPart-Time", ["part_time"]),
        # near-misses: a type in words beside the hours; hours a full-time week
        ("Job type\nTemporary\nHours per week\n20", ["temporary"]),
        ("Hours per week\n40", []),
    ],
)
def test_label_over_its_value(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
