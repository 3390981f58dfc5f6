"""scrapers._ingest.Ingester: the one relevance -> extract -> upsert -> dedupe path, on SQLite and
(with HIMJOBS_TEST_POSTGRES_URL) PostgreSQL."""

from __future__ import annotations

from typing import Any

from schemas import Location, Posting
from scrapers._ingest import Ingester
from storage import Store

TEXT = (
    "Cedar Ridge Orthopedics needs a medical records specialist to process release requests, "
    "merge duplicate charts and scan incoming referrals. Associate degree preferred; high school "
    "diploma required. CCA or RHIT a plus. Full time, days, on site in Lubbock."
)


def posting(ext: str, *, source: str = "greenhouse", **kw: Any) -> Posting:
    base: dict[str, Any] = {
        "source": source, "external_id": ext, "url": f"https://jobs.example/{source}/{ext}",
        "title": "Medical Records Specialist", "employer": "Cedar Ridge Orthopedics",
        "description": TEXT, "locations": [Location(city="Lubbock", state="TX")],
    }  # fmt: skip
    return Posting(**{**base, **kw})


def reconciled(c: dict[str, int]) -> bool:
    return c["seen"] == c["stored"] + c["dropped_irrelevant"] + c["failed"]


def test_batches_flush_at_size_and_on_flush(store: Store) -> None:
    ing = Ingester(store, batch_size=2)
    for i in range(3):
        ing.add(posting(str(i), description=f"{TEXT} Requisition {i}.", employer=f"Clinic {i}"))
    assert store.count() == 2  # one full batch written, one posting still buffered
    ing.flush()
    assert store.count() == 3
    c = ing.counts["greenhouse"]
    assert (c["seen"], c["stored"], c["inserted"]) == (3, 3, 3) and reconciled(c)


def test_repeated_key_in_a_batch_counts_every_posting(store: Store) -> None:
    ing = Ingester(store, batch_size=10)
    for _ in range(3):
        ing.add(posting("7"))  # the same posting listed on three boards
    ing.flush()
    c = ing.counts["greenhouse"]
    assert (c["seen"], c["stored"], c["inserted"], c["unchanged"]) == (3, 3, 1, 2)
    assert reconciled(c) and store.count() == 1


def test_unstorable_posting_fails_alone(store: Store) -> None:
    failures: list[tuple[str, str | None, str]] = []
    ing = Ingester(store, batch_size=10, on_failure=lambda *a: failures.append(a))
    ing.add(posting("1"))
    # raw that cannot be written as JSON: the batch transaction fails, then one by one
    ing.add(posting("2", employer="Lubbock Health", raw={"odd": object()}))
    ing.add(posting("3", employer="Plains Family Medicine"))
    ing.flush()
    c = ing.counts["greenhouse"]
    assert (c["seen"], c["stored"], c["failed"]) == (3, 2, 1) and reconciled(c)
    assert {p.external_id for p in store.search(include_duplicates=True)} == {"1", "3"}
    ((source, url, reason),) = failures
    assert source == "greenhouse" and url == "https://jobs.example/greenhouse/2"
    assert "not stored" in reason


def test_irrelevant_dropped_and_requirements_stored(store: Store) -> None:
    ing = Ingester(store)
    assert ing.add(posting("1")) == "kept"
    assert ing.add(posting("2", title="Police Records Clerk", description="Sheriff's office.")) == (
        "irrelevant"
    )
    ing.flush()
    assert ing.counts["greenhouse"]["dropped_irrelevant"] == 1
    stored = store.find("greenhouse", "1")
    assert stored is not None and stored.requirements is not None
    assert stored.requirements.education_required == "high_school"
    assert {c for g in stored.requirements.certifications for c in g.any_of} >= {"CCA", "RHIT"}


def test_same_job_on_two_sources_is_linked_not_a_different_job(store: Store) -> None:
    ing = Ingester(store, batch_size=1)
    ing.add(posting("gh-1"))
    ing.add(posting("lv-1", source="lever", title="Medical Record Specialist"))  # a repost
    ing.add(posting("lv-2", source="lever", locations=[Location(city="Midland", state="TX")]))
    ing.add(posting("lv-3", source="lever", title="Medical Records Specialist II"))  # a level
    ing.flush()
    assert ing.counts["lever"]["duplicates"] == 1
    first = store.find("greenhouse", "gh-1")
    repost = store.find("lever", "lv-1")
    assert first is not None and repost is not None and first.id and repost.id
    record = store.record(repost.id)
    assert record is not None and record.duplicate_of == first.id
    for ext in ("lv-2", "lv-3"):
        other = store.find("lever", ext)
        assert other is not None and other.id
        rec = store.record(other.id)
        assert rec is not None and rec.duplicate_of is None
    assert store.count() == 3  # the repost is hidden from searches


def test_older_posting_seen_later_becomes_the_original(store: Store) -> None:
    setup = Ingester(store)
    setup.add(posting("old"))
    setup.flush()
    ing = Ingester(store, batch_size=1)
    ing.add(posting("new", source="lever"))  # stored after "old", seen first in this crawl
    ing.add(posting("old"))
    ing.flush()
    old, new = store.find("greenhouse", "old"), store.find("lever", "new")
    assert old is not None and new is not None and old.id and new.id
    rec = store.record(new.id)
    assert rec is not None and rec.duplicate_of == old.id
    old_rec = store.record(old.id)
    assert old_rec is not None and old_rec.duplicate_of is None
