"""Several writers on one database, and the SQLite store's background WAL checkpoints.

Writers are threads, each with a Store (so connections) of its own: sqlite3 and psycopg release
the GIL while the database works, so their batches really interleave, as two crawl processes'
batches do.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

from schemas import Posting
from storage import Store, UpsertStats
from tests._daemons import wait_for
from tests.storage._factory import certs, posting

_STATES = ["OK", "KS", "NE", "IA", "MO", "AR"]


def _batch(writer: int, start: int, n: int) -> list[Posting]:
    """Postings ``start``..``start + n``: a key's locations and certifications are the same for
    every writer (so the expected child rows are known whoever wrote last); titles differ per
    writer, so one writer's row rewrites another's."""
    out = []
    for i in range(start, start + n):
        locs = [("Salina", _STATES[i % 6])] + ([("Ames", "IA")] if i % 4 == 0 else [])
        groups = certs((["RHIT", "RHIA"], "required", None)) if i % 3 == 0 else []
        out.append(
            posting(
                f"k-{i}",
                title=f"Medical Records Clerk (team {writer})",
                locations=locs,
                certifications=groups,
            )
        )
    return out


def _run_writers(url: str, writers: int, keys: int, batch: int) -> list[UpsertStats]:
    """Each writer upserts every key, in batches, starting at a different offset."""
    barrier = threading.Barrier(writers)
    results: list[UpsertStats | BaseException] = [UpsertStats()] * writers

    def work(w: int) -> None:
        store = Store(url)
        try:
            store.count()  # schema ready before the race starts
            barrier.wait()
            total = UpsertStats()
            for b in range(keys // batch):
                start = ((b + w * 3) % (keys // batch)) * batch
                total += store.upsert(_batch(w, start, batch), batch_size=batch)
            results[w] = total
        except BaseException as e:  # noqa: BLE001 - handed to the main thread and re-raised
            results[w] = e
        finally:
            store.close()

    with Store(url) as first:
        first.count()  # create the schema once, outside the race
    threads = [threading.Thread(target=work, args=(w,)) for w in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out = []
    for r in results:
        if isinstance(r, BaseException):
            raise r
        out.append(r)
    return out


def test_concurrent_writers_store_each_key_once_with_its_own_child_rows(store_url: str) -> None:
    keys, batch = 600, 40
    stats = _run_writers(store_url, writers=3, keys=keys, batch=batch)
    total = sum(stats, UpsertStats())
    # Every writer saw every key once: inserted, rewritten (another writer's title) or unchanged.
    assert total.inserted + total.updated + total.unchanged == 3 * keys
    if store_url.startswith("sqlite"):
        # A SQLite batch holds the write lock from its look-up on: each key is new exactly once.
        assert total.inserted == keys
    else:
        # PostgreSQL looks up before its rows lock: two writers may both count a key as new
        # (ON CONFLICT then updates the row the other stored), never neither.
        assert total.inserted >= keys

    with Store(store_url) as store:
        assert store.count() == keys
        ids = [p.id for p in store.search(limit=keys + 10)]
        assert len(ids) == keys and len(set(ids)) == keys
        # Child rows belong to their own posting: the state filter (posting_locations) and the
        # certification filter (posting_certifications) count what the stored postings say.
        for state in _STATES:
            expected = sum(
                1 for i in range(keys) if _STATES[i % 6] == state or (state == "IA" and i % 4 == 0)
            )
            assert store.count(state=state) == expected, state
        assert store.count(no_certification_required=True) == keys - len(range(0, keys, 3))
        assert store.count(certifications_within=["RHIA"]) == keys


def _checkpoint_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "himjobs-wal-checkpoint"}


def test_sqlite_store_checkpoints_the_wal_in_the_background(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    before = _checkpoint_threads()
    store = Store(f"sqlite:///{path}")
    empty = (store.count(), path.stat().st_size)[1]
    store.upsert(_batch(0, 0, 3000), batch_size=500)
    # A commit only checkpoints itself once the WAL passes storage._wal.AUTOCHECKPOINT pages
    # (far more than these 3,000 postings): the data reaches the database file because the
    # store's own thread copies it there, while the store is still open.
    wait_for(
        lambda: path.stat().st_size > empty + 3000 * 1000,
        timeout=20,
        what="the postings checkpointed into the database file",
    )
    mine = _checkpoint_threads() - before
    assert len(mine) == 1
    # A reader on its own connection sees it all meanwhile.
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM postings").fetchone() == (3000,)

    store.close()
    assert not any(t.is_alive() for t in mine)
    # Closed cleanly: the last connection folded the WAL into the file and removed it.
    assert not (tmp_path / "wal.db-wal").exists()

    # The same Store object opens again and checkpoints again.
    assert store.upsert(_batch(1, 3000, 500), batch_size=250).inserted == 500
    assert store.count() == 3500
    store.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM postings").fetchone() == (3500,)


def test_in_memory_sqlite_store_runs_no_checkpoint_thread() -> None:
    before = _checkpoint_threads()
    with Store("sqlite://") as store:
        assert store.upsert(_batch(0, 0, 50)).inserted == 50
        assert store.count() == 50
        assert _checkpoint_threads() - before == set()


def test_checkpoints_follow_the_store_file_not_the_working_directory(
    tmp_path: Path, monkeypatch
) -> None:
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    monkeypatch.chdir(home)
    store = Store("sqlite:///relative.db")
    empty = (store.count(), (home / "relative.db").stat().st_size)[1]
    monkeypatch.chdir(elsewhere)
    try:
        store.upsert(_batch(0, 0, 3000), batch_size=500)
        wait_for(
            lambda: (home / "relative.db").stat().st_size > empty + 3000 * 1000,
            timeout=20,
            what="the postings checkpointed into the file the store opened",
        )
        assert not (elsewhere / "relative.db").exists()
    finally:
        store.close()
