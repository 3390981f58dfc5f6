"""Duplicate bookkeeping in the store: candidate blocks for the ingest, and closed originals.

A posting linked as a duplicate (postings.duplicate_of) points at the posting kept for the job:
the one first seen earliest (first_seen, then id). Searches and matches show only the kept one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, aliased

from matcher import MAX_DESCRIPTION_CHARS
from schemas import Posting
from storage._models import PostingRow

#: keys per IN (...) list: well under SQLite's bound-parameter limit
_CHUNK = 500
#: postings read per block, the most recently first seen. A block is one employer, title and
#: states; a real one rarely holds more than a few dozen open postings, but a generated or
#: pathological board can hold thousands, and comparing every new posting with all of them made
#: ingest quadratic. A re-post of a job older than the newest BLOCK_LIMIT is then kept unlinked.
BLOCK_LIMIT = 50


def candidates(s: Session, keys: Iterable[str]) -> dict[str, list[Posting]]:
    """Open, non-duplicate postings of every block among ``keys`` that holds two or more.

    One statement per 500 keys; at most BLOCK_LIMIT per block, the most recently first seen.
    Lists come oldest first (first_seen, then id); each Posting
    carries its id and what matcher.is_duplicate reads (the description cut to the length it
    compares), not the raw payload, HTML or requirements.
    """
    p = PostingRow
    wanted = sorted(set(keys))
    live = (p.closed_at.is_(None), p.duplicate_of.is_(None))
    out: dict[str, list[Posting]] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        # Most blocks hold only the posting just stored: read the rows of the others only.
        crowded = (
            select(p.dedupe_key)
            .where(p.dedupe_key.in_(chunk), *live)
            .group_by(p.dedupe_key)
            .having(func.count() > 1)
        )
        rank = (
            func.row_number()
            .over(partition_by=p.dedupe_key, order_by=(p.first_seen.desc(), p.id.desc()))
            .label("rank")
        )
        newest = select(p.id, rank).where(p.dedupe_key.in_(crowded), *live).subquery("newest")
        stmt = (
            select(
                p.dedupe_key,
                p.id,
                p.source,
                p.external_id,
                p.url,
                p.title,
                p.employer,
                func.substr(p.description, 1, MAX_DESCRIPTION_CHARS),
                p.locations,
                p.remote,
            )
            .join(newest, newest.c.id == p.id)
            .where(newest.c.rank <= BLOCK_LIMIT)
            .order_by(p.dedupe_key, p.first_seen, p.id)
        )
        for key, pid, source, ext, url, title, employer, text, locations, remote in s.execute(stmt):
            out.setdefault(key, []).append(
                Posting.model_validate(
                    {
                        "id": pid,
                        "source": source,
                        "external_id": ext,
                        "url": url,
                        "title": title,
                        "employer": employer,
                        "description": text or "",
                        "locations": locations or [],
                        "remote": remote,
                    }
                )
            )
    return out


def promote_orphans(s: Session, closed_at: datetime) -> int:
    """Open duplicates of postings closed at ``closed_at``: in each group the first seen becomes
    the kept posting and the others point at it, so the job stays visible. Returns how many
    were promoted."""
    p, original = PostingRow, aliased(PostingRow)
    rows = s.execute(
        select(p.id, p.duplicate_of)
        .join(original, original.id == p.duplicate_of)
        .where(p.closed_at.is_(None), original.closed_at == closed_at)
        .order_by(p.duplicate_of, p.first_seen, p.id)
    ).all()
    groups: dict[int, list[int]] = {}
    for pid, of in rows:
        if of is not None:  # the join guarantees it; the column type does not
            groups.setdefault(of, []).append(pid)
    for first, *others in groups.values():
        s.execute(update(p).where(p.id == first).values(duplicate_of=None))
        if others:
            s.execute(update(p).where(p.id.in_(others)).values(duplicate_of=first))
    return len(groups)
