"""Secret-header stripping and Retry-After parsing; the header tests run the real engine and the
real middleware."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy import Request
from scrapy.statscollectors import MemoryStatsCollector

from scrapers.middlewares import SECRET_HOST_META, SecretHeaderMiddleware, retry_after_seconds
from tests.scrapers._crawl import run
from tests.scrapers._second_server import hits, internal, internal_server

__all__ = ["internal", "internal_server"]  # fixtures, imported to be found by pytest

SECRET = "s3cret-test-key"


def _requests_to(mock: Any, path: str) -> list[dict[str, Any]]:
    return [r for r in mock.log() if r["path"] == path]


def _has_secret(entry: dict[str, Any]) -> bool:
    return any(
        k.lower() == "authorization-key" and v == SECRET for k, v in entry["headers"].items()
    )


def test_secret_header_not_sent_to_another_host_on_redirect(mock: Any) -> None:
    mock.add_route(
        {
            "path": "/probe/away",
            "fault": {"kind": "redirect", "location": "{alt_base}/landing/away"},
        }
    )
    mock.add_route({"path": "/landing/away", "json_body": {"ok": True}})
    stats, _ = run("secret_probe", mock.url, boards="away")
    first, landing = _requests_to(mock, "/probe/away"), _requests_to(mock, "/landing/away")
    assert len(first) == 1 and _has_secret(first[0])  # the intended host gets the key
    assert len(landing) == 1 and not _has_secret(landing[0])  # localhost != 127.0.0.1
    assert stats["himjobs/secret_header_stripped"] == 1
    assert stats["probe/final_url"].startswith(mock.alt_url)


def test_secret_header_kept_on_same_host_redirect(mock: Any) -> None:
    mock.add_route(
        {"path": "/probe/home", "fault": {"kind": "redirect", "location": "{base}/landing/home"}}
    )
    mock.add_route({"path": "/landing/home", "json_body": {"ok": True}})
    stats, _ = run("secret_probe", mock.url, boards="home")
    landing = _requests_to(mock, "/landing/home")
    assert len(landing) == 1 and _has_secret(landing[0])
    assert "himjobs/secret_header_stripped" not in stats


def test_secret_header_stays_off_when_the_other_host_needs_a_retry(mock: Any) -> None:
    # Redirect to another host, which answers 503 once: the retry must not regain the header.
    mock.add_route(
        {"path": "/probe/flaky", "fault": {"kind": "redirect", "location": "{alt_base}/landing/f"}}
    )
    mock.add_route(
        {
            "path": "/landing/f",
            "json_body": {"ok": True},
            "fault": {"kind": "fail_then_ok", "failures": 1, "status": 503, "key": "landing-f"},
        }
    )
    stats, _ = run("secret_probe", mock.url, boards="flaky")
    landing = _requests_to(mock, "/landing/f")
    assert stats["retry/count"] == 1 and len(landing) == 2
    assert not any(_has_secret(r) for r in landing)
    assert _has_secret(_requests_to(mock, "/probe/flaky")[0])


@pytest.mark.parametrize(
    ("value", "expected"),
    [(b"3", 3.0), ("120", 120.0), (None, None), ("", None), ("soon", None), ("-5", None)],
)
def test_retry_after_values(value: Any, expected: float | None) -> None:
    assert retry_after_seconds(value) == expected


def test_retry_after_http_date_in_past_is_zero() -> None:
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412500.0) == 0.0


# --- Secrets stay with their origin (issue 13, item 5) ---------------------------------------

USAJOBS_KEY = "test-key-6f1d2c"
USAJOBS_EMAIL = "records.finder@example.org"


def _middleware(**settings: Any) -> SecretHeaderMiddleware:
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(
        settings_dict={"HIMJOBS_SECRET_HEADERS": ["Authorization-Key"], **settings}
    )
    crawler.stats = MemoryStatsCollector(crawler)
    return SecretHeaderMiddleware.from_crawler(crawler)


def _usajobs_request(url: str, meant: str = "https://data.usajobs.gov") -> Request:
    headers = {"Authorization-Key": USAJOBS_KEY, "User-Agent": USAJOBS_EMAIL}
    return Request(url, headers=headers, meta={SECRET_HOST_META: meant})


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://data.usajobs.gov/api/search?Page=2", True),
        ("https://DATA.usajobs.gov:443/api/search", True),
        ("http://data.usajobs.gov/api/search", False),  # https -> http downgrade, same host
        ("https://data.usajobs.gov:8443/api/search", False),  # another port
        ("https://evil.example.org/api/search", False),  # another host
    ],
)
def test_key_and_email_only_to_the_api_origin_over_https(url: str, kept: bool) -> None:
    mw = _middleware(USER_AGENT="himjobs/test")
    request = _usajobs_request(url)
    mw.process_request(request)
    key = request.headers.get("Authorization-Key")
    agent = request.headers.get("User-Agent")
    if kept:
        assert key == USAJOBS_KEY.encode() and agent == USAJOBS_EMAIL.encode()
    else:
        assert key is None and agent == b"himjobs/test"
        assert mw.crawler.stats.get_value("himjobs/secret_header_stripped") == 1


def test_plain_http_never_carries_secrets_except_loopback_in_tests() -> None:
    meant = "http://127.0.0.1:8080"
    for allow, kept in ((False, False), (True, True)):
        request = _usajobs_request(f"{meant}/api/search", meant=meant)
        _middleware(HIMJOBS_ALLOW_PRIVATE_URLS=allow).process_request(request)
        assert (request.headers.get("Authorization-Key") is not None) is kept
    # An http origin that is not loopback is refused even when the spider names it.
    request = _usajobs_request("http://mirror.example.org/api/search", "http://mirror.example.org")
    _middleware(HIMJOBS_ALLOW_PRIVATE_URLS=True).process_request(request)
    assert request.headers.get("Authorization-Key") is None
    # A bare host (the older meta form) means https.
    request = _usajobs_request("http://data.usajobs.gov/x", meant="data.usajobs.gov")
    _middleware().process_request(request)
    assert request.headers.get("Authorization-Key") is None


def test_usajobs_spider_sends_no_secrets_to_a_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    from scrapy.utils.test import get_crawler

    from scrapers.spiders.usajobs import UsajobsSpider

    monkeypatch.setenv("HIMJOBS_USAJOBS_KEY", USAJOBS_KEY)
    monkeypatch.setenv("HIMJOBS_USAJOBS_EMAIL", USAJOBS_EMAIL)
    for base, sent in (
        (None, True),
        ("https://mirror.example.org", False),
        ("http://data.usajobs.gov", False),
    ):
        crawler = get_crawler(UsajobsSpider)
        spider = UsajobsSpider.from_crawler(crawler, api_base=base, keywords="x")
        (request,) = spider.board_requests("keyword:x")
        assert (request.headers.get("Authorization-Key") is not None) is sent, base
        assert (request.headers.get("User-Agent") == USAJOBS_EMAIL.encode()) is sent, base


def _usajobs_redirect(mock: Any, location: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    mock.add_route(
        {
            "path": "/api/search",
            "query": {"Keyword": "medical records"},
            "fault": {"kind": "redirect", "location": location + "/moved/search?Page=1"},
        }
    )
    return run("usajobs", mock.url, keywords="medical records")


@pytest.mark.parametrize("where", ["another host name", "another port"])
def test_usajobs_key_and_email_do_not_follow_a_redirect(
    mock: Any,
    internal: Any,
    monkeypatch: pytest.MonkeyPatch,
    reliability: Any,
    where: str,
) -> None:
    monkeypatch.setenv("HIMJOBS_USAJOBS_KEY", USAJOBS_KEY)
    monkeypatch.setenv("HIMJOBS_USAJOBS_EMAIL", USAJOBS_EMAIL)
    target = mock.alt_url if where == "another host name" else internal.url
    landing = mock if where == "another host name" else internal
    landing.add_route({"path": "/moved/search", "file": "usajobs/search_keyword.json"})
    stats, items = _usajobs_redirect(mock, target)
    (moved,) = [r for r in hits(landing) if r["path"] == "/moved/search"]
    sent = {k.lower(): v for k, v in moved["headers"].items()}
    leaked = [n for n, v in (("key", USAJOBS_KEY), ("e-mail", USAJOBS_EMAIL)) if v in sent.values()]
    reliability.record(
        "secrets",
        f"USAJOBS search redirected to {where}",
        stored=len(items),
        outcome=f"sent there: {', '.join(leaked) or 'neither key nor e-mail'}",
    )
    assert "authorization-key" not in sent
    assert USAJOBS_EMAIL not in sent.values() and "himjobs" in sent["user-agent"]
    first = next(r for r in mock.log() if r["query"].get("Keyword") == "medical records")
    assert first["headers"].get("Authorization-Key") == USAJOBS_KEY  # the API got both
    assert first["headers"].get("User-Agent") == USAJOBS_EMAIL
    assert stats["himjobs/secret_header_stripped"] == 1 and items
