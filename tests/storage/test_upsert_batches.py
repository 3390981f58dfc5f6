"""Store.upsert's batch contract where the write path chunks and builds rows itself: large
batches across statement boundaries, mixed outcomes in one batch, a failure late in a batch,
datetimes stored so that filters compare them exactly."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from schemas import CertificationRequirement, Posting, Requirements
from storage import Store, StoreError, UpsertStats
from tests.storage._factory import certs, posting

_STATES = ["OK", "KS", "NE", "IA", "MO"]


def _many(n: int, *, title: str = "Medical Records Clerk") -> list[Posting]:
    """``n`` postings across two sources; every third needs an RHIT, every fifth has no
    requirements at all, locations vary in state and number."""
    out = []
    for i in range(n):
        source = "greenhouse:lakeside" if i % 2 else "lever:prairiecare"
        locs = [("Salina", _STATES[i % 5])] + ([("Ames", "IA")] if i % 7 == 0 else [])
        if i % 5 == 0:
            out.append(posting(f"m-{i}", source=source, title=title, locations=locs))
            continue
        groups = certs((["RHIT", "RHIA"], "required", None)) if i % 3 == 0 else []
        out.append(
            posting(
                f"m-{i}",
                source=source,
                title=title,
                locations=locs,
                certifications=groups,
                experience_years_required=float(i % 4),
            )
        )
    return out


def test_large_batch_crosses_statement_boundaries(store: Store) -> None:
    # More postings than one multi-row INSERT or one IN (...) list takes, in a single batch.
    items = _many(1203)
    assert store.upsert(items, batch_size=5000) == UpsertStats(1203, 0, 0)
    assert store.count() == 1203
    ks = sum(1 for i in range(1203) if _STATES[i % 5] == "KS")
    assert store.count(state="KS") == ks
    ia = sum(1 for i in range(1203) if _STATES[i % 5] == "IA" or i % 7 == 0)
    assert store.count(state="IA") == ia
    needs_cert = sum(1 for i in range(1203) if i % 5 and i % 3 == 0)
    assert store.count(no_certification_required=True) == 1203 - needs_cert
    assert store.count(certifications_within=["RHIA"]) == 1203

    assert store.upsert(items, batch_size=5000) == UpsertStats(0, 0, 1203)
    changed = [
        p.model_copy(update={"title": "HIM Clerk"}) if i % 3 == 0 else p
        for i, p in enumerate(items)
    ]
    assert store.upsert(changed, batch_size=5000) == UpsertStats(0, 401, 802)
    assert store.count(text="HIM Clerk") == 401
    # Child rows were replaced, not added to.
    assert store.count(state="IA") == ia
    assert store.count(no_certification_required=True) == 1203 - needs_cert


def test_one_batch_with_new_changed_and_unchanged_postings(store: Store) -> None:
    run1 = store.start_run(["greenhouse:lakeside"])
    store.upsert([posting("same"), posting("edit"), posting("gone")], run_id=run1)
    run2 = store.start_run(["greenhouse:lakeside"])
    assert store.close_missing("greenhouse:lakeside", run2) == 3
    time.sleep(0.01)
    batch = [posting("same"), posting("edit", title="Chart Abstractor"), posting("fresh")]
    assert store.upsert(batch, run_id=run2) == UpsertStats(1, 1, 1)
    for ext in ("same", "edit", "fresh"):
        rec = store.record(store.find("greenhouse:lakeside", ext).id)
        assert rec.closed_at is None and rec.last_run_id == run2
        assert rec.first_run_id == (run2 if ext == "fresh" else run1)
        assert rec.last_seen >= rec.first_seen
    same = store.record(store.find("greenhouse:lakeside", "same").id)
    assert same.last_seen > same.first_seen
    assert store.record(store.find("greenhouse:lakeside", "gone").id).closed_at is not None
    assert {p.external_id for p in store.search()} == {"same", "edit", "fresh"}


def test_same_external_id_in_two_sources_are_two_postings(store: Store) -> None:
    a = posting("42", source="greenhouse:lakeside", title="Coder I")
    b = posting("42", source="lever:prairiecare", title="ROI Specialist")
    assert store.upsert([a, b]) == UpsertStats(2, 0, 0)
    assert store.find("greenhouse:lakeside", "42").title == "Coder I"
    assert store.find("lever:prairiecare", "42").title == "ROI Specialist"


def _duplicate_code_posting(ext: str) -> Posting:
    # What a buggy pipeline could hand over: a certification group built without validation,
    # naming one code twice. The posting row goes in; its certification rows then collide.
    group = CertificationRequirement.model_construct(
        any_of=["RHIT", "RHIT"], level="required", within_months=None, evidence=None
    )
    req = Requirements.model_construct(**{**dict(Requirements()), "certifications": [group]})
    return posting(ext, requirements=req)


def test_failure_late_in_a_batch_leaves_nothing_of_that_batch(store: Store) -> None:
    first = [
        posting("kept", locations=[("Tulsa", "OK")], experience_years_required=1),
        posting("seen", locations=[("Tulsa", "OK")]),
    ]
    store.upsert(first)
    seen_before = store.record(store.find("greenhouse:lakeside", "seen").id)
    time.sleep(0.01)
    batch = [
        posting("kept", locations=[("Omaha", "NE")], experience_years_required=4),
        posting("seen", locations=[("Tulsa", "OK")]),
        posting("added"),
        _duplicate_code_posting("collides"),
    ]
    with pytest.raises(StoreError, match="rolled back"):
        store.upsert(batch)
    # The rewrite of "kept", its new child rows, the bookkeeping of "seen" and both new
    # postings all went with the failed batch.
    assert store.count(include_closed=True) == 2
    assert store.find("greenhouse:lakeside", "added") is None
    assert store.find("greenhouse:lakeside", "collides") is None
    assert store.count(state="OK") == 2 and store.count(state="NE") == 0
    assert store.count(experience_at_most=1) == 2
    assert store.record(store.find("greenhouse:lakeside", "seen").id) == seen_before
    # The store is still usable and the same postings, fixed, go in.
    fixed = batch[:3] + [posting("collides", certifications=certs((["RHIT"], "required", None)))]
    assert store.upsert(fixed) == UpsertStats(2, 1, 1)


def test_failing_batch_after_committed_ones_in_one_call(store: Store) -> None:
    items = [posting(f"c-{i}") for i in range(6)] + [_duplicate_code_posting("c-bad")]
    with pytest.raises(StoreError, match="c-4"):
        store.upsert(items, batch_size=4)
    assert sorted(p.external_id for p in store.search()) == ["c-0", "c-1", "c-2", "c-3"]


@pytest.mark.parametrize(
    "moment",
    [datetime(2026, 3, 2), datetime(2026, 3, 2, 9, 30, 5), datetime(2026, 3, 2, 9, 30, 5, 120)],
)
def test_posted_since_compares_stored_datetimes_exactly(store: Store, moment: datetime) -> None:
    # SQLite keeps datetimes as text: the upsert must write the exact text SQLAlchemy binds
    # for a filter, else equal moments compare unequal.
    store.upsert([posting("t", posted_at=moment)])
    assert [p.external_id for p in store.search(posted_since=moment)] == ["t"]
    later = moment.replace(microsecond=moment.microsecond + 1)
    assert store.search(posted_since=later) == []
    assert store.find("greenhouse:lakeside", "t").posted_at == moment
