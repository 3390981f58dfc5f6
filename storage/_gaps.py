"""Store.gaps: matcher's gap analysis over stored rows, reading a few small columns per posting.

What a single change would open depends only on a posting's required education (and whether
experience may stand in for it), required experience and required certification groups, all
kept in columns and posting_certifications (the groups folded into one short text by the
database). The SQL keeps the open postings in the profile's reach and pay that a single change
could open (storage._matches' filters) and reads those columns and the pay;
matcher._gaps.GapTally judges each distinct combination once (a store holds a few hundred), so
no Posting is built and the per-posting work is a dict lookup and a few appends.
tests/storage/test_gaps.py checks the result equals matcher.gaps over the same postings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from matcher import (
    EXPERIENCE_STEP,
    Gap,
    GapTally,
    Opens,
    blocked_credentials,
    hourly_figure,
    hourly_pay,
    match,
    posting_pay,
)
from schemas import CandidateProfile, CertificationRequirement, Requirements
from schemas.vocab import EDUCATION_LADDER, EDUCATION_RANK, EXPERIENCE_KINDS
from storage._matches import (
    _LIGHT,
    P,
    _light_posting,
    _unread,
    certification_met,
    education_ok,
    experience_ok,
    passes_hard_filters,
    pay_ok,
    place_ok,
    without_jit,
)
from storage._models import PostingCertification
from storage._rows import utcnow

#: Rows fetched from the database at a time.
BATCH: Final = 5000
#: Ids per IN (...) list when re-reading the few postings judged in full (PostgreSQL and SQLite
#: both take far more parameters; this keeps each statement small).
_IDS_PER_QUERY: Final = 500

#: education rank, substitutable, experience years, required groups, experience kind, and for
#: postings with paths or a residence limit the JSON of both (None otherwise)
_Key = tuple[int | None, bool, float | None, str | None, int | None, str | None, str | None]
_Slots = tuple[tuple[list[int | str], list[float]], ...]


def required_groups() -> ScalarSelect[Any]:
    """The posting's required certification groups as one text, "group:code:within_months"
    items joined by commas (NULL when it has none): a compact key to judge them by."""
    c = PostingCertification
    item = (
        cast(c.group_no, String)
        + ":"
        + c.code
        + ":"
        + func.coalesce(cast(c.within_months, String), "")
    )
    return (
        select(func.aggregate_strings(item, ","))
        .where(c.posting_id == P.id, c.level == "required")
        .scalar_subquery()
    )


def _parse_groups(text: str | None) -> list[CertificationRequirement]:
    """required_groups' text back as the groups (codes never hold ':' or ',').

    >>> [(g.any_of, g.within_months) for g in _parse_groups("0:RHIT:,0:RHIA:,1:CCA:6")]
    [(['RHIT', 'RHIA'], None), (['CCA'], 6)]
    """
    groups: dict[int, tuple[list[str], int | None]] = {}
    for item in text.split(",") if text else ():
        number, code, within = item.split(":")
        codes, _ = groups.setdefault(int(number), ([], int(within) if within else None))
        codes.append(code)
    return [
        CertificationRequirement(any_of=codes, level="required", within_months=within)
        for _, (codes, within) in sorted(groups.items())
    ]


def _requirements(key: _Key) -> Requirements:
    """The requirements gap analysis reads, rebuilt from the stored columns (storage._rows
    derives them from the posting's requirements, which every selected row has), with the
    paths and residence limit read from the JSON where the posting has them."""
    rank, substitutable, years, groups, kind, paths, residence = key
    return Requirements.model_validate(
        {
            "education_required": None if rank is None else EDUCATION_LADDER[rank],
            "education_substitutable": substitutable,
            "experience_years_required": years,
            "experience_kind": None if kind is None else EXPERIENCE_KINDS[kind],
            "certifications": _parse_groups(groups),
            "paths": json.loads(paths) if paths else [],
            "residence_states": json.loads(residence) if residence else [],
        }
    )


def openable(profile: CandidateProfile) -> tuple[ColumnElement[bool], list[ColumnElement[bool]]]:
    """(where the certification groups are read: education and experience met, now or with a
    credential's degree; the tests that some single change could open it).

    A posting a change could open misses either only certification groups (a certification
    may open it), or only education / experience, which the next education step or one more
    year of experience then meets (matcher._gaps.GapTally decides which, exactly). A posting
    missing both kinds, or that neither step opens, is left in the database. The column tests come
    first; the certification subquery (the costly part) is the last test.
    """
    meets = and_(education_ok(profile), experience_ok(profile))
    # One more year of the kind a posting asks (matcher Facts.with_experience): with a
    # breakdown, a year in its narrowest bucket counts for every kind.
    by_kind = dict(profile.experience_by_kind)
    if by_kind:
        by_kind["coding"] = by_kind.get("coding", 0.0) + EXPERIENCE_STEP
    more = profile.model_copy(
        update={
            "experience_years": profile.experience_years + EXPERIENCE_STEP,
            "experience_by_kind": by_kind,
        }
    )
    steps = [and_(education_ok(more), experience_ok(more))]
    rank = EDUCATION_RANK[profile.education]
    if rank + 1 < len(EDUCATION_LADDER):
        stepped = profile.model_copy(update={"education": EDUCATION_LADDER[rank + 1]})
        steps.append(and_(education_ok(stepped), experience_ok(stepped)))
    # "complete an associate degree and earn RHIT" (matcher._gaps.blocked_credentials): the
    # degree may open the posting, with the credential any certification group it names
    combo = [
        and_(
            education_ok(profile.model_copy(update={"education": _at_least(profile, level)})),
            experience_ok(profile),
        )
        for level, _field in blocked_credentials(profile).values()
    ]
    unmet = unmet_group(profile)
    certs_ok: ColumnElement[bool] = case((meets, unmet), else_=not_(unmet))
    if combo:
        certs_ok = or_(certs_ok, *combo)
    # where the groups are read: wherever a certification may be what is left to meet
    reads_groups = or_(meets, *combo) if combo else meets
    return reads_groups, [or_(meets, *steps, *combo), certs_ok]


def _at_least(profile: CandidateProfile, level: str) -> str:
    have = profile.education
    return level if EDUCATION_RANK[level] > EDUCATION_RANK[have] else have


def unmet_group(profile: CandidateProfile) -> ColumnElement[bool]:
    """Some required certification group is not met (storage._matches.unmet_certifications > 0):
    a required row whose code does not meet its group, in a group with no row that does. As
    EXISTS it stops at the first such row and builds no DISTINCT sets (the count, per posting,
    cost ~25% more on SQLite)."""
    row, other = aliased(PostingCertification), aliased(PostingCertification)
    return exists().where(
        row.posting_id == P.id,
        row.level == "required",
        not_(certification_met(profile, row)),
        not_(
            exists().where(
                other.posting_id == row.posting_id,
                other.group_no == row.group_no,
                certification_met(profile, other),
            )
        ),
    )


def openable_select(profile: CandidateProfile, *, today: datetime) -> Select[Any]:
    """Open, non-duplicate postings still taking applications, in reach and paying enough, with
    read requirements, that a single change could open (``openable``); by id. Columns: id, the
    _Key columns (the groups only where education and experience are met: elsewhere none is
    unmet), the hourly pay range, its currency (when a range is stored) and the source's pay
    hint (when none is: only then does the matcher read the hint)."""
    reads_groups, (could_open, certs_ok) = openable(profile)
    # Postings with paths or a residence limit are judged on their requirements (the flat
    # columns are only a first cut for them): they pass the column tests.
    flagged = P.path_flags != 0
    # Cheapest tests first: SQLite tests the terms in this order and stops at the first false.
    where: list[ColumnElement[bool]] = [
        P.closed_at.is_(None),
        P.duplicate_of.is_(None),
        or_(P.valid_through.is_(None), P.valid_through >= today),
        or_(could_open, flagged),
    ]
    # Place before pay: the pay test may read the currency from the requirements' JSON.
    where.extend(c for c in (place_ok(profile, scan=True), pay_ok(profile)) if c is not None)
    where += [not_(_unread()), or_(flagged, certs_ok)]
    no_range = and_(P.pay_hourly_min.is_(None), P.pay_hourly_max.is_(None))
    currency = P.requirements[("pay", "currency")].as_string()
    return (
        select(
            P.id,
            P.education_rank,
            P.education_substitutable,
            P.experience_years,
            case((or_(reads_groups, flagged), required_groups()), else_=None),
            P.experience_kind,
            P.pay_hourly_min,
            P.pay_hourly_max,
            case((no_range, None), else_=currency),
            case((no_range, P.hints["pay"].as_string()), else_=None),
            # only what gaps reads of the JSON, so identical route sets are judged once
            case((flagged, P.requirements["paths"].as_string()), else_=None),
            case((flagged, P.requirements["residence_states"].as_string()), else_=None),
        )
        .where(*where)
        .order_by(P.id)
    )


def area_gaps(
    s: Session, profile: CandidateProfile, *, today: datetime | None = None, batch: int = BATCH
) -> list[Gap]:
    """matcher.gaps over the open postings in reach, paying enough and still taking applications
    that the profile is not eligible for (the only ones a change could open)."""
    now = today or utcnow()
    tally = GapTally(profile)
    # _Key -> the (ids, pays) lists of the changes that open such a posting, and its Opens
    judged: dict[_Key, tuple[_Slots, Opens | None]] = {}
    hinted: list[tuple[int, Opens]] = []
    stmt = openable_select(profile, today=now)
    without_jit(s)
    # Core rows, not ORM ones: the ORM's per-row bookkeeping cost as much as the loop below.
    rows = s.connection().execute(stmt.execution_options(yield_per=batch))
    for part in rows.partitions():  # lists of rows: no per-row fetch call
        for pid, rank, sub, years, groups, kind, lo, hi, currency, hint, paths, res in part:
            key: _Key = (rank, bool(sub), years, groups, kind, paths, res)
            found = judged.get(key)
            if found is None:
                opens = tally.opens(_requirements(key))
                found = judged[key] = (tally.slots(opens) if opens else (), opens)
            slots, opens = found
            if not slots:
                continue
            if hint is not None:
                assert opens is not None
                hinted.append((pid, opens))
                continue
            pay = None if currency is None else hourly_figure(lo, hi, currency=currency)
            for ids, pays in slots:
                ids.append(pid)
                if pay is not None:
                    pays.append(pay)
    _add_hinted(s, tally, hinted, profile, now)
    found_gaps = tally.gaps()
    if hinted:
        for gap in found_gaps:
            gap.posting_ids.sort(key=int)  # stored ids: all ints, listed in id order
    return found_gaps


def _add_hinted(
    s: Session,
    tally: GapTally,
    hinted: Sequence[tuple[int, Opens]],
    profile: CandidateProfile,
    today: datetime,
) -> None:
    """Postings whose requirements state no pay over a source hint that does: the matcher
    reads the hint (for the median, and as a hard filter against min_pay), the pay columns do
    not, so these few are judged on the posting itself."""
    for chunk in _chunks(hinted, _IDS_PER_QUERY):
        opens = dict(chunk)
        for row in s.execute(select(*_LIGHT).where(P.id.in_(opens)).order_by(P.id)):
            posting = _light_posting(row)
            if profile.min_pay is not None and not passes_hard_filters(
                match(posting, profile, today=today)
            ):
                continue
            tally.add(row.id, opens[row.id], hourly_pay(posting_pay(posting)))


def _chunks(items: Sequence[tuple[int, Opens]], size: int) -> Iterable[Sequence[tuple[int, Opens]]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


__all__ = ["area_gaps", "openable_select"]
