"""Bad-page reasons for network failures are readable: what happened, not Twisted's reprs.

Through the real engine for the failures a local test can cause (TLS handshake with a plain HTTP
server, an unresolvable name, a closed port); the chains Scrapy builds are also checked directly.
The mock server's reset / drop / partial / timeout faults are in test_lever_spider.py.
"""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import DownloadCancelledError, DownloadFailedError
from twisted.internet.error import ConnectionDone, ConnectionLost
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from scrapers.spiders._reasons import describe
from storage import Store
from tests.scrapers._crawl import bad_pages, run

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wrapped(inner: BaseException, wrapper: type[ResponseFailed]) -> DownloadFailedError:
    """What Scrapy's HTTP/1.1 handler raises: DownloadFailedError from a ResponseFailed that
    lists Twisted Failures."""
    try:
        try:
            raise wrapper([Failure(inner)])
        except ResponseFailed as exc:
            raise DownloadFailedError(str(exc)) from exc
    except DownloadFailedError as exc:
        return exc


def test_raw_scrapy_chains_are_named() -> None:
    lost = _wrapped(ConnectionLost("Connection lost."), ResponseNeverReceived)
    assert "twisted.python.failure.Failure" in str(lost)  # what used to be stored
    assert describe(lost) == "connection lost before a response"
    done = _wrapped(ConnectionDone("Connection was closed cleanly."), ResponseFailed)
    assert describe(done) == "connection closed by the server during the response"
    big = DownloadCancelledError(
        "Expected to receive 52428800 bytes which is larger than download max size (20971520) "
        "in request <GET http://x.example/a>."
    )
    assert describe(big) == "response too large: 50.0 MiB, the limit is 20.0 MiB"
    streamed = DownloadCancelledError(
        "Received 20971600 bytes which is larger than download max size (20971520) "
        "in request <GET http://x.example/a>."
    )
    assert describe(streamed) == "response too large: over the 20.0 MiB limit"
    # Something unknown keeps its words, without the Failure repr around them.
    odd = _wrapped(KeyError("surprise"), ResponseFailed)
    text = describe(odd)
    assert text.startswith("DownloadFailedError: ") and "surprise" in text
    assert "<twisted" not in text


@pytest.mark.parametrize(
    ("label", "base", "expected"),
    [
        ("TLS handshake with a plain HTTP server", "https://127.0.0.1:{port}", r"^TLS error: \w"),
        ("a name that does not resolve", "http://jobs.no-such-host.invalid", r"^DNS lookup failed"),
        ("a closed port", "http://127.0.0.1:{closed}", r"^connection refused$"),
    ],
)
def test_network_failures_through_the_engine(
    mock: Any, tmp_path: Path, reliability: Any, label: str, base: str, expected: str
) -> None:
    port = mock.url.rsplit(":", 1)[1]
    api_base = base.format(port=port, closed=_closed_port())
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": url, "RETRY_TIMES": 0}
    stats, items = run("lever", api_base, boards="northshore", settings=settings)
    with Store(url) as store:
        (info,) = store.runs()
        errors = store.run_errors(info.id)
    reasons = "; ".join(e.reason for e in errors)
    reliability.record(
        "crawl fault",
        f"{label} (the reason stored)",
        stored=len(items),
        errors=len(errors),
        outcome=f"run {info.status}; recorded: {reasons}",
    )
    assert stats["finish_reason"] == "finished" and items == []
    (bad,) = bad_pages(stats)
    assert bad["kind"] == "download_error" and "/v0/postings/northshore" in bad["url"]
    assert re.search(expected, bad["reason"]), bad["reason"]
    assert "Failure" not in bad["reason"] and "twisted" not in bad["reason"]
    # the run stores the same readable reason
    assert [(e.url, e.reason) for e in errors] == [(bad["url"], bad["reason"])]
    assert info.status == "failed"
