"""Storage: SQLAlchemy 2.0 typed ORM, one Store class, Alembic migrations."""

from __future__ import annotations

__all__: list[str] = []
