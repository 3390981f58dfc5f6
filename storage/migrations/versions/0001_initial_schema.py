"""Initial schema: postings with their locations and certifications, crawl runs, sources.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 20:29:59.973591
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_runs")),
    )
    op.create_index("ix_crawl_runs_started", "crawl_runs", ["started_at"], unique=False)

    op.create_table(
        "crawl_errors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_crawl_errors_run_id_crawl_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_errors")),
    )
    op.create_index("ix_crawl_errors_run", "crawl_errors", ["run_id", "source"], unique=False)

    op.create_table(
        "postings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("external_id", sa.String(length=300), nullable=False),
        sa.Column("listed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("state", sa.String(length=2), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("workplace", sa.String(length=10), nullable=True),
        sa.Column("remote", sa.Boolean(), nullable=True),
        sa.Column("education_rank", sa.SmallInteger(), nullable=True),
        sa.Column("education_substitutable", sa.Boolean(), nullable=False),
        sa.Column("experience_years", sa.Float(), nullable=True),
        sa.Column("required_cert_groups", sa.SmallInteger(), nullable=False),
        sa.Column("pay_hourly_min", sa.Float(), nullable=True),
        sa.Column("pay_hourly_max", sa.Float(), nullable=True),
        sa.Column("employment_mask", sa.Integer(), nullable=False),
        sa.Column("shift_mask", sa.Integer(), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=True),
        sa.Column("valid_through", sa.DateTime(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.Column("first_run_id", sa.Integer(), nullable=True),
        sa.Column("last_run_id", sa.Integer(), nullable=True),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("apply_url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("employer", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("description_html", sa.Text(), nullable=True),
        sa.Column("locations", sa.JSON(), nullable=False),
        sa.Column("hints", sa.JSON(), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("requirements", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["duplicate_of"],
            ["postings.id"],
            name=op.f("fk_postings_duplicate_of_postings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["first_run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_postings_first_run_id_crawl_runs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["last_run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_postings_last_run_id_crawl_runs"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_postings")),
        sa.UniqueConstraint("source", "external_id", name="uq_postings_source_external_id"),
    )
    op.create_index("ix_postings_listed", "postings", ["listed_at", "id"], unique=False)
    op.create_index(
        "ix_postings_workplace", "postings", ["workplace", "listed_at", "id"], unique=False
    )

    op.create_table(
        "sources",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("last_run_id", sa.Integer(), nullable=True),
        sa.Column("last_status", sa.String(length=20), nullable=True),
        sa.Column("last_count", sa.Integer(), nullable=True),
        sa.Column("last_good_count", sa.Integer(), nullable=True),
        sa.Column("last_good_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["last_run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_sources_last_run_id_crawl_runs"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sources")),
    )
    op.create_table(
        "posting_certifications",
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("group_no", sa.SmallInteger(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("within_months", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["postings.id"],
            name=op.f("fk_posting_certifications_posting_id_postings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "posting_id", "group_no", "code", name=op.f("pk_posting_certifications")
        ),
    )
    op.create_index(
        "ix_posting_certifications_code", "posting_certifications", ["code", "level"], unique=False
    )

    op.create_table(
        "posting_locations",
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=True),
        sa.Column("city_key", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["postings.id"],
            name=op.f("fk_posting_locations_posting_id_postings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("posting_id", "position", name=op.f("pk_posting_locations")),
    )
    op.create_index(
        "ix_posting_locations_city", "posting_locations", ["city_key", "state"], unique=False
    )
    op.create_index(
        "ix_posting_locations_state", "posting_locations", ["state", "posting_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_posting_locations_state", table_name="posting_locations")
    op.drop_index("ix_posting_locations_city", table_name="posting_locations")

    op.drop_table("posting_locations")
    op.drop_index("ix_posting_certifications_code", table_name="posting_certifications")

    op.drop_table("posting_certifications")
    op.drop_table("sources")
    op.drop_index("ix_postings_workplace", table_name="postings")
    op.drop_index("ix_postings_listed", table_name="postings")

    op.drop_table("postings")
    op.drop_index("ix_crawl_errors_run", table_name="crawl_errors")

    op.drop_table("crawl_errors")
    op.drop_index("ix_crawl_runs_started", table_name="crawl_runs")

    op.drop_table("crawl_runs")
