"""html_to_text's tree walk (matcher._text._tree_text) reads a text chunk that is printable ASCII
without a double space as it stands, blank chunks not at all: the output stays html_text's
(etree_to_text with layout and punctuation guessing) on random markup built from chunks with
every kind of blank, at the ends, doubled and alone (issue 15, speed). normalise_text strips
lines only when one may have a blank at an edge, and _holds_not_xml scans an ASCII text with
str's ``in``: both answer as the code they replaced (kept here) on random texts."""

from __future__ import annotations

import random
import re
import unicodedata

import html_text
import pytest
from lxml import etree

from matcher._text import (
    _BLANK_LINES_RE,
    _INVISIBLE,
    _NOT_XML_RE,
    _OTHER_SPACES,
    _SPACES_RE,
    _holds_not_xml,
    _tree_text,
    normalise_text,
)

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


def _reference_normalise(text: str) -> str:
    """normalise_text of main 2ddcbd3 (session 9): every line stripped."""
    text = unicodedata.normalize("NFKC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    others = _OTHER_SPACES if not text.isascii() else "\t\f\v"
    if "  " in text or any(c in text for c in others):
        text = _SPACES_RE.sub(" ", text)
    text = "\n".join(map(str.strip, text.split("\n")))
    if "\n\n\n" in text:
        text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip()


# every blank str.strip takes (ASCII, separators, Unicode), line breaks and words
_TEXT_PARTS = [*" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u3000", "RHIT", "a", "\u00e9"]
_TEXT_PARTS += ["\n\n\n", " \n", "\n ", "\x00", "\x08", "\ufffe"]


@pytest.mark.parametrize("seed", range(3))
def test_normalise_text_is_the_reference_on_random_texts(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(4000):
        text = "".join(rnd.choices(_TEXT_PARTS, k=rnd.randint(0, 16)))
        if rnd.random() < 0.5:  # half ASCII
            text = text.encode("ascii", "ignore").decode()
        assert normalise_text(text) == _reference_normalise(text), repr(text)


@pytest.mark.parametrize("seed", range(2))
def test_holds_not_xml_is_the_pattern_on_random_texts(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(4000):
        text = "".join(rnd.choices(_TEXT_PARTS, k=rnd.randint(0, 16)))
        if rnd.random() < 0.5:
            text = text.encode("ascii", "ignore").decode()
        assert _holds_not_xml(text) == (_NOT_XML_RE.search(text) is not None), repr(text)
    for c in map(chr, range(256)):
        assert _holds_not_xml(f"a{c}b") == bool(re.search(_NOT_XML_RE, c)), repr(c)
