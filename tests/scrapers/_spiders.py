"""A spider used only by tests: sends a secret header to a URL that may redirect elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy

from scrapers.spiders._base import BoardSpider


class SecretProbeSpider(BoardSpider):
    name = "secret_probe"
    default_base = "https://data.example.gov"

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        yield self.request(
            f"{self.default_base}/probe/{board}",
            self.parse_probe,
            headers={"Authorization-Key": "s3cret-test-key"},
            dont_filter=True,
        )

    def parse_probe(self, response: Any) -> None:
        self.crawler.stats.set_value("probe/final_url", response.url)


class JsonLdPagesSpider(BoardSpider):
    """Career pages with embedded JSON-LD, one page per "board" (a path under /jobs/).

    A test harness for the reliability fault matrix until the real jsonld spider (sitemaps,
    listing pages) is on main: it hands each page to the pure scrapers.formats.jsonld parser, the
    same one the real spider uses, so the faults exercise the parser and the ingest pipeline.
    """

    name = "jsonld_pages"
    default_base = "https://careers.example.org"

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        yield self.request(f"{self.default_base}/jobs/{board}", self.parse_page)

    def parse_page(self, response: Any) -> Iterator[Any]:
        from scrapers.formats import jsonld

        self.crawler.stats.inc_value("himjobs/pages")
        for posting in jsonld.parse_page(response.body, response.url):
            item = self.build(response.url, lambda posting=posting: posting)
            if item is not None:
                yield item
