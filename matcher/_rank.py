"""Scoring and ranking of match results (the formula is documented in docs/matching.md)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Final

from schemas import MatchResult, Pay, Posting, Verdict

#: Verdict fields that judge the candidate's preferences rather than the posting's requirements.
#: They never change eligibility; their not-met explanations are MatchResult.relaxed.
PREFERENCE_FIELDS: Final[frozenset[str]] = frozenset(
    {"location", "workplace", "shifts", "employment_types", "pay", "closing_date"}
)

#: Score bands: an eligible posting always scores above every ineligible one.
ELIGIBLE_FLOOR: Final = 50
PREFERRED_WEIGHT: Final = 30  # share of the posting's preferred requirements met (unknown half)
FIT_WEIGHT: Final = 20  # share of the candidate's preferences met (unknown counts half)
#: per required verdict that could not be judged: a posting silent on all three (education,
#: experience, credentials: matcher._unstated) scores 82 at best, below one whose requirements
#: are met and whose preferred items are all unknown (85)
UNKNOWN_RISK: Final = 6
INELIGIBLE_REQUIRED_WEIGHT: Final = 40  # share of required verdicts met
INELIGIBLE_PREFERRED_WEIGHT: Final = 5
INELIGIBLE_FIT_WEIGHT: Final = 4

_EPOCH: Final = datetime(1970, 1, 1)


def is_preference(verdict: Verdict) -> bool:
    return verdict.field in PREFERENCE_FIELDS


def _share(met: float, total: int) -> float:
    return 1.0 if total == 0 else met / total


def _credit(v: Verdict) -> float:
    """A preferred item or a preference toward a share: met 1, unknown (a profile that lists no
    skills, a posting that states no shift) half, not met 0."""
    return 1.0 if v.status == "met" else 0.5 if v.status == "unknown" else 0.0


def score(verdicts: Sequence[Verdict], *, eligible: bool) -> int:
    """Score 0-100 from verdicts. Eligible postings score 50-100, ineligible ones 0-49.

    >>> from schemas import Verdict
    >>> v = [Verdict(field="certifications", label="RHIT", level="required", status="met",
    ...              explanation=""),
    ...      Verdict(field="skills", label="Skills", level="preferred", status="not_met",
    ...              explanation="")]
    >>> score(v, eligible=True)  # 50 + 30 * 0/1 + 20 * 1 (no preferences stated)
    70
    """
    required = [v for v in verdicts if v.level == "required"]
    preferred = [v for v in verdicts if v.level == "preferred" and not is_preference(v)]
    prefs = [v for v in verdicts if is_preference(v)]
    p = _share(sum(_credit(v) for v in preferred), len(preferred))
    q = _share(sum(_credit(v) for v in prefs), len(prefs))
    if eligible:
        unknown = sum(v.status == "unknown" for v in required)
        raw = ELIGIBLE_FLOOR + PREFERRED_WEIGHT * p + FIT_WEIGHT * q - UNKNOWN_RISK * unknown
        return max(ELIGIBLE_FLOOR, min(100, round(raw)))
    r = _share(sum(v.status == "met" for v in required), len(required))
    raw = (
        INELIGIBLE_REQUIRED_WEIGHT * r + INELIGIBLE_PREFERRED_WEIGHT * p + INELIGIBLE_FIT_WEIGHT * q
    )
    return max(0, min(ELIGIBLE_FLOOR - 1, round(raw)))


def hourly_pay(pay: Pay | None) -> float | None:
    """One hourly figure for a pay range: the midpoint, or the one bound given; None if not USD.

    >>> hourly_pay(Pay(min=18, max=22, period="hour")), hourly_pay(Pay(max=41600, period="year"))
    (20.0, 20.0)
    """
    if pay is None:
        return None
    return hourly_figure(*pay.hourly(), currency=pay.currency)


def hourly_figure(lo: float | None, hi: float | None, *, currency: str) -> float | None:
    """hourly_pay from a range already per hour (Pay.hourly()), as the store keeps it.

    >>> hourly_figure(18.5, 21.0, currency="USD"), hourly_figure(17.0, None, currency="usd")
    (19.75, 17.0)
    """
    if currency.upper() != "USD":
        return None
    if lo is not None and hi is not None:
        return round((lo + hi) / 2, 2)
    return lo if lo is not None else hi


def posting_pay(posting: Posting | None) -> Pay | None:
    """The pay a posting states: the extracted requirements first, else the source's hint."""
    if posting is None:
        return None
    if posting.requirements is not None and posting.requirements.pay is not None:
        return posting.requirements.pay
    return posting.hints.pay


def preferred_met(result: MatchResult) -> int:
    """How many of the posting's preferred requirements the candidate meets."""
    return sum(
        v.level == "preferred" and v.status == "met" and not is_preference(v)
        for v in result.verdicts
    )


def _key(result: MatchResult) -> tuple[bool, int, int, int, bool, float, bool, float]:
    pay = hourly_pay(posting_pay(result.posting))
    posted = result.posting.posted_at if result.posting is not None else None
    age = 0.0 if posted is None else -(posted - _EPOCH).total_seconds()
    return (
        not result.eligible,
        len(result.missing),  # among ineligible postings, near misses first
        # the score next, so every list (CLI, web, JSON, Store.matches) reads in score order
        -result.score,
        -preferred_met(result),
        pay is None,
        -(pay or 0.0),
        posted is None,
        age,
    )


def rank(results: Iterable[MatchResult]) -> list[MatchResult]:
    """Best first: eligible, then fewer missing required items, then higher score, then more
    preferred requirements met, then higher hourly pay (unknown pay last), then newest posting
    (undated last). Stable. Eligible results are thus in score order.
    """
    return sorted(results, key=_key)
