"""What the web pages need from storage and the matcher, behind one small protocol.

The pages call only this protocol, so they render the same over the real Store and matcher
(StoreBackend) or over anything else that answers these five calls.
"""

from __future__ import annotations

from typing import Any, Protocol

from schemas import CandidateProfile, MatchResult, Posting

#: How many postings the gaps page reads to count what each change would open.
GAPS_SAMPLE = 2000


class Backend(Protocol):
    def matches(self, profile: CandidateProfile, *, limit: int) -> list[MatchResult]:
        """Eligible postings and near misses, each with its posting filled in."""
        ...

    def get(self, posting_id: int) -> Posting | None: ...

    def match(self, posting: Posting, profile: CandidateProfile) -> MatchResult: ...

    def gaps(self, profile: CandidateProfile) -> list[Any]:
        """Objects with change, kind, label, postings, median_hourly_pay, posting_ids."""
        ...

    def runs(self, limit: int) -> list[Any]:
        """Crawl runs, newest first: id, started_at, finished_at, status, counts, errors."""
        ...


class StoreBackend:
    """The real thing: storage.Store for data, matcher for verdicts and gaps."""

    def __init__(self, url: str) -> None:
        from storage import Store  # imported here so the web layer loads before storage lands

        self.store: Any = Store(url)

    def matches(self, profile: CandidateProfile, *, limit: int) -> list[MatchResult]:
        return list(self.store.matches(profile, limit=limit, include_near_misses=True))

    def get(self, posting_id: int) -> Posting | None:
        result: Posting | None = self.store.get(posting_id)
        return result

    def match(self, posting: Posting, profile: CandidateProfile) -> MatchResult:
        from matcher import match

        result: MatchResult = match(posting, profile)
        return result

    def gaps(self, profile: CandidateProfile) -> list[Any]:
        from matcher import gaps

        postings = self.store.search(limit=GAPS_SAMPLE, offset=0)
        return list(gaps(postings, profile))

    def runs(self, limit: int) -> list[Any]:
        return list(self.store.runs(limit))
