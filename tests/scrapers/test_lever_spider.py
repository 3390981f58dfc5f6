"""Lever spider: skip/limit paging, empty and unknown sites, 429, repeat pages, bad bodies."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.scrapers._crawl import bad_pages, run


@pytest.fixture(scope="module")
def crawl_result(mockserver: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    mockserver.reset()
    boards = "lakeshoremed,nopostings,repeater,busysite,ctrlchars,unknownsite"
    result = run("lever", mockserver.url, boards=boards, page_size="2")
    return (*result, mockserver.log())


def test_multi_page_board(crawl_result: Any) -> None:
    stats, items, log = crawl_result
    assert stats["finish_reason"] == "finished"
    lake = [r["query"] for r in log if r["path"] == "/v0/postings/lakeshoremed"]
    assert [q["skip"] for q in lake] == ["0", "2"]  # stops after the short second page
    titles = Counter(i["title"] for i in items)
    assert titles["Senior Software Engineer"] == 2  # lakeshoremed page 2 + busysite after 429
    assert titles["Health Information Technician"] == 2  # lakeshoremed + repeater's one page


def test_429_retry_after_honoured(crawl_result: Any) -> None:
    stats, _, _ = crawl_result
    assert stats["retry/reason_count/429 Unknown Status"] == 1
    assert stats["retry/retry_after_honoured"] == 1
    assert stats["retry/backoff_seconds"] >= 1.0


def test_repeat_page_stops_paging(crawl_result: Any) -> None:
    stats, _, log = crawl_result
    assert stats["himjobs/bad_pages/repeated_page"] == 1
    assert len([r for r in log if r["path"] == "/v0/postings/repeater"]) == 2


def test_bad_pages(crawl_result: Any) -> None:
    stats, items, _ = crawl_result
    kinds = {b["url"].split("/v0/postings/")[1].split("?")[0]: b["kind"] for b in bad_pages(stats)}
    assert kinds == {
        "repeater": "repeated_page",
        "ctrlchars": "malformed_json",
        "unknownsite": "not_found",
    }
    assert len(items) == 3 + 2 + 1  # lakeshoremed + repeater page 1 + busysite


def test_network_faults_recorded_and_crawl_finishes(mock: Any) -> None:
    boards = "resetsite,dropsite,partialsite,slowsite,recovers,lakeshoremed"
    stats, items = run(
        "lever",
        mock.url,
        boards=boards,
        page_size="2",
        # 2 s against slowsite's 3 s delay: the healthy pages keep 2 s on a loaded machine
        # (with 1 s, a full parallel run once timed one of them out)
        settings={"DOWNLOAD_TIMEOUT": 2, "RETRY_TIMES": 3},
    )
    assert stats["finish_reason"] == "finished"
    # recovers: three 502s then the page; lakeshoremed: two pages. Faulty sites give nothing.
    assert len(items) == 1 + 3
    failed = {b["url"].split("/v0/postings/")[1].split("?")[0] for b in bad_pages(stats)}
    assert failed == {"resetsite", "dropsite", "partialsite", "slowsite"}
    assert stats["himjobs/bad_pages/download_error"] == 4
    # Readable reasons, not Twisted's Failure reprs (scrapers/spiders/_reasons.py).
    reasons = {
        b["url"].split("/v0/postings/")[1].split("?")[0]: b["reason"] for b in bad_pages(stats)
    }
    assert reasons == {
        "resetsite": "connection lost before a response",
        "dropsite": "connection closed by the server before a response",
        "partialsite": "response cut off before its end (data loss)",
        "slowsite": "timed out after 2 s",
    }
    assert stats["retry/reason_count/502 Bad Gateway"] == 3
    # every faulty URL was tried 1 + RETRY_TIMES times before it was recorded
    tries = Counter(r["path"] for r in mock.log())
    assert all(tries[f"/v0/postings/{s}"] == 4 for s in failed)


def test_employer_name_from_the_sources_file(mockserver: Any, tmp_path: Any) -> None:
    # Lever sends no company name: a [lever.employers] entry names it, else the site token shows.
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[lever]\nboards = ["lakeshoremed", "repeater"]\n'
        '[lever.employers]\nlakeshoremed = "Lakeshore Medical Center"\n',
        encoding="utf-8",
    )
    mockserver.reset()
    _, items = run("lever", mockserver.url, sources_file=str(sources), page_size="2")
    by_board = Counter(i["employer"] for i in items)
    assert by_board["Lakeshore Medical Center"] == 3
    assert set(by_board) == {"Lakeshore Medical Center", "repeater"}
