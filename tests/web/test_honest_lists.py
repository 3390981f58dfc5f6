"""Issue #16 on the web page: counts that do not change with the view, and why a preference
is not met on each card."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from himjobs.web import create_app
from tests.web._local import LOCAL
from tests.web._real import filled_store_backend

HS = "/matches?education=high_school"


def test_near_miss_view_still_says_how_many_qualify(client):
    html = client.get(HS + "&experience_years=0&show=near").text
    assert "0 postings you qualify for" not in html
    assert "1 posting you qualify for, then 2 near misses" in html
    assert "Near misses: showing 1–2 of 2." in html


def test_card_says_which_preference_the_posting_breaks(tmp_path: Path):
    backend, _ids = filled_store_backend(tmp_path)
    client = TestClient(create_app(backend, profile_dir=tmp_path / "p"), base_url=LOCAL)
    html = client.get(HS + "&experience_years=0&shifts=night").text
    assert "Breaks your preference:" in html
    card = html[html.index("Medical Records Clerk") :]
    assert "Breaks your preference: Shifts is day and weekend; you want night" in card
