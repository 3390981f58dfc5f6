"""A second mock server, for tests that need two addresses: "public" and "internal", or the API
host and another port. Import the fixtures into a test module to use them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.scrapers.conftest import ROOT, MockServer


@pytest.fixture(scope="module")
def internal_server() -> Iterator[MockServer]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.mockserver"], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    try:
        assert url.startswith("http://127.0.0.1:"), url
        yield MockServer(url)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def internal(internal_server: MockServer) -> MockServer:
    """The second server, its log and run-time routes cleared for this test."""
    internal_server.reset()
    return internal_server


def hits(server: MockServer) -> list[dict[str, Any]]:
    """Requests the server received, leaving out the test's own control calls (/__log...)."""
    return [r for r in server.log() if not r["path"].startswith("/__")]
