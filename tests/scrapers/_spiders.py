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
