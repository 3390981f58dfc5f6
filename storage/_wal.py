"""SQLite's write-ahead log and write lock: background WAL checkpoints, so a bulk upsert does
not wait on them, and ``begin_immediate`` for a transaction that takes the write lock first.

In WAL mode every committed page is written twice: appended to the WAL at commit, then copied
into the database file by a checkpoint. By default SQLite checkpoints inside the COMMIT that
takes the WAL past 1,000 pages, so the writer itself waits for that copy and its fsyncs: on a
5,000-posting batch (about 10 MB) that was every commit, about a tenth of the upsert's time.

A Store on a SQLite file instead runs a PASSIVE checkpoint in a thread of its own after each
upsert batch commits (``poke``). A PASSIVE checkpoint blocks no reader and no writer, and runs
in one SQLite call with the GIL released, so the copy overlaps the writer's next batch on
another core. The connections keep an automatic checkpoint as a backstop (``AUTOCHECKPOINT``
pages), should this thread fall behind. Checkpointing is crash-safe by SQLite's design: a
process killed during one leaves a WAL the next opener replays.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Final

from sqlalchemy import Connection

log = logging.getLogger(__name__)

#: pages (8 KiB) a connection lets the WAL reach before it checkpoints in its own commit: the
#: backstop when the background thread falls behind or no Store runs one (about 128 MB)
AUTOCHECKPOINT: Final = 16_000


def begin_immediate(conn: Connection) -> bool:
    """On SQLite, open ``conn``'s transaction with the write lock (BEGIN IMMEDIATE) when none is
    open yet; True if it did. Another writer then waits (busy_timeout) until this transaction
    ends, so what it read stays true until it writes. Other databases: False, nothing done."""
    if conn.dialect.name != "sqlite":
        return False
    dbapi = conn.connection.dbapi_connection
    if dbapi is None or getattr(dbapi, "in_transaction", True):
        return False
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    return True


class Checkpointer:
    """One background thread that checkpoints the WAL of the SQLite file at ``path``."""

    def __init__(self, path: str, *, busy_timeout_s: float = 10.0) -> None:
        self.path = path
        self.busy_timeout_s = busy_timeout_s
        #: checkpoints run, and those that failed (logged, never raised: the WAL stays valid)
        self.runs = 0
        self.failures = 0
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._guard = threading.Lock()

    def poke(self) -> None:
        """Ask for a checkpoint soon (after a commit); starts the thread on first use."""
        with self._guard:
            if self._stopping:
                return
            if self._thread is None:
                # A daemon thread: a process that exits without Store.close() must not hang on
                # it, and a checkpoint cut short is redone by the next one.
                self._thread = threading.Thread(
                    target=self._run, name="himjobs-wal-checkpoint", daemon=True
                )
                self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        """Finish the checkpoint under way, if any, and end the thread; a later poke starts a
        new one (a Store reopens its engine after close)."""
        with self._guard:
            self._stopping = True
            thread = self._thread
        self._wake.set()
        if thread is not None:
            thread.join()
        with self._guard:
            self._thread = None
            self._stopping = False
            self._wake.clear()

    def _run(self) -> None:
        # mode=rw: never create a file (a database moved or deleted meanwhile is an error).
        try:
            conn = sqlite3.connect(
                f"{Path(self.path).as_uri()}?mode=rw",
                uri=True,
                timeout=self.busy_timeout_s,
                isolation_level=None,
                check_same_thread=True,
            )
        except sqlite3.Error as e:
            # No background checkpoints then; the writers' own (AUTOCHECKPOINT) still run.
            self.failures += 1
            log.warning("cannot open %s for background WAL checkpoints: %s", self.path, e)
            return
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopping:
                    return
                self._checkpoint(conn)
        finally:
            conn.close()

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self.runs += 1
        except sqlite3.Error as e:
            # The writer's own automatic checkpoint (AUTOCHECKPOINT) still bounds the WAL.
            self.failures += 1
            log.warning("background WAL checkpoint of %s failed: %s", self.path, e)
