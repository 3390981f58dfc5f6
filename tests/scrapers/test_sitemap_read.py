"""How the jsonld spider reads robots.txt and sitemaps (scrapers/spiders/_sitemaps.py, Scrapy's
own ``Sitemap`` and ``sitemap_urls_from_robots``): entries with lastmod, what an incremental
crawl keeps, junk and external entities. The caps are in test_sitemap_caps.py, the crawl itself
in test_jsonld_spider.py."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from scrapers.spiders._sitemaps import SITEMAP_ROOTS, is_fresh, read_sitemap, robots_sitemaps

FIXTURES = Path(__file__).parent.parent / "fixtures" / "jsonld"
SITE = "https://careers.lakeshorehealth.example"


def test_robots_and_sitemaps_with_lastmod() -> None:
    robots = (FIXTURES / "robots.txt").read_bytes()
    assert robots_sitemaps(robots, base_url=f"{SITE}/robots.txt") == [
        f"{SITE}/sitemap_index.xml",
        f"{SITE}/sitemap-jobs.xml",
    ]
    kind, entries = read_sitemap((FIXTURES / "sitemap_index.xml").read_bytes())
    index = list(entries)
    assert kind == "sitemapindex"
    assert [(e.loc.rsplit("/", 1)[1], e.is_sitemap) for e in index] == [
        ("sitemap-jobs.xml", True),
        ("sitemap-pages.xml", True),
    ]
    assert index[0].lastmod == datetime(2026, 11, 25, 8, 0)
    kind, entries = read_sitemap((FIXTURES / "sitemap-jobs.xml").read_bytes())
    urls = list(entries)
    assert kind == "urlset"
    assert [e.lastmod for e in urls] == [
        datetime(2026, 11, 18),
        datetime(2026, 10, 2, 18, 30),
        None,
    ]
    fresh = [e for e in urls if is_fresh(e, datetime(2026, 11, 1))]
    assert [e.loc.rsplit("/", 1)[1] for e in fresh] == ["hic-2231", "coder-0917"]
    assert [e for e in urls if is_fresh(e, None)] == urls


def test_robots_repeats_are_dropped_and_relative_lines_resolved() -> None:
    robots = b"User-agent: *\nDisallow: /x\nSitemap: /s1.xml\nsitemap: https://a.org/s2.xml\n"
    robots += b"Sitemap: /s1.xml\n"
    assert robots_sitemaps(robots, base_url="https://a.org/robots.txt") == [
        "https://a.org/s1.xml",
        "https://a.org/s2.xml",
    ]


@pytest.mark.parametrize(
    "body", [b"", b"<html>not a sitemap</html>", b"<?xml version='1.0'?><urlset"]
)
def test_sitemap_junk_gives_nothing(body: bytes) -> None:
    kind, entries = read_sitemap(body)
    assert kind not in SITEMAP_ROOTS or list(entries) == []


def test_sitemap_does_not_resolve_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://a.example/&x;</loc></url></urlset>"
    ).encode()
    _kind, entries = read_sitemap(body)
    assert all("TOPSECRET" not in e.loc for e in entries)
