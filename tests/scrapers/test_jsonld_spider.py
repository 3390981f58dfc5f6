"""JSON-LD spider through the real engine: robots.txt sitemaps, lastmod, listings, robots rules."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from storage import Store
from tests.scrapers._crawl import bad_pages, run

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}

SITE = "https://careers.lakeshorehealth.example"
FIXTURES = Path(__file__).parent.parent / "fixtures" / "jsonld"


def _robots(mock: Any, text: str | None = None) -> None:
    route: dict[str, Any] = {"path": "/robots.txt", "content_type": "text/plain"}
    if text is None:
        route["file"] = "jsonld/robots.txt"
    else:
        route["body"] = text
    mock.add_route(route)


def _paths(mock: Any) -> list[str]:
    return [
        r["path"]
        for r in mock.log()
        if r["path"] != "/robots.txt" and not r["path"].startswith("/__")
    ]


def test_site_root_reads_robots_sitemaps_index_and_job_pages(mock: Any) -> None:
    _robots(mock)
    stats, items = run("jsonld", mock.url, boards=SITE)
    assert stats["finish_reason"] == "finished"
    paths = _paths(mock)
    # sitemap-jobs.xml is named twice (robots.txt and the index) and fetched once; the
    # visitors page on www. is another host and is skipped.
    assert sorted(paths) == sorted(
        [
            "/sitemap_index.xml",
            "/sitemap-jobs.xml",
            "/sitemap-pages.xml",
            "/benefits",
            "/jobs/hic-2231",
            "/jobs/rn-1102",
            "/jobs/coder-0917",
        ]
    )
    assert stats["himjobs/jsonld/offsite_skipped"] == 1
    assert stats["himjobs/jsonld/pages_without_posting"] == 1  # /benefits
    assert "himjobs/bad_pages" not in stats, bad_pages(stats)
    by_id = {i["external_id"]: i for i in items}
    assert sorted(by_id) == [
        "careers.lakeshorehealth.example:REQ-0917",
        "careers.lakeshorehealth.example:REQ-1102",
        "careers.lakeshorehealth.example:REQ-2231",
    ]
    clerk = by_id["careers.lakeshorehealth.example:REQ-2231"]
    # Documented URLs, not the mirror's, and the @graph organisation resolved.
    assert clerk["url"] == f"{SITE}/jobs/hic-2231"
    assert clerk["employer"] == "Lakeshore Community Hospital"
    hints = clerk["hints"]
    assert hints["education_required"] == "high_school"
    assert hints["experience_years_required"] == 1.5
    assert hints["education_substitutable"] is True
    assert hints["pay"] == {"min": 17.25, "max": 21.4, "period": "hour", "currency": "USD"}
    assert hints["employment_types"] == ["full_time", "part_time"]
    coder = by_id["careers.lakeshorehealth.example:REQ-0917"]  # top-level list, @id string
    assert coder["employer"] == "Lakeshore Community Hospital"
    assert coder["locations"] == [{"city": "Sandusky", "state": "OH", "country": "US"}]
    assert coder["hints"]["education_required"] == "certificate"
    assert coder["hints"]["experience_years_required"] == 0.0
    assert "pairs you with a senior coder" in coder["description"]


def test_since_skips_sitemap_entries_not_modified_since(mock: Any) -> None:
    _robots(mock)
    stats, items = run("jsonld", mock.url, boards=SITE, since="2026-11-01")
    assert stats["finish_reason"] == "finished"
    paths = _paths(mock)
    # rn-1102 was last modified 2026-10-02; entries without lastmod are kept.
    assert "/jobs/rn-1102" not in paths
    assert {"/jobs/hic-2231", "/jobs/coder-0917"} <= set(paths)
    assert stats["himjobs/jsonld/unchanged_skipped"] == 1
    assert len(items) == 2


def test_listing_pages_follow_job_links_and_next_and_obey_robots(mock: Any) -> None:
    _robots(mock, "User-agent: *\nDisallow: /jobs/internal-\n")
    stats, items = run("jsonld", mock.url, start_urls=f"{SITE}/openings")
    assert stats["finish_reason"] == "finished"
    paths = _paths(mock)
    assert paths.count("/openings") == 2  # page 1, then ?page=2 (rel=next); prev is a repeat
    assert paths.count("/jobs/hic-2231") == 1  # linked from both pages
    assert "/jobs/internal-4410" not in paths and "/about" not in paths
    assert stats["robotstxt/forbidden"] == 1
    # Only the robots refusal is a bad page: the broken Organization block beside two readable
    # postings on /jobs/clinic-records names no JobPosting, so nothing was lost (counted only).
    assert [b["kind"] for b in bad_pages(stats)] == ["ignored"]
    assert stats["himjobs/jsonld/malformed_ignored"] == 1
    # The remote ROI posting closed on 2026-10-01: read, not yielded.
    assert stats["himjobs/expired"] == 1
    # two postings on one page (control characters, a trailing ';', one broken block)
    assert sorted(i["title"] for i in items) == [
        "Health Information Clerk",
        "Medical Records Specialist (PRN)",
        "Registered Nurse - Float Pool",
    ]
    assert stats["himjobs/jsonld/malformed_blocks"] >= 1
    prn = next(i for i in items if i["title"].startswith("Medical Records Specialist"))
    assert prn["employer"] == "Prairie Family Clinics"
    assert prn["hints"]["employment_types"] == ["per_diem"]
    assert prn["url"] == f"{SITE}/jobs/clinic-records"


def test_empty_sitemap_unknown_site_and_junk_sitemap(mock: Any) -> None:
    mock.add_route(
        {
            "path": "/junk-sitemap.xml",
            "body": "<html>Maintenance</html>",
            "content_type": "text/html",
        }
    )
    boards = ",".join(
        [
            "https://quietclinic.example/empty-sitemap.xml",
            "https://gone.example",
            "https://brokenhospital.example/junk-sitemap.xml",
        ]
    )
    stats, items = run("jsonld", mock.url, boards=boards)
    assert stats["finish_reason"] == "finished" and items == []
    assert stats["himjobs/jsonld/empty_sitemaps"] == 1
    # gone.example: no robots.txt, then no /sitemap.xml either.
    reasons = sorted((b["kind"], b["url"].rsplit("/", 1)[1]) for b in bad_pages(stats))
    assert reasons == [("bad_sitemap", "junk-sitemap.xml"), ("not_found", "sitemap.xml")]


def test_stored_rows_and_an_incremental_crawl_closes_nothing(mock: Any, store: Store) -> None:
    _robots(mock)
    settings = {**PIPELINE, "HIMJOBS_DATABASE_URL": store.url}
    stats, _ = run("jsonld", mock.url, boards=SITE, settings=settings)
    assert stats["himjobs/outcome"] == "ok"
    assert stats["himjobs/seen"] == 3 and stats["himjobs/dropped_irrelevant"] == 1  # the nurse
    clerk = store.find("jsonld", "careers.lakeshorehealth.example:REQ-2231")
    assert clerk is not None and clerk.requirements is not None
    # structured hints reach the extractor and win over the text
    assert clerk.requirements.experience_years_required == 1.5
    assert clerk.url == f"{SITE}/jobs/hic-2231"
    coder = store.find("jsonld", "careers.lakeshorehealth.example:REQ-0917")
    assert coder is not None and coder.valid_through == datetime(2027, 1, 15)
    assert store.find("jsonld", "careers.lakeshorehealth.example:REQ-1102") is None

    # Since 2026-11-20 only the coder page (no lastmod) is fetched: the clerk was not seen,
    # but an incremental crawl is not a complete one, so the clerk stays open.
    stats, _ = run("jsonld", mock.url, boards=SITE, since="2026-11-20", settings=settings)
    assert stats["himjobs/seen"] == 1 and stats["himjobs/outcome"] == "ok"
    assert stats["himjobs/closed"] == 0
    assert store.count() == 2


def test_listing_with_a_wrong_content_type_is_still_read(mock: Any) -> None:
    _robots(mock, "User-agent: *\nDisallow: /jobs/internal-\n")
    mock.add_route(
        {
            "path": "/openings",
            "query": {"page": None},
            "file": "jsonld/openings.html",
            "content_type": "application/octet-stream",
        }
    )
    stats, items = run("jsonld", mock.url, start_urls=f"{SITE}/openings", max_pages="1")
    assert stats["finish_reason"] == "finished"
    # Job links were found in the body; the page cap stopped the rel=next page.
    assert [i["title"] for i in items] == ["Health Information Clerk"]
    assert stats["himjobs/bad_pages/max_pages"] == 1


# --- unreadable JSON-LD blocks: a bad page only when a posting may have been lost ------------

MESA = "https://careers.mesarecords.example"


def _page(*blocks: str, links: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body>{links}</body></html>"


def _job(title: str, ident: str, city: str) -> str:
    return (
        '{"@context": "https://schema.org", "@type": "JobPosting", '
        f'"title": "{title}", "identifier": {{"@type": "PropertyValue", "value": "{ident}"}}, '
        '"description": "<p>Index scanned charts and answer records requests. High school '
        'diploma or GED.</p>", "datePosted": "2026-11-03", "hiringOrganization": '
        '{"@type": "Organization", "name": "Mesa Records Co"}, "jobLocation": {"@type": '
        f'"Place", "address": {{"addressLocality": "{city}", "addressRegion": "AZ"}}}}}}'
    )


BROKEN_CRUMBS = (
    '{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": '
    '[{"@type": "ListItem", "position": 1, "name": "Careers",}, ]'
)
BROKEN_ORG = '{"@context": "https://schema.org", "@type": "Organization", "name": "Mesa" "url"}'
BROKEN_JOB = (
    '{"@context": "https://schema.org/", "@type": "https://schema.org/JobPosting", '
    '"title": "Release of Information Specialist" "identifier": "MR-3"}'
)


def test_unreadable_blocks_are_bad_pages_only_when_a_posting_may_be_lost(mock: Any) -> None:
    html = {"content_type": "text/html; charset=utf-8"}
    pages = {
        # a broken breadcrumb beside a readable posting: nothing lost
        "/jobs/mr-1": _page(_job("Medical Records Clerk", "MR-1", "Mesa"), BROKEN_CRUMBS),
        # a broken block naming JobPosting beside a readable one: a posting may be lost
        "/jobs/mr-2": _page(_job("HIM Clerk", "MR-2", "Tempe"), BROKEN_JOB),
        # a job page whose only block is a broken Organization: no posting at all
        "/jobs/mr-4": _page(BROKEN_ORG),
    }
    for path, body in pages.items():
        mock.add_route({"path": path, "body": body, **html})
    links = "".join(f'<a href="{p}">job</a>' for p in pages)
    # the listing page carries the same broken Organization block, and no posting of its own
    mock.add_route({"path": "/mesa-openings", "body": _page(BROKEN_ORG, links=links), **html})
    stats, items = run("jsonld", mock.url, start_urls=f"{MESA}/mesa-openings")
    assert stats["finish_reason"] == "finished"
    assert sorted(i["external_id"] for i in items) == [
        "careers.mesarecords.example:MR-1",
        "careers.mesarecords.example:MR-2",
    ]
    bad = {b["url"].rsplit("/", 1)[1]: b for b in bad_pages(stats)}
    assert sorted(bad) == ["mr-2", "mr-4"]
    assert {b["kind"] for b in bad.values()} == {"malformed_jsonld"}
    assert bad["mr-2"]["reason"].endswith(
        "; 1 posting read from the other blocks; block 2 names JobPosting"
    )
    assert bad["mr-4"]["reason"].endswith("; no posting read from the page")
    assert stats["himjobs/jsonld/malformed_blocks"] == 4
    assert stats["himjobs/jsonld/malformed_ignored"] == 2  # mr-1 and the listing page
