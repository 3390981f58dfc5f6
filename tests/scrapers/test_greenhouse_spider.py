"""Greenhouse spider through the real Scrapy engine against the mock server."""

from __future__ import annotations

from typing import Any

import pytest

from tests.scrapers._crawl import bad_pages, run


@pytest.fixture(scope="module")
def crawl_result(mockserver: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    mockserver.reset()
    boards = "northridgehealth,quietclinic,nosuchboard,flakyboard,cutoff,htmlish,loop,huge"
    return run("greenhouse", mockserver.url, boards=boards)


def test_finishes_and_counts(crawl_result: Any) -> None:
    stats, items = crawl_result
    assert stats["finish_reason"] == "finished"
    # northridgehealth (3) + flakyboard after two 500s (3) + htmlish despite text/html (3)
    assert len(items) == 9 == stats["item_scraped_count"]
    assert {i["external_id"] for i in items} == {"5120031", "5120044", "5120102"}
    assert all(i["source"] == "greenhouse" for i in items)


def test_retries_500_then_success(crawl_result: Any) -> None:
    stats, _ = crawl_result
    assert stats["retry/reason_count/500 Internal Server Error"] == 2
    assert stats["retry/backoff_seconds"] > 0


def test_bad_pages_recorded(crawl_result: Any) -> None:
    stats, _ = crawl_result
    by_url = {b["url"].split("/v1/boards/")[1].split("/")[0]: b for b in bad_pages(stats)}
    assert by_url["nosuchboard"]["kind"] == "not_found"
    assert by_url["cutoff"]["kind"] == "malformed_json"
    assert "loop" in by_url  # redirect loop given up, recorded
    assert by_url["huge"]["kind"] == "download_error"  # 50 MB > DOWNLOAD_MAXSIZE
    assert "quietclinic" not in by_url  # an empty board is not an error
    assert stats["himjobs/bad_pages"] == len(bad_pages(stats)) == 4


def test_robots_txt_obeyed(mock: Any) -> None:
    mock.add_route(
        {
            "path": "/robots.txt",
            "content_type": "text/plain",
            "body": "User-agent: *\nDisallow: /v1/boards/northridgehealth/\n",
        }
    )
    stats, items = run("greenhouse", mock.url, boards="northridgehealth")
    assert items == []
    assert stats["himjobs/bad_pages/ignored"] == 1
    assert not [r for r in mock.log() if r["path"].startswith("/v1/boards/northridgehealth")]


def test_pay_transparency_detail_requests(mock: Any) -> None:
    stats, items = run("greenhouse", mock.url, boards="northridgehealth", pay_transparency="1")
    by_id = {i["external_id"]: i for i in items}
    assert set(by_id) == {"5120031", "5120044", "5120102"}  # no posting lost to a bad detail
    pay = by_id["5120031"]["hints"]["pay"]
    assert (pay["min"], pay["max"], pay["period"]) == (17.5, 21.25, "hour")
    assert by_id["5120044"]["hints"]["pay"] is None
    kinds = sorted(b["kind"] for b in bad_pages(stats))
    assert kinds == ["malformed_json", "not_found"]  # 5120044 truncated, 5120102 unrouted


def test_employer_name_from_the_sources_file(mockserver: Any, tmp_path: Any) -> None:
    # Boards in the 2013 shape send no company_name: a [greenhouse.employers] entry names the
    # employer, else the board token shows (as for Lever).
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[greenhouse]\nboards = ["hudsonpractice"]\n'
        '[greenhouse.employers]\nhudsonpractice = "Hudson Family Practice"\n',
        encoding="utf-8",
    )
    _, named = run("greenhouse", mockserver.url, sources_file=str(sources))
    assert named and {i["employer"] for i in named} == {"Hudson Family Practice"}
    _, bare = run("greenhouse", mockserver.url, boards="hudsonpractice")
    assert bare and {i["employer"] for i in bare} == {"hudsonpractice"}
