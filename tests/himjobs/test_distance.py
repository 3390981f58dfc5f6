"""Issue #16, "Distance": max_miles from the profile's ZIP, through the real command and page."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from fastapi.testclient import TestClient

from himjobs.web import StoreBackend, create_app
from storage import Store
from tests.storage._factory import posting
from tests.web._local import LOCAL


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'miles.db'}"
    common = {"education_required": "high_school", "posted_at": datetime(2026, 3, 1)}
    with Store(url) as store:
        store.upsert(
            [
                posting(
                    "austin",
                    title="Austin Records Clerk",
                    locations=[("Austin", "TX")],
                    workplace="on_site",
                    **common,
                ),
                posting(
                    "houston",
                    title="Houston Records Clerk",
                    locations=[("Houston", "TX")],
                    workplace="hybrid",
                    **common,
                ),
                posting("nocity", title="Texas Records Clerk", locations=[(None, "TX")], **common),
                posting(
                    "remote",
                    title="Remote Records Clerk",
                    locations=[("El Paso", "TX")],
                    workplace="remote",
                    **common,
                ),
            ]
        )
    return url


def test_max_miles_keeps_near_onsite_jobs_and_shows_the_miles(himjobs, tmp_path: Path) -> None:
    url = _db(tmp_path)
    (tmp_path / "near.toml").write_text(
        'state = "TX"\nzip = "78701"\nmax_miles = 50\n', encoding="utf-8"
    )
    res = himjobs("match", "near.toml", "--db", url, "-f", "json")
    assert res.code == 0, res.err
    doc = json.loads(res.out)
    by_title = {m["title"]: m for m in doc["matches"]}
    # Houston is ~146 miles away; no city: judged by state; remote: no distance
    assert set(by_title) == {"Austin Records Clerk", "Texas Records Clerk", "Remote Records Clerk"}
    assert by_title["Austin Records Clerk"]["miles"] is not None
    assert by_title["Austin Records Clerk"]["miles"] < 10
    assert by_title["Texas Records Clerk"]["miles"] is None
    table = himjobs("match", "near.toml", "--db", url, env={"COLUMNS": "80"})
    assert "Austin, TX (" in table.out and " mi)" in table.out
    assert "1 more are farther than your max_miles" in " ".join(table.out.split())


def test_web_page_uses_max_miles_too(tmp_path: Path) -> None:
    url = _db(tmp_path)
    client = TestClient(create_app(StoreBackend(url), profile_dir=tmp_path / "p"), base_url=LOCAL)
    html = client.get("/matches?education=high_school&state=TX&zip=78701&max_miles=50").text
    assert "Austin Records Clerk" in html and "Houston Records Clerk" not in html
    assert "Austin, TX (" in html and " mi)" in html
