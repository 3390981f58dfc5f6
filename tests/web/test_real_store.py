"""The pages over the real thing: a SQLite storage.Store filled with our postings, matcher.match
for verdicts, matcher.gaps for the chart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from himjobs.web import create_app
from tests.web._local import LOCAL
from tests.web._real import filled_store_backend


@pytest.fixture
def store_backend(tmp_path: Path):
    return filled_store_backend(tmp_path)


@pytest.fixture
def real_client(store_backend, tmp_path: Path) -> TestClient:
    return TestClient(create_app(store_backend[0], profile_dir=tmp_path / "p"), base_url=LOCAL)


def test_matches_from_a_real_store(real_client):
    html = real_client.get("/matches?education=high_school&experience_years=0").text
    got = re.findall(r'<h2><a href="/postings/\d+\?[^"]*">([^<]*)</a></h2>', html)
    assert "Medical Records Clerk" in got
    assert "HIM Coding Supervisor" not in got  # three requirements short: not even a near miss
    if "Health Information Technician II" in got:  # a near miss, after every eligible posting
        assert got.index("Medical Records Clerk") < got.index("Health Information Technician II")


def test_detail_from_a_real_store(real_client, store_backend):
    _, ids = store_backend
    html = real_client.get(f"/postings/{ids['gh-101']}?education=high_school").text
    assert "<h1>Medical Records Clerk</h1>" in html
    assert (
        'href="https://boards.example.org/bluebonnet/jobs/101/apply" rel="noopener noreferrer"'
        in html
    )
    assert "<mark>" in html


def test_hostile_posting_from_a_real_store_is_inert(real_client, store_backend):
    from tests.web.test_escaping import assert_inert

    _, ids = store_backend
    for url in (
        f"/postings/{ids['ld-evil']}?education=high_school",
        "/matches?education=high_school",
    ):
        assert_inert(real_client.get(url).text)


def test_gaps_and_crawl_from_a_real_store(real_client):
    assert real_client.get("/gaps?education=high_school").status_code == 200
    assert real_client.get("/crawl").status_code == 200


def test_years_by_kind_decide_a_records_job(tmp_path: Path):
    """A front-desk worker with three years, told the form so, is not shown a job that asks for
    two years of medical records work as one they qualify for; without the breakdown every year
    counts and the page says it assumed so (the real matcher and a real SQLite store)."""
    from matcher import extract
    from schemas import Location, Posting

    backend, _ = filled_store_backend(tmp_path)
    text = (
        "Records clerk for our outpatient HIM office. High school diploma required. "
        "Two years of medical records experience required."
    )
    backend.store.upsert(
        [
            Posting(
                source="greenhouse",
                external_id="gh-kind",
                url="https://boards.example.org/bluebonnet/jobs/900",
                title="Medical Records Specialist",
                employer="Bluebonnet Community Health",
                description=text,
                locations=[Location(city="Austin", state="TX")],
                requirements=extract(text, title="Medical Records Specialist"),
            )
        ]
    )
    client = TestClient(create_app(backend, profile_dir=tmp_path / "p"), base_url=LOCAL)
    pid = next(
        p.id for p in backend.store.search(limit=100, offset=0) if p.external_id == "gh-kind"
    )

    def why(query: str) -> str:
        html = client.get(f"/postings/{pid}?education=high_school&experience_years=3" + query).text
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))

    assumed = why("")
    assert "You qualify for this job." in assumed
    assert "you have 3 years, assuming all of it is medical records experience" in assumed
    told = why("&experience_healthcare=3")
    assert "You qualify for this job." not in told
    assert "assuming" not in told
    assert "not counting 3 years of other work" in told
