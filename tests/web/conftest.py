from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from himjobs.web import create_app
from tests.web import _data
from tests.web._fake import FakeBackend, FakeGap, FakeRun
from tests.web._local import LOCAL


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend(
        [_data.clerk(), _data.technician(), _data.roi_remote(), _data.far_off()],
        gaps=[
            FakeGap("cert:RHIT", "certification", "Earn RHIT", 7, 24.5, [2]),
            FakeGap("experience:1", "experience", "One more year of experience", 3, None, [3]),
        ],
        runs=[
            FakeRun(
                2,
                datetime(2026, 11, 26, 6, 0),
                datetime(2026, 11, 26, 6, 4),
                "finished",
                {"greenhouse": {"seen": 40, "new": 3}, "usajobs": {"seen": 12, "new": 0}},
                ["usajobs: HTTP 503 after 3 retries"],
            ),
            FakeRun(1, datetime(2026, 11, 25, 6, 0), None, "running", {}, []),
        ],
        sources=[
            {
                "name": "bluebonnet",
                "kind": "greenhouse",
                "last_run_id": 2,
                "last_status": "ok",
                "last_count": 40,
                "last_good_count": 40,
            },
            {
                "name": "usajobs",
                "kind": "usajobs",
                "last_run_id": 2,
                "last_status": "failed",
                "last_count": 0,
                "last_good_count": 12,
            },
        ],
        first_seen={1: datetime(2026, 11, 21, 6, 3), 2: datetime(2026, 11, 25, 6, 1)},
    )


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profiles"


@pytest.fixture
def client(backend: FakeBackend, profile_dir: Path) -> TestClient:
    return TestClient(create_app(backend, profile_dir=profile_dir), base_url=LOCAL)
