"""Turn posting HTML into plain text and normalise whitespace; no I/O."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

import html_text
import lxml.html
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
        # never flattened away at any depth: their bodies (code, CSS) must not become text
        "script", "style", "template", "noscript",
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
