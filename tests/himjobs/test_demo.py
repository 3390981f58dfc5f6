"""`himjobs demo` runs the main job end to end on the bundled recorded sources."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def test_demo_prints_real_matches_and_fills_sqlite(himjobs, tmp_path: Path) -> None:
    res = himjobs("demo", "--db", str(tmp_path / "demo.db"))
    assert res.code == 0, res.err
    for source in ("usajobs", "greenhouse", "lever", "workday", "jsonld"):
        assert source in res.out
    assert "You qualify for" in res.out and "Near misses" in res.out
    assert "What would open more postings" in res.out
    with sqlite3.connect(tmp_path / "demo.db") as con:
        stored = con.execute("select count(*) from postings").fetchone()[0]
        titles = {row[0] for row in con.execute("select title from postings")}
    assert stored >= 700
    assert "Registered Nurse - Medical Surgical" not in titles  # dropped by relevance
    assert any("Medical Records" in t for t in titles)
    # the printed matches are rows of the database
    assert any(t in res.out for t in titles)
