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
        "source": source,
        "external_id": ext,
        "url": f"https://jobs.example/{source}/{ext}",
        "title": "Medical Records Specialist",
        "employer": "Cedar Ridge Orthopedics",
        "description": TEXT,
        "locations": [Location(city="Lubbock", state="TX")],
    }
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


def test_links_reach_postings_another_ingester_stored_and_are_counted_once(store: Store) -> None:
    first = Ingester(store)
    first.add(posting("gh-9"))
    first.flush()
    second = Ingester(store)  # another spider, or the next crawl
    second.add(posting("lv-9", source="lever"))
    second.flush()
    assert second.counts["lever"]["duplicates"] == 1
    repost = store.find("lever", "lv-9")
    assert repost is not None and repost.id is not None
    rec = store.record(repost.id)
    assert rec is not None and rec.duplicate_of == store.find("greenhouse", "gh-9").id  # type: ignore[union-attr]
    again = Ingester(store)  # the same two seen again: nothing new to link or count
    again.add(posting("gh-9"))
    again.add(posting("lv-9", source="lever"))
    again.flush()
    assert again.counts["greenhouse"]["duplicates"] == again.counts["lever"]["duplicates"] == 0
    assert store.count() == 1 and store.count(include_duplicates=True) == 2


def test_reopened_older_posting_takes_back_the_job(store: Store) -> None:
    """A posting older than the kept one, closed when the other was stored, reopens: the newer
    one is linked to it, since the earliest first_seen is kept."""
    run = store.start_run(["greenhouse"])
    setup = Ingester(store, run_id=run)
    setup.add(posting("gh-old"))
    setup.flush()
    store.close_missing("greenhouse", store.start_run(["greenhouse"]))  # gh-old closed
    later = Ingester(store)
    later.add(posting("lv-new", source="lever"))
    later.flush()
    assert later.counts["lever"]["duplicates"] == 0  # nothing open to link to
    back = Ingester(store)
    back.add(posting("gh-old"))  # seen again: reopens
    back.flush()
    assert back.counts["greenhouse"]["duplicates"] == 1
    new = store.find("lever", "lv-new")
    old = store.find("greenhouse", "gh-old")
    assert new is not None and old is not None and new.id and old.id
    assert store.record(new.id).duplicate_of == old.id  # type: ignore[union-attr]
    assert store.record(old.id).duplicate_of is None  # type: ignore[union-attr]
