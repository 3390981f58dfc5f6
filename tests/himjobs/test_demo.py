"""`himjobs demo` runs the main job end to end on the bundled recorded sources.

The run is tests/himjobs/_demo_db.py's: a real `python -m himjobs demo --db FILE` process, made
once per test process and shared with the tests that read its database (test_demo_links.py).
"""

from __future__ import annotations

import json
import sqlite3

from tests.himjobs._demo_db import demo_db


def test_demo_prints_real_matches_and_fills_sqlite() -> None:
    db, out = demo_db()  # the command's exit status 0 is checked there
    for source in ("usajobs", "greenhouse", "lever", "workday", "jsonld"):
        assert source in out
    assert "You qualify for" in out and "Near misses" in out
    assert "What would open more postings" in out
    with sqlite3.connect(db) as con:
        stored = con.execute("select count(*) from postings").fetchone()[0]
        titles = {row[0] for row in con.execute("select title from postings")}
        runs = con.execute("select status, counts from crawl_runs").fetchall()
        errors = con.execute("select source, url, reason from crawl_errors").fetchall()
    # it went through the spiders and the ingest pipeline: one crawl run, every recorded posting
    # seen, none failed, no bad page
    assert len(runs) == 1 and runs[0][0] == "ok", (runs, errors)
    counts = json.loads(runs[0][1])
    assert sorted(counts) == ["greenhouse", "jsonld", "lever", "usajobs", "workday"]
    for source, c in counts.items():
        assert c["seen"] == 200, (source, c)
        assert c["failed"] == 0 and c["bad_pages"] == 0, (source, c)
        assert c["seen"] == c["stored"] + c["dropped_irrelevant"], (source, c)
    assert stored == sum(c["stored"] for c in counts.values())
    assert stored >= 700
    assert "Registered Nurse - Medical Surgical" not in titles  # dropped by relevance
    assert any("Medical Records" in t for t in titles)
    # the printed matches are rows of the database
    assert any(t in out for t in titles)
