"""Turn posting HTML into plain text and normalise whitespace; no I/O."""

from __future__ import annotations

import html
import re
import unicodedata

import html_text
from lxml import etree

_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")
_SPACES_RE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES_RE = re.compile(r"\n\s*\n\s*\n+")
# Text is capped before parsing so a hostile posting cannot make the parser or the rules slow.
MAX_TEXT_CHARS = 1_000_000


def looks_like_html(text: str) -> bool:
    """True when the text carries markup tags (a posting may be plain text or HTML)."""
    return _TAG_RE.search(text[:20_000]) is not None


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: script and style dropped, block tags become line breaks.

    >>> html_to_text("<p>RHIT <b>required</b></p><script>x()</script><ul><li>Day shift</li></ul>")
    'RHIT required\\n\\nDay shift'
    """
    if not markup.strip():
        return ""
    try:
        text = html_text.extract_text(markup[:MAX_TEXT_CHARS], guess_layout=True)
    except (etree.ParserError, ValueError):
        # lxml refuses some documents (only comments, broken encodings): fall back to unescaping
        # with the tags removed so no markup is ever treated as posting text.
        text = html.unescape(_TAG_RE.sub(" ", markup[:MAX_TEXT_CHARS]))
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """NFKC, one space between words, at most one blank line; idempotent.

    >>> normalise_text("RHIT\\u00a0 required\\r\\n\\r\\n\\r\\nDays")
    'RHIT required\\n\\nDays'
    """
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES_RE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip()


def to_text(text_or_html: str) -> str:
    """Plain text from a posting body that may be plain text or HTML."""
    if looks_like_html(text_or_html):
        return html_to_text(text_or_html)
    return normalise_text(html.unescape(text_or_html))
