"""Index postings by first_seen, for "new since the last crawl" (`himjobs match --new`).

Without it, Store.matches(new_since=...) walks every stored posting to find the few new ones
(about a second per 100,000 postings on SQLite).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 02:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_postings_first_seen", "postings", ["first_seen", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_postings_first_seen", table_name="postings")
