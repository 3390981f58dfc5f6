"""Store.upsert: idempotence, change detection, batches, rollback, close_missing / reopen."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from schemas import Hints, Location, Posting, Requirements
from storage import Store, StoreError, UpsertStats
from tests.storage._factory import certs, hourly, posting


def _statements(store: Store) -> list[str]:
    """Record the SQL the store sends from now on."""
    seen: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _log(conn, cursor, statement, params, context, executemany):
        seen.append(statement.strip().split("\n")[0].upper())

    return seen


def _key_view(store: Store, source: str) -> dict[tuple[str, str], tuple[int | None, dict]]:
    rows = store.search(source=source, include_closed=True, limit=10_000)
    return {(p.source, p.external_id): (p.id, p.model_dump(exclude={"id"})) for p in rows}


def test_round_trip_keeps_every_field(store: Store) -> None:
    p = posting(
        "rt-1",
        locations=[("Tulsa", "OK"), ("Wichita", "KS")],
        remote=False,
        education_required="high_school",
        experience_years_required=0.5,
        certifications=certs((["RHIT", "RHIA"], "required", None), (["CCA"], "preferred", 6)),
        pay=hourly(17.5, 21),
        shifts=["day", "weekend"],
        employment_types=["full_time"],
    )
    stats = store.upsert([p])
    assert stats == UpsertStats(inserted=1, updated=0, unchanged=0)
    [found] = store.search()
    assert found.id is not None
    assert found.model_dump(exclude={"id"}) == p.model_dump(exclude={"id"})
    assert store.get(found.id) == found
    assert store.find(p.source, p.external_id) == found
    assert store.get(found.id + 1000) is None


def test_unchanged_is_not_rewritten_but_last_seen_moves(store: Store) -> None:
    p = posting("u-1", education_required="associate")
    store.upsert([p])
    [stored] = store.search()
    before = store.record(stored.id)
    time.sleep(0.01)
    sql = _statements(store)
    stats = store.upsert([p])
    assert stats == UpsertStats(inserted=0, updated=0, unchanged=1)
    after = store.record(stored.id)
    assert after.last_seen > before.last_seen
    assert after.first_seen == before.first_seen
    assert after.content_hash == before.content_hash
    # Nothing but the bookkeeping update: no INSERT, no child-row rewrite.
    assert not [s for s in sql if s.startswith(("INSERT", "DELETE"))]
    assert any(s.startswith("UPDATE POSTINGS") for s in sql)


def test_changed_posting_is_updated_and_children_replaced(store: Store) -> None:
    store.upsert([posting("c-1", locations=[("Tulsa", "OK")], education_required="bachelor")])
    [old] = store.search()
    first = store.record(old.id)
    time.sleep(0.01)
    changed = posting(
        "c-1",
        title="HIM Specialist",
        locations=[("Omaha", "NE")],
        education_required="high_school",
    )
    assert store.upsert([changed]) == UpsertStats(inserted=0, updated=1, unchanged=0)
    [new] = store.search()
    assert new.id == old.id and new.title == "HIM Specialist"
    assert store.count(state="OK") == 0 and store.count(state="NE") == 1
    assert store.count(education_at_most="high_school") == 1
    rec = store.record(new.id)
    assert rec.first_seen == first.first_seen and rec.last_seen > first.last_seen


def test_changed_requirements_alone_count_as_a_change(store: Store) -> None:
    store.upsert([posting("r-1", requirements=Requirements(experience_years_required=2))])
    stats = store.upsert([posting("r-1", requirements=Requirements(experience_years_required=1))])
    assert stats.updated == 1
    assert store.count(experience_at_most=1) == 1


def test_batch_holding_one_key_twice_keeps_the_last(store: Store) -> None:
    first = posting("dup", title="Release of Information Specialist")
    last = posting("dup", title="ROI Specialist II")
    stats = store.upsert([first, posting("other"), last])
    assert stats == UpsertStats(inserted=2, updated=0, unchanged=0)
    assert store.find(first.source, "dup").title == "ROI Specialist II"


def test_batches_split_and_counted(store: Store) -> None:
    items = [posting(f"b-{i}") for i in range(25)]
    assert store.upsert(items, batch_size=7) == UpsertStats(25, 0, 0)
    assert store.upsert(items, batch_size=4) == UpsertStats(0, 0, 25)
    assert store.count() == 25


def _broken(ext: str) -> Posting:
    # What a buggy pipeline could hand over: a Posting built without validation.
    good = posting(ext)
    return Posting.model_construct(**{**dict(good), "title": None})


def test_failing_batch_rolls_back_whole(store: Store) -> None:
    store.upsert([posting("keep", title="Medical Records Clerk")])
    batch = [posting("keep", title="Renamed Clerk"), posting("new-one"), _broken("bad-7")]
    with pytest.raises(StoreError, match="bad-7"):
        store.upsert(batch)
    assert store.find("greenhouse:lakeside", "keep").title == "Medical Records Clerk"
    assert store.find("greenhouse:lakeside", "new-one") is None
    assert store.count(include_closed=True) == 1


def test_earlier_batches_stay_when_a_later_one_fails(store: Store) -> None:
    items = [posting("e-1"), posting("e-2"), posting("e-3"), _broken("e-bad")]
    with pytest.raises(StoreError, match="e-bad"):
        store.upsert(items, batch_size=2)
    assert store.count() == 2


def test_upsert_rejects_non_postings(store: Store) -> None:
    with pytest.raises(TypeError):
        store.upsert([{"source": "x"}])  # type: ignore[list-item]


def test_close_missing_then_reopen(store: Store) -> None:
    a, b = posting("a"), posting("b")
    other = posting("z", source="lever:northwind")
    run1 = store.start_run(["greenhouse:lakeside", "lever:northwind"])
    store.upsert([a, b, other], run_id=run1)
    run2 = store.start_run(["greenhouse:lakeside"])
    store.upsert([a], run_id=run2)
    assert store.close_missing("greenhouse:lakeside", run2) == 1
    assert store.close_missing("greenhouse:lakeside", run2) == 0
    assert {p.external_id for p in store.search()} == {"a", "z"}
    assert {p.external_id for p in store.search(include_closed=True)} == {"a", "b", "z"}
    closed = store.find("greenhouse:lakeside", "b")
    assert store.record(closed.id).closed_at is not None
    run3 = store.start_run(["greenhouse:lakeside"])
    assert store.upsert([b], run_id=run3).unchanged == 1
    rec = store.record(closed.id)
    assert rec.closed_at is None and rec.last_run_id == run3 and rec.first_run_id == run1


def test_reopen_on_changed_posting(store: Store) -> None:
    run1 = store.start_run(["greenhouse:lakeside"])
    store.upsert([posting("x")], run_id=run1)
    run2 = store.start_run(["greenhouse:lakeside"])
    assert store.close_missing("greenhouse:lakeside", run2) == 1
    store.upsert([posting("x", title="Records Technician")], run_id=run2)
    assert [p.title for p in store.search()] == ["Records Technician"]


_titles = st.sampled_from(["Medical Records Clerk", "HIM Technician", "Coder I", "ROI Clerk"])
_postings = st.builds(
    lambda ext, title, years, state: posting(
        ext, title=title, locations=[("Springfield", state)], experience_years_required=years
    ),
    st.sampled_from(["1", "2", "3", "4"]),
    _titles,
    st.none() | st.sampled_from([0.0, 0.5, 1.0, 3.0]),
    st.sampled_from(["IL", "MO", "MA"]),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(batch=st.lists(_postings, max_size=8), size=st.integers(1, 5))
def test_upserting_twice_equals_once(store: Store, batch: list[Posting], size: int) -> None:
    source = batch[0].source if batch else "greenhouse:lakeside"
    # Each example starts from whatever earlier examples left: compare states, not absolutes.
    store.upsert(batch, batch_size=size)
    once = _key_view(store, source)
    stats = store.upsert(batch, batch_size=size)
    assert _key_view(store, source) == once
    assert stats.inserted == 0
    for key in {(p.source, p.external_id) for p in batch}:
        last = [p for p in batch if (p.source, p.external_id) == key][-1]
        assert once[key][1] == last.model_dump(exclude={"id"})


def test_seen_since_lists_new_postings(store: Store) -> None:
    store.upsert([posting("old")])
    [old] = store.search()
    cutoff = store.record(old.id).first_seen
    time.sleep(0.01)
    store.upsert([posting("old"), posting("new")])
    later = store.record(store.find(old.source, "new").id).first_seen
    assert later > cutoff
    assert [p.external_id for p in store.seen_since(later)] == ["new"]


def test_link_duplicate_checks_its_arguments(store: Store) -> None:
    store.upsert([posting("d1")])
    [p] = store.search()
    with pytest.raises(ValueError):
        store.link_duplicate(p.id, p.id)
    with pytest.raises(LookupError):
        store.link_duplicate(p.id + 50, p.id)


def test_nul_characters_do_not_fail_a_batch(store: Store) -> None:
    # Scraped pages sometimes carry NULs; PostgreSQL text refuses them, SQLite does not.
    p = posting("nul", title="Records\x00 Clerk", description="Scan\x00 charts")
    assert store.upsert([p, posting("fine")]).inserted == 2
    got = store.find(p.source, "nul")
    assert got.title == "Records Clerk" and got.description == "Scan charts"
    assert store.upsert([p]).unchanged == 1


# One changed value per Posting field (but the database's id): the content hash must cover
# each, including any field added to Posting later (the test fails until it has a value here).
_CHANGED_FIELD = {
    "source": None,  # part of the key: a new key, not a change
    "external_id": None,
    "url": "https://jobs.example.test/elsewhere",
    "apply_url": "https://apply.example.test/1",
    "title": "Health Information Clerk",
    "employer": "Prairie Valley Clinic",
    "description": "Release of information requests; HIPAA training provided.",
    "description_html": "<p>Release of information requests.</p>",
    "locations": [Location(city="Wichita", state="KS")],
    "remote": True,
    "posted_at": datetime(2026, 11, 2, 9, 30),
    "valid_through": datetime(2026, 12, 31),
    "hints": Hints(employment_types=["part_time"]),
    "raw": {"id": "x-1", "tags": ["records", "roi"]},
    "requirements": Requirements(education_required="associate"),
}


def test_a_change_in_any_field_is_a_change(store: Store) -> None:
    assert set(_CHANGED_FIELD) == set(Posting.model_fields) - {"id"}
    base = posting("f-1")
    store.upsert([base])
    for field, value in _CHANGED_FIELD.items():
        if value is None:
            continue
        changed = base.model_copy(update={field: value})
        assert store.upsert([changed]) == UpsertStats(0, 1, 0), field
        assert store.upsert([base]) == UpsertStats(0, 1, 0), field
    # A posting read back (its id set) is the same content.
    [stored] = store.search()
    assert stored.id is not None
    assert store.upsert([stored]) == UpsertStats(0, 0, 1)
