"""Posting text helpers shared by the formats, the matcher and the web page: HTML to plain text,
and HTML made safe to store and display.

>>> html_to_text("<p>High school diploma<br>or GED</p><script>x()</script>")
'High school diploma\\nor GED'
>>> sanitize_html('<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:x()">a</a></p>')
'<p>Hi <a rel="noopener noreferrer">a</a></p>'
"""

from __future__ import annotations

import nh3

from matcher._text import flatten_deep_html, html_to_text, looks_like_html, normalise_text

__all__ = [
    "ALLOWED_ATTRIBUTES",
    "ALLOWED_TAGS",
    "html_to_text",
    "looks_like_html",
    "normalise_text",
    "sanitize_html",
]

#: Tags a posting body may keep; everything else is unwrapped (text kept) or, for script/style,
#: dropped with its content.
ALLOWED_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}


def sanitize_html(markup: str) -> str:
    """Safe HTML: no script, style, event handlers or javascript: URLs."""
    # Deep nesting flattened first: html5ever's time grows with depth squared.
    return nh3.clean(
        flatten_deep_html(markup),
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
    )
