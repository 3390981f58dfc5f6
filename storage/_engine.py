"""Opening the store's database: a SQLAlchemy engine with JSON written by pydantic-core, the
SQLite pragmas every connection gets, and the first read of a new database, which migrates it
to head (retried while a new SQLite file is locked by another process opening it). The Store
(storage/_store.py) holds the engine.
"""

from __future__ import annotations

import time
from typing import Any

from pydantic_core import from_json, to_json
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError

from storage import _migrate
from storage._wal import AUTOCHECKPOINT

#: Seconds to wait before each retry of the first read of a new SQLite file (first_revision).
_FIRST_OPEN_WAITS = (0.05, 0.1, 0.2, 0.4, 0.8)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # 8 KiB pages instead of 4 KiB: a stored posting is about 1.6 KB, so at 4 KiB every second
    # or third row costs a new page, its WAL frame and its checkpoint copy (each a system call).
    # With migration 0003, measured 5-13% less CPU per inserted posting and 10-20% per unchanged
    # re-upsert; 16 KiB saved no more and made Store.matches ~10% slower (each row it visits
    # copies a whole page), see docs/benchmarks.md. Only a new, empty database takes it (it
    # must come before WAL mode); an existing database keeps its page size.
    cur.execute("PRAGMA page_size=8192")
    # WAL lets readers (the CLI, the web UI) run while a crawl writes; NORMAL sync is safe in WAL.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    # 64 MiB page cache: index maintenance on a million postings stays in memory.
    cur.execute("PRAGMA cache_size=-65536")
    # The Store's background thread checkpoints after each upsert batch (storage/_wal.py);
    # a commit checkpoints itself only past this many pages, should that thread fall behind.
    cur.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT}")
    cur.close()


def _json_text(value: Any) -> str:
    # pydantic-core's JSON writer: several times faster than json.dumps on our nested rows.
    return to_json(value).decode("utf-8")


def store_engine(url: str) -> Engine:
    engine = create_engine(url, json_serializer=_json_text, json_deserializer=from_json)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def first_revision(engine: Engine) -> str | None:
    """The revision in force, after migrating a new (empty) database to head.

    Processes opening one new SQLite file together (cron, several workers) can meet SQLite's
    "database is locked" where no busy handler waits (likely while the first connection
    switches the file to WAL, which needs the file alone; not confirmed). Once in CI
    (4 processes) a Store failed this way. Reading and migrating are retried a few times,
    each on fresh connections (the migration re-reads the revision under the write lock,
    so a retry never migrates twice); a lock that outlasts the retries still fails."""
    for wait in _FIRST_OPEN_WAITS:
        try:
            return _migrate.ensure_head(engine)
        except OperationalError as e:
            if engine.dialect.name != "sqlite" or "database is locked" not in str(e):
                raise
            engine.dispose()
            time.sleep(wait)
    return _migrate.ensure_head(engine)  # the last try: its error is the Store's
