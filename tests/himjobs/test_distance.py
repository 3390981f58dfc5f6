"""Issue #16, "Distance": max_miles from the profile's ZIP, through the real command and page."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from himjobs.web import StoreBackend, create_app
from storage import Store
from tests.storage._factory import posting
from tests.web._local import LOCAL


def _matches_by_title(
    himjobs: Any, url: str, profile: Path, toml: str
) -> dict[str, dict[str, Any]]:
    """``toml`` written to ``profile`` (in the command's folder), then `himjobs match PROFILE -f
    json` on ``url``: the matches by title."""
    profile.write_text(toml, encoding="utf-8")
    res = himjobs("match", profile.name, "--db", url, "-f", "json")
    assert res.code == 0, res.err
    return {m["title"]: m for m in json.loads(res.out)["matches"]}


def _matches_page(tmp_path: Path, url: str, query: str) -> str:
    """The web page's /matches?QUERY on ``url``."""
    client = TestClient(create_app(StoreBackend(url), profile_dir=tmp_path / "p"), base_url=LOCAL)
    return client.get(f"/matches?{query}").text


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
    near = 'state = "TX"\nzip = "78701"\nmax_miles = 50\n'
    by_title = _matches_by_title(himjobs, url, tmp_path / "near.toml", near)
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
    html = _matches_page(tmp_path, url, "education=high_school&state=TX&zip=78701&max_miles=50")
    assert "Austin Records Clerk" in html and "Houston Records Clerk" not in html
    assert "Austin, TX (" in html and " mi)" in html


def _cross_state_db(tmp_path: Path) -> str:
    """Vancouver, WA faces Portland, OR across the Columbia; Salem, OR is ~51 miles away."""
    url = f"sqlite:///{tmp_path / 'across.db'}"
    common = {"education_required": "high_school", "posted_at": datetime(2026, 3, 1)}
    places = {
        "Vancouver Records Clerk": ("Vancouver", "WA"),
        "Portland Records Clerk": ("Portland", "OR"),
        "Salem Records Clerk": ("Salem", "OR"),
        "Oregon Records Clerk": (None, "OR"),  # no city: judged by state, so out
    }
    with Store(url) as store:
        store.upsert(
            [
                posting(title, title=title, locations=[place], workplace="on_site", **common)
                for title, place in places.items()
            ]
        )
    return url


def test_max_miles_reaches_across_a_state_line(himjobs, tmp_path: Path) -> None:
    url = _cross_state_db(tmp_path)
    wa = 'state = "WA"\nzip = "98660"\nmax_miles = 25\nshifts = ["day"]\n'
    by_title = _matches_by_title(himjobs, url, tmp_path / "wa.toml", wa)
    assert set(by_title) == {"Vancouver Records Clerk", "Portland Records Clerk"}
    portland = by_title["Portland Records Clerk"]
    assert 5 < portland["miles"] < 15
    # within reach, so the other state breaks no preference and scores as a job at home would
    assert not any("you are in WA" in text for text in portland["relaxed"])
    assert portland["score"] == by_title["Vancouver Records Clerk"]["score"]
    table = himjobs("match", "wa.toml", "--db", url, env={"COLUMNS": "80"})
    flat = " ".join(table.out.split())
    assert "Portland, OR (" in flat and "Salem" not in flat
    assert "1 more are farther than your max_miles" in flat
    # without max_miles the state is the reach, as before
    (tmp_path / "home.toml").write_text('state = "WA"\nzip = "98660"\n', encoding="utf-8")
    res = himjobs("match", "home.toml", "--db", url, "-f", "json")
    assert [m["title"] for m in json.loads(res.out)["matches"]] == ["Vancouver Records Clerk"]


def test_web_page_reaches_across_a_state_line(tmp_path: Path) -> None:
    url = _cross_state_db(tmp_path)
    html = _matches_page(tmp_path, url, "education=high_school&state=WA&zip=98660&max_miles=25")
    assert "Portland Records Clerk" in html and "Vancouver Records Clerk" in html
    assert "Salem Records Clerk" not in html and "Oregon Records Clerk" not in html
    assert "Portland, OR (" in html


def _gaps_db(tmp_path: Path) -> str:
    """Postings an associate degree would open: Vancouver, WA and Portland, OR (within 25 miles
    of 98660), Spokane, WA twice (~280 miles), an Oregon one without a city."""
    url = f"sqlite:///{tmp_path / 'gaps.db'}"
    places = [
        ("vancouver", ("Vancouver", "WA")),
        ("portland", ("Portland", "OR")),
        ("spokane-1", ("Spokane", "WA")),
        ("spokane-2", ("Spokane", "WA")),
        ("oregon", (None, "OR")),
    ]
    with Store(url) as store:
        store.upsert(
            [
                posting(ext, locations=[place], workplace="on_site", education_required="associate")
                for ext, place in places
            ]
        )
    return url


def test_gaps_count_only_postings_within_max_miles(himjobs, tmp_path: Path) -> None:
    """`himjobs gaps` and the gaps page over the reach the matches have: Spokane is too far,
    Portland across the state line is near (Store.gaps alone counted by state)."""
    url = _gaps_db(tmp_path)
    with Store(url) as store:
        ids = {p.external_id: p.id for p in store.search(limit=10)}
    (tmp_path / "wa.toml").write_text(
        'education = "certificate"\nstate = "WA"\nzip = "98660"\nmax_miles = 25\n', encoding="utf-8"
    )
    res = himjobs("gaps", "wa.toml", "--db", url, "-f", "json")
    assert res.code == 0, res.err
    doc = json.loads(res.out)
    assert [(g["change"], g["more_postings"]) for g in doc] == [("associate", 2)]
    assert doc[0]["posting_ids"] == sorted([ids["vancouver"], ids["portland"]])
    # without max_miles the state is the reach, as before
    (tmp_path / "home.toml").write_text(
        'education = "certificate"\nstate = "WA"\nzip = "98660"\n', encoding="utf-8"
    )
    res = himjobs("gaps", "home.toml", "--db", url, "-f", "json")
    assert [(g["change"], g["more_postings"]) for g in json.loads(res.out)] == [("associate", 3)]
    client = TestClient(create_app(StoreBackend(url), profile_dir=tmp_path / "p"), base_url=LOCAL)
    html = client.get("/gaps?education=certificate&state=WA&zip=98660&max_miles=25").text
    assert "Postings each step would open" in html and "associate degree: 2 postings" in html
