"""The Store: one object over a SQLite file or a PostgreSQL database."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from alembic.util import CommandError as AlembicError
from sqlalchemy import Engine, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from matcher import Gap
from schemas import CandidateProfile, Posting
from storage import _dedupe, _gaps, _leases, _matches, _migrate
from storage._engine import first_revision, store_engine
from storage._models import PostingRow
from storage._rows import DEDUPE_KEY_CHARS, to_posting, utcnow
from storage._search import SearchFilters, count_select, filtered_select
from storage._store_runs import CrawlBook
from storage._upsert import BatchFailed, UpsertStats, describe_failure, upsert_stream
from storage._wal import Checkpointer

DEFAULT_URL = "sqlite:///himjobs.db"
ENV_URL = "HIMJOBS_DATABASE_URL"


@dataclass(frozen=True)
class PostingRecord:
    """The store's bookkeeping for one posting."""

    id: int
    source: str
    external_id: str
    content_hash: str
    first_seen: datetime
    last_seen: datetime
    closed_at: datetime | None
    first_run_id: int | None
    last_run_id: int | None
    duplicate_of: int | None


class StoreError(RuntimeError):
    """A store operation failed; the message says what and which postings."""


def _first_line(error: BaseException) -> str:
    """The driver's own message, first line only: a CLI prints StoreError as one line."""
    reason = getattr(error, "orig", None) or error
    lines = str(reason).strip().splitlines()
    return f"{type(reason).__name__}: {lines[0] if lines else ''}"


def _is_row_id(value: int) -> bool:
    """Whether ``value`` can be a row id: a 64-bit integer (SQLite raises OverflowError and
    PostgreSQL a NumericValueOutOfRange on a bigger one; such an id names no posting)."""
    return -(2**63) <= value < 2**63


class Store(CrawlBook):
    """Postings, crawl runs and sources in one database.

    ``url`` defaults to $HIMJOBS_DATABASE_URL, else ``sqlite:///himjobs.db`` in the working
    directory. A new database gets the schema on first use; ``upgrade()`` migrates an old one.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url: str = url or os.environ.get(ENV_URL) or DEFAULT_URL
        try:
            parsed = make_url(self.url)
        except ArgumentError as e:
            raise StoreError(f"not a database URL: {self.url!r}") from e
        if parsed.get_backend_name() not in ("sqlite", "postgresql"):
            raise StoreError(
                f"unsupported database {parsed.get_backend_name()!r}: use sqlite:///FILE "
                "or postgresql+psycopg://USER@HOST/DB"
            )
        self._engine: Engine | None = None
        self._ready = False
        # A SQLite file gets its WAL checkpointed in the background (storage/_wal.py): not an
        # in-memory database (no WAL), nor a URI filename (its options are SQLAlchemy's to
        # read). The path is made absolute now: a later chdir must not point the thread at
        # another file.
        database = parsed.database if parsed.get_backend_name() == "sqlite" else None
        self._checkpointer: Checkpointer | None = None
        if database and database != ":memory:" and not parsed.query.get("uri"):
            self._checkpointer = Checkpointer(os.path.abspath(database))

    def __repr__(self) -> str:
        return f"Store({make_url(self.url).render_as_string(hide_password=True)!r})"

    # --- engine and schema -------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, created lazily; the schema is ensured on first use."""
        if self._engine is None:
            self._engine = store_engine(self.url)
        if not self._ready:
            self._ready = True
            self._ensure_schema(self._engine)
        return self._engine

    def _ensure_schema(self, engine: Engine) -> None:
        try:
            current = first_revision(engine)
            if current != _migrate.head_revision():
                self._ready = False
                raise StoreError(
                    f"database schema is at revision {current}, this himjobs needs "
                    f"{_migrate.head_revision()}: run `himjobs db upgrade`"
                )
        except SQLAlchemyError as e:
            self._ready = False
            raise StoreError(f"cannot open database {self!r}: {_first_line(e)}") from e

    def upgrade(self, revision: str = "head") -> str | None:
        """Apply the migrations up to ``revision``; returns the revision now in force."""
        if self._engine is None:
            self._engine = store_engine(self.url)
        try:
            _migrate.upgrade(self._engine, revision)
            current = _migrate.current_revision(self._engine)
        except (SQLAlchemyError, AlembicError) as e:
            raise StoreError(f"cannot upgrade database {self!r}: {_first_line(e)}") from e
        self._ready = True
        return current

    def revision(self) -> str | None:
        """The schema revision in force (None for an empty database)."""
        return _migrate.current_revision(self.engine)

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._ready = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- postings ----------------------------------------------------------------------------

    def upsert(
        self, postings: Iterable[Posting], *, run_id: int | None = None, batch_size: int = 5000
    ) -> UpsertStats:
        """Insert new postings, rewrite changed ones, touch last_seen of unchanged ones.

        Idempotent by (source, external_id). One transaction per batch: a failing batch is
        rolled back whole (earlier batches stay) and StoreError names its postings.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        try:
            return upsert_stream(
                self.engine,
                postings,
                run_id=run_id,
                batch_size=batch_size,
                on_commit=None if self._checkpointer is None else self._checkpointer.poke,
            )
        except BatchFailed as e:
            reason = getattr(e.cause, "orig", None) or e.cause
            first = str(reason).splitlines()[0] if str(reason) else ""
            what = describe_failure(e.batch)
            raise StoreError(
                f"upsert rolled back ({what}): {type(reason).__name__}: {first}"
            ) from e.cause

    def close_missing(self, source: str, run_id: int, *, lease_ttl: float | None = None) -> int:
        """Close the open postings of ``source`` that run ``run_id`` did not see; returns how many.

        Call it only after a complete crawl of the source; a posting seen again reopens. With
        ``lease_ttl`` the run must hold the source's lease (take_lease): it is renewed in the
        same transaction, and StoreError is raised, nothing closed, when another run has it.
        """
        p, now = PostingRow, utcnow()
        stmt = (
            update(p)
            .where(
                p.source == source,
                p.closed_at.is_(None),
                (p.last_run_id.is_(None)) | (p.last_run_id != run_id),
            )
            .values(closed_at=now)
        )
        with Session(self.engine) as s, s.begin():
            if lease_ttl is not None and not _leases.renew(s, source, run_id, ttl=lease_ttl):
                other = _leases.holder(s, source)
                raise StoreError(
                    f"run {run_id} no longer holds the lease of {source!r}"
                    + (f" ({other.describe()} has it)" if other else "")
                    + ": nothing closed"
                )
            closed = int(s.execute(stmt).rowcount)  # type: ignore[attr-defined]
            if closed:
                # A closed posting's open duplicates would be hidden with it: promote one.
                _dedupe.promote_orphans(s, now)
            return closed

    def get(self, posting_id: int) -> Posting | None:
        if not _is_row_id(posting_id):
            return None
        with Session(self.engine) as s:
            row = s.get(PostingRow, posting_id)
            return None if row is None else to_posting(row)

    def record(self, posting_id: int) -> PostingRecord | None:
        """When a posting was first and last seen, closed, by which runs; None if unknown."""
        if not _is_row_id(posting_id):
            return None
        with Session(self.engine) as s:
            r = s.get(PostingRow, posting_id)
            if r is None:
                return None
            return PostingRecord(
                r.id,
                r.source,
                r.external_id,
                r.content_hash,
                r.first_seen,
                r.last_seen,
                r.closed_at,
                r.first_run_id,
                r.last_run_id,
                r.duplicate_of,
            )

    def find(self, source: str, external_id: str) -> Posting | None:
        """The stored posting with this key, or None."""
        stmt = select(PostingRow).where(
            PostingRow.source == source, PostingRow.external_id == external_id
        )
        with Session(self.engine) as s:
            row = s.scalars(stmt).first()
            return None if row is None else to_posting(row)

    def search(
        self,
        *,
        state: str | None = None,
        city: str | None = None,
        workplace: str | Iterable[str] | None = None,
        employment_type: str | Iterable[str] | None = None,
        shift: str | Iterable[str] | None = None,
        education_at_most: str | None = None,
        experience_at_most: float | None = None,
        no_certification_required: bool = False,
        certifications_within: Iterable[str] | None = None,
        min_hourly_pay: float | None = None,
        text: str | None = None,
        posted_since: datetime | None = None,
        include_closed: bool = False,
        include_duplicates: bool = False,
        source: str | None = None,
        today: datetime | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Posting]:
        """Postings matching every filter given, newest first, with Posting.id set.

        Requirement filters (education_at_most, experience_at_most, no_certification_required,
        certifications_within) let through postings that state no such requirement; attribute
        filters (state, city, workplace, employment_type, shift, min_hourly_pay, text) leave out
        postings that do not say. certifications_within: every certification group required at
        hire has a code in the set (or one it covers, e.g. RHIA covers RHIT). text matches title
        or description, case-insensitively, % and _ literally. Closed postings (taken down,
        and with ``today`` those whose closing date is before it) and duplicates are left out
        unless asked for. Unknown values raise ValueError.
        """
        f = SearchFilters(
            state=state,
            city=city,
            workplace=workplace,
            employment_type=employment_type,
            shift=shift,
            education_at_most=education_at_most,
            experience_at_most=experience_at_most,
            no_certification_required=no_certification_required,
            certifications_within=certifications_within,
            min_hourly_pay=min_hourly_pay,
            text=text,
            posted_since=posted_since,
            include_closed=include_closed,
            include_duplicates=include_duplicates,
            source=source,
            today=today,
        )
        stmt = filtered_select(f).limit(limit).offset(offset)
        with Session(self.engine) as s:
            return [to_posting(row) for row in s.scalars(stmt)]

    def count(self, **filters: Any) -> int:
        """How many postings match; takes the filters of search (not limit/offset)."""
        with Session(self.engine) as s:
            return int(s.scalar(count_select(SearchFilters(**filters))) or 0)

    def link_duplicate(self, posting_id: int, duplicate_of: int | None) -> None:
        """Mark a posting as a duplicate of another (None unlinks); searches hide duplicates."""
        if duplicate_of == posting_id:
            raise ValueError("a posting cannot duplicate itself")
        with Session(self.engine) as s, s.begin():
            row = s.get(PostingRow, posting_id)
            if row is None:
                raise LookupError(f"no posting {posting_id}")
            row.duplicate_of = duplicate_of

    def duplicate_candidates(self, keys: Iterable[str]) -> dict[str, list[Posting]]:
        """Open, non-duplicate postings sharing a duplicate block key, for blocks of two or more.

        Keys are matcher.duplicate_key values (cut as stored); each list is oldest first
        (first_seen, then id), the order in which the first one is kept and later ones link to
        it. Postings carry their id and the fields matcher.is_duplicate reads. Rows stored
        before revision 0003 whose key the migration could not compute are never returned.
        """
        cut = {k[:DEDUPE_KEY_CHARS] for k in keys}
        if not cut:
            return {}
        with Session(self.engine) as s:
            return _dedupe.candidates(s, cut)

    def seen_since(self, since: datetime, *, limit: int = 1000) -> list[Posting]:
        """Open postings first seen at or after ``since`` (for "new since the last run")."""
        stmt = (
            select(PostingRow)
            .where(PostingRow.first_seen >= since, PostingRow.closed_at.is_(None))
            .order_by(PostingRow.first_seen.desc(), PostingRow.id.desc())
            .limit(limit)
        )
        with Session(self.engine) as s:
            return [to_posting(row) for row in s.scalars(stmt)]

    def matches(
        self,
        profile: CandidateProfile,
        *,
        limit: int = 100,
        include_near_misses: bool = False,
        new_since: datetime | None = None,
        pool: int | None = None,
        today: datetime | None = None,
        states: Collection[str] = (),
    ) -> _matches.Matches:
        """The open postings ``profile`` qualifies for, best first (matcher.rank: highest score
        first), with verdicts.

        The hard filters run in SQL: education (with substitution), experience, required
        certification groups, place (remote, the profile's state, or no state stated) and pay
        (the top of the range reaches min_pay, or pay unknown); matcher.match judges what
        survives. ``include_near_misses`` adds the postings missing exactly one required item;
        ``new_since`` keeps postings first seen at or after it. ``pool`` bounds how many
        survivors (newest first) are scored per list (default 250); Matches.complete says
        whether that was all of them. ``today`` (naive UTC, default now) flags passed closing
        dates. ``states`` adds states in reach besides the profile's own (those within its
        max_miles, himjobs._distance); the caller judges those postings by distance. Bad profile
        values were rejected when the CandidateProfile was built.
        """
        with Session(self.engine) as s:
            return _matches.find_matches(
                s,
                profile,
                limit=limit,
                include_near_misses=include_near_misses,
                new_since=new_since,
                pool=pool,
                today=today,
                states=states,
            )

    def gaps(
        self,
        profile: CandidateProfile,
        *,
        today: datetime | None = None,
        states: Collection[str] = (),
        miles: _gaps.Miles | None = None,
    ) -> list[Gap]:
        """matcher.gaps over the open postings in the profile's reach (place and pay) that still
        take applications on ``today`` (naive UTC, default now).

        max_miles as Store.matches' callers apply it (himjobs._distance.gaps_in_reach): ``states``
        adds states in reach, ``miles`` gives the miles from the profile's ZIP to a posting's
        places (a list of (city, state)), None when no city is known; an on-site or hybrid
        posting whose miles are known counts when they are at most max_miles, one whose miles
        are unknown by the profile's state alone."""
        with Session(self.engine) as s:
            return _gaps.area_gaps(s, profile, today=today, states=states, miles=miles)
