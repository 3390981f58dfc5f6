"""Turn posting HTML into plain text and normalise whitespace; no I/O."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, Final

import html_text
import lxml.html
from lxml import etree

_TAG_RE: Final = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")
_SPACES_RE: Final = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
#: The blanks of _SPACES_RE other than the space.
_OTHER_SPACES: Final = (
    "\t\f\v\u00a0" + "".join(map(chr, range(0x2000, 0x200C))) + "\u202f\u205f\u3000"
)
#: The ASCII blanks other than the space and the newline that normalise_text keeps (\s, strip).
_SEPARATORS: Final = "\x1c\x1d\x1e\x1f"
_BLANK_LINES_RE: Final = re.compile(r"\n\s*\n\s*\n+")
# Text is capped before parsing so a hostile posting cannot make the parser or the rules slow.
MAX_TEXT_CHARS = 1_000_000
# Nesting kept by flatten_deep_html. Past 256 levels libxml2 stops parsing and the posting's
# whole text came back empty; html5ever (inside nh3) slows with depth squared (100,000 nested
# divs: 30 s). No real posting nests 200 deep.
MAX_HTML_DEPTH = 200
_NEST_RE: Final = re.compile(r"<(/?)\s*([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*?)?(/?)\s*>")
# Void elements and those a parser closes implicitly (a new <p> ends the last one): they do not
# nest, so they are not counted (a page of 300 unclosed <li> is not 300 deep).
_FLAT_TAGS: Final = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rb",
        "rt",
        "rp",
        # never flattened away at any depth: their bodies (code, CSS) must not become text
        "script",
        "style",
        "template",
        "noscript",
    }
)


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


#: What html_text's cleaner drops whole (tail kept): comments, processing instructions, script,
#: style, link and meta elements. Every other element it leaves alone, except these, which it
#: rewrites: a posting holding one takes html_text's own path.
_INVISIBLE = (etree.Comment, etree.ProcessingInstruction, "script", "style", "link", "meta")
_CLEANER_SPECIAL = (
    "image",
    "param",
    "applet",
    "iframe",
    "embed",
    "layer",
    "object",
    "frameset",
    "frame",
    "noframes",
)
#: Characters lxml refuses in an element's text or tail. A raw string: re reads the escapes, and
#: mypyc refuses a str constant holding literal surrogates (the compiled build, setup.py).
_NOT_XML_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: The ASCII characters of _NOT_XML_RE.
_NOT_XML_ASCII: Final = "".join(c for c in map(chr, range(128)) if _NOT_XML_RE.match(c))


def _holds_not_xml(text: str) -> bool:
    """Whether the text holds a character lxml refuses (_NOT_XML_RE).

    An ASCII text is tested a character at a time with str's ``in`` (memchr: ~25 scans of a 3 KB
    text cost ~5k instructions; the pattern's class scan ~50 a character, 158k, in half the
    HTML postings).
    """
    if text.isascii():
        return any(c in text for c in _NOT_XML_ASCII)
    return _NOT_XML_RE.search(text) is not None


# Final: the compiled build reads them from C statics, not the module dict (once a chunk)
_NEWLINE_TAGS: Final = frozenset(html_text.NEWLINE_TAGS)
_DOUBLE_NEWLINE_TAGS: Final = frozenset(html_text.DOUBLE_NEWLINE_TAGS)
_PUNCT_AFTER: Final = frozenset(',:;.!?")')


def _html_parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(huge_tree=True)


def _walk(root: etree._Element) -> list[tuple[Any, str | None]]:
    """(tag, text) for every node in the order of etree.iterwalk's start and end events: its
    text at the start, its tail at the end (none for the root).

    root.iter() and a stack of open nodes instead of iterwalk: iterwalk builds an event tuple
    and reads .tag and .text once per event, twice a node (~10% of the HTML time).
    """
    out: list[tuple[Any, str | None]] = []
    add = out.append
    stack: list[tuple[etree._Element, Any]] = []  # open nodes, innermost last
    for el in root.iter():
        if stack:
            parent = el.getparent()
            while stack[-1][0] is not parent:  # the nodes closed before this one opens
                done, tag = stack.pop()
                add((tag, done.tail))  # the root is never closed here: it is every parent
        tag = el.tag
        add((tag, el.text))
        stack.append((el, tag))
    while stack:
        done, tag = stack.pop()
        add((tag, done.tail if done is not root else None))
    return out


def _tree_text(root: etree._Element) -> str:
    """html_text.etree_to_text(root) with guess_layout and guess_punct_space, same output.

    The same walk, with string methods in place of its per-chunk regexes and closures (it took
    most of the HTML time). ``" ".join(raw.split())`` is its ``re.sub(r"\\s+", " ", raw.strip())``:
    both use Unicode whitespace.
    """
    chunks: list[str] = []
    prev = ""  # raw text of the last chunk ("" right after a line break)
    state = 2  # 0 after text, 1 after a line break, 2 after a blank line
    for tag, raw in _walk(root):
        if state != 2:
            if tag in _DOUBLE_NEWLINE_TAGS:
                chunks.append("\n" if state == 1 else "\n\n")
                state = 2
            elif tag in _NEWLINE_TAGS:
                if state != 1:
                    chunks.append("\n")
                state = 1
        if not raw or raw.isspace():
            continue
        # Most chunks are blank (the newlines between tags: skipped above) or already one line
        # of single spaces: split and join built a string a word (compiled, ~40% of this loop).
        # Printable ASCII holds no blank but the space: with no double space, stripping its
        # ends squeezes it (strip returns the string itself when there is nothing to strip).
        if raw.isascii() and raw.isprintable() and "  " not in raw:
            text = raw.strip(" ")
        else:
            text = " ".join(raw.split())
        if state == 0 and (
            prev[-1].isspace() or (text[0] not in _PUNCT_AFTER and not prev.endswith(("(", "(\n")))
        ):
            chunks.append(" ")
        chunks.append(text)
        prev = raw
        state = 0
    return "".join(chunks).strip()


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
    # A plain etree parser: lxml.html's element classes cost a Python lookup per element.
    parser = etree.HTMLParser(huge_tree=True)
    try:
        tree = etree.fromstring(markup, parser)
        if tree is None:
            raise etree.ParserError("Document is empty")  # as lxml.html.document_fromstring
        too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
        if too_deep:
            text = _strip_markup(markup)
        elif next(tree.iter(*_CLEANER_SPECIAL), None) is not None or (
            next(tree.iter(*_INVISIBLE), None) is not None
            and _holds_not_xml(etree.tostring(tree, method="text", encoding=str))
        ):
            # embedded objects and frames: html_text's cleaner rewrites them. It also joins
            # the text around each element it drops, and a control character there makes
            # lxml refuse the joined text (ValueError, caught below): let it decide.
            text = html_text.extract_text(
                lxml.html.document_fromstring(markup, parser=_html_parser())
            )
        else:
            etree.strip_elements(tree, *_INVISIBLE, with_tail=False)
            for table in tree.iter("table"):
                _columns_as_sections(table)
            text = _tree_text(tree)
    except (etree.ParserError, ValueError):
        # lxml refuses some documents (only comments, broken encodings): fall back to unescaping
        # with the tags removed so no markup is ever treated as posting text.
        text = _strip_markup(markup)
    return normalise_text(text)


#: Column headings of a requirements table: one column asks, another prefers.
_REQUIRED_HEAD_RE: Final = re.compile(r"\b(?:minimum|required|requirements?|must)\b", re.I)
_PREFERRED_HEAD_RE: Final = re.compile(
    r"\b(?:preferred|desired|desirable|nice to have|a plus|bonus)\b", re.I
)


def _columns_as_sections(table: etree._Element) -> None:
    """A table whose first row heads one column with the minimum and another with what is
    preferred ("Minimum Qualifications" | "Preferred Qualifications") is read column by column:
    each heading over its own cells, as sections are. Row by row, a preferred cell and a required
    cell share a line and a section (the table's meaning is in its columns). Other tables are
    left as they are."""
    rows = [r for r in table.iter("tr")]
    if len(rows) < 2:
        return
    heads = [" ".join(c.itertext()).strip() for c in rows[0] if c.tag in ("th", "td")]
    if (
        len(heads) < 2
        or not any(_PREFERRED_HEAD_RE.search(h) for h in heads)
        or not any(_REQUIRED_HEAD_RE.search(h) and not _PREFERRED_HEAD_RE.search(h) for h in heads)
    ):
        return
    columns: list[list[str]] = [[h] for h in heads]
    for row in rows[1:]:
        cells = [" ".join(c.itertext()).strip() for c in row if c.tag in ("th", "td")]
        for k, cell in enumerate(cells[: len(columns)]):
            if cell and cell.lower() not in ("none", "n/a", "-"):
                columns[k].append(cell)
    block = etree.Element("div")
    for column in columns:
        for k, text in enumerate(column):
            line = etree.SubElement(block, "p")
            line.text = f"{text}:" if k == 0 and not text.endswith(":") else text
    block.tail = table.tail
    parent = table.getparent()
    if parent is not None:
        parent.replace(table, block)


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
    if "\r" in text:  # one C scan; the two-character replace scans slower (~3 us a posting)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Most postings have single spaces and no other blank: nothing to collapse, and the
    # substitution would still replace every space with itself (one str.find a character is far
    # cheaper; docs/benchmarks.md, extraction speed). An ASCII text can hold only three of them.
    others = _OTHER_SPACES if not text.isascii() else "\t\f\v"
    if "  " in text or any(c in text for c in others):
        text = _SPACES_RE.sub(" ", text)
    # Strip every line: most texts have no blank at a line's edge, and in an ASCII text the only
    # blanks left are the space and the separators \x1c-\x1f (_line_edges and four C scans then
    # settle it; splitting into lines and joining them cost ~60k instructions a 3 KB posting).
    # The text's own edges are stripped at the end either way. (With _holds_not_xml: 6,238k ->
    # 6,187k a posting compiled, 7,644k -> 7,583k pure.)
    ascii_text = text.isascii()
    edge, run = _line_edges(text) if ascii_text else (True, True)
    if edge or not ascii_text or any(c in text for c in _SEPARATORS):
        text = "\n".join(map(str.strip, text.split("\n")))
        run = "\n\n\n" in text
    # Each line is stripped: a blank line is now empty, so a run of them is "\n\n\n" or more
    if run:
        text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip()


def _line_edges(text: str) -> tuple[bool, bool]:
    """Whether a line of ``text`` opens or ends with a space ("\\n " or " \\n"), and (when none
    does) whether three newlines stand in a row: read at the newlines, each found by memchr (the
    two- and three-character needles each scanned the text at ~3 instructions a character;
    compiled, a newline's tests are a few C calls)."""
    last = len(text) - 1
    run = False
    i = text.find("\n")
    while i >= 0:
        if (i > 0 and text[i - 1] == " ") or (i < last and text[i + 1] == " "):
            return True, run  # the lines are stripped, and the runs looked for after
        if i + 2 <= last and text[i + 1] == "\n" and text[i + 2] == "\n":
            run = True
        i = text.find("\n", i + 1)
    return False, run


def to_text(text_or_html: str, *, markup: bool | None = None) -> str:
    """Plain text from a posting body that may be plain text or HTML.

    ``markup`` is ``looks_like_html(text_or_html)`` when the caller has it already.
    """
    if looks_like_html(text_or_html) if markup is None else markup:
        return html_to_text(text_or_html)
    return normalise_text(html.unescape(text_or_html))
