"""Store.gaps: matcher's gap analysis over stored rows, per requirement signature.

What a single change would open depends only on what storage._signatures keeps of a posting's
requirements, and a store holds a few hundred distinct such signatures however many postings
it has. So matcher._gaps.GapTally judges every stored signature once (what it needs, parsed
from its JSON), and the SQL only lists the open postings of the signatures some change opens
that are in the profile's reach, paying enough and still taking applications: their id and
hourly pay, from ix_postings_open_signature alone (an index-only scan in (signature, id)
order; the wide posting rows are never read), joined into one text per signature. Each
signature's postings then go to its changes' lists at once.

A profile's max_miles is judged as Store.matches' callers judge it (himjobs._distance): with
``states`` (more states in reach) and ``miles`` (miles from the profile's ZIP to the nearest of
a posting's places with a known city), an on-site or hybrid posting whose miles are known is in
reach when they are at most max_miles, one whose miles are unknown by place alone (the profile's
own state), a remote one always. That needs each candidate's locations, so those reads go per
posting rather than per signature.
tests/storage/test_gaps.py checks the result equals matcher.gaps over the same postings.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Final, cast

from pydantic_core import from_json
from sqlalchemy import ColumnElement, Select, String, case, false, func, or_, select, true
from sqlalchemy.orm import Session

from matcher import Gap, GapTally
from schemas import CandidateProfile, Requirements
from storage._match_sql import _EPS, P, place_ok
from storage._matches import without_jit
from storage._models import RequirementSignature
from storage._rows import utcnow

#: Parsed signatures kept per process (signature text -> Requirements): parsing all of a
#: store's few hundred again on every call would cost more than the rest of a small store.
_PARSED_MAX: Final = 20_000
_parsed: dict[str, Requirements] = {}

_Slots = tuple[tuple[list[int | str], list[float]], ...]
#: a posting's places as (city, state) -> miles from the profile's ZIP to the nearest one whose
#: city is known, or None (himjobs._distance.places_miles)
Miles = Callable[[Sequence[tuple[str | None, str | None]]], float | None]


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


def _area(
    profile: CandidateProfile, signatures: list[int], today: datetime, states: Collection[str]
) -> list[ColumnElement[bool]]:
    """Open, non-duplicate postings of ``signatures`` still taking applications on ``today``,
    in reach (the profile's state, and ``states``) and paying enough."""
    where: list[ColumnElement[bool]] = [
        P.closed_at.is_(None),
        P.duplicate_of.is_(None),
        P.signature_id.in_(signatures),
        or_(P.valid_through.is_(None), P.valid_through >= today),
    ]
    reach = place_ok(profile, scan=True, states=states)
    where.extend(c for c in (reach, _pay_ok(profile)) if c is not None)
    return where


def area_select(
    profile: CandidateProfile,
    signatures: list[int],
    *,
    today: datetime,
    states: Collection[str] = (),
) -> Select[int | None, str, str | None]:
    """Per signature among ``signatures``: its open, non-duplicate postings still taking
    applications on ``today``, in reach and paying enough, as (signature id, their ids joined
    by commas, their known hourly pays joined by commas). Every column read is in
    ix_postings_open_signature, whose (signature, id) order is also the grouping's."""
    return (
        select(
            P.signature_id,
            func.aggregate_strings(P.id.cast(String), ","),
            func.aggregate_strings(P.usd_hourly, ","),
        )
        .where(*_area(profile, signatures, today, states))
        .group_by(P.signature_id)
    )


def _by_signature(
    s: Session, stmt: Select[int | None, str, str | None], opened: dict[int, _Slots]
) -> None:
    # One row per signature: its ids and pays come as joined texts, parsed as JSON lists (in
    # Rust: ~20x less than a database row and a Python loop step per posting), then handed
    # to each of its changes' lists in one extend.
    for sig, ids, pays in s.connection().execute(stmt):
        posting_ids: list[int | str] = from_json(f"[{ids}]")
        hourly: list[float] = from_json(f"[{pays}]") if pays else []
        for keys, figures in opened[sig or 0]:
            keys.extend(posting_ids)
            figures.extend(hourly)


def _within_miles(
    s: Session,
    profile: CandidateProfile,
    opened: dict[int, _Slots],
    *,
    today: datetime,
    states: Collection[str],
    miles: Miles,
) -> None:
    """Each posting of ``opened`` in the area, kept by the distance rule (module docstring)."""
    limit = profile.max_miles
    remote = case((or_(P.remote.is_(True), P.workplace == "remote"), true()), else_=false())
    home = place_ok(profile)  # the location verdict, for a posting whose miles are unknown
    at_home = true() if home is None else case((home, true()), else_=false())
    stmt = (
        select(P.signature_id, P.id, P.usd_hourly, remote, at_home, P.locations)
        .where(*_area(profile, sorted(opened), today, states))
        .order_by(P.signature_id, P.id)
    )
    for sig, key, pay, is_remote, in_state, places in s.connection().execute(stmt):
        far = None if is_remote else miles([(p.get("city"), p.get("state")) for p in places or ()])
        if far is None and not in_state:
            continue  # no known city: judged by place alone, as without max_miles
        if far is not None and limit is not None and far > limit:
            continue
        for keys, figures in opened[sig or 0]:
            keys.append(key)
            if pay:
                figures.append(float(pay))


def area_gaps(
    s: Session,
    profile: CandidateProfile,
    *,
    today: datetime | None = None,
    states: Collection[str] = (),
    miles: Miles | None = None,
) -> list[Gap]:
    """matcher.gaps over the open postings in reach, paying enough and still taking applications
    that the profile is not eligible for (the only ones a change could open). ``states`` and
    ``miles``: max_miles, as the module docstring says."""
    now = today or utcnow()
    tally = GapTally(profile)
    opened = _opened_signatures(s, tally)
    if not opened:
        return []
    without_jit(s)
    if miles is None:
        _by_signature(s, area_select(profile, sorted(opened), today=now, states=states), opened)
    else:
        _within_miles(s, profile, opened, today=now, states=states, miles=miles)
    found = tally.gaps()
    for gap in found:
        # ids in id order, as matcher.gaps lists them (each signature's mostly are already:
        # the sort merges those runs)
        cast(list[int], gap.posting_ids).sort()
    return found


__all__ = ["area_gaps", "area_select"]
