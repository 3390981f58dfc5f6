"""Requirement signatures for Store.gaps (issue 14): gap analysis without reading wide rows.

- requirement_signatures: one row per distinct combination of what gap analysis reads of a
  posting's requirements (storage._signatures), keyed by its sha256;
- postings.signature_id: the posting's row there (NULL: requirements never read);
- postings.usd_hourly / usd_hourly_top: the pay the matcher reads (requirements, else the
  source's hint), US dollars an hour, as one figure (its exact decimal text) and as the top of
  the range;
- ix_postings_open_signature: a partial index of the open, non-duplicate postings by
  (signature_id, id) holding every column Store.gaps filters on, so it never reads the table.

Existing rows are filled from their stored requirements and hints, in id order 2,000 at a time.
A row whose stored fields no longer validate keeps NULL (gap analysis skips it until a crawl
rewrites it). Columns or a table already there (a database some tool widened by hand) are left.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:10:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from pydantic import ValidationError

from schemas import Posting
from storage._signatures import signature_ids, signature_text, usd_pay

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 2000
_INDEX_COLUMNS = (
    "signature_id",
    "id",
    "valid_through",
    "state",
    "workplace",
    "remote",
    "usd_hourly_top",
    "usd_hourly",
    # always NULL here, but SQLite reads the table for the partial index's own WHERE terms
    # unless the index holds their columns too
    "closed_at",
    "duplicate_of",
)
_OPEN = "closed_at IS NULL AND duplicate_of IS NULL"

# The columns read and written, as this revision knows them (not the ORM model).
_postings = sa.table(
    "postings",
    sa.column("id", sa.Integer),
    sa.column("hints", sa.JSON),
    sa.column("requirements", sa.JSON),
    sa.column("signature_id", sa.Integer),
    sa.column("usd_hourly", sa.String),
    sa.column("usd_hourly_top", sa.Float),
)


def _posting(row: Any) -> Posting | None:
    try:
        return Posting.model_validate(
            {
                "source": "-",
                "external_id": "-",
                "url": "-",
                "title": "-",
                "hints": row.hints or {},
                "requirements": row.requirements,
            }
        )
    except ValidationError:
        return None


def upgrade() -> None:
    conn = op.get_bind()
    inspector = sa.inspect(conn)
    if "requirement_signatures" not in inspector.get_table_names():
        op.create_table(
            "requirement_signatures",
            sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("digest", sa.String(length=64), nullable=False),
            sa.Column("requirements", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("id", name="pk_requirement_signatures"),
            sa.UniqueConstraint("digest", name="uq_requirement_signatures_digest"),
        )
    have = {c["name"] for c in inspector.get_columns("postings")}
    for name, kind in (
        ("signature_id", sa.Integer()),
        ("usd_hourly", sa.String(length=32)),
        ("usd_hourly_top", sa.Float()),
    ):
        if name not in have:
            op.add_column("postings", sa.Column(name, kind, nullable=True))
    _backfill(conn)
    # after the backfill: one index build instead of an update per row
    op.create_index(
        "ix_postings_open_signature",
        "postings",
        list(_INDEX_COLUMNS),
        sqlite_where=sa.text(_OPEN),
        postgresql_where=sa.text(_OPEN),
    )


def _backfill(conn: sa.Connection) -> None:
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    t = _postings.c
    read = sa.select(t.id, t.hints, t.requirements).order_by(t.id)
    write = (
        sa.update(_postings)
        .where(t.id == sa.bindparam("row_id"))
        .values(
            signature_id=sa.bindparam("sig"),
            usd_hourly=sa.bindparam("usd"),
            usd_hourly_top=sa.bindparam("top"),
        )
    )
    last = 0
    while rows := conn.execute(read.where(t.id > last).limit(_CHUNK)).all():
        last = rows[-1].id
        found = [(r.id, p) for r in rows if (p := _posting(r)) is not None]
        texts = {i: signature_text(p.requirements) for i, p in found}
        ids = signature_ids(conn, mark, [x for x in texts.values() if x is not None])
        values = []
        for i, p in found:
            usd, top = usd_pay(p)
            sig = texts[i]
            if sig is not None or usd is not None:
                values.append(
                    {
                        "row_id": i,
                        "sig": None if sig is None else ids[sig],
                        "usd": None if usd is None else repr(usd),
                        "top": top,
                    }
                )
        if values:
            conn.execute(write, values)


def downgrade() -> None:
    op.drop_index("ix_postings_open_signature", table_name="postings")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch copy: dropping the old table of a
    # batch copy deletes every posting's child rows through their ON DELETE CASCADE keys
    for name in ("usd_hourly_top", "usd_hourly", "signature_id"):
        op.execute(f"ALTER TABLE postings DROP COLUMN {name}")
    op.drop_table("requirement_signatures")
