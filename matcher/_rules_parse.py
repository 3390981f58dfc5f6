"""The stdlib regex parser read for what a pattern's matches must start with and hold.

matcher._rules derives lookaheads and trigger words from these, matcher._rules_gates the gates
that skip a pattern where it cannot match (issue 15). Nothing here is vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from re import _constants as _c  # type: ignore[attr-defined]  # the stdlib parser's opcodes
from re import _parser as _sre  # type: ignore[attr-defined]
from typing import Any, Final

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
#: A character class wider than this gives no lookahead (it would test nothing).
_MAX_CLASS: Final = 64


@cache  # the parser is pure Python: each pattern is read once at import
def _parse(pattern: str, flags: int) -> Any:
    return _sre.parse(pattern, flags)


def _class_chars(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            # ASCII digits: postings write figures in ASCII, and the hand-kept lookaheads these
            # replace never let another digit through
            chars.update("0123456789")
        else:  # a negated class, a category (\w, \d), a wide range
            return None
    return chars


def _firsts(items: Any, fold: bool) -> tuple[set[str] | None, bool]:
    """(characters a match of the sequence can start with, whether it can match empty).
    None: any character may start it (or the parser gave something this does not read)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            chars: set[str] | None = {chr(av)}
            empty = False
        elif op is _c.IN:
            chars, empty = _class_chars(av), False
        elif op is _c.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                sub, sub_empty = _firsts(branch, fold)
                if sub is None:
                    return None, False
                chars |= sub
                empty = empty or sub_empty
        elif op is _c.SUBPATTERN:
            chars, empty = _firsts(av[3], fold or bool(av[1] & re.I))
        elif op in _REPEATS:
            chars, empty = _firsts(av[2], fold)
            empty = empty or av[0] == 0
        else:  # ".", \w outside a class, a back reference
            return None, False
        if chars is None:
            return None, False
        out |= ({c.lower() for c in chars} | {c.upper() for c in chars}) if fold else chars
        if not empty:
            return out, False
    return out, True


def lookahead(patterns: str | Iterable[str], flags: int = re.I) -> str:
    """``(?=[...])`` of the characters a match of the pattern (or of any of the alternatives)
    can start with; "" when any may.

    >>> lookahead(r"\\b(?:preferred|a plus|nice to have)")
    '(?=[anp])'
    >>> lookahead(("preferred", "good to have")), lookahead(r"\\b\\w+ing")
    ('(?=[gp])', '')
    """
    chars: set[str] = set()
    for pattern in (patterns,) if isinstance(patterns, str) else patterns:
        first, empty = _firsts(_parse(pattern, flags), bool(flags & re.I))
        if first is None or empty:
            return ""
        chars |= first
    if not chars:
        return ""
    if flags & re.I:
        chars = {c.lower() for c in chars}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def opening_letters(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case characters a match of ``rx`` can start with (None: any, or an empty
    match): a lower-case ASCII text whose first character is not one of them gives ``rx.match``
    nothing, and the call is skipped.

    >>> sorted(opening_letters(re.compile(r"^(?:minimum |min\\. )?(?:years|Experience)", re.I)))
    ['e', 'm', 'y']
    """
    first, empty = _firsts(_parse(rx.pattern, rx.flags), bool(rx.flags & re.I))
    if first is None or empty:
        return None
    return frozenset(c.lower() for c in first)


def _expand(items: Any) -> set[str] | None:
    """Every string a purely literal sequence can match ("full[- ]?time": three), or None when it
    holds anything else or more than _MAX_CLASS strings."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            part: set[str] | None = {chr(av)}
        elif op is _c.IN:
            part = _class_chars(av)
        elif op is _c.BRANCH:
            subs = [_expand(b) for b in av[1]]
            part = None if any(x is None for x in subs) else set().union(*subs)  # type: ignore[arg-type]
        elif op is _c.SUBPATTERN:
            part = _expand(av[3])
        elif op in _REPEATS and av[1] == 1:
            inner = _expand(av[2])
            part = None if inner is None else inner | ({""} if av[0] == 0 else set())
        else:
            return None
        if part is None or len(out) * len(part) > _MAX_CLASS:
            return None
        out = {a + b for a in out for b in part}
    return out


def _covers(items: Any) -> list[frozenset[str]]:
    """Ways to cover a sequence: sets of literals such that every match holds one of a set.
    Literal stretches are expanded ("(?:chart|record) (?:analysis|completion)": four strings)."""
    options: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            options.append(frozenset(w.lower() for w in run))
        run = {""}

    for op, av in items:
        part = _expand([(op, av)])
        if part is not None and len(run) * len(part) <= _MAX_CLASS:
            run = {a + b for a in run for b in part}
            continue
        flush()
        if part is not None:  # too many strings to join to the run: a run of its own
            run = part
            continue
        if op is _c.SUBPATTERN:
            options += _covers(av[3])
        elif op is _c.BRANCH:
            best = [_best(_covers(b)) for b in av[1]]
            if all(b is not None for b in best):
                options.append(frozenset().union(*(b for b in best if b is not None)))
        elif op in _REPEATS and av[0] >= 1:
            options += _covers(av[2])
    flush()
    return options


def _common(option: frozenset[str]) -> frozenset[str]:
    """The fewest words that still cover: the longest substring every string of the option holds
    ("experience" for the thirty spellings of "(relevant |work )?experience (may|can) (be )?"),
    else the strings without those holding another ("wpm" for " wpm" and "wpm")."""
    words = {w.strip() for w in option}
    if len(words) < 2:
        return frozenset(words)
    shortest = min(words, key=len)
    for size in range(len(shortest), 3, -1):
        for start in range(len(shortest) - size + 1):
            piece = shortest[start : start + size]
            if all(piece in w for w in words):
                return frozenset({piece.strip()})
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The trigger words to derive: the cover with the fewest literals, then the longest."""
    usable = [c for c in map(_common, options) if c and min(len(w.strip()) for w in c) >= 2]
    if not usable:
        return None
    return max(usable, key=lambda o: (-len(o), min(len(w) for w in o)))
