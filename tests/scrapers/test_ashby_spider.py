"""Ashby spider: one request per board (names with spaces), unlisted skipped, empty/unknown."""

from __future__ import annotations

from typing import Any

from tests.scrapers._crawl import bad_pages, run


def test_boards(mock: Any) -> None:
    stats, items = run("ashby", mock.url, boards="Harbor Point Clinics,emptyboard,ghost")
    assert stats["finish_reason"] == "finished"
    assert len(items) == 3 and all(i["employer"] == "Harbor Point Clinics" for i in items)
    assert "ff00aa11-2b3c-4d5e-8f90-a1b2c3d4e5f6" not in {i["external_id"] for i in items}
    assert stats["himjobs/empty_boards"] == 1
    assert [b["kind"] for b in bad_pages(stats)] == ["not_found"]
    paths = {r["path"] for r in mock.log()}
    assert "/posting-api/job-board/Harbor Point Clinics" in paths
