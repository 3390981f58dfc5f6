"""Sitemaps for the jsonld spider, read with Scrapy's own streaming parser and bounded per board.

A hostile site can answer a sitemap index fanning out to 50,000 new child sitemaps per level, for
ever. ``Budget`` caps, per board, the nesting depth, the sitemap documents fetched and the job
URLs taken (settings HIMJOBS_SITEMAP_MAX_DEPTH / _MAX_SITEMAPS / _MAX_URLS); the spider records
the first cap a board hits as its bad page and stops reading the document, so the rest of a
50,000-entry index is never even parsed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from scrapers import settings as defaults
from scrapers.formats import parse_date

__all__ = ["Budget", "SitemapEntry", "is_fresh", "read_sitemap", "robots_sitemaps"]

#: Root elements of a sitemap document (with no entries it is an empty board, not junk).
SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: datetime | None
    #: True when the entry points to another sitemap (from a sitemapindex)
    is_sitemap: bool = False


def is_fresh(entry: SitemapEntry, since: datetime | None) -> bool:
    """Whether an incremental crawl (``since``) needs the entry: modified after ``since``, or
    without a lastmod (it may be new)."""
    return since is None or entry.lastmod is None or entry.lastmod > since


def read_sitemap(body: bytes) -> tuple[str, Iterator[SitemapEntry]]:
    """(root element name, its entries read lazily); ("", nothing) when the body is not XML.

    Scrapy's Sitemap parses incrementally (lxml iterparse, entities not resolved, each element
    freed once read): stopping the iteration stops the parse."""
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, StopIteration):
        return "", iter(())
    kind = str(sitemap.type)

    def entries() -> Iterator[SitemapEntry]:
        for item in sitemap:
            loc = str(item.get("loc") or "").strip()
            if loc:
                yield SitemapEntry(loc, parse_date(item.get("lastmod")), kind == "sitemapindex")

    return kind, entries()


def robots_sitemaps(body: bytes, *, base_url: str) -> list[str]:
    """The Sitemap: URLs of a robots.txt (relative ones resolved against ``base_url``), in order,
    without repeats."""
    return list(dict.fromkeys(sitemap_urls_from_robots(body, base_url=base_url)))


@dataclass
class Budget:
    """Per-board counts of sitemaps and job URLs taken, against the caps."""

    max_depth: int
    max_sitemaps: int
    max_urls: int
    sitemaps: Counter[str] = field(default_factory=Counter)
    urls: Counter[str] = field(default_factory=Counter)
    #: (board, cap) pairs already recorded: each cap is one bad page per board
    reported: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def from_settings(cls, settings: Any) -> Budget:
        return cls(
            max_depth=settings.getint(
                "HIMJOBS_SITEMAP_MAX_DEPTH", defaults.HIMJOBS_SITEMAP_MAX_DEPTH
            ),
            max_sitemaps=settings.getint(
                "HIMJOBS_SITEMAP_MAX_SITEMAPS", defaults.HIMJOBS_SITEMAP_MAX_SITEMAPS
            ),
            max_urls=settings.getint("HIMJOBS_SITEMAP_MAX_URLS", defaults.HIMJOBS_SITEMAP_MAX_URLS),
        )

    def sitemap(self, board: str, *, depth: int) -> str | None:
        """Take one more sitemap of ``board`` at ``depth``; the refusal reason when over a cap."""
        if depth > self.max_depth:
            return (
                f"sitemap depth cap reached: sitemaps nested more than {self.max_depth} levels "
                "deep not followed (HIMJOBS_SITEMAP_MAX_DEPTH)"
            )
        if self.sitemaps[board] >= self.max_sitemaps:
            return (
                f"sitemap cap reached: {self.max_sitemaps} sitemaps read for this board, the "
                "rest not followed (HIMJOBS_SITEMAP_MAX_SITEMAPS)"
            )
        self.sitemaps[board] += 1
        return None

    def url(self, board: str) -> str | None:
        """Take one more job page URL of ``board``; the refusal reason when over the cap."""
        if self.urls[board] >= self.max_urls:
            return (
                f"URL cap reached: {self.max_urls} job pages taken for this board, the rest "
                "not requested (HIMJOBS_SITEMAP_MAX_URLS)"
            )
        self.urls[board] += 1
        return None

    def first_report(self, board: str, reason: str) -> bool:
        """True the first time ``board`` hits this cap (one bad page per cap and board)."""
        key = (board, reason.split(":", 1)[0])
        if key in self.reported:
            return False
        self.reported.add(key)
        return True
