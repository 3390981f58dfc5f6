"""Gap analysis: which single change to a profile would open the most postings.

Candidate changes: earning any certification that appears in an unmet required group (a pending
one is "finished"), the next step of the education ladder, one more year of experience. Each
posting's unmet required items are computed once; a certification change opens a posting when
every unmet item is a certification group it covers (adding a credential never breaks another
rule), so certification changes need no re-evaluation; the education and experience changes
re-evaluate only the blocked postings that have no unmet certification group.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final, Literal

from matcher import _explain as ex
from matcher._match import Facts, unmet_required
from matcher._rank import hourly_pay, posting_pay
from schemas import CandidateProfile, CertificationRequirement, Posting, Requirements
from schemas.vocab import CERTIFICATION_CODES, EDUCATION_LADDER, EDUCATION_RANK, credentials_covered

GapKind = Literal["certification", "education", "experience"]

#: code -> the codes whose holder meets a requirement for it (itself, plus the equivalence table).
_MET_BY: Final[dict[str, frozenset[str]]] = {
    code: frozenset(x for x in CERTIFICATION_CODES if code in credentials_covered({x}))
    for code in CERTIFICATION_CODES
}
_KIND_ORDER: Final[dict[str, int]] = {"certification": 0, "education": 1, "experience": 2}
EXPERIENCE_STEP: Final = 1.0


@dataclass(slots=True)
class Gap:
    """One change and the postings it would make eligible."""

    change: str
    kind: GapKind
    label: str
    postings: int
    median_hourly_pay: float | None
    posting_ids: list[int | str] = field(default_factory=list)


def _posting_key(posting: Posting) -> int | str:
    return posting.id if posting.id is not None else f"{posting.source}:{posting.external_id}"


def _fixers(unmet: list[CertificationRequirement | str]) -> frozenset[str]:
    """Codes that alone meet every unmet item (empty when an item is not a certification)."""
    common: frozenset[str] | None = None
    for item in unmet:
        if isinstance(item, str):
            return frozenset()
        codes = frozenset().union(*(_MET_BY[c] for c in item.any_of))
        common = codes if common is None else common & codes
    return common or frozenset()


def _gap(change: str, kind: GapKind, label: str, opened: list[Posting]) -> Gap:
    pays = [p for p in (hourly_pay(posting_pay(post)) for post in opened) if p is not None]
    median = round(statistics.median(pays), 2) if pays else None
    ids = [_posting_key(p) for p in opened]
    return Gap(change, kind, label, len(opened), median, ids)


def gaps(postings: Iterable[Posting], profile: CandidateProfile) -> list[Gap]:
    """Single changes that would make more postings eligible, most postings first.

    Postings without extracted requirements are skipped (their requirements are unknown).

    >>> from schemas import Requirements, CertificationRequirement as Cert
    >>> req = Requirements(certifications=[Cert(any_of=["RHIT"], level="required")])
    >>> p = Posting(source="demo", external_id="1", url="https://example.org/1",
    ...             title="HIM Clerk", requirements=req)
    >>> [(g.change, g.postings) for g in gaps([p], CandidateProfile())]
    [('RHIA', 1), ('RHIT', 1)]
    """
    facts = Facts.of(profile)
    by_code: dict[str, list[Posting]] = {}
    other: list[tuple[Posting, Requirements]] = []  # blocked by education / experience only
    for posting in postings:
        req = posting.requirements
        if req is None:
            continue
        unmet = unmet_required(req, facts)
        if not unmet:
            continue
        fixers = _fixers(unmet)
        for code in fixers:
            by_code.setdefault(code, []).append(posting)
        if all(isinstance(item, str) for item in unmet):
            other.append((posting, req))

    pending = set(profile.pending_certifications)
    found = [
        _gap(
            code, "certification",
            f"Finish your pending {code}" if code in pending else f"Earn {code}", opened,
        )
        for code, opened in by_code.items()
    ]  # fmt: skip

    rank = EDUCATION_RANK[profile.education]
    if rank + 1 < len(EDUCATION_LADDER):
        level = EDUCATION_LADDER[rank + 1]
        stepped = facts.with_education(level)
        opened = [p for p, req in other if not unmet_required(req, stepped)]
        found.append(_gap(level, "education", ex.EDUCATION_STEP_LABELS[level], opened))

    more = facts.with_experience(EXPERIENCE_STEP)
    opened = [p for p, req in other if not unmet_required(req, more)]
    total = ex.years(profile.experience_years + EXPERIENCE_STEP)
    label = f"Gain one more year of experience ({total} in all)"
    found.append(_gap("+1 year", "experience", label, opened))

    found = [g for g in found if g.postings > 0]
    found.sort(
        key=lambda g: (
            -g.postings,
            g.median_hourly_pay is None,
            -(g.median_hourly_pay or 0.0),
            _KIND_ORDER[g.kind],
            g.change,
        )
    )
    return found
