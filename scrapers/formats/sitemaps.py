"""robots.txt Sitemap lines and sitemap XML (urlset / sitemapindex) with lastmod, as pure functions.

The jsonld spider reads sitemaps with Scrapy's own streaming ``Sitemap`` (and bounds them per
board: scrapers/spiders/_sitemaps.py) into the ``SitemapEntry`` defined here; these functions
keep discovery testable without Scrapy and decide which URLs an incremental crawl needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from scrapers.formats._dates import parse_date

_SITEMAP_LINE_RE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)
# No entities, no network, bounded trees: sitemaps come from sites we do not control.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: datetime | None
    #: True when the entry points to another sitemap (from a sitemapindex)
    is_sitemap: bool = False


def robots_sitemaps(robots_txt: str) -> list[str]:
    """The Sitemap: URLs of a robots.txt, in order, without repeats.

    >>> robots_sitemaps("User-agent: *\\nDisallow: /x\\nSitemap: https://a.org/s1.xml\\nsitemap:https://a.org/s2.xml")
    ['https://a.org/s1.xml', 'https://a.org/s2.xml']
    """
    return list(dict.fromkeys(_SITEMAP_LINE_RE.findall(robots_txt)))


def parse_sitemap(body: bytes) -> list[SitemapEntry]:
    """Entries of a urlset or sitemapindex document ([] when it is neither)."""
    if not body.strip():
        return []
    try:
        root = etree.fromstring(body, parser=_PARSER)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    kind = etree.QName(root).localname
    if kind not in {"urlset", "sitemapindex"}:
        return []
    out: list[SitemapEntry] = []
    for child in root:
        if not isinstance(child.tag, str):
            continue
        values = {
            etree.QName(el).localname: (el.text or "").strip()
            for el in child
            if isinstance(el.tag, str)
        }
        if values.get("loc"):
            out.append(
                SitemapEntry(
                    values["loc"], parse_date(values.get("lastmod")), kind == "sitemapindex"
                )
            )
    return out


def changed_since(entries: Iterable[SitemapEntry], since: datetime | None) -> list[SitemapEntry]:
    """Entries modified after `since`; entries without lastmod are kept (they may be new)."""
    if since is None:
        return list(entries)
    return [e for e in entries if e.lastmod is None or e.lastmod > since]
