"""Pure parsers: one source payload -> schemas.Posting objects. No Scrapy import here.

One module per source format (``greenhouse``, ``lever``, ``jsonld``...). The helpers they share
live in the private ``_common`` (vocabulary, pay, places), ``_values`` (the one date parser,
booleans, numbers) and ``_guards`` (decoding and size limits); what the spiders need of them is
exported here, so no module outside this package imports a ``_private`` one.
"""

from __future__ import annotations

from scrapers.formats._common import FormatError
from scrapers.formats._guards import decode_body, http_url, unread_jsonld_blocks
from scrapers.formats._values import parse_date

__all__ = ["FormatError", "decode_body", "http_url", "parse_date", "unread_jsonld_blocks"]
