"""Layout transforms of a posting's plain text that keep what it says: the same posting as other
sources lay it out (re-wrapped, other bullets, a flattened list, HTML, other blanks and
characters, other heading forms). tests/matcher/test_extract_layout.py asserts that extract
answers alike on each. Session 12, s12form; docs/extraction.md ("Layout").

The transforms read a line the way an author writes one: a bullet marker, a heading (a short
line ending with ":" or of capitalised words), a "Label: value" field.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable

_BULLET = re.compile(r"^(\s{0,8})(?:[-*•·▪●◦–✓o]|\d{1,2}[.)]|[a-z][.)])\s{1,4}(?=\S)")
_STOPS = ".!?:;"
_LABEL_VALUE = re.compile(r"^(\s*)([A-Z][A-Za-z &/]{1,40}):\s+(\S.*)$")
#: Our sets wrap their lines at about 90 columns: a line this long that stops mid-sentence goes
#: on in the next one (used only in a text with no line longer than _WRAPPED_MAX).
_SET_WRAP = 84
_WRAPPED_MAX = 100
#: How a list item stating its level ends.
_ITEM_ENDS = (" preferred", " required", " desired", " a plus", " mandatory")


def is_bullet(line: str) -> bool:
    return _BULLET.match(line) is not None


def strip_bullet(line: str) -> str:
    m = _BULLET.match(line)
    return line[m.end() :] if m else line.strip()


def is_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 60 or is_bullet(s):
        return False
    if s.endswith(":"):
        return True
    if s[-1] in ".!?,;":
        return False
    words = s.split()
    if len(words) > 6:
        return False
    upper = sum(1 for w in words if w[0].isupper())
    alpha = sum(1 for w in words if w[0].isalpha())
    return upper >= 1 and upper >= alpha - 1


def unwrap(text: str, *, long: bool = False) -> str:
    """Lines of one sentence joined: the next opens in lower case, or (``long``, in a text wrapped
    at about 90 columns) this one is long; never a bullet, a heading or a "Label: value" line."""
    lines = text.split("\n")
    long = long and max(map(len, lines), default=0) <= _WRAPPED_MAX
    out: list[str] = []
    above = ""  # the line above as written (out[-1] may hold it joined to the ones before)
    in_item = False  # out[-1] is a list item (its bullet's line, and any joined to it)
    for line in lines:
        prev = out[-1].rstrip() if out else ""
        if (
            prev
            and line.strip()
            and prev[-1] not in _STOPS
            and not is_bullet(line)
            and not is_heading(line)
            and (
                line.strip()[0].islower()
                # a long list item ending on its level ("... HIM preferred") is no wrapped line;
                # the line above as written is the long one, not the lines joined so far
                or (long and len(above.rstrip()) >= _SET_WRAP and not prev.endswith(_ITEM_ENDS))
            )
            # an indented line under a list item is its wrapped rest (_continues)
            and (long or not line[:1].isspace() or in_item)
            and not _LABEL_VALUE.match(line)
            and not is_heading(prev)
        ):
            out[-1] = prev + " " + line.strip()
        else:
            out.append(line)
            in_item = is_bullet(line)
        above = line
    return "\n".join(out)


def _wrap(width: int) -> Callable[[str], str]:
    """Every line longer than ``width`` broken at the last blank before it (mail, PDFs)."""

    def wrap(text: str) -> str:
        out: list[str] = []
        for line in unwrap(text, long=True).split("\n"):
            if len(line) <= width + 2:
                out.append(line)
            else:
                out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        return "\n".join(out)

    return wrap


def _bullets(marker: Callable[[int], str]) -> Callable[[str], str]:
    """Each list item's marker replaced: ``marker(k)`` for the k-th item of its list."""

    def swap(text: str) -> str:
        out: list[str] = []
        k = 0
        for line in text.split("\n"):
            if is_bullet(line):
                k += 1
                mark = marker(k)
                out.append((mark + " " if mark else "") + strip_bullet(line))
            else:
                k = 0
                out.append(line)
        return "\n".join(out)

    return swap


def _continues(line: str) -> bool:
    """An indented line that is no bullet: the wrapped rest of the list item above."""
    return line[:1].isspace() and bool(line.strip()) and not is_bullet(line)


def _flatten(sep: str) -> Callable[[str], str]:
    """A list of two or more items on one line, after its "Heading:" when it has one."""

    def flatten(text: str) -> str:
        lines = text.split("\n")
        out: list[str] = []
        i = 0
        while i < len(lines):
            if not is_bullet(lines[i]):
                out.append(lines[i])
                i += 1
                continue
            items: list[str] = []
            j = i
            while j < len(lines) and (is_bullet(lines[j]) or _continues(lines[j])):
                if is_bullet(lines[j]):
                    items.append(strip_bullet(lines[j]).rstrip())
                else:  # an item's wrapped line, indented under it
                    items[-1] += " " + lines[j].strip()
                j += 1
            if sep == "; ":
                items = [x.rstrip(".;") for x in items]
            if len(items) < 2:
                out += lines[i:j]
            else:
                joined = sep.join(items) + ("." if sep == "; " else "")
                if out and out[-1].strip().endswith(":"):
                    out[-1] = out[-1].rstrip() + " " + joined
                else:
                    out.append(joined)
            i = j
        return "\n".join(out)

    return flatten


def _escape(text: str) -> str:
    """A plain text's line as HTML: its entities ("Part&#8209;time") are read as characters in
    plain text too (to_text unescapes them), so they become characters before escaping."""
    return html.escape(html.unescape(text))


def to_html_paragraphs(text: str) -> str:
    """<p> paragraphs (<br> between their lines), <ul><li> lists, <p><strong> headings."""
    esc = _escape
    out: list[str] = []
    para: list[str] = []
    items: list[str] = []

    def close_paragraph() -> None:
        if para:
            out.append("<p>" + "<br>".join(esc(x.strip()) for x in para) + "</p>")
            para.clear()

    def close_list() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
            items.clear()

    for line in unwrap(text, long=True).split("\n"):
        if not line.strip():
            close_paragraph()
            close_list()
        elif is_bullet(line):
            close_paragraph()
            items.append(strip_bullet(line).strip())
        else:
            close_list()
            if is_heading(line):
                close_paragraph()
                out.append(f"<p><strong>{esc(line.strip())}</strong></p>")
            else:
                para.append(line)
    close_paragraph()
    close_list()
    return "\n".join(out)


def to_html_blocks(text: str) -> str:
    """One <div> a line, headings as <h3>, lists as <ul><li>, all on one line (page builders)."""
    esc = _escape
    out: list[str] = []
    in_list = False
    for line in unwrap(text, long=True).split("\n"):
        if is_bullet(line):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{esc(strip_bullet(line).strip())}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if line.strip():
            tag = "h3" if is_heading(line) else "div"
            out.append(f"<{tag}>{esc(line.strip())}</{tag}>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def _every_third_space_nbsp(text: str) -> str:
    k = 0

    def space(_m: re.Match[str]) -> str:
        nonlocal k
        k += 1
        return "\u00a0" if k % 3 == 0 else " "

    return re.sub(" ", space, text)


def _tabs(text: str) -> str:
    return "\n".join(
        "\t" + line if is_bullet(line) else line.replace(": ", ":\t", 1)
        for line in text.split("\n")
    )


def _curly(text: str) -> str:
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r'"(?=\w)', "\u201c", text)
    return re.sub(r'(?<=\S)"', "\u201d", text)


def _dashes(text: str) -> str:
    text = re.sub(r"(?<=\w) - (?=\w)", " \u2013 ", text)
    text = re.sub(r"(?<=\d)-(?=\d)", "\u2013", text)
    return re.sub(r"-(OR|AND)-", "\u2013\\1\u2013", text)


def _headings(case: Callable[[str], str]) -> Callable[[str], str]:
    def recase(text: str) -> str:
        return "\n".join(case(x) if is_heading(x) else x for x in text.split("\n"))

    return recase


def _title_case(line: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in line.split(" "))


def heading_inline(text: str) -> str:
    """ "Education:" on its own line with one value line under it -> "Education: value"."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        single = (
            line.strip().endswith(":")
            and is_heading(line)
            and i + 1 < len(lines)
            and lines[i + 1].strip()
            and not is_bullet(lines[i + 1])
            and not is_heading(lines[i + 1])
            and (i + 2 >= len(lines) or not lines[i + 2].strip() or is_heading(lines[i + 2]))
        )
        if single:
            out.append(line.rstrip() + " " + lines[i + 1].strip())
            i += 2
        else:
            out.append(line)
            i += 1
    return "\n".join(out)


def heading_own_line(text: str) -> str:
    """ "Education: value" -> "Education:" with the value on the next line."""
    out: list[str] = []
    for line in text.split("\n"):
        m = _LABEL_VALUE.match(line)
        if m and not is_bullet(line):
            out += [m[1] + m[2] + ":", m[1] + m[3]]
        else:
            out.append(line)
    return "\n".join(out)


def heading_dash(text: str) -> str:
    """ "Education:" on its own line -> "Education -"."""
    return "\n".join(
        x.rstrip()[:-1].rstrip() + " -"
        if x.strip().endswith(":") and is_heading(x) and not is_bullet(x)
        else x
        for x in text.split("\n")
    )


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "unwrap": unwrap,
    "wrap70": _wrap(70),
    "bullet_dot": _bullets(lambda k: "•"),
    "bullet_dash": _bullets(lambda k: "-"),
    "bullet_star": _bullets(lambda k: "*"),
    "bullet_middot": _bullets(lambda k: "·"),
    "bullet_o": _bullets(lambda k: "o"),
    "bullet_num": _bullets(lambda k: f"{k}."),
    "bullet_alpha": _bullets(lambda k: "abcdefghijklmnopqrstuvwxyz"[(k - 1) % 26] + ")"),
    "bullet_none": _bullets(lambda k: ""),
    "flatten_semi": _flatten("; "),
    "flatten_dot": _flatten(" • "),
    "html_p": to_html_paragraphs,
    "html_div": to_html_blocks,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nbsp": _every_third_space_nbsp,
    "tabs": _tabs,
    "double_space": lambda t: re.sub(r"(?<=[.:]) ", "  ", t),
    "double_blank": lambda t: re.sub(r"\n\n+", "\n\n\n", t),
    "blank_between": lambda t: "\n\n".join(
        x for x in unwrap(t, long=True).split("\n") if x.strip()
    ),
    "curly": _curly,
    "dashes": _dashes,
    "upper_head": _headings(str.upper),
    "title_head": _headings(_title_case),
    "head_inline": heading_inline,
    "head_own_line": heading_own_line,
    "head_dash": heading_dash,
}
