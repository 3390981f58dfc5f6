"""Skills as blind29 (session 18) wrote them: two object lists joined after "abstracts", and a
coder's chart review for risk adjustment, which is no deficiency analysis."""

from __future__ import annotations

import pytest

import matcher

TITLE = "Health Information Specialist"


@pytest.mark.parametrize(
    "text",
    [
        "Abstracts core measure and registry data for the quality office.",
        "Abstracts quality and registry information from inpatient stays.",
        "You will abstract trauma & registry data each week.",
    ],
)
def test_abstracting_with_joined_objects(text: str) -> None:
    assert "abstracting" in matcher.extract(text, title=TITLE).skills


@pytest.mark.parametrize(
    ("text", "analysis"),
    [
        ("HCC chart review for Medicare Advantage plans; ICD-10-CM coding.", False),
        ("Complete risk adjustment chart reviews remotely.", False),
        ("Chart review for missing signatures.", True),
        ("Perform retrospective chart review and track deficiencies.", True),
    ],
)
def test_chart_review_for_codes_is_not_chart_analysis(text: str, analysis: bool) -> None:
    assert ("chart_analysis" in matcher.extract(text, title=TITLE).skills) is analysis
