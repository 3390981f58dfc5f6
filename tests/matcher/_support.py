"""Builders for the matching tests: requirements and profiles written directly (no extractor)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from matcher import Gap, gaps, match, rank
from schemas import (
    CandidateProfile,
    CertificationRequirement,
    Evidence,
    Location,
    Pay,
    Posting,
    Requirements,
)

__all__ = ["Gap", "gaps", "match", "rank", "cert", "req", "prof", "posting", "hourly"]


def cert(
    *codes: str, level: str = "required", within: int | None = None, said: str | None = None
) -> CertificationRequirement:
    evidence = None if said is None else Evidence(source="text", text=said)
    return CertificationRequirement(
        any_of=list(codes), level=level, within_months=within, evidence=evidence
    )


def req(**kw: Any) -> Requirements:
    return Requirements(**kw)


def prof(**kw: Any) -> CandidateProfile:
    return CandidateProfile(**kw)


def hourly(amount: float, period: str = "hour") -> Pay:
    return Pay(min=amount, max=amount, period=period)


_counter = iter(range(1, 10**9))


def posting(
    requirements: Requirements | None = None,
    *,
    state: str | None = "OH",
    city: str | None = "Dayton",
    remote: bool | None = None,
    posted: datetime | None = None,
    closes: datetime | None = None,
    pid: int | None = None,
    title: str = "Medical Records Clerk",
) -> Posting:
    n = next(_counter)
    locations = [] if state is None else [Location(city=city, state=state)]
    return Posting(
        source="test",
        external_id=f"job-{n}",
        url=f"https://jobs.example.org/{n}",
        title=title,
        employer="Riverside Clinic",
        locations=locations,
        remote=remote,
        posted_at=posted,
        valid_through=closes,
        requirements=requirements,
        id=pid,
    )
