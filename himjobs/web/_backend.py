"""What the web pages need from storage and the matcher, behind one small protocol.

The pages call only this protocol, so they render the same over the real Store and matcher
(StoreBackend) or over anything else that answers these calls.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from himjobs._distance import gaps_in_reach, matches_in_reach
from schemas import CandidateProfile, MatchResult, Posting


class Backend(Protocol):
    def matches(self, profile: CandidateProfile, *, limit: int) -> list[MatchResult]:
        """Eligible postings and near misses, each with its posting filled in."""
        ...

    def get(self, posting_id: int) -> Posting | None: ...

    def first_seen(self, posting_id: int) -> datetime | None:
        """When the store first saw the posting (None when unknown)."""
        ...

    def match(self, posting: Posting, profile: CandidateProfile) -> MatchResult: ...

    def gaps(self, profile: CandidateProfile) -> list[Any]:
        """Objects with change, kind, label, postings, median_hourly_pay, posting_ids."""
        ...

    def runs(self, limit: int) -> list[Any]:
        """Crawl runs, newest first: id, started_at, finished_at, status, counts, errors."""
        ...

    def sources(self) -> list[dict[str, Any]]:
        """Per source: name, kind, last_run_id, last_status, last_count, last_good_count."""
        ...


class StoreBackend:
    """The real thing: storage.Store for data, matcher for verdicts and gaps."""

    def __init__(self, url: str | None) -> None:
        from storage import Store

        self.store = Store(url)

    def matches(self, profile: CandidateProfile, *, limit: int) -> list[MatchResult]:
        # Store.matches runs the hard filters in SQL and returns full postings, ranked.
        # max_miles across state lines, and the miles on each card (himjobs._distance)
        found, _far = matches_in_reach(self.store, profile, limit=limit, include_near_misses=True)
        return list(found.matches) + list(found.near_misses)

    def get(self, posting_id: int) -> Posting | None:
        result: Posting | None = self.store.get(posting_id)
        return result

    def first_seen(self, posting_id: int) -> datetime | None:
        record = self.store.record(posting_id)
        seen: datetime | None = None if record is None else record.first_seen
        return seen

    def match(self, posting: Posting, profile: CandidateProfile) -> MatchResult:
        from matcher import match

        result: MatchResult = match(posting, profile)
        return result

    def gaps(self, profile: CandidateProfile) -> list[Any]:
        # Over every open posting in the profile's reach (place, max_miles and pay), not a sample.
        return list(gaps_in_reach(self.store, profile))

    def runs(self, limit: int) -> list[Any]:
        out: list[Any] = []
        for run in self.store.runs(limit):
            # Store.runs counts errors; the page lists them, so read each run's own errors
            errors = [
                f"{e.source}: {e.reason}" + (f" ({e.url})" if e.url else "")
                for e in self.store.run_errors(run.id)
            ]
            fields = {
                k: getattr(run, k) for k in ("id", "started_at", "finished_at", "status", "counts")
            }
            out.append({**fields, "errors": errors})
        return out

    def sources(self) -> list[dict[str, Any]]:
        return list(self.store.sources())
