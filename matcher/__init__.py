"""Pure functions, no I/O: relevance, requirement extraction, matching, ranking, gap analysis."""

from __future__ import annotations

from matcher._extract import extract

__all__: list[str] = ["extract"]
