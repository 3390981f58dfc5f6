"""Issue #16 in Chromium: on the demo database, a posting's apply link opens its recorded page
from `himjobs serve` (the demo's replay server is long gone)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from himjobs.web import StoreBackend, create_app
from tests.himjobs._demo_db import demo_db
from tests.web._server import serving
from tests.web.test_browser import click_and_wait, pytestmark  # noqa: F401


def test_demo_apply_link_opens_the_recorded_page(browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    db, _out = demo_db()
    with sqlite3.connect(db) as con:
        pid, title = con.execute(
            "select id, title from postings where source = 'workday' order by id limit 1"
        ).fetchone()
    app = create_app(StoreBackend(f"sqlite:///{db}"), profile_dir=tmp_path / "profiles")
    with serving(app) as site:  # any free port: the link is a path on this server
        browser.get(f"{site}/postings/{pid}")
        click_and_wait(browser, browser.find_element(By.ID, "apply"))
        assert browser.current_url.startswith(site + "/demo/workday/")
        assert browser.find_element(By.TAG_NAME, "h1").text == title
        assert "there is nothing to apply to" in browser.page_source
