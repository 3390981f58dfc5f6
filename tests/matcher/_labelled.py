"""The labelled extraction sets as test cases (tests/data/extraction/*.yaml): the fields a label
carries, one comparable shape for a label's value and an extracted one, and the cases of a set
with its known misses as strict xfails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.accuracy import load_cases

FIELDS = (
    "education_required",
    "education_preferred",
    "education_substitutable",
    "experience_years_required",
    "experience_years_preferred",
    "certifications",
    "employment_types",
    "workplace",
    "shifts",
    "pay",
    "skills",
)


def normal(field: str, value: Any) -> Any:
    """One comparable shape for expected YAML values and extracted model values."""
    if field == "certifications":
        return sorted(
            (sorted(g["any_of"]), g["level"], g.get("within_months"))
            for g in (c if isinstance(c, dict) else c.model_dump() for c in value or [])
        )
    if field in ("employment_types", "shifts", "skills"):
        return sorted(value or [])
    if field == "pay":
        if value is None:
            return None
        d = value if isinstance(value, dict) else value.model_dump()
        lo, hi = d.get("min"), d.get("max")
        return (None if lo is None else float(lo), None if hi is None else float(hi), d["period"])
    if field.startswith("experience") and value is not None:
        return float(value)
    return value


def labelled_cases(path: Path, known_misses: dict[str, str]) -> list[Any]:
    """The set's cases as pytest params; a known miss is a strict xfail with its reason."""
    return [
        pytest.param(
            c,
            id=c["id"],
            marks=[pytest.mark.xfail(strict=True, reason=known_misses[c["id"]])]
            if c["id"] in known_misses
            else [],
        )
        for c in load_cases(path)
    ]
