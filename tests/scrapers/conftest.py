"""Fixtures for scraper tests: the session-scoped mock server (tests/mockserver.py) and a
redis-server per test module (tests/_daemons.py)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests._daemons import redis_server

ROOT = Path(__file__).resolve().parents[2]


class MockServer:
    """Handle on the running mock server: its URL, run-time routes and the request log."""

    def __init__(self, url: str) -> None:
        self.url = url
        port = url.rsplit(":", 1)[1]
        #: the same server under another host name, for cross-host tests
        self.alt_url = f"http://localhost:{port}"

    def _post(self, path: str, data: Any = None) -> None:
        body = json.dumps(data or {}).encode()
        req = urllib.request.Request(self.url + path, data=body, method="POST")
        req.add_header("Content-Type", "application/json")
        urllib.request.urlopen(req, timeout=10).read()

    def add_route(self, route: dict[str, Any]) -> None:
        self._post("/__routes", route)

    def reset(self) -> None:
        self._post("/__reset")

    def release(self) -> None:
        """End every delay fault now (and later ones at once, until the next reset)."""
        self._post("/__release")

    def log(self) -> list[dict[str, Any]]:
        with urllib.request.urlopen(self.url + "/__log", timeout=10) as r:
            return json.loads(r.read())


@contextlib.contextmanager
def started_mockserver() -> Iterator[MockServer]:
    """A tests.mockserver subprocess on a free port of 127.0.0.1, stopped on exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.mockserver"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    try:
        assert url.startswith("http://127.0.0.1:"), url
        yield MockServer(url)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def mockserver() -> Iterator[MockServer]:
    with started_mockserver() as server:
        yield server


@pytest.fixture
def mock(mockserver: MockServer) -> MockServer:
    """The session server with run-time routes, counters and log cleared for this test."""
    mockserver.reset()
    return mockserver


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway redis-server for this module's shared crawls (each test uses its own crawl
    ids, so they do not meet)."""
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url
