"""SmartRecruiters spider: list paging with the totalFound stop rule, one detail per posting."""

from __future__ import annotations

from typing import Any

from tests.scrapers._crawl import run


def test_pages_details_and_retry(mock: Any) -> None:
    stats, items = run(
        "smartrecruiters", mock.url, boards="Mercyview,QuietCo,Nobody", page_size="2"
    )
    assert stats["finish_reason"] == "finished"
    assert sorted(i["external_id"] for i in items) == [
        "744000091234567",
        "744000091234568",
        "744000091234590",
    ]
    lists = [
        r["query"]["offset"] for r in mock.log() if r["path"] == "/v1/companies/Mercyview/postings"
    ]
    assert lists == ["0", "2"]  # 0 + 2 < 3, then 2 + 1 >= 3 stops
    assert stats["retry/reason_count/503 Service Unavailable"] == 1
    assert stats["himjobs/bad_pages"] == 1 and stats["himjobs/bad_pages/not_found"] == 1
    coordinator = next(i for i in items if i["external_id"] == "744000091234567")
    assert "2 years in a hospital HIM department" in coordinator["description"]
