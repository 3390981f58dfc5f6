"""Issue #16, "A profile anyone can write": through the real command (and the web form)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from fastapi.testclient import TestClient

from himjobs.web import create_app
from schemas import CandidateProfile
from tests.himjobs._world import build
from tests.web._fake import FakeBackend
from tests.web._local import LOCAL


def test_profile_init_asks_and_writes_toml_that_match_reads(himjobs, tmp_path: Path) -> None:
    url = build(tmp_path)
    # the kind of the year: a word that is no kind is asked again (session 15: without it, every
    # year counted as whatever a posting asked, front-desk years as records work)
    answers = (
        "phd\nhigh_school\n1\ndesk 1\nrecords 1\n\n\nTX\nLubbock\n79401\n25\non_site\nday\n"
        "part_time\n$18/hr\n"
    )
    res = himjobs("profile", "init", "mine.toml", stdin=answers)
    assert res.code == 0, res.err
    assert "not accepted: phd: education" in res.err  # asked again, not a crash
    assert "not accepted: desk 1" in res.err
    data = tomllib.loads((tmp_path / "mine.toml").read_text("utf-8"))
    assert data["education"] == "high_school" and data["shifts"] == ["day"]
    assert data["experience_by_kind"] == {"records": 1}
    assert data["min_pay"] == {"min": 18, "period": "hour"} and data["max_miles"] == 25
    match = himjobs("match", "mine.toml", "--db", url, "--strict", "-f", "json")
    assert [m["title"] for m in json.loads(match.out)["matches"]] == ["Medical Records Specialist"]
    again = himjobs("profile", "init", "mine.toml", stdin="\n")
    assert again.code == 2 and "already exists" in again.err


def test_unknown_key_suggests_the_nearest(himjobs, tmp_path: Path) -> None:
    url = build(tmp_path)
    (tmp_path / "typo.toml").write_text("experiance_years = 2\n", encoding="utf-8")
    res = himjobs("match", "typo.toml", "--db", url)
    assert res.code == 2
    assert "experiance_years: unknown field; did you mean experience_years?" in res.err


def test_min_pay_number_means_dollars_an_hour(himjobs, tmp_path: Path) -> None:
    url = build(tmp_path)
    (tmp_path / "pay.toml").write_text('state = "TX"\nmin_pay = 20\n', encoding="utf-8")
    res = himjobs("match", "pay.toml", "--db", url, "-f", "json")
    assert res.code == 0, res.err
    titles = {m["title"] for m in json.loads(res.out)["matches"]}
    assert "Release of Information Coordinator" not in titles  # $18 < $20 an hour
    assert "Medical Records Specialist" in titles  # up to $21
    assert CandidateProfile(min_pay="$40,000 a year").min_pay.hourly() == (19.23, None)


def test_json_schema_describes_profile_fields(himjobs) -> None:
    res = himjobs("schema", "CandidateProfile")
    props = json.loads(res.out)["properties"]
    assert all(p.get("description") for p in props.values()), [
        k for k, p in props.items() if not p.get("description")
    ]
    assert "18 means $18 an hour" in props["min_pay"]["description"]


def test_cli_finds_the_profile_the_web_page_saved(himjobs, tmp_path: Path) -> None:
    url = build(tmp_path)
    home = tmp_path / "home"
    client = TestClient(create_app(FakeBackend([]), profile_dir=home / ".himjobs"), base_url=LOCAL)
    form = {
        "education": "high_school",
        "experience_years": "1",
        "state": "TX",
        "shifts": "day",
        "employment_types": "part_time",
        "workplaces": "on_site",
        "min_pay": "$18/hr",
        "action": "save",
    }
    page = client.post("/profile", data=form)
    assert page.status_code == 200 and "Profile saved" in page.text
    res = himjobs("match", "--db", url, "--strict", "-f", "json", env={"HOME": str(home)})
    assert res.code == 0, res.err
    assert [m["title"] for m in json.loads(res.out)["matches"]] == ["Medical Records Specialist"]
    none = himjobs("match", "--db", url, env={"HOME": str(tmp_path / "nobody")})
    assert none.code == 2 and "no PROFILE given and no saved profile" in none.err
