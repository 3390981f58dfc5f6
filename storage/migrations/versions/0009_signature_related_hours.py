"""Requirement signatures keep what matching reads of a path's evidence (session 15).

A path's education item reads the semester hours that let a related degree count ("an
associate degree in HIT/HIM, or a related degree with a minimum of 12 semester hours in HIT/HIM")
from the path's evidence, which revision 0008's signatures left out: Store.gaps judged such a
posting as if no related degree counted (a health graduate in another field counted as blocked,
and "+1 year" as opening it), unlike matcher.gaps. storage._signatures now keeps
matcher.evidence_read of each path; this revision recomputes the signature of every stored
posting with paths, in id order 2,000 at a time. A row whose stored fields no longer validate
keeps its signature. Signature rows no posting points at any more are left (a few short rows;
gap analysis reads signatures only through postings).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 02:40:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from pydantic import ValidationError

from schemas import Requirements
from storage._signatures import signature_ids, signature_text

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 2000

# The columns read and written, as this revision knows them (not the ORM model).
_postings = sa.table(
    "postings",
    sa.column("id", sa.Integer),
    sa.column("requirements", sa.JSON),
    sa.column("signature_id", sa.Integer),
)


def _requirements(row: Any) -> Requirements | None:
    if not row.requirements or not row.requirements.get("paths"):
        return None  # no paths: the signature holds no evidence, nothing changes
    try:
        return Requirements.model_validate(row.requirements)
    except ValidationError:
        return None


def upgrade() -> None:
    conn = op.get_bind()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    t = _postings.c
    read = sa.select(t.id, t.requirements).order_by(t.id)
    write = (
        sa.update(_postings)
        .where(t.id == sa.bindparam("row_id"))
        .values(signature_id=sa.bindparam("sig"))
    )
    last = 0
    while rows := conn.execute(read.where(t.id > last).limit(_CHUNK)).all():
        last = rows[-1].id
        texts = {
            r.id: text
            for r in rows
            if (req := _requirements(r)) is not None and (text := signature_text(req)) is not None
        }
        ids = signature_ids(conn, mark, list(texts.values()))
        if texts:
            conn.execute(write, [{"row_id": i, "sig": ids[x]} for i, x in texts.items()])


def downgrade() -> None:
    # the 0009 signatures are valid 0008 data (a path's evidence is optional): nothing to undo
    pass
