"""`himjobs import jobspy FILE.csv` through the real command, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from scrapers.formats.jobspy import COLUMNS
from storage import Store

ROOT = Path(__file__).resolve().parents[2]
CLINIC_TEXT = (
    "Wichita Falls Family Clinic is hiring a records clerk for our busy front office. "
    "You will file, scan and index charts and answer release requests. "
    "High school diploma or GED required. One year of clinic experience preferred. "
    "Monday to Friday, day shift. $16.50 - $18.00 an hour."
)


def write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Rows in JobSpy's CSV dialect (all columns, QUOTE_NONNUMERIC, backslash escapes)."""
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=list(COLUMNS), quoting=csv.QUOTE_NONNUMERIC, escapechar="\\"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in COLUMNS})
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def row(**kw: Any) -> dict[str, Any]:
    base = {
        "site": "indeed",
        "company": "Wichita Falls Family Clinic",
        "location": "Wichita Falls, TX, USA",
        "job_type": "fulltime",
        "description": CLINIC_TEXT,
    }
    return {**base, **kw}


ROWS = [
    row(
        id="in-101", job_url="https://www.indeed.com/viewjob?jk=101", title="Medical Records Clerk"
    ),
    # the same opening, listed on LinkedIn too: stored, then linked as a duplicate
    row(
        id="li-9001",
        site="linkedin",
        job_url="https://www.linkedin.com/jobs/view/9001",
        title="Medical Records Clerk",
    ),
    row(
        id="in-102",
        job_url="https://www.indeed.com/viewjob?jk=102",
        title="Registered Nurse - ICU",
        description="Critical care nursing. BSN and RN license required.",
    ),
    # negative pay: not a valid posting; counted as failed, the rest of the file goes in
    row(
        id="in-103",
        job_url="https://www.indeed.com/viewjob?jk=103",
        title="Release of Information Specialist",
        interval="hourly",
        min_amount=-4,
        max_amount=19,
    ),
    row(id="in-104", job_url="", title="Health Information Clerk"),  # no URL: skipped
]


def test_import_stores_extracts_dedupes_and_reconciles(himjobs: Any, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'import.db'}"
    path = write_csv(tmp_path / "jobs.csv", ROWS)
    r = himjobs("import", "jobspy", str(path), "--db", db, "-f", "json")
    assert r.code == 0, r.err
    out = json.loads(r.out)
    assert out["status"] == "partial" and out["skipped"] == 1
    by = {s["source"]: s for s in out["sources"]}
    indeed, linkedin = by["jobspy:indeed"], by["jobspy:linkedin"]
    assert (indeed["seen"], indeed["stored"], indeed["dropped_irrelevant"], indeed["failed"]) == (
        3,
        1,
        1,
        1,
    )
    assert (linkedin["seen"], linkedin["stored"], linkedin["duplicates"]) == (1, 1, 1)
    for c in by.values():
        assert c["seen"] == c["stored"] + c["dropped_irrelevant"] + c["failed"]
    with Store(db) as store:
        assert store.count() == 1  # the LinkedIn copy is hidden as a duplicate
        assert store.count(include_duplicates=True) == 2
        clerk = store.find("jobspy:indeed", "in-101")
        copy = store.find("jobspy:linkedin", "li-9001")
        assert clerk is not None and copy is not None and clerk.id and copy.id
        record = store.record(copy.id)
        assert record is not None and record.duplicate_of == clerk.id
        assert clerk.requirements is not None
        assert clerk.requirements.education_required == "high_school"
        (info,) = store.runs()
        assert info.status == "partial" and info.errors == 1
        (error,) = store.run_errors(info.id)
        assert error.source == "jobspy:indeed" and "jk=103" in (error.url or "")
    # the same file again: nothing new, nothing duplicated, nothing closed
    again = himjobs("import", "jobspy", str(path), "--db", db, "-f", "json")
    assert again.code == 0, again.err
    by2 = {s["source"]: s for s in json.loads(again.out)["sources"]}
    assert by2["jobspy:indeed"]["inserted"] == 0 and by2["jobspy:indeed"]["unchanged"] == 1
    with Store(db) as store:
        assert store.count(include_duplicates=True) == 2
        assert len(store.runs()) == 2


def test_import_table_output(himjobs: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "jobs.csv", ROWS[:1])
    r = himjobs("import", "jobspy", str(path), "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert r.code == 0, r.err
    assert "import run 1: ok" in r.out and "jobspy:indeed" in r.out


def test_bad_files_one_line_error_exit_2_nothing_written(himjobs: Any, tmp_path: Path) -> None:
    db_file = tmp_path / "bad.db"
    latin = tmp_path / "latin1.csv"
    latin.write_bytes(b'"title","job_url"\n"Secr\xe9taire m\xe9dicale","https://x.example/1"\n')
    not_jobspy = tmp_path / "other.csv"
    not_jobspy.write_text("name,age\nAda,36\n", encoding="utf-8")
    cases = [
        (latin, "not UTF-8 text"),
        (not_jobspy, "not a JobSpy CSV"),
        (tmp_path / "missing.csv", "cannot read"),
    ]
    for path, message in cases:
        r = himjobs("import", "jobspy", str(path), "--db", f"sqlite:///{db_file}")
        assert r.code == 2, (path, r.err)
        assert message in r.err and len(r.err.strip().splitlines()) == 1
        assert r.out == ""
    assert not db_file.exists()
