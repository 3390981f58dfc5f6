"""`himjobs db upgrade`, `himjobs search` and `himjobs show` through the real command on a real
SQLite file: every search filter, each output format, one-line errors for bad values, and
filter values that look like SQL or LIKE patterns treated as plain data."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from schemas import Posting
from storage import Store
from tests.storage._factory import certs, hourly, posting

# Titles and descriptions written for these tests; employers and people are made up.
_POSTINGS = {
    "tx-remote": posting(
        "tx-remote",
        title="Medical Records Clerk (50% remote)",
        description="Index scanned charts for the Gulf Bend clinics from home two days a week.",
        locations=[("Houston", "TX")],
        posted_at=datetime(2026, 3, 10),
        workplace="remote",
        employment_types=["full_time"],
        shifts=["day"],
        education_required="high_school",
        experience_years_required=0,
        pay=hourly(19),
    ),
    "ne-cert": posting(
        "ne-cert",
        title="HIM Technician",
        description="Abstract discharge records and keep the release log for Platte Valley Health.",
        locations=[("Omaha", "NE")],
        posted_at=datetime(2026, 2, 1),
        workplace="on_site",
        employment_types=["part_time"],
        shifts=["evening"],
        education_required="associate",
        experience_years_required=2,
        certifications=certs((["RHIT"], "required", None)),
        pay=hourly(22, 24),
    ),
    "ofallon": posting(
        "ofallon",
        title="Release_of_Information Specialist",
        description="Answer O'Brien's \"chart copy\" requests at the Bluff Street desk.",
        locations=[("O'Fallon", "MO")],
        posted_at=datetime(2026, 1, 5),
        workplace="hybrid",
        employment_types=["per_diem"],
        shifts=["night"],
        education_required="bachelor",
        experience_years_required=4,
        certifications=certs((["CCA", "CPC"], "required", None)),
        pay=hourly(15),
    ),
    "closed-tx": posting(
        "closed-tx",
        title="File Room Clerk",
        description="Pull and refile paper charts for the Brazos Street annex.",
        locations=[("Waco", "TX")],
        posted_at=datetime(2025, 12, 1),
        education_required="high_school",
    ),
}


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A SQLite file holding the postings above; closed-tx was closed by a later full crawl."""
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    with Store(url) as store:
        run1 = store.start_run(["greenhouse:lakeside"])
        store.upsert(_POSTINGS.values(), run_id=run1)
        run2 = store.start_run(["greenhouse:lakeside"])
        store.upsert([p for k, p in _POSTINGS.items() if k != "closed-tx"], run_id=run2)
        assert store.close_missing("greenhouse:lakeside", run2) == 1
    return url


def _ids(res) -> list[str]:
    assert res.code == 0, res.err
    return [p["external_id"] for p in json.loads(res.out)]


def _one_line_error(res, *needles: str) -> None:
    assert res.code == 2, (res.out, res.err)
    assert res.out == ""
    lines = [line for line in res.err.splitlines() if line.strip()]
    assert len(lines) == 1, res.err
    assert "Traceback" not in res.err and "Usage:" not in res.err
    for needle in needles:
        assert needle in lines[0]


def test_db_upgrade_creates_the_default_file_then_is_idempotent(himjobs, tmp_path: Path) -> None:
    res = himjobs("db", "upgrade")
    assert res.code == 0, res.err
    assert "up to date" in res.out
    default = tmp_path / "himjobs.db"
    assert default.exists()
    with Store(f"sqlite:///{default}") as store:
        assert store.revision() is not None and store.count() == 0
    again = himjobs("db", "upgrade")
    assert again.code == 0 and "up to date" in again.out


def test_db_upgrade_takes_the_url_from_the_environment(himjobs, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.db"
    res = himjobs("db", "upgrade", env={"HIMJOBS_DATABASE_URL": f"sqlite:///{target}"})
    assert res.code == 0, res.err
    assert target.exists() and not (tmp_path / "himjobs.db").exists()
    assert _ids(himjobs("search", "--format", "json", "--db", f"sqlite:///{target}")) == []


def test_db_upgrade_on_an_unusable_location_is_one_line(himjobs, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "x.db"
    _one_line_error(himjobs("db", "upgrade", "--db", f"sqlite:///{missing}"), "cannot upgrade")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ["tx-remote", "ne-cert", "ofallon"]),
        (["--state", "TX"], ["tx-remote"]),
        (["--state", "texas", "--include-closed"], ["tx-remote", "closed-tx"]),
        (["--city", "omaha"], ["ne-cert"]),
        (["--workplace", "remote"], ["tx-remote"]),
        (["--employment-type", "part_time"], ["ne-cert"]),
        (["--shift", "night"], ["ofallon"]),
        (["--education-at-most", "associate"], ["tx-remote", "ne-cert"]),
        (["--experience-at-most", "2"], ["tx-remote", "ne-cert"]),
        (["--no-cert"], ["tx-remote"]),
        (["--certs", "cpc"], ["tx-remote", "ofallon"]),
        (["--certs", "RHIT,CCA"], ["tx-remote", "ne-cert", "ofallon"]),
        (["--min-pay", "20"], ["ne-cert"]),
        (["--text", "GULF bend"], ["tx-remote"]),
        (["--text", "records"], ["tx-remote", "ne-cert"]),
        (["--since", "2026-02-01"], ["tx-remote", "ne-cert"]),
        (["--limit", "1"], ["tx-remote"]),
        (["--state", "TX", "--education-at-most", "high_school", "--no-cert"], ["tx-remote"]),
    ],
)
def test_each_search_filter(himjobs, db: str, args: list[str], expected: list[str]) -> None:
    assert _ids(himjobs("search", "--db", db, "--format", "json", *args)) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # LIKE wildcards in --text match themselves only.
        (["--text", "50%"], ["tx-remote"]),
        (["--text", "%"], ["tx-remote"]),
        (["--text", "Release_of"], ["ofallon"]),
        (["--text", "e_o"], ["ofallon"]),
        # Quotes, in --text and --city.
        (["--text", "O'Brien's \"chart copy\""], ["ofallon"]),
        (["--city", "O'Fallon"], ["ofallon"]),
        # SQL fragments find nothing and change nothing.
        (["--text", "'; DROP TABLE postings; --"], []),
        (["--text", "x' OR '1'='1"], []),
        (["--city", "Omaha' OR 1=1 --"], []),
    ],
)
def test_filter_values_are_data(himjobs, db: str, args: list[str], expected: list[str]) -> None:
    assert _ids(himjobs("search", "--db", db, "--format", "json", *args)) == expected
    with Store(db) as store:
        assert store.count(include_closed=True) == 4


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["--state", "Texass"], ["--state", "Texass"]),
        (["--state", "TX' OR '1'='1"], ["--state"]),
        (["--workplace", "moon"], ["--workplace", "on_site"]),
        (["--employment-type", "gig"], ["--employment-type", "full_time"]),
        (["--shift", "graveyard"], ["--shift", "night"]),
        (["--education-at-most", "phd-ish"], ["--education-at-most", "bachelor"]),
        (["--experience-at-most", "two"], ["--experience-at-most", "not a number"]),
        (["--experience-at-most", "-1"], ["--experience-at-most", ">= 0"]),
        (["--experience-at-most", "nan"], ["--experience-at-most"]),
        (["--min-pay", "$20"], ["--min-pay"]),
        (["--min-pay", "-5"], ["--min-pay", ">= 0"]),
        (["--certs", "RHIT,XYZ"], ["--certs", "XYZ"]),
        (["--since", "last week"], ["--since", "YYYY-MM-DD"]),
        (["--limit", "0"], ["--limit"]),
        (["--limit", "many"], ["--limit"]),
        (["--format", "xml"], ["--format", "json"]),
    ],
)
def test_bad_search_values_are_one_line_errors(
    himjobs, db: str, args: list[str], needles: list[str]
) -> None:
    _one_line_error(himjobs("search", "--db", db, *args), *needles)


def test_search_formats(himjobs, db: str) -> None:
    table = himjobs("search", "--db", db, "--state", "NE")
    assert table.code == 0, table.err
    assert "HIM Technician" in table.out and "1 postings" in table.out
    assert "Omaha, NE" in table.out and "RHIT" in table.out

    as_json = himjobs("search", "--db", db, "--state", "NE", "--format", "json")
    [doc] = json.loads(as_json.out)
    with Store(db) as store:
        stored = store.find("greenhouse:lakeside", "ne-cert")
    assert Posting.model_validate(doc) == stored

    as_csv = himjobs("search", "--db", db, "-f", "csv")
    assert as_csv.code == 0, as_csv.err
    rows = list(csv.DictReader(io.StringIO(as_csv.out)))
    assert [r["title"] for r in rows] == [
        "Medical Records Clerk (50% remote)",
        "HIM Technician",
        "Release_of_Information Specialist",
    ]
    assert rows[1]["where"] == "Omaha, NE" and rows[1]["certifications"] == "RHIT"
    assert rows[0]["posted"] == "2026-03-10" and rows[0]["education"] == "high_school"


def test_show_in_each_format(himjobs, db: str) -> None:
    with Store(db) as store:
        stored = store.find("greenhouse:lakeside", "ofallon")
    table = himjobs("show", str(stored.id), "--db", db)
    assert table.code == 0, table.err
    assert "Release_of_Information Specialist" in table.out
    assert "O'Fallon, MO" in table.out and "Bluff Street desk" in table.out

    as_json = himjobs("show", str(stored.id), "--db", db, "--format", "json")
    assert Posting.model_validate_json(as_json.out) == stored

    as_csv = himjobs("show", str(stored.id), "--db", db, "--format", "csv")
    assert as_csv.code == 0, as_csv.err
    rows = list(csv.DictReader(io.StringIO(as_csv.out)))
    assert list(rows[0]) == ["field", "value", "level", "from", "evidence"]
    by_field = {r["field"]: r for r in rows}
    assert by_field["title"]["value"] == "Release_of_Information Specialist"
    assert by_field["where"]["value"] == "O'Fallon, MO"
    assert "Title:" not in as_csv.out and "┃" not in as_csv.out and "│" not in as_csv.out


@pytest.mark.parametrize(
    ("posting_id", "needle"), [("9999", "no posting with id 9999"), ("abc", "abc"), ("0", "ID")]
)
def test_show_unknown_or_bad_id_is_one_line(himjobs, db: str, posting_id: str, needle: str) -> None:
    _one_line_error(himjobs("show", posting_id, "--db", db), needle)


def test_unreachable_database_is_one_line(himjobs) -> None:
    res = himjobs("search", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    # issue #16: a refused connection is exit 1 (exit 2 is for usage mistakes); was 2
    assert res.code == 1, (res.out, res.err)
    lines = [line for line in res.err.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot open database" in lines[0] and res.out == ""
    assert "password" not in res.err.lower()
