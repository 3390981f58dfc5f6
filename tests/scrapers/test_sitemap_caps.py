"""Sitemaps are bounded per board (issue 13.3): a hostile index fanning out to new child sitemaps
on every level ends the crawl at a cap, recorded as the board's bad page, and closes nothing.

The mock server generates the index on the fly (``sitemap_fanout``: every path under the prefix
is a sitemapindex of ``fanout`` new children). Here in test size (small fan-out, small caps);
bench/sitemap_fanout.py runs the full size (50,000 children per level) and measures peak RSS.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storage import Store
from tests.scrapers._crawl import bad_pages, run

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
FAN_SITE = "https://careers.fanout.example"
JOB_SITE = "https://careers.manyjobs.example"
HTML = {"content_type": "text/html; charset=utf-8"}


def _fanout(mock: Any, fanout: int) -> None:
    mock.add_route(
        {
            "path_prefix": "/fan/",
            "fault": {"kind": "sitemap_fanout", "fanout": fanout, "site": FAN_SITE},
        }
    )


def _sitemap_fetches(mock: Any) -> list[str]:
    return [r["path"] for r in mock.log() if r["path"].startswith("/fan/")]


CAPS = [
    # (label, fan-out, settings, sitemaps fetched, reason)
    (
        "50-way fan-out, cap of 6 sitemaps per board",
        50,
        {"HIMJOBS_SITEMAP_MAX_SITEMAPS": 6},
        6,
        "sitemap cap reached: 6 sitemaps",
    ),
    (
        "3-way fan-out, cap of 2 levels below the first sitemap",
        3,
        {"HIMJOBS_SITEMAP_MAX_DEPTH": 2, "HIMJOBS_SITEMAP_MAX_SITEMAPS": 1000},
        1 + 3 + 9,
        "sitemap depth cap reached: sitemaps nested more than 2 levels",
    ),
]


@pytest.mark.parametrize(
    ("label", "fanout", "settings", "fetched", "reason"), CAPS, ids=[c[0] for c in CAPS]
)
def test_fanout_index_stops_at_a_cap(
    mock: Any,
    reliability: Any,
    label: str,
    fanout: int,
    settings: dict[str, Any],
    fetched: int,
    reason: str,
) -> None:
    _fanout(mock, fanout)
    stats, items = run("jsonld", mock.url, boards=f"{FAN_SITE}/fan/root.xml", settings=settings)
    paths = _sitemap_fetches(mock)
    bad = bad_pages(stats)
    reliability.record(
        "sitemaps",
        f"hostile sitemap index ({label})",
        stored=len(items),
        lost=0,
        errors=len(bad),
        outcome=f"{stats['finish_reason']} after {len(paths)} sitemaps; "
        f"recorded: {bad[0]['reason'] if bad else 'nothing'}",
    )
    assert stats["finish_reason"] == "finished"
    assert len(paths) == len(set(paths)) == fetched
    assert [b["kind"] for b in bad] == ["sitemap_cap"]  # once per board, not once per child
    assert reason in bad[0]["reason"]


def _job_site(mock: Any, count: int) -> None:
    """A urlset of ``count`` job pages, each a JSON-LD posting without an identifier."""
    urls = "".join(f"<url><loc>{JOB_SITE}/jobs/hi-{n}</loc></url>" for n in range(count))
    mock.add_route(
        {
            "path": "/many-sitemap.xml",
            "content_type": "application/xml",
            "body": f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
        }
    )
    posting = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": "Medical Records Clerk",
            "datePosted": "2026-11-04",
            "description": "<p>Scan, index and file charts. High school diploma or GED.</p>",
            "hiringOrganization": {"@type": "Organization", "name": "Manyjobs Health"},
        }
    )
    body = f'<html><head><script type="application/ld+json">{posting}</script></head></html>'
    mock.add_route({"path_prefix": "/jobs/hi-", "body": body, **HTML})


def test_url_cap_is_a_bad_page_and_closes_nothing(
    mock: Any, tmp_path: Path, reliability: Any
) -> None:
    db = f"sqlite:///{tmp_path / 'crawl.db'}"
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[jsonld]\nboards = ["{JOB_SITE}/many-sitemap.xml"]\n', "utf-8")
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": db, "HIMJOBS_CRAWL_TIME": "2026-11-20T12:00:00"}
    _job_site(mock, 12)
    first, _ = run("jsonld", mock.url, sources_file=str(sources), settings=settings)
    assert first["himjobs/outcome"] == "ok" and first["himjobs/stored"] == 12
    second, _ = run(
        "jsonld",
        mock.url,
        sources_file=str(sources),
        settings={**settings, "HIMJOBS_SITEMAP_MAX_URLS": 8},
    )
    jobs = [r for r in mock.log() if r["path"].startswith("/jobs/hi-")]
    with Store(db) as store:
        open_now, latest = store.count(include_duplicates=True), store.runs()[0]
        errors = store.run_errors(latest.id)
    reliability.record(
        "sitemaps",
        "after a good crawl of 12 postings: the board's sitemap lists more job "
        "pages than HIMJOBS_SITEMAP_MAX_URLS (8)",
        stored=open_now,
        lost=12 - open_now,
        errors=len(errors),
        outcome=f"run {latest.status}; closed {second['himjobs/closed']}; "
        f"recorded: {errors[0].reason if errors else 'nothing'}",
    )
    assert len(jobs) == 12 + 8  # the first crawl's 12, then only 8
    assert [e.reason for e in errors] == [
        "URL cap reached: 8 job pages taken for this board, the rest not requested "
        "(HIMJOBS_SITEMAP_MAX_URLS)"
    ]
    assert latest.status == second["himjobs/outcome"] == "partial"
    assert second["himjobs/closed"] == 0 and open_now == 12
