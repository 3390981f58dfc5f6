"""Batched, idempotent upsert of postings keyed by (source, external_id)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, DateTime, Dialect, Engine
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import SQLAlchemyError

from schemas import Posting
from storage._models import Base
from storage._rows import (
    CERTIFICATION_COLUMNS,
    INSERT_COLUMNS,
    LOCATION_COLUMNS,
    Encoded,
    certification_rows,
    encode,
    insert_values,
    location_rows,
    utcnow,
)
from storage._signatures import signature_ids, signature_text
from storage._wal import begin_immediate

#: values per IN (...) list on SQLite, well under its bound-parameter limit
_IN_CHUNK = 500

# Columns an update keeps from the stored row: first_seen and first_run_id belong to the first
# sighting, listed_at falls back to first_seen, last_run_id only moves when a run is given.
_KEPT = {"source", "external_id", "first_seen", "first_run_id", "listed_at", "last_run_id"}


@dataclass(frozen=True)
class UpsertStats:
    """How many postings an upsert inserted, updated (content changed) and found unchanged."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def __add__(self, other: UpsertStats) -> UpsertStats:
        return UpsertStats(
            self.inserted + other.inserted,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
        )


Key = tuple[str, str]


def dedupe(postings: list[Posting]) -> dict[Key, Posting]:
    """Last posting wins for a repeated key: PostgreSQL rejects ON CONFLICT batches holding one
    key twice ("cannot affect row a second time"), and the last is the newest the crawl saw."""
    out: dict[Key, Posting] = {}
    for p in postings:
        key = (p.source, p.external_id)
        out.pop(key, None)
        out[key] = p
    return out


@dataclass(frozen=True)
class Backend:
    """What the write path needs to know of a database dialect, derived once per dialect."""

    name: str
    #: DB-API placeholder for one value (qmark for sqlite3, format for psycopg)
    mark: str
    #: datetime -> DB-API value, as SQLAlchemy would bind it (stored text must compare alike)
    stamp: Callable[[datetime | None], Any]


_BACKENDS: dict[str, Backend] = {}


def backend(dialect: Dialect) -> Backend:
    found = _BACKENDS.get(dialect.name)
    if found is None:
        if dialect.name not in (
            "sqlite",
            "postgresql",
        ):  # pragma: no cover - the Store only accepts the two
            raise ValueError(f"unsupported database dialect {dialect.name!r}")
        proc = DateTime().dialect_impl(dialect).bind_processor(dialect)
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        stamp = _same if proc is None else _text_stamp(proc)
        found = Backend(dialect.name, mark, stamp)
        _BACKENDS[dialect.name] = found
    return found


def _same(value: datetime | None) -> datetime | None:
    return value


def _text_stamp(proc: Callable[[Any], Any]) -> Callable[[datetime | None], Any]:
    """SQLite keeps datetimes as text. For a naive datetime, isoformat with microseconds is the
    text SQLAlchemy's processor writes ("YYYY-MM-DD HH:MM:SS.ffffff") at a fraction of its
    cost; anything else goes through the processor itself."""

    def stamp(value: datetime | None) -> Any:
        if value is None:
            return None
        if type(value) is datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return proc(value)

    return stamp


def _marks(db: Backend, n: int) -> str:
    return "(" + ", ".join([db.mark] * n) + ")"


def _member_of(db: Backend, values: Sequence[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(SQL membership test, its parameters) covering ``values``: " = ANY(array)" with one
    binary array on PostgreSQL, else " IN (?, ...)" per 500 values (SQLite's bound-parameter
    limit; psycopg would also re-parse a long IN list in Python on every call)."""
    if db.name == "postgresql":
        yield " = ANY(%b)", (list(values),)
        return
    for i in range(0, len(values), _IN_CHUNK):
        chunk = values[i : i + _IN_CHUNK]
        yield " IN " + _marks(db, len(chunk)), tuple(chunk)


def _existing(conn: Connection, db: Backend, keys: Iterable[Key]) -> dict[Key, tuple[int, str]]:
    """(id, content hash) of the stored postings among ``keys``."""
    by_source: dict[str, list[str]] = {}
    for source, ext in keys:
        by_source.setdefault(source, []).append(ext)
    found: dict[Key, tuple[int, str]] = {}
    head = f"SELECT id, external_id, content_hash FROM postings WHERE source = {db.mark} AND "
    for source, ids in by_source.items():
        for test, params in _member_of(db, ids):
            for row_id, ext, h in conn.exec_driver_sql(
                f"{head}external_id{test}", (source, *params)
            ):
                found[(source, ext)] = (row_id, h)
    return found


def _insert(
    conn: Connection,
    db: Backend,
    table: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    suffix: str = "",
) -> None:
    """INSERT DB-API value tuples, ``suffix`` (ON CONFLICT ...) appended.

    Plain SQL on the DB-API cursor: SQLAlchemy's per-row parameter and bind processing cost
    more than SQLite's own work, and values here are already in DB-API form. SQLite gets one
    executemany of a one-row statement (sqlite3 loops over the rows in C). PostgreSQL gets
    one statement per batch that unnests one array per column: one parse, plan and round
    trip instead of one per row, and a statement short enough for psycopg's query cache.
    """
    if not rows:
        return
    head = f"INSERT INTO {table} ({', '.join(columns)}) "
    if db.name == "postgresql":
        casts = _pg_array_casts(table, tuple(columns))
        arrays = [
            [None if v is None else float(v) for v in values] if cast == "FLOAT[]" else list(values)
            for cast, values in zip(casts, zip(*rows, strict=True), strict=True)
        ]
        # %b: binary arrays, which psycopg builds without escaping every text element.
        unnest = ", ".join(f"%b::{cast}" for cast in casts)
        conn.exec_driver_sql(f"{head}SELECT * FROM unnest({unnest}){suffix}", tuple(arrays))
    else:
        conn.exec_driver_sql(f"{head}VALUES {_marks(db, len(columns))}{suffix}", list(rows))


@functools.cache
def _pg_array_casts(table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """PostgreSQL array type of each column, from the ORM metadata ("SMALLINT[]", "JSON[]").

    Lengths are left out on purpose: an explicit cast to VARCHAR(2) would silently truncate,
    while assigning an over-long text to the column fails as a plain INSERT does. Float
    columns are sent as floats only: psycopg refuses a list mixing int and float.
    """
    pg = postgresql.dialect()  # type: ignore[no-untyped-call]
    cols = Base.metadata.tables[table].c
    return tuple(re.sub(r"\(\d+\)", "", cols[c].type.compile(dialect=pg)) + "[]" for c in columns)


def _for_ids(
    conn: Connection, db: Backend, sql: str, head: tuple[Any, ...], ids: list[int]
) -> None:
    """Run ``sql`` (ending in the id column to test) for ``ids``, ``head`` values bound first."""
    for test, params in _member_of(db, ids):
        conn.exec_driver_sql(sql + test, (*head, *params))


def _upsert_suffix(with_run: bool) -> str:
    sets = [f"{c} = excluded.{c}" for c in INSERT_COLUMNS if c not in _KEPT]
    sets.append("listed_at = coalesce(excluded.posted_at, postings.first_seen)")
    if with_run:
        sets.append("last_run_id = excluded.last_run_id")
    return " ON CONFLICT (source, external_id) DO UPDATE SET " + ", ".join(sets)


_SUFFIX = {True: _upsert_suffix(True), False: _upsert_suffix(False)}


@dataclass(frozen=True)
class Prepared:
    """A batch ready to write: deduplicated postings, their hashes and JSON columns. Rows are
    built only for postings that get written, so an unchanged posting costs one encode."""

    db: Backend
    run_id: int | None
    now: Any  # the batch time, stamped for the backend
    postings: dict[Key, Posting]
    encoded: dict[Key, Encoded]

    def row(self, key: Key, signature_id: int | None) -> tuple[Any, ...]:
        """The postings row of ``key``, its requirements' signature row ``signature_id``."""
        return insert_values(
            self.postings[key],
            self.encoded[key],
            now=self.now,
            run_id=self.run_id,
            stamp=self.db.stamp,
            signature_id=signature_id,
        )


def prepare(postings: list[Posting], db: Backend, *, run_id: int | None, now: datetime) -> Prepared:
    """Deduplicate and hash a batch; touches no database."""
    batch = dedupe(postings)
    return Prepared(db, run_id, db.stamp(now), batch, {k: encode(p) for k, p in batch.items()})


def write(conn: Connection, prep: Prepared) -> UpsertStats:
    """Write a prepared batch inside the caller's transaction."""
    db, run_id = prep.db, prep.run_id
    # SQLite: holding the write lock from the first read, no other writer can store a row
    # between the batch's look-up and its writes, so the batch numbers its new rows itself
    # instead of reading their ids back.
    locked = begin_immediate(conn)
    existing = _existing(conn, db, prep.postings)
    unchanged: list[int] = []
    writes: list[Key] = []
    n_new = 0
    for k, enc in prep.encoded.items():
        h = enc.hash
        old = existing.get(k)
        if old is None:
            n_new += 1
            writes.append(k)
        elif old[1] == h:
            unchanged.append(old[0])
        else:
            writes.append(k)

    if unchanged:
        # Seen again: only the bookkeeping moves (and a closed posting reopens).
        m = db.mark
        sets = f"last_seen = {m}"
        head: tuple[Any, ...] = (prep.now,)
        if run_id is not None:
            sets += f", last_run_id = {m}"
            head = (prep.now, run_id)
        _for_ids(conn, db, f"UPDATE postings SET {sets} WHERE id", head, unchanged)
        # Apart, for the few closed ones: an UPDATE that sets closed_at rewrites every row's
        # entry in ix_postings_open_signature (which holds that column) on SQLite.
        reopen = "UPDATE postings SET closed_at = NULL WHERE closed_at IS NOT NULL AND id"
        _for_ids(conn, db, reopen, (), unchanged)

    if writes:
        suffix = _SUFFIX[run_id is not None]
        # each written posting's signature row (storage._signatures), added where new
        texts = {k: signature_text(prep.postings[k].requirements) for k in writes}
        sigs = signature_ids(conn, db.mark, [t for t in texts.values() if t is not None])
        sig = {k: None if t is None else sigs[t] for k, t in texts.items()}
        if locked:
            # No other writer until commit: new rows take the ids after the highest stored one
            # (what SQLite would give them), a changed row keeps its own (NULL: ON CONFLICT
            # updates the stored row, whose id stays).
            top = conn.exec_driver_sql("SELECT max(id) FROM postings").scalar() or 0
            ids: dict[Key, int] = {}
            rows = []
            for k in writes:
                old = existing.get(k)
                if old is None:
                    top += 1
                    ids[k] = top
                    rows.append((*prep.row(k, sig[k]), top))
                else:
                    ids[k] = old[0]
                    rows.append((*prep.row(k, sig[k]), None))
            _insert(conn, db, "postings", (*INSERT_COLUMNS, "id"), rows, suffix)
            # Only a changed posting has child rows to replace.
            stale = [old[0] for k in writes if (old := existing.get(k)) is not None]
        else:
            rows = [prep.row(k, sig[k]) for k in writes]
            _insert(conn, db, "postings", INSERT_COLUMNS, rows, suffix)
            # The inserts return nothing: read the ids back by key. Measured no slower than a
            # multi-row INSERT ... RETURNING on SQLite, and it keeps psycopg's statements short.
            ids = {k: v[0] for k, v in _existing(conn, db, writes).items()}
            # Child rows of a rewritten posting are replaced whole. A key new to this batch has
            # none, unless a concurrent writer stored it after _existing looked (its SELECT ran
            # before the write lock): ON CONFLICT then updated that row, so clear every write.
            stale = [ids[k] for k in writes]
        for table in ("posting_locations", "posting_certifications"):
            _for_ids(conn, db, f"DELETE FROM {table} WHERE posting_id", (), stale)
        batch = prep.postings
        locs = [r for k in writes for r in location_rows(ids[k], batch[k])]
        certs = [r for k in writes for r in certification_rows(ids[k], batch[k])]
        _insert(conn, db, "posting_locations", LOCATION_COLUMNS, locs)
        _insert(conn, db, "posting_certifications", CERTIFICATION_COLUMNS, certs)
    return UpsertStats(n_new, len(writes) - n_new, len(unchanged))


#: what a failing batch may raise: database errors, and what a Posting built without
#: validation (model_construct) can make the row builders raise
BATCH_ERRORS = (SQLAlchemyError, ValueError, TypeError, AttributeError, KeyError)


class NotAPosting(TypeError):
    """upsert was handed something other than a schemas.Posting."""


class BatchFailed(Exception):
    """A batch rolled back; ``batch`` is what it held, ``cause`` why."""

    def __init__(self, batch: list[Posting], cause: BaseException) -> None:
        super().__init__(str(cause))
        self.batch = batch
        self.cause = cause


def _batches(items: Iterable[Posting], size: int) -> Iterator[list[Posting]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def upsert_stream(
    engine: Engine,
    postings: Iterable[Posting],
    *,
    run_id: int | None,
    batch_size: int,
    on_commit: Callable[[], None] | None = None,
) -> UpsertStats:
    """Upsert ``postings`` in batches of ``batch_size``, one transaction each; ``on_commit``
    is called after each batch commits.

    Raises BatchFailed for a batch that rolled back (earlier batches stay committed) and
    NotAPosting, before writing its batch, for anything but a schemas.Posting.
    """
    db = backend(engine.dialect)
    total = UpsertStats()
    for batch in _batches(postings, batch_size):
        for p in batch:
            if not isinstance(p, Posting):
                raise NotAPosting(f"upsert takes schemas.Posting, got {type(p).__name__}")
        try:
            with engine.begin() as conn:
                prepared = prepare(batch, db, run_id=run_id, now=utcnow())
                total += write(conn, prepared)
        except BATCH_ERRORS as e:
            raise BatchFailed(batch, e) from e
        if on_commit is not None:
            on_commit()
    return total


def describe_failure(postings: list[Posting]) -> str:
    """Name the postings of a failed batch that do not validate, else the batch's key range."""
    bad = []
    for p in postings:
        try:
            Posting.model_validate(p.model_dump())
        except (ValidationError, TypeError, ValueError):
            bad.append(f"{p.source}/{p.external_id}")
    if bad:
        return "invalid postings: " + ", ".join(bad[:10])
    if not postings:
        return "empty batch"
    first, last = postings[0], postings[-1]
    return (
        f"batch of {len(postings)} postings from {first.source}/{first.external_id} "
        f"to {last.source}/{last.external_id}"
    )
