"""Batched, idempotent upsert of postings keyed by (source, external_id)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from pydantic import ValidationError
from sqlalchemy import Connection, Table, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from schemas import Posting
from storage._models import PostingCertification, PostingLocation, PostingRow
from storage._rows import certification_rows, location_rows, prepare

#: keys per IN (...) list, well under SQLite's bound-parameter limit
_IN_CHUNK = 500

_POSTINGS = cast(Table, PostingRow.__table__)
_LOCATIONS = cast(Table, PostingLocation.__table__)
_CERTS = cast(Table, PostingCertification.__table__)

# Columns an update rewrites from the incoming posting; first_seen, first_run_id and
# duplicate_of belong to the store and survive.
_REWRITTEN = [
    c.name
    for c in _POSTINGS.columns
    if c.name
    not in {
        "id",
        "source",
        "external_id",
        "first_seen",
        "first_run_id",
        "duplicate_of",
        "listed_at",
        "last_run_id",
    }
]


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


def _existing(conn: Connection, keys: list[Key]) -> dict[Key, tuple[int, str]]:
    by_source: dict[str, list[str]] = {}
    for source, ext in keys:
        by_source.setdefault(source, []).append(ext)
    found: dict[Key, tuple[int, str]] = {}
    p = _POSTINGS.c
    for source, ids in by_source.items():
        for i in range(0, len(ids), _IN_CHUNK):
            stmt = select(p.id, p.external_id, p.content_hash).where(
                p.source == source, p.external_id.in_(ids[i : i + _IN_CHUNK])
            )
            for row_id, ext, h in conn.execute(stmt):
                found[(source, ext)] = (row_id, h)
    return found


def upsert_batch(
    conn: Connection, postings: list[Posting], *, run_id: int | None, now: datetime
) -> UpsertStats:
    """Write one batch inside the caller's transaction."""
    batch = dedupe(postings)
    prepared = {key: prepare(p) for key, p in batch.items()}
    hashes = {key: h for key, (h, _) in prepared.items()}
    existing = _existing(conn, list(batch))
    unchanged = [existing[k][0] for k in batch if k in existing and existing[k][1] == hashes[k]]
    writes = [k for k in batch if k not in existing or existing[k][1] != hashes[k]]
    n_new = sum(1 for k in writes if k not in existing)

    if unchanged:
        # Seen again: only the bookkeeping moves (and a closed posting reopens).
        values: dict[str, Any] = {"last_seen": now, "closed_at": None}
        if run_id is not None:
            values["last_run_id"] = run_id
        stmt = update(_POSTINGS).where(_POSTINGS.c.id == bindparam("pid")).values(**values)
        conn.execute(stmt, [{"pid": i} for i in unchanged])

    if writes:
        rows = []
        for k in writes:
            cols = prepared[k][1]
            cols.update(
                content_hash=hashes[k],
                first_seen=now,
                last_seen=now,
                closed_at=None,
                listed_at=cols["posted_at"] or now,
                first_run_id=run_id,
                last_run_id=run_id,
            )
            rows.append(cols)
        ids = _insert_or_update(conn, rows, run_id=run_id)
        posting_ids = [ids[k] for k in writes]
        for i in range(0, len(posting_ids), _IN_CHUNK):
            chunk = posting_ids[i : i + _IN_CHUNK]
            conn.execute(delete(_LOCATIONS).where(_LOCATIONS.c.posting_id.in_(chunk)))
            conn.execute(delete(_CERTS).where(_CERTS.c.posting_id.in_(chunk)))
        locs = [r for k in writes for r in location_rows(ids[k], batch[k])]
        certs = [r for k in writes for r in certification_rows(ids[k], batch[k])]
        if locs:
            conn.execute(_LOCATIONS.insert(), locs)
        if certs:
            conn.execute(_CERTS.insert(), certs)
    return UpsertStats(n_new, len(writes) - n_new, len(unchanged))


def _insert_or_update(
    conn: Connection, rows: list[dict[str, Any]], *, run_id: int | None
) -> dict[Key, int]:
    dialect = conn.dialect.name
    if dialect == "postgresql":
        ins: Any = postgresql.insert(_POSTINGS)
    elif dialect == "sqlite":
        ins = sqlite.insert(_POSTINGS)
    else:  # pragma: no cover - the Store only accepts the two
        raise ValueError(f"unsupported database dialect {dialect!r}")
    excluded = ins.excluded
    set_: dict[str, Any] = {name: excluded[name] for name in _REWRITTEN}
    set_["listed_at"] = func.coalesce(excluded.posted_at, _POSTINGS.c.first_seen)
    if run_id is not None:
        set_["last_run_id"] = excluded.last_run_id
    stmt = ins.on_conflict_do_update(
        index_elements=[_POSTINGS.c.source, _POSTINGS.c.external_id], set_=set_
    ).returning(_POSTINGS.c.id, _POSTINGS.c.source, _POSTINGS.c.external_id)
    return {(source, ext): row_id for row_id, source, ext in conn.execute(stmt, rows)}


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
