"""Storage: SQLAlchemy 2.0 typed ORM, one Store class, Alembic migrations.

>>> store = Store("sqlite://")
>>> store.count()
0
"""

from __future__ import annotations

from storage._leases import Lease
from storage._matches import DEFAULT_POOL, Matches
from storage._migrate import current_revision
from storage._runs import RunError, RunInfo
from storage._store import DEFAULT_URL, PostingRecord, Store, StoreError
from storage._upsert import UpsertStats

__all__ = [
    "DEFAULT_POOL",
    "DEFAULT_URL",
    "Lease",
    "Matches",
    "PostingRecord",
    "RunError",
    "RunInfo",
    "Store",
    "StoreError",
    "UpsertStats",
    "current_revision",
]
