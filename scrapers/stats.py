"""Crawler stats keys himjobs components set and read (spiders, spider middleware, pipeline, CLI).

Vocabulary in one place: a key renamed here is renamed everywhere it is used.
"""

from __future__ import annotations

# --- set by the spiders (scrapers.spiders._base) and the spider middleware -------------------

#: bad pages and bad records, counted exactly; ``STAT_BAD + "/" + kind`` per kind
STAT_BAD = "himjobs/bad_pages"
#: the first BAD_LIST_LIMIT bad pages as {url, reason, kind}
STAT_BAD_LIST = "himjobs/bad_page_list"
STAT_PAGES = "himjobs/pages"
STAT_POSTINGS = "himjobs/postings"
#: postings the format could not turn into a valid Posting (each is also a bad page)
STAT_INVALID = "himjobs/postings_invalid"
#: responses whose body is not valid UTF-8 (decoded with U+FFFD replacement characters)
STAT_INVALID_UTF8 = "himjobs/invalid_utf8"
#: source URLs (url / apply_url) dropped because their scheme is not http(s)
STAT_UNSAFE_URLS = "himjobs/unsafe_urls_dropped"
#: Only the first N bad pages keep their URL and reason in stats (the count is always exact).
BAD_LIST_LIMIT = 500

#: Bad-page kinds that mean a posting or a page was lost to parsing (an exception in a format
#: function or a callback, a body or block that could not be read): `himjobs crawl` exits 1
#: naming the source and the first reason. HTTP and network failures, repeated pages and caps
#: leave a run partial (exit 0) as before.
PARSE_FAILURE_KINDS = (
    "parse_error",
    "invalid_posting",
    "malformed_json",
    "malformed_jsonld",
    "oversized_jsonld",
    "unexpected_shape",
)

# --- set by the store pipeline (scrapers.pipelines) ------------------------------------------

STAT_PREFIX = "himjobs/"
STAT_OUTCOME = "himjobs/outcome"
STAT_RUN_ID = "himjobs/run_id"
STAT_LAST_GOOD = "himjobs/last_good_count"
STAT_COMPLETE = "himjobs/complete"
STAT_SHARED_RUN = "himjobs/redis/shared_run_id"
STAT_CLOSER = "himjobs/redis/closer"
STAT_NOT_CLOSED = "himjobs/redis/not_closed"

# --- set by the JOBDIR scheduler (scrapers._jobdir) -------------------------------------------

#: why a JOBDIR left by a killed crawl was started over instead of resumed (one line)
STAT_JOBDIR_DISCARDED = "himjobs/jobdir_discarded"
#: a crawl that fetched nothing because its JOBDIR (left by a finished crawl) had seen every
#: request: the reason, a run error; the pipeline's outcome is then failed (one line)
STAT_JOBDIR_NOTHING_FETCHED = "himjobs/jobdir_nothing_fetched"
