"""Crawl runs, their errors and the per-source record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage._models import CrawlError, CrawlRun, SourceLease, SourceRow
from storage._owner import is_gone, parse
from storage._rows import utcnow

#: "suspicious": a crawl that stored far fewer postings than its source's last good run.
RUN_STATUSES = ("running", "ok", "partial", "failed", "suspicious")


@dataclass(frozen=True)
class RunInfo:
    """One crawl run as stored."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    sources: list[str]
    counts: dict[str, Any]
    errors: int


@dataclass(frozen=True)
class RunError:
    """One error recorded during a crawl run."""

    run_id: int
    source: str
    url: str | None
    reason: str
    at: datetime


def _info(r: CrawlRun) -> RunInfo:
    return RunInfo(
        r.id, r.started_at, r.finished_at, r.status, list(r.sources), dict(r.counts), r.errors
    )


def start_run(s: Session, sources: list[str], owner: str | None) -> int:
    run = CrawlRun(
        started_at=utcnow(), status="running", sources=sources, counts={}, errors=0, owner=owner
    )
    s.add(run)
    s.flush()
    return run.id


def sweep_interrupted(s: Session) -> list[int]:
    """Mark failed the running runs whose owning process is gone (storage._owner.is_gone),
    with an "interrupted" error per source; returns their ids. Runs without an owner (shared by
    several workers) and runs owned on other hosts are left alone."""
    stmt = select(CrawlRun).where(CrawlRun.status == "running", CrawlRun.owner.is_not(None))
    swept = []
    for run in s.scalars(stmt).all():
        owner = parse(run.owner or "")
        if owner is None or not is_gone(run.owner or ""):
            continue
        host, pid, _start = owner
        # Claimed by a conditional UPDATE: two runs starting at once sweep it once.
        claimed = s.execute(
            update(CrawlRun)
            .where(CrawlRun.id == run.id, CrawlRun.status == "running")
            .values(status="failed", finished_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            continue
        reason = (
            f"interrupted: process {pid} on {host} ended without finishing this run "
            "(killed, or the machine stopped); nothing was closed"
        )
        for source in run.sources or ["*"]:
            record_error(s, run.id, str(source), None, reason)
        # Its sources are free at once, not only when their leases lapse.
        s.execute(delete(SourceLease).where(SourceLease.run_id == run.id))
        swept.append(run.id)
    return swept


def record_error(s: Session, run_id: int, source: str, url: str | None, reason: str) -> None:
    s.add(CrawlError(run_id=run_id, source=source, url=url, reason=reason, at=utcnow()))
    s.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(errors=CrawlRun.errors + 1))


def finish_run(
    s: Session,
    run_id: int,
    *,
    status: str,
    counts: Mapping[str, Any],
    kinds: Mapping[str, str] | None = None,
    baseline: bool = True,
) -> None:
    if status not in RUN_STATUSES:
        raise ValueError(f"status: unknown {status!r}; allowed: {', '.join(RUN_STATUSES)}")
    run = s.get(CrawlRun, run_id)
    if run is None:
        raise LookupError(f"no crawl run {run_id}")
    now = utcnow()
    run.finished_at = now
    run.status = status
    run.counts = dict(counts)
    for name, value in counts.items():
        stored = _stored_count(value)
        src = _source_row(s, name)
        if kinds and name in kinds:
            src.kind = kinds[name]
        src.last_run_id = run_id
        src.last_status = status
        src.last_count = stored
        if status == "ok" and stored is not None and baseline:
            src.last_good_count = stored
            src.last_good_at = now
        s.add(src)


def _source_row(s: Session, name: str) -> SourceRow:
    """The sources row of ``name``, created if missing. Created with INSERT ... ON CONFLICT DO
    NOTHING, not by adding an ORM object: workers of a shared crawl finish their runs at the same
    moment, and two plain INSERTs of a new source's row made one of them fail on the key."""
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    s.execute(dialect.insert(SourceRow).values(name=name).on_conflict_do_nothing())
    row = s.get(SourceRow, name)
    assert row is not None  # inserted above, or there already
    return row


def _stored_count(value: Any) -> int | None:
    """A source's count: a number, or the "stored" / "seen" entry of a dict of counts."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, Mapping):
        for key in ("stored", "seen", "items"):
            if isinstance(value.get(key), int):
                return int(value[key])
    return None


def runs(s: Session, limit: int) -> list[RunInfo]:
    stmt = select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)
    return [_info(r) for r in s.scalars(stmt)]


def last_run(s: Session, *, status: str | None, source: str | None) -> RunInfo | None:
    stmt: Select[Any] = select(CrawlRun).order_by(CrawlRun.id.desc())
    if status is not None:
        stmt = stmt.where(CrawlRun.status == status)
    for r in s.scalars(stmt):
        # Sources are a short JSON list; filtering in Python keeps SQLite and PostgreSQL alike.
        if source is None or source in r.sources:
            return _info(r)
    return None


def run_errors(s: Session, run_id: int) -> list[RunError]:
    stmt = select(CrawlError).where(CrawlError.run_id == run_id).order_by(CrawlError.id)
    return [RunError(e.run_id, e.source, e.url, e.reason, e.at) for e in s.scalars(stmt)]
