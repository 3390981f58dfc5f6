"""Store.duplicate_candidates, the stored dedupe_key, closing an original, and migration 0003
filling the key of postings stored before it (SQLite and, when configured, PostgreSQL)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

import storage._rows
from matcher import duplicate_key
from storage import Store
from storage._migrate import alembic_config
from storage._models import PostingRow
from tests.storage._factory import posting

KEY = duplicate_key(posting())  # Lakeside Regional Health | medical records clerk | OK


def _id(store: Store, ext: str, source: str = "greenhouse:lakeside") -> int:
    found = store.find(source, ext)
    assert found is not None and found.id is not None
    return found.id


def test_upsert_stores_the_duplicate_key(store: Store) -> None:
    store.upsert([posting("a"), posting("b", locations=[("Austin", "TX"), ("Tulsa", "OK")])])
    with Session(store.engine) as s:
        keys = dict(s.execute(select(PostingRow.external_id, PostingRow.dedupe_key)).all())
    assert keys == {"a": KEY, "b": KEY.replace("|OK", "|OK,TX")}
    # A rewrite with a new title moves the posting to its new block.
    store.upsert([posting("a", title="Release of Information Specialist")])
    with Session(store.engine) as s:
        key = s.scalar(select(PostingRow.dedupe_key).where(PostingRow.external_id == "a"))
    assert key == KEY.replace("medical records clerk", "release of information specialist")


def test_a_new_title_normalisation_rekeys_a_posting_seen_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A posting stored by a version that normalised its title otherwise ("HIM" kept as a word,
    as before session 13 spelled it out) got the stored key of that version; seen again with
    the same content it was "unchanged", kept the old key, and a re-post under today's key
    never met it in a block. The key is hashed with the content, so seeing it again rewrites it."""
    him = posting("a", title="HIM Clerk")
    old_key = "lakeside regional health|him clerk|OK"
    with monkeypatch.context() as m:
        m.setattr(storage._rows, "dedupe_key", lambda p: old_key)
        assert store.upsert([him]).inserted == 1
    with Session(store.engine) as s:
        assert s.scalar(select(PostingRow.dedupe_key)) == old_key
    again = store.upsert([him])
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 0)
    new_key = duplicate_key(him)
    assert new_key == "lakeside regional health|health information management clerk|OK"
    with Session(store.engine) as s:
        assert s.scalar(select(PostingRow.dedupe_key)) == new_key
    # the re-post on another board now shares the block
    store.upsert([posting("b", source="lever:lakeside", title="Health Information Mgmt Clerk")])
    got = store.duplicate_candidates([new_key])
    assert [p.external_id for p in got[new_key]] == ["a", "b"]
    # and a third sighting is unchanged again
    assert store.upsert([him]).unchanged == 1


def test_candidates_are_open_unlinked_blocks_of_two_or_more_oldest_first(store: Store) -> None:
    store.upsert([posting("old")])
    store.upsert([posting("new", source="lever:lakeside"), posting("lone", title="Coding Clerk")])
    store.upsert([posting("linked"), posting("shut")])
    store.link_duplicate(_id(store, "linked"), _id(store, "old"))
    with Session(store.engine) as s, s.begin():
        s.execute(
            update(PostingRow)
            .where(PostingRow.external_id == "shut")
            .values(closed_at=PostingRow.first_seen)
        )
    lone_key = duplicate_key(posting("lone", title="Coding Clerk"))
    got = store.duplicate_candidates([KEY, lone_key, "nobody|nothing|"])
    # "lone" is alone in its block; "linked" is a duplicate and "shut" closed: neither offered.
    assert list(got) == [KEY]
    assert [(p.source, p.external_id) for p in got[KEY]] == [
        ("greenhouse:lakeside", "old"),
        ("lever:lakeside", "new"),
    ]
    first = got[KEY][0]
    assert first.id == _id(store, "old") and first.description and first.locations
    assert store.duplicate_candidates([]) == {}


def test_closing_an_original_promotes_its_first_seen_open_duplicate(store: Store) -> None:
    run = store.start_run(["greenhouse:lakeside"])
    store.upsert([posting("orig")], run_id=run)
    store.upsert([posting("copy1", source="lever:lakeside")])
    store.upsert([posting("copy2", source="ashby:lakeside")])
    orig, c1, c2 = (
        _id(store, "orig"),
        _id(store, "copy1", "lever:lakeside"),
        _id(store, "copy2", "ashby:lakeside"),
    )
    store.link_duplicate(c1, orig)
    store.link_duplicate(c2, orig)
    assert store.count() == 1
    later = store.start_run(["greenhouse:lakeside"])
    assert store.close_missing("greenhouse:lakeside", later) == 1  # "orig" is gone
    r1, r2 = store.record(c1), store.record(c2)
    assert r1 is not None and r2 is not None
    assert r1.duplicate_of is None and r2.duplicate_of == c1
    shown = store.search()
    assert [(p.source, p.external_id) for p in shown] == [("lever:lakeside", "copy1")]


def test_migration_fills_the_key_of_rows_stored_before_it(store_url: str) -> None:
    store = Store(store_url)
    store.upsert([posting("a"), posting("b", title="ROI Specialist", locations=[("Enid", "OK")])])
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")  # as a database of the previous release
    assert "dedupe_key" not in {c["name"] for c in inspect(store.engine).get_columns("postings")}
    assert store.upgrade() == store.revision() and store.revision() not in (None, "0002")
    with Session(store.engine) as s:
        keys = dict(s.execute(select(PostingRow.external_id, PostingRow.dedupe_key)).all())
    assert keys == {
        "a": KEY,
        "b": duplicate_key(posting("b", title="ROI Specialist", locations=[("Enid", "OK")])),
    }
    assert set(store.duplicate_candidates([KEY])) == set()  # one posting in that block
    store.upsert([posting("a2", source="lever:lakeside")])
    assert [p.external_id for p in store.duplicate_candidates([KEY])[KEY]] == ["a", "a2"]
    store.close()


def test_a_crowded_block_gives_only_its_newest_postings(store: Store) -> None:
    # Comparing each new posting with every posting of a huge block made ingest quadratic.
    from storage._dedupe import BLOCK_LIMIT

    for i in range(BLOCK_LIMIT + 5):  # one upsert each: first_seen grows with i
        store.upsert([posting(f"p{i:03d}", description=f"Clerk job number {i} of the block.")])
    block = store.duplicate_candidates([KEY])[KEY]
    assert [p.external_id for p in block] == [f"p{i:03d}" for i in range(5, BLOCK_LIMIT + 5)]
