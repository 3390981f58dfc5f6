"""`scrapy crawl SPIDER`, exiting 1 when the source failed or stored suspiciously few postings
(the pipeline's himjobs/outcome), as `himjobs crawl` does, so cron and systemd see a failure.

Scrapy's own command exits 0 whenever the engine started, whatever the crawl found.
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

#: Outcomes (scrapers.pipelines.STAT_OUTCOME) that make the command exit 1.
BAD_OUTCOMES = ("failed", "suspicious")


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("run one spider: scrapy crawl SPIDER")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        outcome = crawler.stats.get_value("himjobs/outcome") if crawler.stats else None
        if self.crawler_process.bootstrap_failed or outcome in BAD_OUTCOMES:
            self.exitcode = 1
