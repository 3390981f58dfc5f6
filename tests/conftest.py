"""Shared fixtures: a database URL and a Store for each backend (SQLite file, real PostgreSQL).

PostgreSQL tests need HIMJOBS_TEST_POSTGRES_URL (`eval "$(bash .ci/start-postgres)"` sets it).
Each test module gets its own database on that server, and each test an empty schema in it.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

# The `reliability` fixture and its report hook (docs/reliability.md is generated from them).
from tests._reliability import pytest_runtest_makereport, reliability  # noqa: F401

PG_ENV = "HIMJOBS_TEST_POSTGRES_URL"
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.postgres),
]


def _libpq(url: str) -> str:
    """A SQLAlchemy URL as a libpq connection string for psycopg."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _temp_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """HOME is a temp folder for the whole session: crawl logs (~/.himjobs/logs), the saved
    profile and the lock folder (~/.cache/himjobs) of a test, or of a command it starts, never
    touch the real ones, nor does a real saved profile change what a test sees."""
    saved = os.environ.get("HOME")
    os.environ["HOME"] = str(tmp_path_factory.mktemp("home"))
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = saved


@contextmanager
def _pg_database(label: str) -> Iterator[str]:
    """A fresh PostgreSQL database on the test server named after ``label``, dropped on exit."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f'PostgreSQL tests skipped: set {PG_ENV} (eval "$(bash .ci/start-postgres)")')
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    safe = re.sub(r"\W+", "_", label)[:30]
    name = f"hj_{safe}_{uuid.uuid4().hex[:8]}".lower()
    with psycopg.connect(_libpq(base), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(base), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(scope="module")
def _pg_module_db(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database for this test module, dropped afterwards."""
    with _pg_database(request.module.__name__.rsplit(".", 1)[-1]) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def shared_database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str], str]]:
    """For data that read-only tests share: ``shared_database(label)`` is the URL of a new,
    empty database of each backend (a SQLite file; a PostgreSQL database of its own, not the
    module's that ``store`` wipes), kept until the module ends. Load it once in a module-scoped
    fixture instead of once per test."""
    with ExitStack() as stack:

        def new(label: str) -> str:
            if request.param == "sqlite":
                return f"sqlite:///{tmp_path_factory.mktemp(label) / 'shared.db'}"
            module = request.module.__name__.rsplit(".", 1)[-1]
            return stack.enter_context(_pg_database(f"{module[:20]}_{label}"))

        yield new


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """URL of an empty database (no tables): a SQLite file, or a wiped PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'himjobs-test.db'}"
    url: str = request.getfixturevalue("_pg_module_db")
    import psycopg

    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


@pytest.fixture(scope="session")
def _sqlite_at_head(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated to head, once per test process, for ``store`` to copy."""
    from storage import Store

    path = tmp_path_factory.mktemp("at-head") / "himjobs-test.db"
    with Store(f"sqlite:///{path}") as s:
        s.count()  # the first use creates the schema
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the one file
    return path


@pytest.fixture
def store(store_url: str, request: pytest.FixtureRequest) -> Iterator[object]:
    """A Store on ``store_url`` (on SQLite, a copy of an empty database at head)."""
    from storage import Store

    path = Path(store_url.removeprefix("sqlite:///"))
    if store_url.startswith("sqlite:///") and not path.exists():
        # A copy of a migrated file instead of running every migration again (a third of
        # a SQLite store test's time); tests of the first-use migration use store_url.
        shutil.copyfile(request.getfixturevalue("_sqlite_at_head"), path)
    s = Store(store_url)
    try:
        yield s
    finally:
        s.close()


def pytest_sessionfinish() -> None:
    """Stop the in-process crawl reactor (tests/scrapers/_crawl.py) if a test started it."""
    import sys

    crawl = sys.modules.get("tests.scrapers._crawl")
    if crawl is not None:
        crawl.stop_reactor()
