"""A second mock server, for tests that need two addresses: "public" and "internal", or the API
host and another port. Import the fixtures into a test module to use them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.scrapers.conftest import MockServer, started_mockserver


@pytest.fixture(scope="module")
def internal_server() -> Iterator[MockServer]:
    with started_mockserver() as server:
        yield server


@pytest.fixture
def internal(internal_server: MockServer) -> MockServer:
    """The second server, its log and run-time routes cleared for this test."""
    internal_server.reset()
    return internal_server


def hits(server: MockServer) -> list[dict[str, Any]]:
    """Requests the server received, leaving out the test's own control calls (/__log...)."""
    return [r for r in server.log() if not r["path"].startswith("/__")]
