"""Per-source crawl leases: one crawl run of a source at a time, across processes and hosts
(storage/_leases.py). Two crawls of one source each closed what the other had just refreshed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 09:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_leases",
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=300), nullable=True),
        sa.Column("acquired_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("source", name="pk_source_leases"),
    )


def downgrade() -> None:
    op.drop_table("source_leases")
