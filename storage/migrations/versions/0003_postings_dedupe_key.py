"""Store each posting's duplicate block key, so duplicates are found across sources and crawls.

Adds postings.dedupe_key (matcher.duplicate_key: employer | normalised title | states) with an
index, and fills it for the rows already stored, reading them in id order 2,000 at a time. A
row whose stored fields no longer validate as a Posting keeps NULL: it is never offered as a
duplicate candidate, and gets its key the next time a crawl rewrites it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:40:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from pydantic import ValidationError

from schemas import Posting
from storage._rows import dedupe_key

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 2000

# The columns matcher.duplicate_key reads, as this revision knows them (not the ORM model,
# which later revisions may change).
_postings = sa.table(
    "postings",
    sa.column("id", sa.Integer),
    sa.column("source", sa.String),
    sa.column("external_id", sa.String),
    sa.column("url", sa.Text),
    sa.column("title", sa.Text),
    sa.column("employer", sa.Text),
    sa.column("locations", sa.JSON),
    sa.column("remote", sa.Boolean),
    sa.column("dedupe_key", sa.String),
)


def _key(row: Any) -> str | None:
    try:
        posting = Posting.model_validate(
            {
                "source": row.source,
                "external_id": row.external_id,
                "url": row.url,
                "title": row.title,
                "employer": row.employer,
                "locations": row.locations or [],
                "remote": row.remote,
            }
        )
    except ValidationError:
        return None
    return dedupe_key(posting)


def upgrade() -> None:
    op.add_column("postings", sa.Column("dedupe_key", sa.String(length=300), nullable=True))
    op.create_index("ix_postings_dedupe_key", "postings", ["dedupe_key"], unique=False)
    conn = op.get_bind()
    t = _postings.c
    read = sa.select(
        t.id, t.source, t.external_id, t.url, t.title, t.employer, t.locations, t.remote
    ).order_by(t.id)
    write = (
        sa.update(_postings)
        .where(t.id == sa.bindparam("row_id"))
        .values(dedupe_key=sa.bindparam("key"))
    )
    last = 0
    while rows := conn.execute(read.where(t.id > last).limit(_CHUNK)).all():
        last = rows[-1].id
        keys = [{"row_id": r.id, "key": k} for r in rows if (k := _key(r)) is not None]
        if keys:
            conn.execute(write, keys)


def downgrade() -> None:
    op.drop_index("ix_postings_dedupe_key", table_name="postings")
    with op.batch_alter_table("postings") as batch:
        batch.drop_column("dedupe_key")
