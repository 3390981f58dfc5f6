"""Run the Alembic migrations shipped inside the package, without an alembic.ini."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, select

from storage._wal import begin_immediate

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _copy_tree(src: Traversable, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for entry in src.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                _copy_tree(entry, dest / entry.name)
        else:
            (dest / entry.name).write_bytes(entry.read_bytes())


@functools.cache
def _script_location() -> Path:
    """The migrations folder; copied out to a temp dir (once per process) when the package is
    imported from a zip, as in a scrapyd egg, because Alembic needs real files."""
    if MIGRATIONS.is_dir():
        return MIGRATIONS
    target = Path(tempfile.mkdtemp(prefix="himjobs-migrations-"))
    atexit.register(shutil.rmtree, target, True)
    _copy_tree(resources.files("storage").joinpath("migrations"), target / "migrations")
    return target / "migrations"


def alembic_config(url: str | None = None) -> Config:
    """An Alembic Config pointing at the packaged migrations (works from a wheel or an egg)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(_script_location()))
    if url is not None:
        # ConfigParser interpolation treats % specially; URLs may hold escaped passwords.
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


#: pg_advisory_xact_lock key held while migrating, so that workers starting together on an empty
#: PostgreSQL database (scrapy-redis mode) migrate one after the other instead of failing on
#: "relation already exists"; whoever comes second finds the schema at head and does nothing.
#: SQLite gets the same from BEGIN IMMEDIATE.
MIGRATION_LOCK_KEY = 0x68696D6A6F6273  # "himjobs"


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK_KEY)))
        else:
            # The same on SQLite: take the write lock before Alembic reads the revision, so a
            # second process opening a new database waits (busy_timeout), then finds it at head.
            # Without it both created the tables and one failed on "already exists".
            begin_immediate(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def ensure_head(engine: Engine) -> str | None:
    """The revision in force, after migrating an empty database to head (a database at another
    revision is left as it is: the caller says what to run)."""
    current = current_revision(engine)
    if current is None:
        upgrade(engine)
        current = current_revision(engine)
    return current
