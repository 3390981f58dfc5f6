"""Pure functions, no I/O: relevance, requirement extraction, matching, ranking, gap analysis."""

from __future__ import annotations

from matcher._dedupe import duplicate_key, find_duplicates, is_duplicate
from matcher._extract import extract
from matcher._gaps import Gap, gaps
from matcher._match import match
from matcher._rank import rank
from matcher._relevance import Relevance, is_relevant, normalise_title, relevance

__all__: list[str] = [
    "Gap",
    "Relevance",
    "duplicate_key",
    "extract",
    "find_duplicates",
    "gaps",
    "is_duplicate",
    "is_relevant",
    "match",
    "normalise_title",
    "rank",
    "relevance",
]
