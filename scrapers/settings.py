"""Scrapy settings for himjobs, as data: each constant says why it differs from Scrapy's default.

Scrapy's defaults are loose for untrusted sites (no certificate checks, 1 GiB responses, 180 s
timeouts, file:// and data: handlers, telnet console). These are tightened here.
"""

from __future__ import annotations

import os

BOT_NAME = "himjobs"
SPIDER_MODULES = ["scrapers.spiders"]
#: `scrapy crawl` exits 1 when its source failed (scrapers/commands/crawl.py)
COMMANDS_MODULE = "scrapers.commands"
NEWSPIDER_MODULE = "scrapers.spiders"

# Who to contact about the crawler; sites and the USAJOBS ToS want a real address.
HIMJOBS_CONTACT = os.environ.get("HIMJOBS_CONTACT", "https://github.com/himjobs/himjobs")
# A descriptive User-Agent naming the project and the contact, never a browser disguise.
USER_AGENT = f"himjobs/0.1 (+{HIMJOBS_CONTACT}; medical records job finder)"

# Obey robots.txt by default; a site that disallows us is not crawled.
ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per site, and AutoThrottle adapts the delay to latency.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Bounded responses: API pages are small; a 50 MB body is a fault, not a job board.
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
# Bounded waits: a slow API page should fail and be retried, not hold a slot for 3 minutes.
DOWNLOAD_TIMEOUT = 30

# TLS certificates are verified (Scrapy's default context factory does not verify them).
DOWNLOAD_VERIFY_CERTIFICATES = True

# Only http(s): file://, data:, ftp:// and s3:// could read local files or reach odd places from
# a URL a user or a page supplied.
# http(s) go through scrapers._connect: every connection (redirects included) is made only to
# global addresses, checked on the addresses the host name resolved to, not on the URL.
DOWNLOAD_HANDLERS = {
    "file": None,
    "data": None,
    "ftp": None,
    "s3": None,
    "http": "scrapers._connect.GuardedHTTPDownloadHandler",
    "https": "scrapers._connect.GuardedHTTPDownloadHandler",
}

# No remote shells into a running crawl.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Retries on 429/5xx and network errors, with a bounded backoff that honours Retry-After
# (scrapers.middlewares.BackoffRetryMiddleware replaces Scrapy's immediate re-queue).
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# First backoff delay (seconds); doubled each retry of the same request.
HIMJOBS_RETRY_BACKOFF_BASE = 1.0
# Upper bound for any single wait, whatever a Retry-After header asks for.
HIMJOBS_RETRY_BACKOFF_MAX = 60.0

# Secret headers sent only to the host they were meant for (redirects included). Scrapy strips
# only Authorization and Cookie on a cross-host redirect.
HIMJOBS_SECRET_HEADERS = ["Authorization-Key"]

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapers.middlewares.BackoffRetryMiddleware": 550,
    # After RedirectMiddleware (600) in process_request order, so redirected requests pass too.
    "scrapers.middlewares.SecretHeaderMiddleware": 950,
}

# An exception in a spider callback (a date of 1e300, JSON nested past the recursion limit, a bug)
# is a recorded bad page, never a quiet "not seen" that would close live postings. Closest to the
# spider (the highest order), so it sees the callback's exceptions first.
SPIDER_MIDDLEWARES = {"scrapers.spidermiddlewares.ParseFailureMiddleware": 1100}

# Sitemaps come from sites we do not control: an index may fan out to 50,000 new child sitemaps
# per level. Per board, at most this many nested sitemap levels below the first sitemap...
HIMJOBS_SITEMAP_MAX_DEPTH = 3
# ... this many sitemap documents fetched ...
HIMJOBS_SITEMAP_MAX_SITEMAPS = 100
# ... and this many job page URLs taken from them (and from listing pages). Hitting a cap is the
# board's bad page (the crawl is partial and closes nothing); the rest is not requested.
HIMJOBS_SITEMAP_MAX_URLS = 20_000

# User-supplied api_base / board / start URLs must be public http(s) addresses; tests pointing
# spiders at the mock server on 127.0.0.1 set this True.
HIMJOBS_ALLOW_PRIVATE_URLS = False
# Tests only: "IP:PORT" addresses that stand for the public internet (one loopback server plays
# "public", another "internal"); when set, every other non-global address is refused, even with
# HIMJOBS_ALLOW_PRIVATE_URLS. Empty in production.
HIMJOBS_TEST_PUBLIC_ADDRESSES: list[str] = []
# Safety net against pagination that never ends.
HIMJOBS_MAX_PAGES = 200

# Development cache: off; HIMJOBS_HTTPCACHE=1 turns it on (responses kept under .scrapy/).
HTTPCACHE_ENABLED = os.environ.get("HIMJOBS_HTTPCACHE") == "1"
HTTPCACHE_EXPIRATION_SECS = 24 * 3600
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_IGNORE_HTTP_CODES = [429, 500, 502, 503, 504]

# Relevance -> extract -> store (scrapers/pipelines.py); settings it reads below.
ITEM_PIPELINES: dict[str, int] = {"scrapers.pipelines.IngestPipeline": 300}
# Where postings go: a SQLAlchemy URL; empty means $HIMJOBS_DATABASE_URL, else sqlite:///himjobs.db.
HIMJOBS_DATABASE_URL = os.environ.get("HIMJOBS_DATABASE_URL", "")
# Postings per upsert transaction: big enough to be fast, small enough to lose little on a crash.
HIMJOBS_BATCH_SIZE = 500
# Close postings a complete, successful crawl did not see (they were taken down).
HIMJOBS_CLOSE_MISSING = True
# A crawl storing fewer than this fraction of the source's last good count is "suspicious": it
# closes nothing and does not become the new last good count.
HIMJOBS_MIN_FRACTION = 0.5

# One crawl of a source at a time across processes and hosts (scrapers/_lease.py): a lease row in
# the database, renewed every third of HIMJOBS_LEASE_TTL seconds; a crawl that stalls longer
# loses its source to the next crawl and closes nothing. A second crawl of a busy source waits
# HIMJOBS_LEASE_WAIT seconds for it, then stops before fetching anything (finish "source_busy").
HIMJOBS_LEASE_TTL = 120
HIMJOBS_LEASE_WAIT = 0

# scrapy-redis mode (docs/deployment.md): with a Redis URL here (or `-s HIMJOBS_REDIS_URL=...`,
# or `himjobs crawl --redis URL`) the request queue and duplicate filter live in Redis and any
# number of workers share the crawl; workers with the same crawl id (default: UTC date) join.
HIMJOBS_REDIS_URL = os.environ.get("HIMJOBS_REDIS_URL", "")
HIMJOBS_REDIS_CRAWL_ID = os.environ.get("HIMJOBS_REDIS_CRAWL_ID", "")
# Seconds a shared-crawl worker's lease lives without a heartbeat (renewed every third of it): a
# worker killed with -9 is told from a live one by its lapsed lease (scrapers/_redis_close.py).
HIMJOBS_REDIS_LEASE = 60
# How long a shared crawl's keys stay in Redis after its last worker closes (seconds): long enough
# to look at, short enough that daily crawls do not pile up. 0 keeps them (the close register
# still expires after this long).
HIMJOBS_REDIS_TTL = 2 * 24 * 3600
ADDONS = {"scrapers._redis.RedisMode": 0}

# Scrapy's scheduler, except that a JOBDIR a killed crawl left (no saved queue) is started over
# rather than half-resumed: its seen requests would never be fetched again (scrapers/_jobdir.py).
# Redis mode (the addon above) sets its own.
SCHEDULER = "scrapers._jobdir.JobdirScheduler"

# Items are schemas.Posting (pydantic); itemadapter exports them, as UTF-8 JSON.
FEED_EXPORT_ENCODING = "utf-8"

# The asyncio reactor (Scrapy's default since 2.13), stated so CrawlerProcess and tests agree.
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

LOG_LEVEL = "INFO"
