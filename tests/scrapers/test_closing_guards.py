"""A source that breaks after a good crawl closes none of its postings.

test_pipeline_engine.py has the baseline (a complete crawl closes what vanished), a bad page and a
drop below HIMJOBS_MIN_FRACTION. These are the other ways a real board "loses" every posting at
once: a total outage, a board that suddenly answers an empty list, and a crawl cut short by a
time limit. In each, the second crawl sees none of the stored postings, so a wrong close would
close all of them.

The JSON-LD cases: a site whose every page carries a broken non-job block still closes what was
taken down, and a broken block naming JobPosting (a posting that may be lost) closes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storage import Store
from tests.scrapers._crawl import run

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
BOARD = "/v1/boards/northridgehealth/jobs"
FILE = "greenhouse/northridge_jobs.json"

SCENARIOS = [
    (
        "every page answers HTTP 500 (outage)",
        {"path": BOARD, "file": FILE, "fault": {"kind": "fail_then_ok", "failures": 99}},
        {},
        "failed",
    ),
    (
        "the board suddenly answers an empty list",
        {"path": BOARD, "json_body": {"jobs": [], "meta": {"total": 0}}},
        {},
        "suspicious",
    ),
    (
        "the crawl is cut short by CLOSESPIDER_TIMEOUT",
        # the board answers after the time limit (the engine still waits for that answer)
        {"path": BOARD, "file": FILE, "fault": {"kind": "delay", "seconds": 2}},
        {"CLOSESPIDER_TIMEOUT": 1},
        "failed",
    ),
]


@pytest.mark.parametrize(
    ("label", "route", "settings", "status"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_broken_source_closes_nothing(
    mock: Any,
    tmp_path: Path,
    reliability,
    label: str,
    route: dict[str, Any],
    settings: dict[str, Any],
    status: str,
) -> None:
    url = f"sqlite:///{tmp_path / 'crawl.db'}"
    base = {**PIPELINE, "HIMJOBS_DATABASE_URL": url}
    # The whole board list from a sources file: a crawl that may close postings.
    listing = tmp_path / "sources.toml"
    listing.write_text('[greenhouse]\nboards = ["northridgehealth"]\n', encoding="utf-8")
    first, _ = run("greenhouse", mock.url, sources_file=str(listing), settings=base)
    assert first["himjobs/outcome"] == "ok" and first["himjobs/stored"] == 2
    assert first["himjobs/complete"] is True
    mock.add_route(route)
    second, _ = run(
        "greenhouse", mock.url, sources_file=str(listing), settings={**base, **settings}
    )
    with Store(url) as store:
        open_now = store.count()
        total = store.count(include_closed=True)
        runs = store.runs()
        (source,) = store.sources()
    reliability.record(
        "closing",
        f"after a good crawl of 2 postings: {label}",
        stored=total,
        lost=total - open_now,
        errors=runs[0].errors,
        outcome=f"run {runs[0].status} ({second.get('finish_reason')}); closed "
        f"{second.get('himjobs/closed', 0)}; last good count stays {source['last_good_count']}",
    )
    assert runs[0].status == second["himjobs/outcome"] == status
    assert second.get("himjobs/closed", 0) == 0
    assert open_now == total == 2  # still open, still searchable
    assert source["last_good_count"] == 2  # a broken run never becomes the new baseline


# --- JSON-LD sites: an unreadable block closes nothing only when a posting may be lost --------

SITE = "https://careers.saguarohealth.example"
HTML = {"content_type": "text/html; charset=utf-8"}
#: The site's template carries a broken BreadcrumbList (a missing bracket) on every page.
CRUMBS = (
    '{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": '
    '[{"@type": "ListItem", "position": 1, "name": "Careers"}'
)
#: A second posting on a page whose block lost a comma: it may be a posting taken down or not.
BROKEN_JOB = '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Coder" "x": 1}'
JOBS = {
    "sg-101": ("Medical Records Clerk", "Tucson"),
    "sg-102": ("Health Information Technician", "Marana"),
    "sg-103": ("Release of Information Specialist", "Sahuarita"),
}


def _job_page(key: str, *extra: str) -> str:
    title, city = JOBS[key]
    job = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "identifier": {"@type": "PropertyValue", "value": key.upper()},
        "description": f"<p>The {city} clinic's records office: scan, index and file charts. "
        "High school diploma or GED required.</p>",
        "datePosted": "2026-11-04",
        "hiringOrganization": {"@type": "Organization", "name": "Saguaro Health"},
        "jobLocation": {
            "@type": "Place",
            "address": {"addressLocality": city, "addressRegion": "AZ"},
        },
    }
    blocks = [json.dumps(job), CRUMBS, *extra]
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body><h1>{title}</h1></body></html>"


def _jsonld_site(mock: Any, keys: list[str], *, broken_job_on: str | None = None) -> None:
    urls = "".join(f"<url><loc>{SITE}/jobs/{k}</loc></url>" for k in keys)
    mock.add_route(
        {
            "path": "/saguaro-sitemap.xml",
            "content_type": "application/xml",
            "body": f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
        }
    )
    for k in keys:
        extra = [BROKEN_JOB] if k == broken_job_on else []
        mock.add_route({"path": f"/jobs/{k}", "body": _job_page(k, *extra), **HTML})


JSONLD_SECOND = [
    ("sg-103 taken down; every page carries a broken BreadcrumbList", None, "ok", 1),
    (
        "sg-103 taken down; a page also carries a broken block naming JobPosting",
        "sg-101",
        "partial",
        0,
    ),
]


@pytest.mark.parametrize(
    ("label", "broken_job_on", "status", "closed"), JSONLD_SECOND, ids=[s[0] for s in JSONLD_SECOND]
)
def test_jsonld_site_closes_when_no_posting_may_be_lost(
    mock: Any,
    store_url: str,
    tmp_path: Path,
    reliability,
    label: str,
    broken_job_on: str | None,
    status: str,
    closed: int,
) -> None:
    settings = {
        **PIPELINE,
        "HIMJOBS_DATABASE_URL": store_url,
        "HIMJOBS_CRAWL_TIME": "2026-11-20T12:00:00",
    }
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[jsonld]\nboards = ["{SITE}/saguaro-sitemap.xml"]\n', encoding="utf-8")
    _jsonld_site(mock, list(JOBS))
    first, _ = run("jsonld", mock.url, sources_file=str(sources), settings=settings)
    assert first["himjobs/outcome"] == "ok", first.get("himjobs/bad_page_list")
    assert first["himjobs/complete"] is True and first["himjobs/stored"] == 3
    assert first["himjobs/jsonld/malformed_ignored"] == 3  # one broken breadcrumb a page
    _jsonld_site(mock, ["sg-101", "sg-102"], broken_job_on=broken_job_on)
    second, _ = run("jsonld", mock.url, sources_file=str(sources), settings=settings)
    with Store(store_url) as store:
        open_ids = sorted(p.external_id for p in store.search(limit=10))
        total = store.count(include_closed=True)
        runs = store.runs()
    backend = "" if store_url.startswith("sqlite") else " [PostgreSQL]"
    reliability.record(
        "closing",
        f"JSON-LD site, after a good crawl of 3 postings: {label}{backend}",
        stored=total,
        lost=0,
        errors=runs[0].errors,
        outcome=f"run {runs[0].status}; closed {second.get('himjobs/closed', 0)}; "
        f"broken non-job blocks ignored: {second.get('himjobs/jsonld/malformed_ignored', 0)}",
    )
    assert runs[0].status == second["himjobs/outcome"] == status
    assert second["himjobs/closed"] == closed
    host = "careers.saguarohealth.example"
    still_open = ["sg-101", "sg-102"] + ([] if closed else ["sg-103"])
    assert open_ids == sorted(f"{host}:{k.upper()}" for k in still_open)
    assert total == 3
