"""Child tables clustered on their primary key; drop the unused certification-code index.

posting_locations and posting_certifications are only ever read by posting_id (every query
correlates on it), and each posting writes one to four rows into them. On SQLite a table with a
composite primary key is a rowid B-tree plus a separate B-tree for the key: WITHOUT ROWID keeps
the rows in the key's own B-tree, one B-tree less per table to write on every insert and delete.
ix_posting_certifications_code (code, level) served no query on either backend (the
certification filters look rows up by posting_id, the primary key's first column), and cost a
B-tree insert per certification row. PostgreSQL has no rowid: there only the index goes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 03:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _locations(name: str, **kw: bool) -> None:
    op.create_table(
        name,
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=True),
        sa.Column("city_key", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["postings.id"],
            name="fk_posting_locations_posting_id_postings",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("posting_id", "position", name="pk_posting_locations"),
        **kw,
    )


def _certifications(name: str, **kw: bool) -> None:
    op.create_table(
        name,
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("group_no", sa.SmallInteger(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("within_months", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["postings.id"],
            name="fk_posting_certifications_posting_id_postings",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("posting_id", "group_no", "code", name="pk_posting_certifications"),
        **kw,
    )


def _rebuild(*, with_rowid: bool) -> None:
    """SQLite cannot switch a table's rowid in place: copy each child table into a new one."""
    kw = {} if with_rowid else {"sqlite_with_rowid": False}
    for table, create in (
        ("posting_locations", _locations),
        ("posting_certifications", _certifications),
    ):
        create(f"_new_{table}", **kw)
        op.execute(f"INSERT INTO _new_{table} SELECT * FROM {table}")
        op.drop_table(table)  # its indexes go with it
        op.rename_table(f"_new_{table}", table)
    op.create_index(
        "ix_posting_locations_city", "posting_locations", ["city_key", "state"], unique=False
    )
    op.create_index(
        "ix_posting_locations_state", "posting_locations", ["state", "posting_id"], unique=False
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(with_rowid=False)  # drops ix_posting_certifications_code with its table
    else:
        op.drop_index("ix_posting_certifications_code", table_name="posting_certifications")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(with_rowid=True)
    op.create_index(
        "ix_posting_certifications_code", "posting_certifications", ["code", "level"], unique=False
    )
