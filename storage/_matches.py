"""Store.matches: a profile's hard filters in SQL (storage._match_sql, shared with Store.gaps),
the matcher on what survives.

SQL lets through the open postings a profile could qualify for (or, for near misses, miss by
exactly one required item) and that are in reach (place) and pay enough; matcher.match then
judges each survivor and has the last word, so what the SQL pre-selects can only be trimmed,
never widened. The SQL mirrors the matcher's rules column by column (docs/matching.md,
"Store.matches"); tests/storage/test_matches.py checks both give the same set.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    Row,
    Select,
    select,
    text,
)
from sqlalchemy.orm import Session

from matcher import match, rank
from schemas import CandidateProfile, MatchResult, Posting
from storage._match_sql import P, candidate_select
from storage._rows import to_posting, utcnow

#: How many surviving postings (newest first) are scored per list when the caller gives no pool.
#: Every survivor is scored when there are fewer; more than that is a very large store, where
#: scoring everything would take seconds (see docs/matching.md, "Store.matches").
DEFAULT_POOL: Final = 250
#: Verdict fields Store.matches treats as hard filters (a not_met one leaves the posting out):
#: out of reach, paying too little, or no longer taking applications (closing date passed).
HARD_PREFERENCES: Final = frozenset({"location", "pay", "closing_date"})


@dataclass(frozen=True)
class Matches:
    """What Store.matches found: both lists ranked best first, each result with its posting.

    ``complete`` is False when more postings survived the SQL than were scored (``pool``): the
    lists are then the best of the newest ``pool`` survivors, not of every stored posting.
    """

    matches: list[MatchResult] = field(default_factory=list)
    near_misses: list[MatchResult] = field(default_factory=list)
    complete: bool = True

    def __iter__(self) -> Iterator[MatchResult]:
        """Matches, then near misses."""
        yield from self.matches
        yield from self.near_misses

    def __len__(self) -> int:
        return len(self.matches) + len(self.near_misses)


def _light_posting(row: Row[Any]) -> Posting:
    """The posting as far as matching needs it (no description, HTML or raw fields)."""
    return Posting.model_validate(
        {
            "id": row.id,
            "source": row.source,
            "external_id": row.external_id,
            "url": row.url,
            "title": row.title,
            "employer": row.employer,
            "locations": row.locations,
            "remote": row.remote,
            "posted_at": row.posted_at,
            "valid_through": row.valid_through,
            "hints": row.hints,
            "requirements": row.requirements,
        }
    )


def passes_hard_filters(result: MatchResult, *, states: Collection[str] = ()) -> bool:
    """No hard preference (location, pay, closing date) is not_met. A location in ``states``
    (more states in reach, place_ok) passes: the caller judges it by distance."""
    return not any(
        v.field in HARD_PREFERENCES
        and v.status == "not_met"
        and not (v.field == "location" and _located_in(result.posting, states))
        for v in result.verdicts
    )


def _located_in(posting: Posting | None, states: Collection[str]) -> bool:
    return (
        bool(states)
        and posting is not None
        and any(loc.state in states for loc in posting.locations)
    )


def _judge(
    s: Session,
    profile: CandidateProfile,
    stmt: Select[Any],
    *,
    pool: int,
    today: datetime,
    near: bool,
    states: Collection[str] = (),
) -> tuple[list[MatchResult], bool]:
    # One row beyond the pool tells whether anything was left unscored.
    rows = s.execute(stmt.limit(pool + 1)).all()
    out: list[MatchResult] = []
    for row in rows[:pool]:
        result = match(_light_posting(row), profile, today=today)
        wanted = result.near_miss if near else result.eligible
        if wanted and passes_hard_filters(result, states=states):
            out.append(result)
    return rank(out), len(rows) <= pool


def _with_full_postings(s: Session, results: list[MatchResult]) -> list[MatchResult]:
    ids = [r.posting_id for r in results if r.posting_id is not None]
    if not ids:
        return results
    full = {row.id: to_posting(row) for row in s.scalars(select(P).where(P.id.in_(ids)))}
    return [
        r.model_copy(update={"posting": full[r.posting_id]}) if r.posting_id in full else r
        for r in results
    ]


def without_jit(s: Session) -> None:
    """Turn PostgreSQL's JIT off for the rest of this read's transaction (SET LOCAL).

    The correlated subqueries make the planner's cost estimates huge, so PostgreSQL JIT-compiles
    these queries: ~0.35 s of compiling per Store.matches query and ~0.9 s per Store.gaps query
    at 100,000 postings, for ~0.05-0.3 s of work. No-op on SQLite.
    """
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SET LOCAL jit = off"))


def find_matches(
    s: Session,
    profile: CandidateProfile,
    *,
    limit: int,
    include_near_misses: bool,
    new_since: datetime | None,
    pool: int | None,
    today: datetime | None,
    states: Collection[str] = (),
) -> Matches:
    if limit < 1:
        raise ValueError("limit must be >= 1")
    size = max(limit, DEFAULT_POOL if pool is None else pool)
    now = today or utcnow()
    without_jit(s)
    eligible, complete = _judge(
        s,
        profile,
        candidate_select(profile, new_since=new_since, today=now, states=states),
        pool=size,
        today=now,
        near=False,
        states=states,
    )
    near: list[MatchResult] = []
    if include_near_misses:
        stmt = candidate_select(
            profile, near_misses=True, new_since=new_since, today=now, states=states
        )
        near, near_complete = _judge(
            s, profile, stmt, pool=size, today=now, near=True, states=states
        )
        complete = complete and near_complete
    return Matches(
        matches=_with_full_postings(s, eligible[:limit]),
        near_misses=_with_full_postings(s, near[:limit]),
        complete=complete,
    )


__all__ = [
    "DEFAULT_POOL",
    "Matches",
    "find_matches",
    "passes_hard_filters",
    "without_jit",
]
