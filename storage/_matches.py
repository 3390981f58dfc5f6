"""Store.matches: a profile's hard filters in SQL, the matcher on what survives (and Store.gaps's
filters, storage._gaps).

SQL lets through the open postings a profile could qualify for (or, for near misses, miss by
exactly one required item) and that are in reach (place) and pay enough; matcher.match then
judges each survivor and has the last word, so what the SQL pre-selects can only be trimmed,
never widened. The SQL mirrors the matcher's rules column by column (docs/matching.md,
"Store.matches"); tests/storage/test_matches.py checks both give the same set.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    String,
    and_,
    case,
    cast,
    distinct,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import AliasedClass

from matcher import match, rank, substitution_needed
from schemas import CandidateProfile, MatchResult, Posting
from schemas.vocab import (
    EDUCATION_LADDER,
    EDUCATION_RANK,
    EXPERIENCE_KIND_RANK,
    EXPERIENCE_KINDS,
    credentials_covered,
)
from storage._models import PostingCertification, PostingLocation, PostingRow
from storage._rows import to_posting, utcnow

#: How many surviving postings (newest first) are scored per list when the caller gives no pool.
#: Every survivor is scored when there are fewer; more than that is a very large store, where
#: scoring everything would take seconds (see docs/matching.md, "Store.matches").
DEFAULT_POOL: Final = 250
#: The matcher's tolerance for float comparisons (matcher._match._EPS), so a boundary value
#: compares the same in SQL and in Python.
_EPS: Final = 1e-9
#: Verdict fields Store.matches treats as hard filters (a not_met one leaves the posting out):
#: out of reach, paying too little, or no longer taking applications (closing date passed).
HARD_PREFERENCES: Final = frozenset({"location", "pay", "closing_date"})

P = PostingRow
# What matching needs of a row; the large text columns are read only for the postings returned.
_LIGHT = (
    P.id,
    P.source,
    P.external_id,
    P.url,
    P.title,
    P.employer,
    P.locations,
    P.remote,
    P.posted_at,
    P.valid_through,
    P.hints,
    P.requirements,
)


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


# --- the profile's rules as SQL -------------------------------------------------------------


def _unread() -> ColumnElement[bool]:
    """The posting's requirements were never extracted: the matcher judges them all unknown.

    JSON null is stored as the text 'null' on both backends (SQL NULL only if written so).
    """
    return or_(P.requirements.is_(None), cast(P.requirements, String) == "null")


def education_ok(profile: CandidateProfile) -> ColumnElement[bool]:
    """The stated education is at or below the candidate's, or experience stands in for it."""
    have = EDUCATION_RANK[profile.education]
    ok: list[ColumnElement[bool]] = [P.education_rank.is_(None), P.education_rank <= have]
    # matcher._match._substitutes: only a diploma holder, only experience beyond what the
    # posting itself requires, schemas.vocab.SCHOOLING_YEARS per missing level.
    if have >= 1:
        for level in EDUCATION_LADDER[have + 1 :]:
            spare = (
                profile.experience_of(None) + _EPS - substitution_needed(profile.education, level)
            )
            ok.append(
                and_(
                    P.education_rank == EDUCATION_RANK[level],
                    P.education_substitutable.is_(True),
                    func.coalesce(P.experience_years, 0.0) <= spare,
                )
            )
    return or_(*ok)


def experience_ok(profile: CandidateProfile) -> ColumnElement[bool]:
    """The required years are at most the candidate's of that kind (matcher Facts.years_of)."""
    total = profile.experience_of(None)
    if not profile.experience_by_kind:  # the total counts for every kind
        return or_(P.experience_years.is_(None), P.experience_years <= total + _EPS)
    ok: list[ColumnElement[bool]] = [
        P.experience_years.is_(None),
        and_(
            or_(P.experience_kind.is_(None), P.experience_kind == EXPERIENCE_KIND_RANK["any"]),
            P.experience_years <= total + _EPS,
        ),
    ]
    for kind in EXPERIENCE_KINDS[:-1]:
        ok.append(
            and_(
                P.experience_kind == EXPERIENCE_KIND_RANK[kind],
                P.experience_years <= profile.experience_of(kind) + _EPS,
            )
        )
    return or_(*ok)


def certification_met(
    profile: CandidateProfile,
    c: type[PostingCertification] | AliasedClass[PostingCertification] = PostingCertification,
) -> ColumnElement[bool]:
    """The posting_certifications row ``c`` names a code that meets its group for the candidate.

    A group is met by a held code or one it covers (CERTIFICATION_SATISFIES); a group to obtain
    "within N months" of hire is always met (the verdict gives the deadline).
    """
    held = sorted(credentials_covered(set(profile.certifications)))
    # a credential due within N months of hire stops nobody applying (docs/design.md)
    return or_(c.code.in_(held), c.within_months.is_not(None))


def unmet_certifications(profile: CandidateProfile) -> ColumnElement[int]:
    """How many required certification groups the candidate does not meet (certification_met).

    A correlated count over the posting's own rows of posting_certifications (its primary key
    starts with posting_id).
    """
    c = PostingCertification
    met = certification_met(profile)
    return (
        select(
            func.count(distinct(c.group_no))
            - func.count(distinct(case((met, c.group_no), else_=None)))
        )
        .where(c.posting_id == P.id, c.level == "required")
        .scalar_subquery()
    )


def place_ok(
    profile: CandidateProfile, *, scan: bool = False, states: Collection[str] = ()
) -> ColumnElement[bool] | None:
    """The location verdict is not not_met: remote, in the candidate's state, or no state stated.

    None when the profile states no state or is willing to relocate (every place is fine).
    ``states`` adds states in reach besides the profile's own (those within max_miles of its
    ZIP, himjobs._distance): the caller then judges their postings by distance.
    ``scan``: for a query that tests every posting, the postings with a location in the state
    are read once from ix_posting_locations_state (SQLite keeps them in a temporary index)
    rather than looked up per posting, which costs more per row (about 40% of this filter).
    """
    if profile.state is None or profile.willing_to_relocate:
        return None
    loc = PostingLocation
    wanted = sorted({profile.state, *states})

    def in_reach(column: Any) -> ColumnElement[bool]:
        # one state: the very query (and plan) of a profile without max_miles
        if len(wanted) == 1:
            same: ColumnElement[bool] = column == wanted[0]
            return same
        return column.in_(wanted)  # type: ignore[no-any-return]

    # postings.state is the first location's: a fast path for the in-state test, and when it is
    # set some location names a state, which spares the "no state anywhere" lookup (about half
    # the time of this filter on SQLite).
    return or_(
        P.remote.is_(True),
        P.workplace == "remote",
        in_reach(P.state),
        (
            # the first location (position 0) is postings.state, tested just above: only the
            # others need the look-up (a quarter of the ids: ~20% less time at 1,000,000)
            P.id.in_(select(loc.posting_id).where(in_reach(loc.state), loc.position > 0))
            if scan
            else exists().where(loc.posting_id == P.id, in_reach(loc.state))
        ),
        and_(
            P.state.is_(None),
            not_(exists().where(loc.posting_id == P.id, loc.state.is_not(None))),
        ),
    )


def pay_ok(profile: CandidateProfile) -> ColumnElement[bool] | None:
    """The pay verdict is not not_met: the top of the range reaches the minimum, or unknown."""
    if profile.min_pay is None:
        return None
    lo, hi = profile.min_pay.hourly()
    want = lo if lo is not None else hi
    assert want is not None  # Pay guarantees a bound
    best = func.coalesce(P.pay_hourly_max, P.pay_hourly_min)
    # The matcher reads pay only in US dollars; other currencies are unknown, not too low.
    currency = func.coalesce(
        P.requirements[("pay", "currency")].as_string(), P.hints[("pay", "currency")].as_string()
    )
    return or_(best.is_(None), best >= want - _EPS, func.upper(currency) != "USD")


def _failures(profile: CandidateProfile) -> ColumnElement[int]:
    """Required items not met, as the matcher counts them (MatchResult.missing)."""

    def one(ok: ColumnElement[bool]) -> ColumnElement[int]:
        return case((ok, literal(0)), else_=literal(1))

    return one(education_ok(profile)) + one(experience_ok(profile)) + unmet_certifications(profile)


def candidate_select(
    profile: CandidateProfile,
    *,
    near_misses: bool = False,
    new_since: datetime | None = None,
    today: datetime | None = None,
    columns: Sequence[Any] = _LIGHT,
    states: Collection[str] = (),
) -> Select[Any]:
    """Open, non-duplicate postings in reach and paying enough that the profile is eligible for
    (or, with ``near_misses``, misses by exactly one required item), newest first. With
    ``today``, postings whose closing date (valid_through) has passed are left out too.
    ``states``: more states in reach (place_ok)."""
    where: list[ColumnElement[bool]] = [P.closed_at.is_(None), P.duplicate_of.is_(None)]
    if today is not None:
        # matcher._prefs: a closing date before today is the not_met "closing_date" verdict
        where.append(or_(P.valid_through.is_(None), P.valid_through >= today))
    if new_since is not None:
        where.append(P.first_seen >= new_since)
    where.extend(c for c in (pay_ok(profile), place_ok(profile, states=states)) if c is not None)
    if near_misses:
        # Paths and residence limits are judged by the matcher alone: a posting that meets
        # every flat column may still miss one item of its closest path (or its residence).
        failures = _failures(profile)
        where.append(or_(failures == 1, and_(P.path_flags != 0, failures == 0)))
        where.append(not_(_unread()))
    else:
        qualifies = and_(
            education_ok(profile), experience_ok(profile), unmet_certifications(profile) == 0
        )
        # Cheap columns first: the unread test reads the JSON column, only for rows that fail.
        where.append(or_(qualifies, _unread()))
    stmt = select(*columns).where(*where)
    if new_since is not None:
        # New postings are few: walk ix_postings_first_seen from the newest and stop at the
        # cut-off, instead of the listing order (which would visit every older posting).
        return stmt.order_by(P.first_seen.desc(), P.id.desc())
    return stmt.order_by(P.listed_at.desc(), P.id.desc())


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
    "candidate_select",
    "certification_met",
    "find_matches",
    "passes_hard_filters",
    "without_jit",
]
