"""Secret-header stripping and Retry-After parsing; the header test runs the real engine."""

from __future__ import annotations

from typing import Any

import pytest

from scrapers.middlewares import retry_after_seconds
from tests.scrapers._crawl import run

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
