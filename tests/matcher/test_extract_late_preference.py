"""matcher.extract on a preference that closes a long experience phrase (issue 15, session 13,
lead; our own words): "1 year in a hospital HIM department or physician office medical records
preferred" asked the year of everyone, because the cue stood past the 60 characters a level cue
is looked for after its figure."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (
            "Experience: 1 year in a hospital HIM department or physician office medical records"
            " preferred.",
            None,
            1.0,
        ),
        (
            "One year of hospital or physician office medical records experience preferred.",
            None,
            1.0,
        ),
        (
            "Two years of experience in an acute care hospital health information management "
            "department is preferred.",
            None,
            2.0,
        ),
        (
            "3+ years of recent inpatient coding experience in a Level I trauma center or "
            "academic medical center strongly preferred.",
            None,
            3.0,
        ),
        # near-misses: the preference belongs to another clause, or a requirement comes first
        (
            "2 years of experience in a medical office and familiarity with Epic preferred.",
            2.0,
            None,
        ),
        ("2 years of experience in a medical office, Epic preferred.", 2.0, None),
        (
            "Must have 2 years of experience in a hospital health information management "
            "department or clinic preferred.",
            2.0,
            None,
        ),
        (
            "Requires 2 years of experience in a hospital health information management "
            "department or clinic preferred.",
            2.0,
            None,
        ),
        (
            "Three years of progressively responsible experience in a hospital medical records "
            "department; supervisory experience preferred.",
            3.0,
            None,
        ),
    ],
)
def test_a_late_preference_closes_its_phrase(
    text: str, required: float | None, preferred: float | None
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)
