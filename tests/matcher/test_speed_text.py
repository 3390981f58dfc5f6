"""html_to_text's tree walk (matcher._text._tree_text) reads a text chunk that is printable ASCII
without a double space as it stands, blank chunks not at all: the output stays html_text's
(etree_to_text with layout and punctuation guessing) on random markup built from chunks with
every kind of blank, at the ends, doubled and alone (issue 15, speed)."""

from __future__ import annotations

import random

import html_text
import pytest
from lxml import etree

from matcher._text import _INVISIBLE, _tree_text

_TAGS = ["p", "div", "li", "ul", "b", "span", "h3", "br", "td", "tr", "strong"]
_CHUNKS = [
    "RHIT required",
    " RHIT",
    "CPC ",
    " two  spaces ",
    "a\tb",
    "x\x0bvertical",
    "unit\x1fsep",
    "\u00a0nbsp\u00a0",
    "caf\u00e9 days",
    "\u2003em space",
    ", then",
    "(CPC",
    ")",
    ".",
    "\n",
    "\n  ",
    " ",
    "\u3000",
    "line\nbreak",
    "\r\n",
]


def _markup(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 12)):
        tag = rnd.choice(_TAGS)
        body = "".join(rnd.choices(_CHUNKS, k=rnd.randint(0, 3)))
        tail = "".join(rnd.choices(_CHUNKS, k=rnd.choice((0, 0, 1, 2))))
        parts.append(f"<{tag}>{body}</{tag}>{tail}" if tag != "br" else f"<br>{tail}")
    return "<div>" + "".join(parts) + "</div>"


@pytest.mark.parametrize("seed", range(3))
def test_tree_text_is_html_texts_on_every_kind_of_blank(seed: int) -> None:
    rnd = random.Random(seed)
    fast = 0
    for _ in range(400):
        markup = _markup(rnd)
        tree = etree.fromstring(markup, etree.HTMLParser(huge_tree=True))
        etree.strip_elements(tree, *_INVISIBLE, with_tail=False)
        expected = html_text.etree_to_text(tree, guess_punct_space=True, guess_layout=True)
        assert _tree_text(tree) == expected, markup
        fast += " RHIT" in markup or "CPC " in markup
    assert fast > 100  # chunks with a space at one end were read
