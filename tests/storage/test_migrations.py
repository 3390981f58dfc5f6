"""Migrations, schema on first use, the default URL and its environment override."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

import storage
from storage import DEFAULT_URL, Store, StoreError
from tests._cli import command_env

TABLES = {
    "alembic_version",
    "requirement_signatures",
    "crawl_errors",
    "crawl_runs",
    "posting_certifications",
    "posting_locations",
    "postings",
    "source_leases",
    "sources",
}


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_creates_the_schema_and_is_idempotent(
    store_url: str, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no alembic.ini anywhere near: the package carries its config
    assert _tables(store_url) == set()
    s = Store(store_url)
    head = s.upgrade()
    assert head is not None
    assert _tables(store_url) == TABLES
    assert s.upgrade() == head
    assert Store(store_url).revision() == head
    s.close()


def test_new_database_is_upgraded_on_first_use(store_url: str) -> None:
    s = Store(store_url)
    assert _tables(store_url) == set()  # constructing does not touch the database
    assert s.count() == 0
    assert _tables(store_url) == TABLES
    s.close()


def test_indexes_the_searches_use_exist(store_url: str) -> None:
    Store(store_url).upgrade()
    engine = create_engine(store_url)
    try:
        names = {ix["name"] for ix in inspect(engine).get_indexes("postings")}
        loc = {ix["name"] for ix in inspect(engine).get_indexes("posting_locations")}
    finally:
        engine.dispose()
    assert {"ix_postings_listed", "ix_postings_workplace"} <= names
    assert "ix_posting_locations_state" in loc


def test_migrations_ship_inside_the_package() -> None:
    root = Path(storage.__file__).parent / "migrations"
    assert (root / "env.py").is_file()
    assert list((root / "versions").glob("0001_*.py"))


def test_default_url_is_himjobs_db_in_the_working_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("HIMJOBS_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    s = Store()
    assert s.url == DEFAULT_URL == "sqlite:///himjobs.db"
    assert s.count() == 0
    s.close()
    assert (tmp_path / "himjobs.db").is_file()


def test_environment_overrides_default_and_argument_overrides_both(tmp_path, monkeypatch) -> None:
    env_url = f"sqlite:///{tmp_path / 'from-env.db'}"
    monkeypatch.setenv("HIMJOBS_DATABASE_URL", env_url)
    monkeypatch.chdir(tmp_path)
    s = Store()
    assert s.url == env_url
    s.count()
    s.close()
    assert (tmp_path / "from-env.db").is_file() and not (tmp_path / "himjobs.db").exists()
    explicit = f"sqlite:///{tmp_path / 'explicit.db'}"
    assert Store(explicit).url == explicit


@pytest.mark.parametrize("url", ["mysql://u@h/db", "not a url", "redis://localhost"])
def test_unsupported_urls_are_refused(url: str) -> None:
    with pytest.raises(StoreError):
        Store(url)


def test_unreachable_database_is_one_clear_error(tmp_path) -> None:
    missing_dir = tmp_path / "no" / "such" / "dir" / "x.db"
    with pytest.raises(StoreError, match="cannot open database"):
        Store(f"sqlite:///{missing_dir}").count()


def test_repr_hides_the_password() -> None:
    assert "s3cret" not in repr(Store("postgresql+psycopg://u:s3cret@127.0.0.1:1/db"))


def test_upgrade_from_0003_keeps_child_rows_and_their_searches(store_url: str) -> None:
    """Migration 0004 rebuilds the child tables on SQLite: every location and certification row
    a search reads must come through, and the rebuilt tables must take new writes."""
    from tests.storage._factory import certs, posting

    s = Store(store_url)
    s.upgrade("0003")  # the revision before the rebuild (the code writes 0003's dedupe_key)
    # today's code also writes revision 0007's and 0008's columns and signatures: give the 0003
    # database those (0007 and 0008 leave columns and tables they find in place)
    with s.engine.begin() as conn:
        conn.execute(text("ALTER TABLE postings ADD COLUMN experience_kind SMALLINT"))
        conn.execute(text("ALTER TABLE postings ADD COLUMN path_flags SMALLINT NOT NULL DEFAULT 0"))
        for name, kind in (("signature_id", "INTEGER"), ("usd_hourly", "VARCHAR(32)")):
            conn.execute(text(f"ALTER TABLE postings ADD COLUMN {name} {kind}"))
        conn.execute(text("ALTER TABLE postings ADD COLUMN usd_hourly_top FLOAT"))
        key = "SERIAL" if conn.dialect.name == "postgresql" else "INTEGER NOT NULL"
        conn.execute(
            text(
                f"CREATE TABLE requirement_signatures (id {key} PRIMARY KEY, "
                "digest VARCHAR(64) NOT NULL UNIQUE, requirements TEXT NOT NULL)"
            )
        )
    rhit = certs((["RHIT"], "required", None))
    coder = certs((["CPC", "CCA"], "required", None))
    s.upsert(
        [
            posting("a", locations=[("Tulsa", "OK"), ("Austin", "TX")], certifications=[]),
            posting("b", locations=[("Omaha", "NE")], certifications=rhit),
            posting("c", locations=[("Dallas", "TX")], certifications=coder),
        ]
    )

    def found() -> dict[str, list[str]]:
        return {
            "tx": sorted(p.external_id for p in s.search(state="TX")),
            "austin": sorted(p.external_id for p in s.search(city="austin")),
            "cpc": sorted(p.external_id for p in s.search(certifications_within=["CPC"])),
        }

    before = found()
    assert before == {"tx": ["a", "c"], "austin": ["a"], "cpc": ["a", "c"]}
    assert s.upgrade() not in (None, "0003")  # to head
    assert found() == before
    # A changed posting replaces its child rows in the rebuilt tables.
    s.upsert([posting("a", locations=[("Omaha", "NE")], certifications=[])])
    assert found() == {"tx": ["c"], "austin": [], "cpc": ["a", "c"]}
    s.close()


def test_sqlite_child_tables_are_clustered_and_pages_are_8k(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "new.db"
    Store(f"sqlite:///{path}").upgrade()
    conn = sqlite3.connect(path)
    try:
        sql = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert sql["posting_locations"].rstrip().endswith("WITHOUT ROWID")
    assert sql["posting_certifications"].rstrip().endswith("WITHOUT ROWID")
    assert "ix_posting_certifications_code" not in indexes
    assert page_size == 8192


_OPEN_AT_ONCE = """
import os, sys, time
import os
from pathlib import Path
from storage import Store
go = Path(sys.argv[2])
Path(sys.argv[3]).touch()  # imported: ready for the start signal
while not go.exists():
    time.sleep(0.005)
store = Store(sys.argv[1])
print(store.count(), store.revision())
store.close()
"""


def test_processes_opening_a_new_database_at_once_all_get_the_schema(
    store_url: str, tmp_path: Path
) -> None:
    # Operators start crawls from cron or several Redis workers together on a new database:
    # each process upgrades it on first use, and they must not trip over one another.
    import subprocess
    import sys
    import time

    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_AT_ONCE, store_url, str(go), str(tmp_path / f"ready{i}")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=command_env(None),
        )
        for i in range(4)
    ]
    # every process imported and waits for the start signal (polled: no fixed sleep)
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready{i}").exists() for i in range(4)):
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
        assert time.monotonic() < deadline, "the processes did not start within 120 s"
        time.sleep(0.02)
    go.touch()
    outcomes = [p.communicate(timeout=120) for p in procs]
    head = storage._migrate.head_revision()
    for p, (out, err) in zip(procs, outcomes, strict=True):
        assert p.returncode == 0, err.strip().splitlines()[-1:]
        assert out.split() == ["0", str(head)]


def _locked(times: int, real):  # type: ignore[no-untyped-def]
    """current_revision that meets SQLite's "database is locked" ``times`` times, then reads."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    calls = {"n": 0}

    def read(engine):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] <= times:
            raise OperationalError(
                "PRAGMA journal_mode=WAL", {}, sqlite3.OperationalError("database is locked")
            )
        return real(engine)

    return read, calls


def test_a_new_sqlite_file_locked_at_first_open_is_retried(tmp_path, monkeypatch) -> None:
    # processes opening one new file together can meet "database is locked" where SQLite's busy
    # handler does not wait (the switch to WAL); the first open retries on fresh connections
    read, calls = _locked(2, storage._migrate.current_revision)
    monkeypatch.setattr(storage._migrate, "current_revision", read)
    store = Store(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        assert store.count() == 0
    finally:
        store.close()
    assert calls["n"] >= 3


def test_a_lock_that_outlasts_the_retries_is_one_line(tmp_path, monkeypatch) -> None:
    read, _ = _locked(99, storage._migrate.current_revision)
    monkeypatch.setattr(storage._migrate, "current_revision", read)
    monkeypatch.setattr(storage._engine, "_FIRST_OPEN_WAITS", (0.0, 0.0))
    store = Store(f"sqlite:///{tmp_path / 'new.db'}")
    with pytest.raises(StoreError, match=r"cannot open database .*database is locked"):
        store.count()
    store.close()
