"""The ORM tables: postings and their child rows, crawl runs, crawl errors and sources.

Small query columns come first in each table on purpose: SQLite reads a row's columns in order
and only follows overflow pages for the large text/JSON columns at the end when asked for them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Constraint names fixed by convention so Alembic migrations name them the same on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


#: The columns of ix_postings_open_signature, in order (also written by migration 0008).
GAP_INDEX_COLUMNS = (
    "signature_id",
    "id",
    "valid_through",
    "state",
    "workplace",
    "remote",
    "usd_hourly_top",
    "usd_hourly",
    # always NULL here, but SQLite reads the table for the partial index's own WHERE terms
    # unless the index holds their columns too
    "closed_at",
    "duplicate_of",
)
#: Which postings ix_postings_open_signature holds: the open ones that duplicate none.
OPEN_POSTING = text("closed_at IS NULL AND duplicate_of IS NULL")


class RequirementSignature(Base):
    """One distinct combination of what gap analysis reads of a posting's requirements
    (storage._signatures), shared by every posting that has it."""

    __tablename__ = "requirement_signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: sha256 of ``requirements``: the unique key (the JSON may outgrow an index entry)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    #: JSON of a Requirements holding only what gap analysis reads
    requirements: Mapped[str] = mapped_column(Text)


class PostingRow(Base):
    """One posting, idempotent by (source, external_id)."""

    __tablename__ = "postings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(100))
    external_id: Mapped[str] = mapped_column(String(300))
    # --- indexed query columns (derived from requirements, else the source's hints) ---------
    #: coalesce(posted_at, first_seen): the order search results come in, newest first
    listed_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    state: Mapped[str | None] = mapped_column(String(2), default=None)
    city: Mapped[str | None] = mapped_column(String(200), default=None)
    workplace: Mapped[str | None] = mapped_column(String(10), default=None)
    remote: Mapped[bool | None] = mapped_column(Boolean, default=None)
    education_rank: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    education_substitutable: Mapped[bool] = mapped_column(Boolean, default=False)
    experience_years: Mapped[float | None] = mapped_column(Float, default=None)
    #: schemas.vocab.EXPERIENCE_KIND_RANK of the required experience (NULL: not said)
    experience_kind: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    #: PATH_FLAGS bits: the posting lists qualification paths / limits residence (revision 0007)
    path_flags: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    #: requirement_signatures.id: what gap analysis reads of the requirements (revision 0008;
    #: NULL: requirements never read). No foreign key: signature rows are never deleted, and
    #: a constraint would cost every insert a look-up.
    signature_id: Mapped[int | None] = mapped_column(Integer, default=None)
    #: required certification groups needed at hire (not those "to obtain within N months")
    required_cert_groups: Mapped[int] = mapped_column(SmallInteger, default=0)
    pay_hourly_min: Mapped[float | None] = mapped_column(Float, default=None)
    pay_hourly_max: Mapped[float | None] = mapped_column(Float, default=None)
    #: the pay the matcher reads (requirements, else the hint), US dollars an hour, NULL when
    #: unknown or in another currency (revision 0008): its one figure (matcher.hourly_pay), as
    #: the exact decimal text Python writes for it, so Store.gaps takes a signature's figures
    #: as one joined text without a digit lost (SQLite writes a REAL with 15 digits only); and
    #: the top of its range, for the min_pay filter
    usd_hourly: Mapped[str | None] = mapped_column(String(32), default=None)
    usd_hourly_top: Mapped[float | None] = mapped_column(Float, default=None)
    #: bit masks over EMPLOYMENT_BITS / SHIFT_BITS (0 = the posting does not say)
    employment_mask: Mapped[int] = mapped_column(Integer, default=0)
    shift_mask: Mapped[int] = mapped_column(Integer, default=0)
    posted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    #: matcher.duplicate_key (employer|title|states), cut to DEDUPE_KEY_CHARS: the block in which
    #: Store.duplicate_candidates looks for the same job posted twice. NULL on rows stored before
    #: revision 0003 that the migration could not read.
    dedupe_key: Mapped[str | None] = mapped_column(String(300), default=None)
    valid_through: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # --- bookkeeping ------------------------------------------------------------------------
    content_hash: Mapped[str] = mapped_column(String(64))
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)
    first_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("crawl_runs.id", ondelete="SET NULL"), default=None
    )
    last_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("crawl_runs.id", ondelete="SET NULL"), default=None
    )
    duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("postings.id", ondelete="SET NULL"), default=None
    )
    # --- the posting as the source gave it ----------------------------------------------------
    url: Mapped[str] = mapped_column(Text)
    apply_url: Mapped[str | None] = mapped_column(Text, default=None)
    title: Mapped[str] = mapped_column(Text)
    employer: Mapped[str | None] = mapped_column(Text, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    description_html: Mapped[str | None] = mapped_column(Text, default=None)
    locations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    hints: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    raw: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    requirements: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)

    __table_args__ = (
        UniqueConstraint("source", "external_id", name="uq_postings_source_external_id"),
        # Searches walk this index newest first and stop at LIMIT. Few other indexes on purpose:
        # each one costs every insert, and close_missing uses the unique key's source prefix.
        Index("ix_postings_listed", "listed_at", "id"),
        Index("ix_postings_workplace", "workplace", "listed_at", "id"),
        # Store.matches(new_since=...): the few postings new since the last crawl run.
        Index("ix_postings_first_seen", "first_seen", "id"),
        # Store.duplicate_candidates: the postings of one duplicate block, across sources and runs.
        Index("ix_postings_dedupe_key", "dedupe_key"),
        # Store.gaps: the open postings of the signatures a change could open, by signature and
        # id, with every column its filters read (an index-only scan; storage._gaps). Partial:
        # closed and duplicate postings are left out of it.
        Index(
            "ix_postings_open_signature",
            *GAP_INDEX_COLUMNS,
            sqlite_where=OPEN_POSTING,
            postgresql_where=OPEN_POSTING,
        ),
    )


class PostingLocation(Base):
    """Every location of a posting, so a state filter matches any of them."""

    __tablename__ = "posting_locations"

    posting_id: Mapped[int] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    state: Mapped[str | None] = mapped_column(String(2), default=None)
    #: lower-cased city, compared case-insensitively on every backend
    city_key: Mapped[str | None] = mapped_column(String(200), default=None)
    country: Mapped[str | None] = mapped_column(String(80), default=None)

    __table_args__ = (
        Index("ix_posting_locations_state", "state", "posting_id"),
        Index("ix_posting_locations_city", "city_key", "state"),
        # Rows live in the primary key's B-tree on SQLite (one B-tree less to write per row).
        {"sqlite_with_rowid": False},
    )


class PostingCertification(Base):
    """One code of one any-of certification group: "RHIT or RHIA" is two rows of one group."""

    __tablename__ = "posting_certifications"

    posting_id: Mapped[int] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True
    )
    group_no: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    level: Mapped[str] = mapped_column(String(10))
    within_months: Mapped[int | None] = mapped_column(Integer, default=None)

    # Read only by posting_id, the primary key's first column: no other index (each one costs
    # every insert), and the rows live in the primary key's B-tree on SQLite.
    __table_args__ = {"sqlite_with_rowid": False}


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    status: Mapped[str] = mapped_column(String(20), default="running")
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: source name -> {"seen": n, "stored": n, ...} as the crawler counted them
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    #: "host:pid:start" of the process running it (storage._owner); None for a run shared by
    #: several workers (Redis mode), which no single process owns
    owner: Mapped[str | None] = mapped_column(String(300), default=None)

    __table_args__ = (Index("ix_crawl_runs_started", "started_at"),)


class CrawlError(Base):
    __tablename__ = "crawl_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(100))
    url: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_crawl_errors_run", "run_id", "source"),)


class SourceRow(Base):
    """What the store knows of a source: the last run that crawled it and its last good count."""

    __tablename__ = "sources"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str | None] = mapped_column(String(40), default=None)
    last_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("crawl_runs.id", ondelete="SET NULL"), default=None
    )
    last_status: Mapped[str | None] = mapped_column(String(20), default=None)
    last_count: Mapped[int | None] = mapped_column(Integer, default=None)
    last_good_count: Mapped[int | None] = mapped_column(Integer, default=None)
    last_good_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SourceLease(Base):
    """The crawl run holding a source's lease until ``expires_at`` (storage._leases)."""

    __tablename__ = "source_leases"

    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    #: not a foreign key: a lease outlives nothing, and a pruned run must not block a delete
    run_id: Mapped[int] = mapped_column(Integer)
    #: "host:pid:start" of the process that last took or renewed it, for the refusal message
    owner: Mapped[str | None] = mapped_column(String(300), default=None)
    acquired_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
