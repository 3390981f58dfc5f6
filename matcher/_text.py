"""Turn posting HTML into plain text and normalise whitespace; no I/O."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

import html_text
from lxml import etree

_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")
_SPACES_RE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES_RE = re.compile(r"\n\s*\n\s*\n+")
# Text is capped before parsing so a hostile posting cannot make the parser or the rules slow.
MAX_TEXT_CHARS = 1_000_000
# Nesting kept by flatten_deep_html. Past 256 levels libxml2 stops parsing and the posting's
# whole text came back empty; html5ever (inside nh3) slows with depth squared (100,000 nested
# divs: 30 s). No real posting nests 200 deep.
MAX_HTML_DEPTH = 200
_NEST_RE = re.compile(r"<(/?)\s*([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*?)?(/?)\s*>")
# Void elements and those a parser closes implicitly (a new <p> ends the last one): they do not
# nest, so they are not counted (a page of 300 unclosed <li> is not 300 deep).
_FLAT_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
        "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    }
)  # fmt: skip


def looks_like_html(text: str) -> bool:
    """True when the text carries markup tags (a posting may be plain text or HTML)."""
    return _TAG_RE.search(text[:20_000]) is not None


def _depth_steps(markup: str) -> Iterator[tuple[re.Match[str], int, bool]]:
    """(tag match, depth of its element, opening?) for every nesting tag, in order."""
    depth = 0
    for m in _NEST_RE.finditer(markup):
        if m.group(3) or m.group(2).lower() in _FLAT_TAGS:
            continue
        if m.group(1):
            yield m, depth, False
            depth = max(0, depth - 1)
        else:
            depth += 1
            yield m, depth, True


def flatten_deep_html(markup: str, *, limit: int = MAX_HTML_DEPTH) -> str:
    """``markup`` with the tags nested deeper than ``limit`` removed; their text is kept.

    >>> flatten_deep_html("<div><b><i>GED</i> required</b></div><p>Day shift</p>", limit=2)
    '<div><b> GED  required</b></div><p>Day shift</p>'
    >>> flatten_deep_html("<ul><li>a<li>b</ul>", limit=1)
    '<ul><li>a<li>b</ul>'
    """
    if all(depth <= limit for _m, depth, _o in _depth_steps(markup)):
        return markup
    parts: list[str] = []
    last = 0
    for m, depth, _opening in _depth_steps(markup):
        if depth > limit:
            parts.append(markup[last : m.start()])
            parts.append(" ")
            last = m.end()
    parts.append(markup[last:])
    return "".join(parts)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: script and style dropped, block tags become line breaks.

    >>> html_to_text("<p>RHIT <b>required</b></p><script>x()</script><ul><li>Day shift</li></ul>")
    'RHIT required\\n\\nDay shift'
    """
    if not markup.strip():
        return ""
    try:
        text = html_text.extract_text(flatten_deep_html(markup[:MAX_TEXT_CHARS]), guess_layout=True)
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
