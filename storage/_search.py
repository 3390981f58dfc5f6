"""Search filters and the SELECT they build; Store.search, Store.count and matching reuse it.

Two kinds of filter, on purpose:
- requirement filters (education_at_most, experience_at_most, certifications): a posting that
  states no such requirement passes, because it asks nothing the searcher lacks;
- attribute filters (state, city, workplace, employment type, shift, pay, text): a posting that
  does not say is left out, because nothing shows it has what the searcher wants.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Integer, Select, exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from schemas.vocab import (
    CERTIFICATION_CODES,
    EDUCATION_RANK,
    EMPLOYMENT_TYPES,
    SHIFTS,
    WORKPLACES,
    credentials_covered,
    state_code,
)
from storage._models import PostingCertification, PostingLocation, PostingRow
from storage._rows import EMPLOYMENT_BITS, SHIFT_BITS, mask

LIKE_ESCAPE = "\\"


class ci_like(FunctionElement[bool]):  # noqa: N801 - SQL construct, named like one
    """Case-insensitive LIKE with backslash escapes: ILIKE on PostgreSQL, LIKE elsewhere.

    SQLite's LIKE already ignores ASCII case; SQLAlchemy's ilike() would wrap both sides in
    lower(), which costs a copy of every description scanned.
    """

    type = Boolean()
    inherit_cache = True
    name = "ci_like"


@compiles(ci_like)
def _ci_like_default(element: ci_like, compiler: Any, **kw: Any) -> str:
    col, pattern = list(element.clauses)
    return f"{compiler.process(col, **kw)} LIKE {compiler.process(pattern, **kw)} ESCAPE '\\'"


@compiles(ci_like, "postgresql")
def _ci_like_pg(element: ci_like, compiler: Any, **kw: Any) -> str:
    col, pattern = list(element.clauses)
    return f"{compiler.process(col, **kw)} ILIKE {compiler.process(pattern, **kw)} ESCAPE '\\'"


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its own % and _ taken literally.

    >>> like_pattern("100%_sure")
    '%100\\\\%\\\\_sure%'
    """
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


def _choices(value: str | Iterable[str] | None, allowed: tuple[str, ...], name: str) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    for v in values:
        if v not in allowed:
            raise ValueError(f"{name}: unknown value {v!r}; allowed: {', '.join(allowed)}")
    return values


@dataclass(frozen=True, kw_only=True)
class SearchFilters:
    """What Store.search accepts, checked against the vocabularies."""

    state: str | None = None
    city: str | None = None
    workplace: str | Iterable[str] | None = None
    employment_type: str | Iterable[str] | None = None
    shift: str | Iterable[str] | None = None
    education_at_most: str | None = None
    experience_at_most: float | None = None
    no_certification_required: bool = False
    certifications_within: Iterable[str] | None = None
    min_hourly_pay: float | None = None
    text: str | None = None
    posted_since: datetime | None = None
    include_closed: bool = False
    #: with a day (naive UTC), a posting whose closing date (valid_through) is before it is
    #: closed too: no crawl has taken it down, but it no longer takes applications
    today: datetime | None = None
    include_duplicates: bool = False
    source: str | None = None
    #: extra conditions from a caller that builds on this (for example profile matching)
    extra: tuple[ColumnElement[bool], ...] = field(default=())


def filter_conditions(f: SearchFilters) -> list[ColumnElement[bool]]:
    """The WHERE conditions for ``f`` over PostingRow; raises ValueError on unknown values."""
    p = PostingRow
    where: list[ColumnElement[bool]] = []
    if not f.include_closed:
        where.append(p.closed_at.is_(None))
        if f.today is not None:
            where.append(or_(p.valid_through.is_(None), p.valid_through >= f.today))
    if not f.include_duplicates:
        where.append(p.duplicate_of.is_(None))
    if f.source is not None:
        where.append(p.source == f.source)
    if f.state is not None or f.city is not None:
        loc = PostingLocation
        on: list[ColumnElement[bool]] = [loc.posting_id == p.id]
        if f.state is not None:
            code = state_code(f.state)
            if code is None:
                raise ValueError(f"state: unknown US state {f.state!r}; use a code such as TX")
            on.append(loc.state == code)
        if f.city is not None:
            on.append(loc.city_key == f.city.strip().lower())
        # Any of the posting's locations may match, and state and city must match the same one.
        where.append(exists().where(*on))
    workplaces = _choices(f.workplace, WORKPLACES, "workplace")
    if workplaces:
        where.append(p.workplace.in_(workplaces))
    employment = _choices(f.employment_type, EMPLOYMENT_TYPES, "employment_type")
    if employment:
        bits = mask(employment, EMPLOYMENT_BITS)
        where.append(p.employment_mask.op("&", return_type=Integer)(bits) != 0)
    shifts = _choices(f.shift, SHIFTS, "shift")
    if shifts:
        where.append(p.shift_mask.op("&", return_type=Integer)(mask(shifts, SHIFT_BITS)) != 0)
    if f.education_at_most is not None:
        if f.education_at_most not in EDUCATION_RANK:
            allowed = ", ".join(EDUCATION_RANK)
            raise ValueError(f"education_at_most: unknown level {f.education_at_most!r}; {allowed}")
        where.append(
            or_(p.education_rank.is_(None), p.education_rank <= EDUCATION_RANK[f.education_at_most])
        )
    if f.experience_at_most is not None:
        if f.experience_at_most < 0:
            raise ValueError("experience_at_most must be >= 0")
        where.append(
            or_(p.experience_years.is_(None), p.experience_years <= float(f.experience_at_most))
        )
    if f.no_certification_required:
        where.append(p.required_cert_groups == 0)
    if f.certifications_within is not None:
        where.append(certifications_satisfied(f.certifications_within))
    if f.min_hourly_pay is not None:
        # A range reaching the wanted pay counts: "$16-20" can pay $18.
        where.append(func.coalesce(p.pay_hourly_max, p.pay_hourly_min) >= float(f.min_hourly_pay))
    if f.text is not None and f.text.strip():
        pattern = like_pattern(f.text.strip())
        where.append(or_(ci_like(p.title, pattern), ci_like(p.description, pattern)))
    if f.posted_since is not None:
        where.append(p.listed_at >= f.posted_since)
    where.extend(f.extra)
    return where


def certifications_satisfied(codes: Iterable[str]) -> ColumnElement[bool]:
    """Every certification group required at hire has a code in ``codes`` (or one it covers).

    Groups to obtain "within N months" of hire are not needed at hire and do not count.
    """
    held = {c.strip().upper() for c in codes}
    unknown = held - CERTIFICATION_CODES
    if unknown:
        raise ValueError(
            f"certifications_within: unknown codes {sorted(unknown)}; "
            f"allowed: {', '.join(sorted(CERTIFICATION_CODES))}"
        )
    covered = sorted(credentials_covered(held))
    p, c = PostingRow, PostingCertification
    # Count the at-hire groups with a covered code and compare with the posting's number of such
    # groups. A correlated scalar count stays a per-row primary-key lookup on both backends; a
    # NOT EXISTS under OR made PostgreSQL hash the whole certifications table on every search.
    satisfied = (
        select(func.count(func.distinct(c.group_no)))
        .where(
            c.posting_id == p.id,
            c.level == "required",
            c.within_months.is_(None),
            c.code.in_(covered),
        )
        .scalar_subquery()
    )
    return or_(p.required_cert_groups == 0, satisfied == p.required_cert_groups)


def filtered_select(f: SearchFilters) -> Select[Any]:
    """SELECT of PostingRow for ``f``, newest first (posted date, else first seen)."""
    return (
        select(PostingRow)
        .where(*filter_conditions(f))
        .order_by(PostingRow.listed_at.desc(), PostingRow.id.desc())
    )


def count_select(f: SearchFilters) -> Select[Any]:
    return select(func.count()).select_from(PostingRow).where(*filter_conditions(f))
