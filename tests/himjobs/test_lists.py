"""Issue #16, "Lists that mean what they say" and "Mistakes are caught": the real command on a
real SQLite file (tests/himjobs/_world.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.himjobs._world import LONG_TITLE, build


@pytest.fixture
def url(tmp_path: Path) -> str:
    return build(tmp_path)


def test_matches_fitting_preferences_come_first_and_strict_keeps_only_them(himjobs, url) -> None:
    res = himjobs("match", "me.toml", "--db", url)
    assert res.code == 0, res.err
    out = res.out
    assert "You qualify for 3 postings: 1 fit everything you asked for, 2 break a preference" in (
        " ".join(out.split())
    )
    fit_at = out.index("Fit your requirements and preferences")
    break_at = out.index("Break a preference")
    assert fit_at < out.index("Medical Records Specialist") < break_at
    assert out.index(LONG_TITLE) > break_at
    assert out.index("Release of Information Coordinator") > break_at
    # each with the reason
    assert "Shifts is night; you want day" in " ".join(out[break_at:].split())

    strict = himjobs("match", "me.toml", "--db", url, "--strict")
    assert strict.code == 0, strict.err
    assert "Medical Records Specialist" in strict.out and LONG_TITLE not in strict.out
    assert "2 more break a preference (left out by --strict)" in strict.out
    doc = json.loads(himjobs("match", "me.toml", "--db", url, "--strict", "-f", "json").out)
    assert [m["title"] for m in doc["matches"]] == ["Medical Records Specialist"]
    assert doc["counts"] == {
        "matches": 3,
        "fit_preferences": 1,
        "break_preferences": 2,
        "near_misses": 0,
    }


def test_one_order_score_in_json_and_honest_counts(himjobs, url) -> None:
    doc = json.loads(himjobs("match", "me.toml", "--db", url, "-f", "json").out)
    scores = [m["score"] for m in doc["matches"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3
    res = himjobs("match", "me.toml", "--db", url, "--limit", "1", "--near-misses")
    flat = " ".join(res.out.split())
    assert "(showing 1 of 1, best score first)" in flat  # fits
    assert "(showing 1 of 2, best score first)" in flat  # breaks a preference
    assert "Near misses, missing one required item (showing 1 of 1)" in flat


def test_search_says_how_many_of_how_many_and_hides_expired_postings(himjobs, url) -> None:
    res = himjobs("search", "--db", url, "--limit", "2")
    assert res.code == 0, res.err
    assert "2 of 4 postings" in res.out  # the expired one is not counted
    every = himjobs("search", "--db", url, "--include-closed", "-f", "json")
    assert "Chart Filing Clerk" in {p["title"] for p in json.loads(every.out)}
    default = himjobs("search", "--db", url, "-f", "json")
    assert "Chart Filing Clerk" not in {p["title"] for p in json.loads(default.out)}
    # as on a day before it closed, it is open
    before = himjobs("search", "--db", url, "--today", "2026-01-01", "-f", "json")
    assert "Chart Filing Clerk" in {p["title"] for p in json.loads(before.out)}


def test_show_says_when_a_posting_closed(himjobs, url) -> None:
    every = json.loads(himjobs("search", "--db", url, "--include-closed", "-f", "json").out)
    pid = next(p["id"] for p in every if p["title"] == "Chart Filing Clerk")
    res = himjobs("show", str(pid), "--db", url)
    assert res.code == 0, res.err
    assert "closed: applications closed on 2026-01-15" in res.out
    fits = next(p["id"] for p in every if p["title"] == "Medical Records Specialist")
    assert "status:   open" in himjobs("show", str(fits), "--db", url).out


@pytest.mark.parametrize(
    "command",
    [
        ["search"],
        ["show", "1"],
        ["runs"],
        ["match", "me.toml"],
        ["gaps", "me.toml"],
        ["serve", "--port", "0"],
    ],
)
def test_read_commands_never_create_a_database(himjobs, tmp_path: Path, command) -> None:
    (tmp_path / "me.toml").write_text('education = "high_school"\n', encoding="utf-8")
    res = himjobs(*command, "--db", "mistyped.db")
    assert res.code == 1, (res.out, res.err)
    lines = [line for line in res.err.splitlines() if line.strip()]
    assert len(lines) == 1 and "no database at mistyped.db" in lines[0], res.err
    assert not (tmp_path / "mistyped.db").exists()


def test_db_accepts_a_bare_path_and_postgres_urls(himjobs, url, tmp_path: Path) -> None:
    res = himjobs("search", "--db", "jobs.db", "-f", "json")  # the fixture's file, bare
    assert res.code == 0, res.err and len(json.loads(res.out)) == 4
    refused = himjobs("search", "--db", "postgres://nobody@127.0.0.1:9/jobs")
    assert refused.code == 1, refused.err
    lines = [line for line in refused.err.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot open database postgresql+psycopg://" in lines[0]


def test_empty_results_say_why(himjobs, url, tmp_path: Path) -> None:
    none = himjobs("search", "--db", url, "--state", "AK")
    assert none.code == 0 and "None of the 4 open postings matches these filters" in none.out
    empty = tmp_path / "empty.db"
    assert himjobs("db", "upgrade", "--db", str(empty)).code == 0
    for args in (["search"], ["match", "me.toml"], ["gaps", "me.toml"]):
        res = himjobs(*args, "--db", str(empty))
        assert res.code == 0, res.err
        assert "The database holds no postings yet" in res.out, (args, res.out)
    runs = himjobs("runs", "--db", str(empty))
    assert "No crawl run is recorded yet" in runs.out
