"""Turn posting HTML into plain text and normalise whitespace; no I/O."""

from __future__ import annotations

import html
import re
import unicodedata

import html_text
import lxml.html
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
    markup = markup[:MAX_TEXT_CHARS]
    # huge_tree lifts libxml2's default depth limit (256) to 2048: wrappers nested a few hundred
    # deep are real (page builders), and without it everything below the limit is silently lost.
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
        too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
        if too_deep:
            text = _strip_markup(markup)
        else:
            text = html_text.extract_text(tree, guess_layout=True)
    except (etree.ParserError, ValueError):
        # lxml refuses some documents (only comments, broken encodings): fall back to unescaping
        # with the tags removed so no markup is ever treated as posting text.
        text = _strip_markup(markup)
    return normalise_text(text)


def _strip_markup(markup: str) -> str:
    """Tags removed, script/style bodies dropped, entities unescaped: for what lxml cannot parse.

    Linear in the input (a find() loop, no backtracking regex over script bodies).

    >>> _strip_markup("<p>GED <b>required</b></p><script>RHIA()</script>&amp; days")
    ' GED  required  & days'
    """
    lower = markup.lower()
    kept: list[str] = []
    pos = 0
    # Next opening of each block kind, searched again only once passed: linear overall.
    nxt = {tag: lower.find(f"<{tag}", 0) for tag in ("script", "style")}
    while True:
        for tag in nxt:
            if 0 <= nxt[tag] < pos:
                nxt[tag] = lower.find(f"<{tag}", pos)
        found = [(i, tag) for tag, i in nxt.items() if i >= 0]
        if not found:
            kept.append(markup[pos:])
            break
        start, tag = min(found)
        kept.append(markup[pos:start])
        end = lower.find(f"</{tag}", start)
        if end < 0:
            break
        close = lower.find(">", end)
        pos = len(markup) if close < 0 else close + 1
    return html.unescape(_TAG_RE.sub(" ", "".join(kept)))


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
