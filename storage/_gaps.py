"""Store.gaps: matcher's gap analysis over stored rows, per requirement signature.

What a single change would open depends only on what storage._signatures keeps of a posting's
requirements, and a store holds a few hundred distinct such signatures however many postings
it has. So matcher._gaps.GapTally judges every stored signature once (what it needs, parsed
from its JSON), and the SQL only lists the open postings of the signatures some change opens
that are in the profile's reach, paying enough and still taking applications: their id and
hourly pay, from ix_postings_open_signature alone (an index-only scan in (signature, id)
order; the wide posting rows are never read), joined into one text per signature. Each
signature's postings then go to its changes' lists at once.
tests/storage/test_gaps.py checks the result equals matcher.gaps over the same postings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final, cast

from pydantic_core import from_json
from sqlalchemy import ColumnElement, Select, String, func, or_, select
from sqlalchemy.orm import Session

from matcher import Gap, GapTally
from schemas import CandidateProfile, Requirements
from storage._matches import _EPS, P, place_ok, without_jit
from storage._models import RequirementSignature
from storage._rows import utcnow

#: Parsed signatures kept per process (signature text -> Requirements): parsing all of a
#: store's few hundred again on every call would cost more than the rest of a small store.
_PARSED_MAX: Final = 20_000
_parsed: dict[str, Requirements] = {}

_Slots = tuple[tuple[list[int | str], list[float]], ...]


def _requirements(text: str) -> Requirements:
    found = _parsed.get(text)
    if found is None:
        if len(_parsed) >= _PARSED_MAX:
            _parsed.clear()
        found = _parsed[text] = Requirements.model_validate_json(text)
    return found


def _opened_signatures(s: Session, tally: GapTally) -> dict[int, _Slots]:
    """signature id -> the (ids, pays) lists of the changes that open its postings, for every
    stored signature some single change opens."""
    out: dict[int, _Slots] = {}
    rows = s.execute(select(RequirementSignature.id, RequirementSignature.requirements))
    for sig, text in rows:
        opens = tally.opens(_requirements(text))
        if opens:
            out[sig] = tally.slots(opens)
    return out


def _pay_ok(profile: CandidateProfile) -> ColumnElement[bool] | None:
    """The pay verdict is not not_met (matcher._prefs._pay): the top of the US-dollar hourly
    range the matcher reads reaches the minimum, or the pay is unknown."""
    if profile.min_pay is None:
        return None
    lo, hi = profile.min_pay.hourly()
    want = lo if lo is not None else hi
    assert want is not None  # Pay guarantees a bound
    return or_(P.usd_hourly_top.is_(None), P.usd_hourly_top >= want - _EPS)


def area_select(
    profile: CandidateProfile, signatures: list[int], *, today: datetime
) -> Select[int | None, str, str | None]:
    """Per signature among ``signatures``: its open, non-duplicate postings still taking
    applications on ``today``, in reach and paying enough, as (signature id, their ids joined
    by commas, their known hourly pays joined by commas). Every column read is in
    ix_postings_open_signature, whose (signature, id) order is also the grouping's."""
    where: list[ColumnElement[bool]] = [
        P.closed_at.is_(None),
        P.duplicate_of.is_(None),
        P.signature_id.in_(signatures),
        or_(P.valid_through.is_(None), P.valid_through >= today),
    ]
    where.extend(c for c in (place_ok(profile, scan=True), _pay_ok(profile)) if c is not None)
    return (
        select(
            P.signature_id,
            func.aggregate_strings(P.id.cast(String), ","),
            func.aggregate_strings(P.usd_hourly, ","),
        )
        .where(*where)
        .group_by(P.signature_id)
    )


def area_gaps(s: Session, profile: CandidateProfile, *, today: datetime | None = None) -> list[Gap]:
    """matcher.gaps over the open postings in reach, paying enough and still taking applications
    that the profile is not eligible for (the only ones a change could open)."""
    now = today or utcnow()
    tally = GapTally(profile)
    opened = _opened_signatures(s, tally)
    if not opened:
        return []
    without_jit(s)
    stmt = area_select(profile, sorted(opened), today=now)
    # One row per signature: its ids and pays come as joined texts, parsed as JSON lists (in
    # Rust: ~20x less than a database row and a Python loop step per posting), then handed
    # to each of its changes' lists in one extend.
    for sig, ids, pays in s.connection().execute(stmt):
        posting_ids: list[int | str] = from_json(f"[{ids}]")
        hourly: list[float] = from_json(f"[{pays}]") if pays else []
        for keys, figures in opened[sig or 0]:
            keys.extend(posting_ids)
            figures.extend(hourly)
    found = tally.gaps()
    for gap in found:
        # ids in id order, as matcher.gaps lists them (each signature's mostly are already:
        # the sort merges those runs)
        cast(list[int], gap.posting_ids).sort()
    return found


__all__ = ["area_gaps", "area_select"]
