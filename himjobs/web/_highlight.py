"""The posting body for display: sanitised again, with evidence sentences wrapped in <mark>.

The body is rebuilt from parsed tags and text: only allow-listed tags and attributes are
written back, every attribute value and every piece of text is escaped, and <mark> is the only
markup we add. A highlight never trusts the text it wraps.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from html.parser import HTMLParser

from markupsafe import Markup

from matcher.text import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitize_html

VOID_TAGS = {"br", "hr"}
#: Evidence shorter than this would light up common words all over the page.
MIN_EVIDENCE_CHARS = 12


def evidence_pattern(sentences: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching any evidence sentence, tolerant of whitespace differences.

    >>> evidence_pattern(["RHIT  required."]).pattern
    '(?:RHIT\\\\s+required\\\\.)'
    """
    parts = []
    for s in sorted(
        {s.strip() for s in sentences if s and len(s.strip()) >= MIN_EVIDENCE_CHARS},
        key=len,
        reverse=True,
    ):
        words = s.split()
        parts.append(r"\s+".join(re.escape(w) for w in words))
    if not parts:
        return None
    return re.compile("(?:" + "|".join(parts) + ")", re.IGNORECASE)


def mark_text(text: str, pattern: re.Pattern[str] | None) -> str:
    """Escape ``text`` and wrap each match of ``pattern`` in <mark>.

    >>> mark_text("Need <b>RHIT required.</b>", evidence_pattern(["RHIT required."]))
    'Need &lt;b&gt;<mark>RHIT required.</mark>&lt;/b&gt;'
    """
    if pattern is None:
        return html.escape(text)
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[pos : m.start()]))
        out.append("<mark>" + html.escape(m.group(0)) + "</mark>")
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


class _Rebuilder(HTMLParser):
    def __init__(self, pattern: re.Pattern[str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.pattern = pattern
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, set())
        kept = [
            f' {name}="{html.escape(value or "", quote=True)}"'
            for name, value in attrs
            if name in allowed and not (name == "href" and not _safe_url(value or ""))
        ]
        if tag == "a":
            kept.append(' rel="noopener noreferrer"')
        self.out.append(f"<{tag}{''.join(kept)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ALLOWED_TAGS and tag not in VOID_TAGS:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(mark_text(data, self.pattern))


def _safe_url(url: str) -> bool:
    return url.strip().lower().startswith(("http://", "https://", "mailto:"))


def render_body(description_html: str | None, description: str, evidence: Iterable[str]) -> Markup:
    """Safe HTML for the posting body with the evidence highlighted."""
    pattern = evidence_pattern(evidence)
    if description_html:
        parser = _Rebuilder(pattern)
        parser.feed(sanitize_html(description_html))
        parser.close()
        return Markup("".join(parser.out))
    paragraphs = [p for p in re.split(r"\n\s*\n", description) if p.strip()]
    return Markup("".join(f"<p>{mark_text(p, pattern)}</p>" for p in paragraphs))
