"""Issue #16 on the web page, in a real Chromium where the page is what counts: errors take the
focus and use the form's labels, /matches asks for a profile, gap labels are not cut; and
`himjobs serve` on a busy port is one line."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from himjobs.web import create_app
from tests._cli import run_himjobs
from tests.web._fake import FakeBackend, FakeGap
from tests.web._server import serving
from tests.web.test_browser import pytestmark  # noqa: F401 - skipped without Chromium

LONG = "Gain one more year of experience (1.5 years in all) in a hospital records department"


@pytest.fixture
def site(tmp_path: Path):
    backend = FakeBackend([], gaps=[FakeGap("exp:1", "experience", LONG, 7, 21.5)])
    with serving(create_app(backend, profile_dir=tmp_path / "profiles")) as url:
        yield url


@pytest.mark.slow
def test_errors_focus_the_summary_with_the_forms_labels(browser, site) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(site + "/")
    d.find_element(By.ID, "zip").send_keys("787")
    d.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
    d.implicitly_wait(5)
    d.find_element(By.CLASS_NAME, "error-summary")
    active = d.execute_script("return document.activeElement.className")
    assert active == "error-summary"
    link = d.find_element(By.CSS_SELECTOR, '.error-summary a[href="#field-zip"]')
    assert link.text == "ZIP code"


@pytest.mark.slow
def test_matches_without_a_profile_asks_for_one(browser, site) -> None:
    from selenium.webdriver.common.by import By

    browser.get(site + "/matches")
    assert browser.title == "Your profile · himjobs"
    assert "Fill in your profile first" in browser.find_element(By.CLASS_NAME, "notice").text


@pytest.mark.slow
def test_gap_chart_labels_fit_the_drawing(browser, site) -> None:
    browser.get(site + "/gaps?education=high_school")
    widths = browser.execute_script(
        "return [...document.querySelectorAll('.chart-label')].map(t => t.getBBox().width)"
    )
    assert widths and max(widths) <= 360, widths
    text = browser.execute_script(
        "return [...document.querySelectorAll('.chart-label')].map(t => t.textContent)"
    )
    assert text == [LONG.replace(" ", "")] or " ".join(text).replace(" ", "") == LONG.replace(
        " ", ""
    )


def test_serve_on_a_busy_port_is_one_line(tmp_path: Path) -> None:
    from storage import Store

    db = tmp_path / "h.db"
    Store(f"sqlite:///{db}").upgrade()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        res = run_himjobs(
            "serve", "--db", str(db), "--port", str(port), cwd=tmp_path, env={"HOME": str(tmp_path)}
        )
    assert res.code == 1, res.err
    lines = [line for line in res.err.splitlines() if line.strip()]
    assert len(lines) == 1 and f"cannot listen on 127.0.0.1:{port}" in lines[0], res.err


@pytest.mark.slow
def test_credential_lists_fold_so_the_buttons_are_few_tabs_away(browser, site) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d = browser
    d.get(site + "/")
    d.find_element(By.ID, "education").click()
    stops = 0
    while stops < 200:
        d.switch_to.active_element.send_keys(Keys.TAB)
        stops += 1
        if d.switch_to.active_element.get_attribute("value") == "match":
            break
    assert stops < 60, stops  # was over 99 with both credential lists open
    summary = d.find_element(By.CSS_SELECTOR, "#field-certifications summary")
    summary.click()
    box = d.find_element(By.CSS_SELECTOR, 'input[name="certifications"][value="RHIT"]')
    box.click()
    assert box.is_selected()
