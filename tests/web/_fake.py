"""An in-memory Backend built from real schemas objects, for page-rendering tests only.

Its match() is a deliberately small stand-in for matcher.match (education, experience and
certifications only); the pages are what these tests check, not the matching.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schemas import CandidateProfile, MatchResult, Posting, Verdict
from schemas.vocab import EDUCATION_LABELS, EDUCATION_RANK, credentials_covered


@dataclass
class FakeGap:
    change: str
    kind: str
    label: str
    postings: int
    median_hourly_pay: float | None
    posting_ids: list[int] = field(default_factory=list)


@dataclass
class FakeRun:
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    counts: dict[str, Any]
    errors: list[str]


def fake_match(posting: Posting, profile: CandidateProfile) -> MatchResult:
    req = posting.requirements
    verdicts: list[Verdict] = []
    if req is not None:
        ev = req.evidence
        if req.education_required:
            ok = EDUCATION_RANK[profile.education] >= EDUCATION_RANK[req.education_required]
            verdicts.append(
                Verdict(
                    field="education",
                    label=EDUCATION_LABELS[req.education_required],
                    level="required",
                    status="met" if ok else "not_met",
                    evidence=ev["education_required"].text if "education_required" in ev else None,
                    explanation="You have it." if ok else "You do not have it yet.",
                )
            )
        if req.experience_years_required is not None:
            ok = profile.experience_years >= req.experience_years_required
            verdicts.append(
                Verdict(
                    field="experience",
                    label=f"{req.experience_years_required:g} years' experience",
                    level="required",
                    status="met" if ok else "not_met",
                    evidence=ev["experience_years_required"].text
                    if "experience_years_required" in ev
                    else None,
                    explanation=f"You have {profile.experience_years:g} years.",
                )
            )
        held = credentials_covered(set(profile.certifications))
        for cert in req.certifications:
            ok = bool(held & set(cert.any_of))
            status = "met" if ok else ("not_met" if cert.level == "required" else "unknown")
            verdicts.append(
                Verdict(
                    field="certifications",
                    label=" or ".join(cert.any_of),
                    level=cert.level,
                    status=status,
                    evidence=cert.evidence.text if cert.evidence else None,
                    explanation="You hold it." if ok else "You do not hold it.",
                )
            )
        if req.shifts:
            verdicts.append(
                Verdict(
                    field="shifts",
                    label="Shift: " + ", ".join(req.shifts),
                    level="preferred",
                    status="unknown",
                    evidence=ev["shifts"].text if "shifts" in ev else None,
                    explanation="Check the schedule with the employer.",
                )
            )
    missing = [v for v in verdicts if v.level == "required" and v.status == "not_met"]
    met = sum(1 for v in verdicts if v.status == "met")
    score = 100 if not verdicts else round(100 * met / len(verdicts))
    return MatchResult(
        posting=posting, posting_id=posting.id, eligible=not missing, score=score, verdicts=verdicts
    )


class FakeBackend:
    def __init__(
        self,
        postings: list[Posting],
        *,
        gaps: list[FakeGap] | None = None,
        runs: list[FakeRun] | None = None,
        sources: list[dict[str, Any]] | None = None,
        first_seen: dict[int, datetime] | None = None,
    ) -> None:
        self.postings = {p.id: p for p in postings}
        self._sources = sources or []
        self._first_seen = first_seen or {}
        self._gaps = gaps or []
        self._runs = runs or []
        self.profiles_seen: list[CandidateProfile] = []

    def matches(self, profile: CandidateProfile, *, limit: int) -> list[MatchResult]:
        self.profiles_seen.append(profile)
        out = [fake_match(p, profile) for p in self.postings.values()]
        out = [r for r in out if r.eligible or r.near_miss]
        return out[:limit]

    def get(self, posting_id: int) -> Posting | None:
        return self.postings.get(posting_id)

    def match(self, posting: Posting, profile: CandidateProfile) -> MatchResult:
        return fake_match(posting, profile)

    def gaps(self, profile: CandidateProfile) -> list[FakeGap]:
        self.profiles_seen.append(profile)
        return list(self._gaps)

    def runs(self, limit: int) -> list[FakeRun]:
        return self._runs[:limit]

    def first_seen(self, posting_id: int) -> datetime | None:
        return self._first_seen.get(posting_id)

    def sources(self) -> list[dict[str, Any]]:
        return list(self._sources)
