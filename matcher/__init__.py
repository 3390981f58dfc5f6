"""Pure functions, no I/O: relevance, requirement extraction, matching, ranking, gap analysis."""

from __future__ import annotations

__all__: list[str] = []
