"""End to end in a real headless Chromium (Debian's, driven by selenium): profile -> matches ->
detail -> apply link. Screenshots go to the test's tmp dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from himjobs.web import create_app
from tests.web import _data
from tests.web._chromium import CHROMEDRIVER, CHROMIUM
from tests.web._fake import FakeBackend, FakeGap
from tests.web._real import filled_store_backend
from tests.web._server import serving

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
        reason="no chromium/chromedriver binary (apt-get install chromium chromium-driver)",
    ),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")


@pytest.fixture(params=["store", "fake"])
def site(request, tmp_path: Path):
    """The app over a real SQLite Store, and over the fake backend."""
    if request.param == "store":
        backend, ids = filled_store_backend(tmp_path)
    else:
        backend = FakeBackend(
            [
                _data.clerk(),
                _data.technician(),
                _data.roi_remote(),
                _data.far_off(),
                _data.hostile(),
            ],
            gaps=[
                FakeGap("cert:RHIT", "certification", "Earn RHIT or RHIA", 9, 24.1),
                FakeGap("edu:associate", "education", "An associate degree", 4, 22.75),
                FakeGap("exp:1", "experience", "One more year of experience", 2, None),
            ],
        )
        ids = {"gh-101": 1, "ld-evil": 5}
    with serving(create_app(backend, profile_dir=tmp_path / "profiles")) as url:
        yield url, ids


def shoot(driver, tmp_path: Path, name: str, width: int) -> Path:
    driver.set_window_size(width, 900)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height + 150, 600), 4000))
    path = tmp_path / f"{name}-{width}.png"
    assert driver.save_screenshot(str(path))
    return path


def click_and_wait(driver, element) -> None:
    """Click something that loads a new page and wait until the new page has loaded."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    # A flag on the old window object: it is gone once the next document has replaced it.
    driver.execute_script("window.__himjobsOldPage = true;")
    element.click()
    WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return window.__himjobsOldPage === undefined && document.readyState === 'complete'"
        )
    )


def test_profile_to_matches_to_detail_and_apply_link(browser, site, tmp_path: Path):
    site, ids = site
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait

    d = browser
    d.get(site + "/")
    assert d.title == "Your profile · himjobs"
    shoot(d, tmp_path, "profile", 375)
    # focus is visible: a focused text field draws the 3 px outline from our stylesheet
    d.find_element(By.ID, "city").click()
    outline = d.execute_script(
        "const s = getComputedStyle(document.activeElement);"
        "return [document.activeElement.id, s.outlineStyle, s.outlineWidth];"
    )
    assert outline == ["city", "solid", "3px"]
    # a bad ZIP first: the error shows beside the field and nothing else is lost
    Select(d.find_element(By.ID, "education")).select_by_value("high_school")
    d.find_element(By.CSS_SELECTOR, "#field-certifications summary").click()  # folded list
    d.find_element(By.CSS_SELECTOR, 'input[name="certifications"][value="CCA"]').click()
    d.find_element(By.CSS_SELECTOR, 'input[name="shifts"][value="day"]').click()
    Select(d.find_element(By.ID, "state")).select_by_value("TX")
    d.find_element(By.ID, "city").send_keys("Austin")
    d.find_element(By.ID, "zip").send_keys("787")
    d.find_element(By.ID, "experience_years").clear()
    d.find_element(By.ID, "experience_years").send_keys("0.5")
    d.find_element(By.ID, "experience_records").send_keys("0.5")  # the years by kind
    click_and_wait(d, d.find_element(By.CSS_SELECTOR, 'button[value="match"]'))
    err = d.find_element(By.ID, "zip-error")
    assert "5-digit ZIP code" in err.text
    assert d.find_element(By.ID, "zip").get_attribute("aria-invalid") == "true"
    assert d.find_element(
        By.CSS_SELECTOR, 'input[name="certifications"][value="CCA"]'
    ).is_selected()
    shoot(d, tmp_path, "profile-error", 375)

    d.find_element(By.ID, "zip").clear()
    # keyboard only: Enter in a text field submits with the first button, "Show my matches"
    d.execute_script("window.__himjobsOldPage = true;")
    d.find_element(By.ID, "zip").send_keys("78701" + Keys.ENTER)
    WebDriverWait(d, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return window.__himjobsOldPage === undefined")
    )
    assert d.title == "Your matches · himjobs"
    assert "experience_records=0.5" in d.current_url
    cards = d.find_elements(By.CSS_SELECTOR, "ol.results > li")
    heads = [c.find_element(By.CSS_SELECTOR, "h2").text for c in cards]
    clerk = heads.index("Medical Records Clerk")
    assert clerk < heads.index("Health Information Technician II")  # eligible before near misses
    assert "HIM Coding Supervisor" not in heads
    assert "You qualify" in cards[clerk].text and "$18.50–$21.00 an hour" in cards[clerk].text
    # the hostile posting's title is shown as text and no script ran
    assert any(h.startswith('<script>alert("title")</script>Scanning Clerk') for h in heads)
    assert d.execute_script("return document.querySelectorAll('main script, main img').length") == 0
    shoot(d, tmp_path, "matches", 375)
    shoot(d, tmp_path, "matches", 1280)

    # keyboard: the filter form works without a mouse
    Select(d.find_element(By.ID, "show")).select_by_value("eligible")
    click_and_wait(d, d.find_element(By.CSS_SELECTOR, ".filters button"))
    only = [e.text for e in d.find_elements(By.CSS_SELECTOR, "ol.results h2")]
    assert "Health Information Technician II" not in only and "Medical Records Clerk" in only

    click_and_wait(d, d.find_element(By.LINK_TEXT, "Medical Records Clerk"))
    assert d.find_element(By.TAG_NAME, "h1").text == "Medical Records Clerk"
    marks = [m.text for m in d.find_elements(By.CSS_SELECTOR, "article.description mark")]
    assert _data.HS_SENTENCE in marks
    apply = d.find_element(By.ID, "apply")
    assert apply.get_attribute("href") == "https://boards.example.org/bluebonnet/jobs/101/apply"
    assert set(apply.get_attribute("rel").split()) == {"noopener", "noreferrer"}
    assert apply.is_displayed()
    shoot(d, tmp_path, "detail", 375)
    shoot(d, tmp_path, "detail", 1280)

    # nothing is wider than a phone screen
    d.set_window_size(375, 900)
    for page in (
        "/",
        "/matches?education=high_school",
        f"/postings/{ids['gh-101']}?education=high_school",
        f"/postings/{ids['ld-evil']}",
        "/crawl",
    ):
        d.get(site + page)
        over = d.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert over <= 0, (page, over)


def test_gaps_page_and_hostile_posting_in_the_browser(browser, site, tmp_path: Path):
    from selenium.webdriver.common.by import By

    site, ids = site
    browser.get(site + "/gaps?education=high_school")
    assert browser.find_element(By.TAG_NAME, "h1").text == "What would open more jobs"
    if browser.find_elements(By.CSS_SELECTOR, "svg.chart"):
        chart = browser.find_element(By.CSS_SELECTOR, "svg.chart")
        assert chart.size["width"] > 200 and chart.size["height"] > 50
        shoot(browser, tmp_path, "gaps", 375)
        shoot(browser, tmp_path, "gaps", 1280)
    browser.get(site + f"/postings/{ids['ld-evil']}?education=high_school")
    # an alert would fail the next command; the onerror payload would set window.__xss
    assert browser.execute_script("return window.__xss === undefined")
    assert "Scan charts." in browser.find_element(By.CSS_SELECTOR, "article.description").text
    shoot(browser, tmp_path, "hostile", 375)
    browser.get(site + "/matches?education=high_school")
    assert browser.execute_script("return window.__xss === undefined")
