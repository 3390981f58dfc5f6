"""Golden tests for the JobSpy CSV importer format."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from schemas.models import Location, Pay, Posting
from scrapers.formats import jobspy

CSV_PATH = Path(__file__).parent.parent / "fixtures" / "jobspy" / "jobs.csv"


def postings() -> dict[str, Posting]:
    return {p.external_id: p for p in jobspy.read_csv(CSV_PATH)}


def test_header_is_jobspy_column_order() -> None:
    header = next(csv.reader(io.StringIO(CSV_PATH.read_text(encoding="utf-8"))))
    assert tuple(header) == jobspy.COLUMNS


def test_rows_without_title_are_skipped() -> None:
    assert sorted(postings()) == ["in-5e0c41a9d2b7f318", "in-aa01", "li-4051177342", "zr-7c19b2"]


def test_indeed_row_golden() -> None:
    p = postings()["in-5e0c41a9d2b7f318"]
    assert p.source == "jobspy:indeed"
    assert p.url == "https://www.indeed.com/viewjob?jk=5e0c41a9d2b7f318"
    assert p.apply_url == "https://careers.mesavalleyhealth.example/jobs/88213"
    assert p.title == "Medical Records Clerk" and p.employer == "Mesa Valley Health"
    assert p.locations == [Location(city="Grand Junction", state="CO", country="US")]
    assert p.posted_at == datetime(2026, 11, 19)
    assert p.remote is False and p.hints.workplace is None
    assert p.hints.employment_types == ["full_time"]
    assert p.hints.pay == Pay(min=18.0, max=22.5, period="hour")
    # Markdown escapes and emphasis are gone; the words and line structure stay.
    assert p.description.startswith(
        "Medical Records Clerk\n\nFile, scan and index charts for our clinics."
    )
    assert "Monday - Friday, 8:00-4:30" in p.description
    assert p.description_html is None
    assert (
        p.raw["interval"] == "hourly" and p.raw["company_industry"] == "Hospitals and Health Care"
    )


def test_linkedin_remote_html_and_pay_read_from_text_is_not_a_hint() -> None:
    p = postings()["li-4051177342"]
    assert p.source == "jobspy:linkedin"
    assert p.apply_url == p.url  # no job_url_direct
    assert p.remote is True and p.hints.workplace == "remote"
    assert p.locations == [Location(city=None, state="TX", country="US")]
    assert p.hints.employment_types == ["part_time", "contract"]
    assert p.hints.pay is None and p.raw["salary_source"] == "description"
    assert p.description == 'Abstract and code outpatient charts from home. "RHIT" preferred.'
    assert (
        p.description_html
        == '<p>Abstract and code outpatient charts from home. "RHIT" preferred.</p>'
    )


def test_daily_interval_backslashes_and_foreign_location() -> None:
    zr = postings()["zr-7c19b2"]
    assert zr.hints.pay is None and zr.raw["interval"] == "daily"
    assert zr.description.endswith("Path: C:\\forms\\intake")
    ca = postings()["in-aa01"]
    assert ca.locations == [Location(city="Thunder Bay", state=None, country="Canada")]
    assert ca.hints.employment_types == ["per_diem"]
    assert ca.posted_at is None and ca.remote is None and ca.hints.pay is None


def test_reads_text_with_bom_and_minimal_columns() -> None:
    text = '\ufefftitle,job_url,site,location\nROI Clerk,https://x.example/1,google,"Remote, USA"\n'
    [p] = jobspy.read_csv(text)
    assert p.source == "jobspy:google" and p.external_id == "https://x.example/1"
    assert p.locations == [Location(city=None, state=None, country="US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houston, TX", Location(city="Houston", state="TX", country="US")),
        ("TX, USA", Location(city=None, state="TX", country="US")),
        ("New York, NY, USA", Location(city="New York", state="NY", country="US")),
        ("London, UK", Location(city="London", state=None, country="UK")),
        ("", None),
    ],
)
def test_location_shapes(text: str, expected: Location | None) -> None:
    assert jobspy.parse_location(text) == expected
