"""Skills of blind30 (session 18).

A record analyzed for what it lacks is chart analysis, one record at a time too: "analyzes
each record for missing reports" (b30-008) was read only as "analyzes ... records" (plural) or
"deficiencies" (schemas/_rules_skills.py, chart_analysis). A review or check "for completeness"
stays the clerk's assembly (the labelled sets read it so).
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    "text",
    [
        "The HIM analyst analyzes each record for missing reports and notifies the provider.",
        "Analyze the inpatient chart for incomplete documentation.",
        "The coordinator is analyzing every record for unsigned orders before it is closed.",
        "Analyzes the closed record for completeness.",
    ],
)
def test_a_record_read_for_what_it_lacks(text: str) -> None:
    assert "chart_analysis" in extract(text).skills


@pytest.mark.parametrize(
    "text",
    [
        "Check each record for completeness before scanning.",
        "Analyze record request volumes for missing days.",
        "Track missing paperwork from the clinics.",
        "Review charts for coding accuracy.",
    ],
)
def test_no_chart_analysis(text: str) -> None:
    assert "chart_analysis" not in extract(text).skills
