"""Pure functions, no I/O: relevance, requirement extraction, matching, ranking, gap analysis."""

from __future__ import annotations

from matcher._dedupe import MAX_DESCRIPTION_CHARS, duplicate_key, find_duplicates, is_duplicate
from matcher._extract import extract
from matcher._gaps import EXPERIENCE_STEP, Gap, GapTally, Opens, blocked_credentials, gaps
from matcher._match import match, substitution_needed
from matcher._paths_match import evidence_read
from matcher._paths_verdicts import path_summary
from matcher._rank import hourly_figure, hourly_pay, posting_pay, rank, score
from matcher._relevance import Relevance, is_relevant, normalise_title, relevance
from matcher._skills import skill_sentences

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
    "path_summary",
    "rank",
    "relevance",
    "score",
    "skill_sentences",
    # the building blocks storage runs in SQL-sized batches (Store.matches, Store.gaps, dedupe)
    "EXPERIENCE_STEP",
    "GapTally",
    "MAX_DESCRIPTION_CHARS",
    "Opens",
    "blocked_credentials",
    "evidence_read",
    "hourly_figure",
    "hourly_pay",
    "posting_pay",
    "substitution_needed",
]
