from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from himjobs.web import create_app
from tests.web import _data
from tests.web._chromium import launch
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


@pytest.fixture(scope="session")
def _chromium(tmp_path_factory: pytest.TempPathFactory):
    """One Chromium per test process (per xdist worker): a launch costs about a CPU-second, and
    the browser tests used to start eight."""
    holder = {"driver": launch(tmp_path_factory.mktemp("chrome-profile"))}
    try:
        yield holder
    finally:
        holder["driver"].quit()


@pytest.fixture
def browser(_chromium, tmp_path_factory: pytest.TempPathFactory):
    """The process's Chromium as a test gets a new one: one window of 1280x900 on about:blank, no
    cookies, cache or site storage left by an earlier test (its servers were on other ports of the
    same host, and cookies ignore the port). A browser that died is launched again."""
    from selenium.common.exceptions import WebDriverException

    driver = _chromium["driver"]
    try:
        for handle in driver.window_handles[1:]:
            driver.switch_to.window(handle)
            driver.close()
        driver.switch_to.window(driver.window_handles[0])
    except WebDriverException:
        driver = _chromium["driver"] = launch(tmp_path_factory.mktemp("chrome-profile"))
    driver.get("about:blank")
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.execute_cdp_cmd("Storage.clearDataForOrigin", {"origin": "*", "storageTypes": "all"})
    driver.set_window_size(1280, 900)
    return driver
