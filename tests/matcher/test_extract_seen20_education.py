"""matcher.extract on routes into a job as the retired unseen set seen20 showed employers state
them (issue 15, session 12, s12edu). One table per general pattern, varied examples and
near-misses, all in our own wording (never a posting's). The flat fields are what every route
shares (docs/design.md, "Qualification paths")."""

from __future__ import annotations

import pytest

from matcher import extract

Flat = tuple[str | None, float | None, bool]


def _flat(text: str) -> Flat:
    """The flat fields a route rule decides: education required, experience required, whether
    something may stand in for the schooling."""
    got = extract(text)
    return got.education_required, got.experience_years_required, got.education_substitutable


# --- a federal block whose figure is spelled twice: "one (1) year of specialized experience"
# --- (the "(1)" is the figure, not the first of numbered alternatives) ------------------------

SPELLED_TWICE = [
    (
        "Qualifications\n"
        "Specialized Experience: one (1) year of specialized experience equivalent to the GS-4 "
        "grade, such as retrieving charts for release.\nOR\n"
        "Education: four (4) years of study above high school leading to a bachelor's degree.\n"
        "OR\nCombination: experience and education past the second year of college, added "
        "together.\n",
        (None, None, True),
    ),
    (
        "Experience: One (1) year of specialized experience at the GS-5 level scanning and "
        "indexing patient files. OR Education: a full four-year course of study leading to a "
        "bachelor's degree. OR Combination: a mix of the two that adds up to one year.",
        (None, None, True),
    ),
    (
        "Requirements\nSpecialized experience: one (1) year equivalent to at least the GS-6 "
        "level, abstracting records for registries.\nOR\nEducation: two (2) years of study "
        "above high school in health information management.\n",
        (None, None, True),
    ),
    # numbered alternatives that also spell their figures still read as numbered
    (
        "You qualify with (1) Experience: one (1) full year of specialized experience equal to "
        "GS-4, coding outpatient visits; OR (2) Education: two (2) years above high school; OR "
        "(3) Combination of the two.",
        (None, None, True),
    ),
    (
        "Minimum qualifications: two (2) years of experience in medical records or a related "
        "field, OR an associate degree in health information technology.",
        (None, None, True),
    ),
    # near-misses: a spelled figure with no alternatives is everyone's
    (
        "Requirements: one (1) year of medical records experience. High school diploma or GED.",
        ("high_school", 1.0, False),
    ),
    ("Two (2) years of coding experience required; CPC preferred.", (None, 2.0, False)),
]


@pytest.mark.parametrize(("text", "want"), SPELLED_TWICE)
def test_a_figure_spelled_twice_opens_no_alternatives(text: str, want: Flat) -> None:
    assert _flat(text) == want
