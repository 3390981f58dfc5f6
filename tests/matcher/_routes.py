"""The flat fields a route rule decides, for the route tables of the seen-set tests (one helper
instead of a copy in each file)."""

from __future__ import annotations

from matcher import extract

#: (education_required, experience_years_required, education_substitutable)
Flat = tuple[str | None, float | None, bool]


def flat(text: str) -> Flat:
    """The flat fields a route rule decides: education required, experience required, whether
    something may stand in for the schooling."""
    got = extract(text)
    return got.education_required, got.experience_years_required, got.education_substitutable


__all__ = ["Flat", "flat"]
