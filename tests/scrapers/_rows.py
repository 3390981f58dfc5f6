"""What a crawl left in the database, read straight from the tables (duplicates and closed
postings included, which Store.search hides), and a check that every posting is whole."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select

from storage import Store
from storage._models import PostingCertification, PostingLocation, PostingRow


def stored_rows(store: Store) -> list[tuple[str, str, str]]:
    """(source, external_id, title) of every posting row."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(PostingRow.source, PostingRow.external_id, PostingRow.title))
        return [(r.source, r.external_id, r.title) for r in rows]


def duplicated_keys(store: Store) -> list[tuple[str, str]]:
    counts = Counter((s, e) for s, e, _ in stored_rows(store))
    return [k for k, n in counts.items() if n > 1]


def half_written(store: Store) -> list[str]:
    """Postings whose side rows disagree with the posting: no requirements, certification rows
    that are not the requirements' groups, or location rows that are not its locations."""
    problems: list[str] = []
    with store.engine.connect() as conn:
        certs: dict[int, set[tuple[Any, ...]]] = {}
        for c in conn.execute(select(PostingCertification)):
            certs.setdefault(c.posting_id, set()).add((c.group_no, c.code, c.level))
        locs = Counter(r.posting_id for r in conn.execute(select(PostingLocation.posting_id)))
        for row in conn.execute(select(PostingRow)):
            label = f"{row.source}:{row.external_id}"
            if row.requirements is None:
                problems.append(f"{label}: no requirements")
                continue
            want = {
                (g, code, group["level"])
                for g, group in enumerate(row.requirements.get("certifications") or [])
                for code in group["any_of"]
            }
            if certs.get(row.id, set()) != want:
                problems.append(f"{label}: certification rows {certs.get(row.id)} != {want}")
            if locs.get(row.id, 0) != len(row.locations or []):
                problems.append(f"{label}: {locs.get(row.id, 0)} location rows")
    return problems


def reconciles(stats: dict[str, Any]) -> bool:
    """seen = stored + dropped_irrelevant + failed (the pipeline's counters)."""
    return bool(
        stats["himjobs/seen"]
        == stats["himjobs/stored"] + stats["himjobs/dropped_irrelevant"] + stats["himjobs/failed"]
    )
