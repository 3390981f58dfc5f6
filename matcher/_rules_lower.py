"""Case-sensitive copies of re.IGNORECASE patterns for lower-case ASCII text, and patterns led
by the lookahead of their first characters (issue 15, s7rule).

Case-insensitive matching lowers every character it compares, and a case-insensitive
alternative never gets the engine's test of its first letter: a sentence lowered once and read
with the copies costs about half the instructions. The copies are built from the patterns at
import (never hand-copied) and checked there; tests/matcher/test_speed_lowered.py compares each
copy with its pattern on random texts. The copies read only ASCII text and are compiled with
re.ASCII (``\\s`` spelt out as the ASCII blanks Unicode's takes): a ``\\b`` or ``\\w`` test is
then a table lookup instead of four calls into the Unicode database (session 15).
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]  # the stdlib parser's opcodes
from typing import TYPE_CHECKING, Any, Final

from matcher._rules import _REPEATS, _parse, lookahead

if TYPE_CHECKING:
    from matcher._doc import Doc


def led(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind the lookahead of the characters its matches start with (``lookahead``), so
    a search rejects most places with one class test before the pattern's own boundaries and
    lookbehinds run; ``rx`` itself when it has no such set or opens with one already.

    >>> led(re.compile(r"\\bwith\\b|, ")).pattern
    '(?=[,w])(?:\\\\bwith\\\\b|, )'
    """
    head = lookahead(rx.pattern, rx.flags)
    if not head or rx.pattern.startswith(("(?=[", r"\b(?=[")):
        return rx
    return re.compile(head + "(?:" + rx.pattern + ")", rx.flags)


def _lower_literals(pattern: str) -> str:
    """The pattern text with its letters in lower case, escapes (``\\S``, ``\\B``) and group
    names (``(?P<Name>``) as written."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : close + 1])
            i = close + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def _case_free(items: Any) -> bool:
    """Whether a parsed pattern compares no capital letter and changes no flag inside (an
    inline flag group would have its own case rule; ``(?(name)..)`` names a group)."""
    for op, av in items:
        if op is _c.LITERAL and chr(av) != chr(av).lower():
            return False
        if op is _c.RANGE and chr(av[0]).lower() + chr(av[1]).lower() != chr(av[0]) + chr(av[1]):
            return False
        if op is _c.GROUPREF_EXISTS or (op is _c.SUBPATTERN and (av[1] or av[2])):
            return False
        if op is _c.IN and not _case_free(av):
            return False
        if op is _c.BRANCH and not all(_case_free(b) for b in av[1]):
            return False
        nested = {_c.SUBPATTERN: 3, _c.ASSERT: 1, _c.ASSERT_NOT: 1}.get(op)
        if nested is None and op in _REPEATS:
            nested = 2
        if nested is not None and not _case_free(av[nested]):
            return False
    return True


def lowered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` (a re.IGNORECASE pattern) as a case-sensitive pattern over lower-case text: on an
    ASCII ``text`` it finds what ``rx`` finds, at the same places with the same groups, in
    ``text.lower()``. Case-insensitive matching lowers every character it compares, and a
    case-insensitive alternative never gets the engine's test of its first letter; this runs
    about twice as fast (s7rule, issue 15). Non-ASCII text must keep ``rx``: IGNORECASE also
    folds "\\u017f" onto "s" and "\\u212a" onto "k".

    >>> low = lowered(re.compile(r"\\b(?:HIM|Coding)\\S*\\b", re.I))
    >>> low.pattern, low.search("the him dept.").span()
    ('\\\\b(?:him|coding)[^\\\\t-\\\\r\\\\x1c-\\\\x20]*\\\\b', (4, 7))

    ValueError when ``rx`` is not re.IGNORECASE, changes its flags inside (``(?-i:..)``), or
    spells a capital letter the text transform cannot lower (``\\x41``).
    """
    if not rx.flags & re.I:
        raise ValueError(f"pattern {rx.pattern[:40]!r}... is not re.IGNORECASE")
    source = _lower_literals(rx.pattern)
    flags = rx.flags & ~re.I
    # the checks read the parser's result (what re.compile(source) would compile, its flags
    # and groups), and only the copy returned is compiled: narrowings are lowered as sentences
    # need them (matcher._need.Alternatives), and a compile is most of their cost
    parsed = _parse(source, flags)
    if parsed.state.flags & re.I:  # "(?i)" in the text
        raise ValueError(f"pattern {rx.pattern[:40]!r}... sets re.IGNORECASE inside")
    # only the case of letters changed: no capital left to compare (an escape "\\x41" keeps
    # one), no flag changed inside, the same groups
    if parsed.state.groupdict != rx.groupindex or not _case_free(parsed):
        raise ValueError(f"pattern {rx.pattern[:40]!r}... does not lower to the same pattern")
    ascii_source = _ascii_blanks(source)
    if ascii_source is None or not flags & re.U:
        return re.compile(source, flags)
    # The copy only ever reads ASCII text, where re.ASCII's \w, \b, \d are Unicode's: the
    # engine then tests a word character in its own table instead of four calls of the Unicode
    # database (_PyUnicode_IsAlpha, IsDecimal, IsDigit, IsNumeric) at every \b.
    ascii_low = re.compile(ascii_source, (flags & ~re.U) | re.A)
    return ascii_low if ascii_low.groupindex == rx.groupindex else re.compile(source, flags)


#: What Unicode ``\s`` takes among the ASCII characters: re.ASCII's ``\s`` leaves out the
#: separators \x1c-\x1f, which normalised text keeps (matcher._text._SEPARATORS).
_BLANKS = r"\t-\r\x1c-\x20"


def _ascii_blanks(source: str) -> str | None:
    """The pattern text with ``\\s`` / ``\\S`` spelt as the classes of the ASCII characters
    Unicode's take, so the pattern matches the same ASCII text under re.ASCII; None for a
    ``\\S`` inside a class (a class holds no complement).

    >>> _ascii_blanks(r"\\s+[\\s,]\\S")
    '[\\\\t-\\\\r\\\\x1c-\\\\x20]+[\\\\t-\\\\r\\\\x1c-\\\\x20,][^\\\\t-\\\\r\\\\x1c-\\\\x20]'
    """
    out: list[str] = []
    i, n = 0, len(source)
    in_class = False
    while i < n:
        c = source[i]
        if c == "\\":
            esc = source[i : i + 2]
            if esc == r"\s":
                out.append(_BLANKS if in_class else f"[{_BLANKS}]")
            elif esc == r"\S":
                if in_class:
                    return None
                out.append(f"[^{_BLANKS}]")
            else:
                out.append(esc)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            # "]" first in a class ("[]..]", "[^]..]") is a literal, not its end
            j = i + 1 + (source[i + 1 : i + 2] == "^")
            if source[j : j + 1] == "]":
                j += 1
            out.append(source[i:j])
            i = j
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


def lowered_if_i(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``lowered(rx)`` for a re.IGNORECASE pattern, None for a case-sensitive one (it must read
    the text as written)."""
    return lowered(rx) if rx.flags & re.I else None


#: str.lower called as CPython's method (compiled, ``text.lower()`` is mypyc's own loop, a call
#: a character; matcher._doc).
_lower: Final = str.lower


def ascii_lower(text: str) -> str | None:
    """``text`` in lower case when it is ASCII (what the lowered copies read), else None."""
    return _lower(text) if text.isascii() else None


def sentence_lower(doc: Doc, i: int) -> str | None:
    """Sentence ``i`` of ``doc`` in lower case when it is ASCII, else None: its slice of
    ``doc.lower`` (no second lowering), which is its own only while every lower case before it
    kept its length."""
    text = doc.sentences[i].text
    if not text.isascii() or len(doc.lower) != len(doc.text):
        return None
    start = doc.starts[i]
    return doc.lower[start : start + len(text)]


def search_lowered(
    rx: re.Pattern[str], low: re.Pattern[str], text: str, pos: int = 0
) -> re.Match[str] | None:
    """``rx.search(text, pos)``, read by ``low`` (``lowered(rx)``) in the lower case of ASCII
    text: the same span (the groups in lower case)."""
    return low.search(_lower(text), pos) if text.isascii() else rx.search(text, pos)


def match_lowered(
    rx: re.Pattern[str], low: re.Pattern[str], text: str, pos: int = 0
) -> re.Match[str] | None:
    """``rx.match(text, pos)``, read by ``low`` (``lowered(rx)``) in the lower case of ASCII
    text: the same span (the groups in lower case)."""
    return low.match(_lower(text), pos) if text.isascii() else rx.match(text, pos)
