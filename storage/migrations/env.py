"""Alembic environment for the himjobs store; configured from code (storage._migrate), no ini."""

from __future__ import annotations

from alembic import context
from alembic.config import Config
from sqlalchemy import Connection, create_engine

from storage._models import Base

config: Config | None
try:
    config = context.config
except AttributeError:  # imported outside Alembic (pytest --doctest-modules): nothing to run
    config = None
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline(config: Config) -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online(config: Config) -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if config is not None:
    if context.is_offline_mode():
        run_migrations_offline(config)
    else:
        run_migrations_online(config)
