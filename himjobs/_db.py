"""The database a command works on: --db as a URL or a bare SQLite path, opened for reading
without ever creating one, and why a list came back empty.

Read commands (search, show, serve, runs, match, gaps) must not leave a new empty database
behind a mistyped --db: they say so in one line (exit 1). Only crawl, import, demo and
`db upgrade` create one.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from himjobs.cli import RunError, UserError

if TYPE_CHECKING:
    from storage import Store

ENV_URL = "HIMJOBS_DATABASE_URL"
DEFAULT_FILE = "himjobs.db"
#: Schemes people type for PostgreSQL, and the driver the store uses.
_POSTGRES = ("postgres", "postgresql")
_PG_DRIVER = "postgresql+psycopg"


def database_url(db: str | None) -> str:
    """A SQLAlchemy URL from --db: a URL as given, a bare path as a SQLite file, and
    postgres:// or postgresql:// with the psycopg driver.

    >>> database_url("himjobs-demo.db"), database_url("postgres://me@db.example/jobs")
    ('sqlite:///himjobs-demo.db', 'postgresql+psycopg://me@db.example/jobs')
    """
    raw = (db or os.environ.get(ENV_URL) or DEFAULT_FILE).strip()
    if not raw:
        raise UserError("--db: empty; give a SQLite file or a postgresql:// URL")
    scheme, sep, rest = raw.partition("://")
    if not sep:
        return f"sqlite:///{raw}"
    if scheme.lower() in _POSTGRES:
        return f"{_PG_DRIVER}://{rest}"
    return raw


def shown(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for a message; Store reports a bad URL itself
        return url


def open_store(db: str | None, *, create: bool = False) -> Store:
    """The Store for --db. Unless ``create``, the database must exist and hold himjobs's
    tables: a missing SQLite file, an empty database or a refused connection is one line,
    exit 1, and nothing is written."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from storage import Store

    url = database_url(db)
    store = Store(url)  # StoreError (exit 2): not a URL, or not SQLite/PostgreSQL
    try:
        parsed = make_url(url)
    except ArgumentError:
        return store
    if create and parsed.get_backend_name() == "sqlite":
        return store  # the file is made on first use
    if parsed.get_backend_name() == "sqlite":
        file = parsed.database
        if file and file != ":memory:" and not Path(file).exists():
            raise RunError(
                f"no database at {file}: run `himjobs crawl` (or `himjobs demo`) first, "
                "or give --db"
            )
    from storage import current_revision

    engine = create_engine(url)
    try:
        revision = current_revision(engine)
    except SQLAlchemyError as err:
        reason = str(getattr(err, "orig", None) or err).strip().splitlines()
        raise RunError(
            f"cannot open database {shown(url)}: {reason[0] if reason else type(err).__name__}"
        ) from None
    finally:
        engine.dispose()
    if revision is None and not create:
        raise RunError(
            f"database {shown(url)} holds no himjobs data: run `himjobs crawl` first "
            "(or `himjobs db upgrade` to create the tables)"
        )
    return store


def why_empty(store: Any, *, filtered: bool, today: datetime | None = None) -> str:
    """Why a list came back empty: an empty database, no finished crawl, or the filters."""
    if store.count(include_closed=True, include_duplicates=True) == 0:
        return "The database holds no postings yet: run `himjobs crawl` (or `himjobs demo`)."
    runs = store.runs(limit=20)
    if runs and all(r.status == "running" for r in runs):
        return "No crawl has finished yet; the postings so far are listed as they arrive."
    if filtered:
        total = store.count(today=today)
        return f"None of the {total:,} open postings matches these filters."
    return "Every stored posting is closed or a duplicate."
