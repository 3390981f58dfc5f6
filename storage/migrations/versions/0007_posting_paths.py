"""Qualification paths (issue 14): two query columns on postings.

- experience_kind: the kind of the required experience (0 coding, 1 records, 2 healthcare,
  3 any; NULL when the posting does not say), so the SQL filter compares a profile's years of
  that kind as the matcher does;
- path_flags: bit 1 = the requirements list qualification paths, bit 2 = a residence limit.
  The flat columns are then only a first cut: the SQL lets such postings through for the matcher
  to judge. Rows stored before this revision hold requirements without paths: 0 is right for them.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-03 09:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN with a constant default: no table rewrite on SQLite or PostgreSQL 11+. A column
    # already there (a database some tool widened by hand) is left as it is.
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("postings")}
    if "experience_kind" not in have:
        op.add_column("postings", sa.Column("experience_kind", sa.SmallInteger(), nullable=True))
    if "path_flags" not in have:
        op.add_column(
            "postings",
            sa.Column("path_flags", sa.SmallInteger(), nullable=False, server_default="0"),
        )


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch copy: dropping the old table of a
    # batch copy deleted every posting's child rows through their ON DELETE CASCADE keys
    for name in ("path_flags", "experience_kind"):
        op.execute(f"ALTER TABLE postings DROP COLUMN {name}")
