"""Per-source leases (issue 13, item 4): one crawl run of a source at a time, on both backends."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from schemas import Posting
from storage import Store, StoreError
from storage._models import SourceLease
from storage._rows import utcnow


def _posting(n: int) -> Posting:
    return Posting(
        source="greenhouse",
        external_id=f"g{n}",
        url=f"https://boards.example.org/jobs/{n}",
        title="Medical Records Clerk",
        employer="Northridge Health",
        description="Release of information and chart assembly.",
    )


def _lapse(store: Store, source: str) -> None:
    """Make the lease look as if its holder stopped renewing it long ago."""
    with Session(store.engine) as s, s.begin():
        s.execute(
            update(SourceLease)
            .where(SourceLease.source == source)
            .values(expires_at=utcnow().replace(year=2000))
        )


def test_second_run_is_refused_while_the_first_holds_it(store: Store) -> None:
    first, second = store.start_run(["greenhouse"]), store.start_run(["greenhouse"])
    assert store.take_lease("greenhouse", first, ttl=60) is None
    assert store.take_lease("greenhouse", first, ttl=60) is None  # re-entrant: a renewal
    held = store.take_lease("greenhouse", second, ttl=60)
    assert held is not None and held.run_id == first
    assert f"run {first} (" in held.describe() and "lease until" in held.describe()
    # another source is free
    assert store.take_lease("lever", second, ttl=60) is None
    assert store.lease("greenhouse").run_id == first  # type: ignore[union-attr]
    # a run that does not hold it cannot release it
    store.release_lease("greenhouse", second)
    assert store.lease("greenhouse").run_id == first  # type: ignore[union-attr]
    store.release_lease("greenhouse", first)
    assert store.lease("greenhouse") is None
    assert store.take_lease("greenhouse", second, ttl=60) is None


def test_an_expired_lease_is_taken_over_and_the_old_run_closes_nothing(
    store: Store, reliability: object
) -> None:
    old, new = store.start_run(["greenhouse"]), store.start_run(["greenhouse"])
    store.upsert([_posting(1), _posting(2)], run_id=old)
    assert store.take_lease("greenhouse", old, ttl=60) is None
    _lapse(store, "greenhouse")  # the old crawl hung past its lease
    assert store.take_lease("greenhouse", new, ttl=60) is None
    store.upsert([_posting(3)], run_id=new)
    assert not store.renew_lease("greenhouse", old, ttl=60)
    # The old run wakes up and would close 3 (which it never saw): refused, nothing closed.
    with pytest.raises(StoreError, match=rf"run {old} no longer holds the lease.*nothing closed"):
        store.close_missing("greenhouse", old, lease_ttl=60)
    assert store.count(include_closed=False) == 3
    # The holder closes what it did not see.
    assert store.close_missing("greenhouse", new, lease_ttl=60) == 2
    reliability.record(  # type: ignore[attr-defined]
        "crawl lock",
        "a crawl whose lease lapsed (hung) finishes after another took the source over",
        stored=3,
        lost=0,
        outcome="taken over; the old run's close refused ('no longer holds the lease')",
    )


def test_waiting_for_a_lease_is_bounded_and_gets_it_when_released(store: Store) -> None:
    first, second = store.start_run(["lever"]), store.start_run(["lever"])
    assert store.take_lease("lever", first, ttl=60) is None
    began = time.monotonic()
    assert store.take_lease("lever", second, ttl=60, wait=0.3) is not None
    assert 0.25 <= time.monotonic() - began < 5
    threading.Timer(0.3, store.release_lease, args=("lever", first)).start()
    assert store.take_lease("lever", second, ttl=60, wait=10) is None


def test_concurrent_takers_get_one_lease(store_url: str) -> None:
    setup = Store(store_url)
    runs = [setup.start_run(["ashby"]) for _ in range(6)]
    setup.close()
    results: dict[int, object] = {}
    barrier = threading.Barrier(len(runs))

    def take(run: int) -> None:
        with Store(store_url) as mine:
            barrier.wait()
            results[run] = mine.take_lease("ashby", run, ttl=60)

    threads = [threading.Thread(target=take, args=(r,)) for r in runs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [r for r, other in results.items() if other is None]
    assert len(winners) == 1
    with Store(store_url) as check:
        assert check.lease("ashby").run_id == winners[0]  # type: ignore[union-attr]
