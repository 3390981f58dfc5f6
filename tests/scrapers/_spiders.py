"""Spiders used only by tests: one sends a secret header to a URL that may redirect elsewhere,
one raises in its callback and its errback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy

from schemas import Posting
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


class ParseProbeSpider(BoardSpider):
    """Raises where a spider's code can: mid-generator after a posting, and in an errback."""

    name = "parse_probe"
    default_base = "https://probe.example"

    def board_requests(self, board: str) -> Iterator[scrapy.Request]:
        yield self.request(
            f"{self.default_base}/parse-probe/{board}",
            self.parse_probe,
            errback=self.on_probe_error,
            cb_kwargs={"board": board},
        )

    def parse_probe(self, response: Any, board: str) -> Iterator[Any]:
        yield self.build(
            response.url,
            lambda: Posting(
                source=self.name,
                external_id=board,
                url=f"{self.default_base}/{board}",
                title="Medical Records Clerk",
            ),
        )
        raise LookupError(f"probe: {board} broke after its first posting")

    def on_probe_error(self, failure: Any) -> None:
        raise LookupError("probe: the errback broke")
