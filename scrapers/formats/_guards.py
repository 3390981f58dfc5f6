"""Guards every format and spider shares: source URLs are http(s) or nothing, a body is read in
its declared encoding without silent mojibake, and a JSON-LD block too big for lxml is seen.
No Scrapy import (w3lib is Scrapy's own
encoding library, usable on its own).

>>> http_url("javascript:alert(1)") is None, http_url("data:text/html,x") is None
(True, True)
>>> http_url("/jobs/7", base="https://careers.example.org/list")
'https://careers.example.org/jobs/7'
>>> decode_body(b'{"title": "Coder \\xff"}', content_type="application/json").bad_offset
17
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

__all__ = ["WEB_SCHEMES", "Decoded", "decode_body", "http_url", "unread_jsonld_blocks"]

#: The only schemes a posting's url / apply_url may have: file:, javascript:, data: (and the
#: rest) would reach other consumers (the --notify JSON, exports) as links.
WEB_SCHEMES = frozenset({"http", "https"})


def http_url(value: object, *, base: str | None = None) -> str | None:
    """``value`` as a URL that is http(s) (resolved against ``base`` when given), or None when it
    names another scheme or is empty. Without ``base`` a scheme-less value is kept as given."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    url = urljoin(base, text) if base else text
    scheme = urlsplit(url).scheme.lower()  # urlsplit drops the tabs/newlines browsers ignore
    if scheme and scheme not in WEB_SCHEMES:
        return None
    return url


@dataclass(frozen=True)
class Decoded:
    """A body as text; ``bad_offset`` is the first byte not valid in ``encoding`` (then the text
    holds U+FFFD replacement characters in place of the bad bytes)."""

    text: str
    encoding: str
    bad_offset: int | None = None


def decode_body(body: bytes, *, content_type: str | None = None, html: bool = True) -> Decoded:
    """Decode by BOM, then the Content-Type charset, then (``html``) a meta/XML declaration,
    else UTF-8. Unlike a browser (or Scrapy's ``response.text``), an undeclared body that is not
    UTF-8 is not guessed as cp1252: the bad bytes are replaced and reported."""
    bom_encoding, found = read_bom(body)
    bom = found or b""
    data = body[len(bom) :]
    encoding = (
        bom_encoding
        or http_content_type_encoding(content_type)
        or (html_body_declared_encoding(body) if html else None)
        or "utf-8"
    )
    try:
        encoding = codecs.lookup(encoding).name
    except LookupError:
        encoding = "utf-8"
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        return Decoded(data.decode(encoding, errors="replace"), encoding, exc.start + len(bom))


# --- JSON-LD blocks lxml's HTML parser did not read ----------------------------------------------

_LD_OPEN_RE = re.compile(rb"<script\b[^>]*\btype\s*=\s*[\"']?\s*application/ld\+json[^>]*>", re.I)
_SCRIPT_CLOSE_RE = re.compile(rb"</script", re.I)
#: libxml2 (lxml without huge_tree, as extruct uses it) drops a text run that reaches about
#: 10,000,000 bytes, the exact point depending on the text before it; smaller blocks in a
#: smaller page are always read, so only pages past these sizes are parsed a second time.
_BIG_BLOCK = 1_000_000
_BIG_PAGE = 9_000_000
_LD_XPATH = (
    "//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    "'abcdefghijklmnopqrstuvwxyz'), 'application/ld+json')]"
)


def unread_jsonld_blocks(body: bytes) -> list[tuple[int, int]]:
    """(block number, raw size in bytes) of each JSON-LD script block that lxml's HTML parser
    silently dropped or cut (over its 10 MB text limit), measured on the raw body.

    >>> page = b'<script type="application/ld+json">' + b" " * 10_500_000 + b"{}</script>"
    >>> unread_jsonld_blocks(page)
    [(1, 10500002)]
    >>> unread_jsonld_blocks(b'<script type="application/ld+json">{}</script>')
    []
    """
    sizes: list[int] = []
    for opening in _LD_OPEN_RE.finditer(body):
        close = _SCRIPT_CLOSE_RE.search(body, opening.end())
        sizes.append((close.start() if close else len(body)) - opening.end())
    if not sizes or (max(sizes) < _BIG_BLOCK and len(body) < _BIG_PAGE):
        return []
    try:
        texts = [s.text_content() for s in lxml.html.fromstring(body).xpath(_LD_XPATH)]
    except (etree.ParserError, ValueError):
        texts = []
    unread: list[tuple[int, int]] = []
    for number, size in enumerate(sizes, 1):
        read = len(texts[number - 1].encode("utf-8")) if number <= len(texts) else 0
        # Decoding may shrink a block a little (CRLF, a legacy charset); a dropped block reads
        # as nothing, or is missing from the tree altogether.
        if read < size // 2:
            unread.append((number, size))
    return unread
