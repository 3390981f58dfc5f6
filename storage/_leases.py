"""Per-source crawl leases in the database: one crawl run of a source at a time, on any host.

A lease is a row (source, run_id, owner, expires_at). A run takes it when no other run holds it
or the holder let it lapse (its process died, its host went away), keeps it by renewing it before
it expires (a heartbeat), and must hold it at the moment it closes postings: the check and the
closing are one transaction (``Store.close_missing(..., lease_ttl=...)``), so a run whose lease
was taken over closes nothing. The workers of one shared Redis crawl hold the lease of their
shared run together (taking a lease you already hold renews it).

Each step is one conditional UPDATE: on PostgreSQL the row lock makes a second taker wait for the
first and then see the row as taken; SQLite runs one writer at a time. Expiry times are naive
UTC from each host's clock: hosts sharing a database must keep their clocks close (NTP) compared
with the lease time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage._models import SourceLease
from storage._rows import utcnow


@dataclass(frozen=True)
class Lease:
    """Who holds a source's lease and until when."""

    source: str
    run_id: int
    owner: str | None
    acquired_at: datetime
    expires_at: datetime

    def describe(self) -> str:
        """'run 12 (host:pid:start), lease until 2026-12-03 09:30:00 UTC'."""
        who = f" ({self.owner})" if self.owner else ""
        return f"run {self.run_id}{who}, lease until {self.expires_at:%Y-%m-%d %H:%M:%S} UTC"


def take(s: Session, source: str, run_id: int, *, ttl: float, owner: str | None) -> Lease | None:
    """Take (or renew) ``source``'s lease for ``run_id``; None when taken, else the holder's."""
    now = utcnow()
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    s.execute(
        dialect.insert(SourceLease)
        .values(source=source, run_id=run_id, owner=owner, acquired_at=now, expires_at=now)
        .on_conflict_do_nothing()
    )
    taken = s.execute(
        update(SourceLease)
        .where(
            SourceLease.source == source,
            (SourceLease.run_id == run_id) | (SourceLease.expires_at <= now),
        )
        .values(
            run_id=run_id,
            owner=owner,
            expires_at=now + timedelta(seconds=ttl),
            # a new holder starts its lease now; a renewal keeps its first acquired_at
            acquired_at=case(
                (SourceLease.run_id == run_id, SourceLease.acquired_at), else_=literal(now)
            ),
        )
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount == 1:  # type: ignore[attr-defined]
        return None
    return holder(s, source)


def renew(s: Session, source: str, run_id: int, *, ttl: float) -> bool:
    """Push the lease's expiry ``ttl`` seconds on; False when ``run_id`` no longer holds it
    (it lapsed and another run took it, or it was never taken)."""
    now = utcnow()
    renewed = s.execute(
        update(SourceLease)
        .where(
            SourceLease.source == source,
            SourceLease.run_id == run_id,
            SourceLease.expires_at > now,
        )
        .values(expires_at=now + timedelta(seconds=ttl))
        .execution_options(synchronize_session=False)
    )
    return bool(renewed.rowcount == 1)  # type: ignore[attr-defined]


def release(s: Session, source: str, run_id: int) -> None:
    """Give the lease up, if ``run_id`` still holds it (never another run's)."""
    s.execute(
        delete(SourceLease)
        .where(SourceLease.source == source, SourceLease.run_id == run_id)
        .execution_options(synchronize_session=False)
    )


def holder(s: Session, source: str) -> Lease | None:
    """The live lease of ``source``, None when nobody holds one (or it lapsed)."""
    row = s.scalar(select(SourceLease).where(SourceLease.source == source))
    if row is None or row.expires_at <= utcnow():
        return None
    return Lease(row.source, row.run_id, row.owner, row.acquired_at, row.expires_at)
