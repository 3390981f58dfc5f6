"""Crawl runs, crawl errors and the per-source record."""

from __future__ import annotations

import pytest

from storage import Store


def test_run_lifecycle(store: Store) -> None:
    run = store.start_run(["greenhouse:lakeside", "usajobs"])
    store.record_error(run, "usajobs", "https://api.example.test/search?page=3", "HTTP 503")
    store.record_error(run, "usajobs", None, "truncated JSON")
    store.finish_run(
        run,
        status="partial",
        counts={"greenhouse:lakeside": {"seen": 40, "stored": 12}, "usajobs": 0},
        kinds={"greenhouse:lakeside": "greenhouse", "usajobs": "usajobs"},
    )
    [info] = store.runs()
    assert info.id == run and info.status == "partial" and info.errors == 2
    assert info.finished_at is not None and info.finished_at >= info.started_at
    assert info.counts["greenhouse:lakeside"]["stored"] == 12
    errors = store.run_errors(run)
    assert [(e.source, e.reason) for e in errors] == [
        ("usajobs", "HTTP 503"),
        ("usajobs", "truncated JSON"),
    ]
    assert errors[0].url.endswith("page=3") and errors[1].url is None
    sources = {s["name"]: s for s in store.sources()}
    assert sources["greenhouse:lakeside"]["kind"] == "greenhouse"
    assert sources["greenhouse:lakeside"]["last_count"] == 12
    # A partial run is not a good count.
    assert sources["greenhouse:lakeside"]["last_good_count"] is None


def test_last_good_count_and_last_run(store: Store) -> None:
    first = store.start_run(["lever:northwind"])
    store.finish_run(first, status="ok", counts={"lever:northwind": 30})
    second = store.start_run(["lever:northwind", "ashby:pinecrest"])
    store.finish_run(second, status="failed", counts={"lever:northwind": 2})
    src = {s["name"]: s for s in store.sources()}["lever:northwind"]
    assert src["last_good_count"] == 30 and src["last_count"] == 2
    assert src["last_status"] == "failed" and src["last_run_id"] == second
    assert store.last_run().id == second
    assert store.last_run(status="ok").id == first
    assert store.last_run(source="ashby:pinecrest").id == second
    assert store.last_run(source="workday:none") is None
    assert [r.id for r in store.runs(limit=1)] == [second]


def test_an_ok_share_of_a_crawl_is_no_baseline(store: Store) -> None:
    # One worker of a shared Redis crawl stored a share of the source: its ok run must not
    # become the last good count the next crawl is judged against.
    whole = store.start_run(["lever:saguaro"])
    store.finish_run(whole, status="ok", counts={"lever:saguaro": {"stored": 48}})
    share = store.start_run(["lever:saguaro"])
    store.finish_run(share, status="ok", counts={"lever:saguaro": {"stored": 9}}, baseline=False)
    src = {s["name"]: s for s in store.sources()}["lever:saguaro"]
    assert src["last_good_count"] == 48
    assert src["last_count"] == 9 and src["last_run_id"] == share and src["last_status"] == "ok"


def test_finish_run_checks_status_and_run(store: Store) -> None:
    run = store.start_run([])
    with pytest.raises(ValueError, match="status"):
        store.finish_run(run, status="done-ish", counts={})
    with pytest.raises(LookupError):
        store.finish_run(run + 99, status="ok", counts={})
