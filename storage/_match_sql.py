"""A profile's hard filters as SQL (Store.matches, and Store.gaps's place filter): which open
postings the profile could qualify for, or miss by exactly one required item, that are in reach
and pay enough. Each rule mirrors the matcher's column by column (docs/matching.md,
"Store.matches"); matcher.match judges the survivors (storage._matches) and has the last word.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
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
)
from sqlalchemy.orm.util import AliasedClass

from matcher import substitution_needed
from schemas import CandidateProfile
from schemas.vocab import (
    EDUCATION_LADDER,
    EDUCATION_RANK,
    EXPERIENCE_KIND_RANK,
    EXPERIENCE_KINDS,
    credentials_covered,
)
from storage._models import PostingCertification, PostingLocation, PostingRow

#: The matcher's tolerance for float comparisons (matcher._match._EPS), so a boundary value
#: compares the same in SQL and in Python.
_EPS: Final = 1e-9

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


__all__ = [
    "P",
    "candidate_select",
    "certification_met",
    "place_ok",
]
