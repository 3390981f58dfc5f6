"""What a pattern's match needs in the text, as a test of ``in`` checks (issue 15, speed).

A rule's trigger words say which sentences may hold a match, but one word is all they check:
the day-shift rule runs on every sentence with "Monday" or "holidays" in it ("day"), and its
fourteen alternatives, tried at every character, cost ~30,000 instructions a sentence
(cachegrind, 3 KB bench set). ``need_test`` reads the pattern with Python's own parser and
builds a condition every match satisfies: each alternative needs all of its literal runs
("day shift" or "day-shift" or ..., then "evening" for ``\\bdays? ?(?:and|/) ?evenings?``), and
the pattern needs one of its alternatives. A lower-case ASCII sentence failing it holds no
match, so the pattern is not run; one passing it runs the pattern as before (same matches).

Only literal text counts; everything else (classes, repeats, lookarounds) is taken as possibly
anything, so the test can only let more sentences through, never fewer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as _c  # type: ignore[attr-defined]  # the stdlib parser's opcodes
from re import _parser as _sre  # type: ignore[attr-defined]
from typing import Any

from matcher._gate_loops import COMPILED, Mask, NeedTest
from matcher._rules import CompiledRule, lookahead
from matcher._rules_lower import lowered
from schemas.vocab import Rule

#: A literal run spelled more ways than this is read through its longest common piece.
_MAX_SPELLINGS = 8
#: Pieces shorter than this test nothing worth a check ("a", "/").
_MIN_PIECE = 2
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)

#: A condition: True (anything), a set of pieces one of which the text holds, ("starts", pieces)
#: one of which opens the text, or ("and" | "or", conditions).
Need = bool | frozenset[str] | tuple[str, Any]
_OPENINGS = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)


def _spellings(items: Any) -> set[str] | None:
    """Every string a purely literal sequence matches (lower case), or None when it holds
    anything else or more than _MAX_SPELLINGS * 8 strings."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # takes no text: the literals either side stay adjacent
        if op is _c.LITERAL:
            part: set[str] | None = {chr(av).lower()}
        elif op is _c.IN:
            part = set()
            for cop, cav in av:
                if cop is _c.LITERAL:
                    part.add(chr(cav).lower())
                elif cop is _c.RANGE and cav[1] - cav[0] < 16:
                    part.update(chr(c).lower() for c in range(cav[0], cav[1] + 1))
                else:
                    return None
        elif op is _c.SUBPATTERN:
            part = _spellings(av[3])
        elif op is _c.BRANCH:
            subs = [_spellings(b) for b in av[1]]
            if any(s is None for s in subs):
                return None
            part = set().union(*subs)  # type: ignore[arg-type]
        elif op in _REPEATS and av[1] == 1:
            inner = _spellings(av[2])
            part = None if inner is None else inner | ({""} if av[0] == 0 else set())
        else:
            return None
        if part is None or len(out) * len(part) > _MAX_SPELLINGS * 8:
            return None
        out = {a + b for a in out for b in part}
    return out


def _pieces(spellings: set[str]) -> Need:
    """The pieces a run spelled these ways puts in the text: the spellings (those holding
    another dropped: the shorter one is in the text either way), or their longest common piece
    when there are too many; True when a piece would be too short to tell anything."""
    words = {w for w in spellings if not any(o != w and o in w for o in spellings)}
    if len(words) > _MAX_SPELLINGS:
        shortest = min(words, key=len)
        common = next(
            (
                shortest[i : i + n]
                for n in range(len(shortest), _MIN_PIECE - 1, -1)
                for i in range(len(shortest) - n + 1)
                if all(shortest[i : i + n] in w for w in words)
            ),
            None,
        )
        words = {common} if common is not None else set()
    if not words or min(len(w) for w in words) < _MIN_PIECE:
        return True
    return frozenset(words)


def _too_many(spellings: set[str]) -> bool:
    """Whether _pieces reads these spellings through their longest common piece."""
    return sum(not any(o != w and o in w for o in spellings) for w in spellings) > _MAX_SPELLINGS


def _chunks(run: list[Any]) -> list[Need]:
    """The pieces of each stretch of a literal run, cut from its start where the stretch would
    be spelled more ways than _pieces lists (every stretch of the run is in the text)."""
    parts: list[Need] = []
    chunk: list[Any] = []
    for item in run:
        trial = _spellings([*chunk, item])
        if chunk and (trial is None or _too_many(trial)):
            parts.append(_chunk_need(chunk))
            chunk = []
        chunk.append(item)
    parts.append(_chunk_need(chunk))
    return parts


def _chunk_need(chunk: list[Any]) -> Need:
    """A stretch's pieces; one group spelled too many ways alone is read inside (a branch
    needs what one of its alternatives does: "hours per w" ... or "weekly hours")."""
    spelled = _spellings(chunk) or set()
    if len(chunk) == 1 and _too_many(spelled):
        op, av = chunk[0]
        if op is _c.SUBPATTERN:
            return _and(_chunks(list(av[3])))
        if op is _c.BRANCH:
            return _or([_and(_chunks(list(b))) for b in av[1]])
    return _pieces(spelled)


def _and(parts: list[Need]) -> Need:
    kept = [p for p in parts if p is not True]
    if any(p is False for p in kept):
        return False
    return True if not kept else kept[0] if len(kept) == 1 else ("and", kept)


def _or(parts: list[Need]) -> Need:
    if any(p is True for p in parts):
        return True
    kept = [p for p in parts if p is not False]
    return False if not kept else kept[0] if len(kept) == 1 else ("or", kept)


def _need(items: Any, multiline: bool = False) -> Need:
    """What a parsed sequence needs: its literal runs, and what its groups need. A run right
    after an opening "^" must open the text (not with re.M: "^" then opens any line)."""
    parts: list[Need] = []
    run: list[Any] = []
    items = list(items)
    opening = not multiline and bool(items) and items[0][0] is _c.AT and items[0][1] in _OPENINGS

    def flush() -> None:
        nonlocal opening
        if run:
            spelled = _spellings(run)
            pieces = True if spelled is None else _pieces(spelled)
            if spelled is not None and _too_many(spelled):
                # spelled too many ways to list ("/wk", "per week", "a wk", ...): each part of
                # the run spelled few enough ways is in the text too ("per w" or "/w" or ...)
                pieces = _and([pieces, *(c for c in _chunks(run) if c != pieces)])
            # every spelling opens it (a piece inside one need not open the text)
            if (
                opening
                and spelled is not None
                and len(spelled) <= _MAX_SPELLINGS
                and min(len(w) for w in spelled) >= _MIN_PIECE
            ):
                pieces = ("starts", frozenset(spelled))
            parts.append(pieces)
            run.clear()
        opening = False

    for item in items:
        op, av = item
        if op is _c.ASSERT and av[0] == -1 and not run and _spellings(av[1]) is not None:
            run.extend(av[1])  # "(?<=, )days": the text holds ", days"
            continue
        if op in _ZERO_WIDTH:
            continue  # lookarounds and anchors take no text of the match
        spelled = _spellings([item])
        if spelled is not None and _spellings([*run, item]) is not None:
            run.append(item)
            continue
        flush()
        if spelled is not None:
            run.append(item)
        elif op is _c.SUBPATTERN:
            parts.append(_need(av[3], multiline))
        elif op is _c.BRANCH:
            parts.append(_or([_need(b, multiline) for b in av[1]]))
        elif op in _REPEATS and av[0] >= 1:
            parts.append(_need(av[2], multiline))
        # anything else (a class, \w, an optional group, a back reference) may be any text
    flush()
    return _and(parts)


def _source(need: Need) -> str:
    if need is True or need is False:
        return repr(need)
    if isinstance(need, frozenset):
        return " or ".join(f"{w!r} in text" for w in sorted(need))
    if need[0] == "starts":
        return f"text.startswith({tuple(sorted(need[1]))!r})"
    joiner = f" {need[0]} "
    return joiner.join(f"({_source(p)})" for p in need[1])


def need_source(rx: re.Pattern[str]) -> str:
    """The condition ``need_test`` checks, as Python source (for tests and docs).

    >>> need_source(re.compile(r"^first shift|\\bdays?\\W", re.I))
    "(text.startswith(('first shift',))) or ('day' in text)"
    """
    return _source(_need(_sre.parse(rx.pattern, rx.flags), bool(rx.flags & re.M)))


def need_test(rx: re.Pattern[str]) -> Callable[[str], bool] | None:
    """A test of whether a lower-case ASCII text may hold a match of ``rx`` (False: it holds
    none), built once from the pattern; None when the pattern needs no literal text. Other text
    must run the pattern: re.I folds a few non-ASCII letters onto ASCII ones ("\\u212a" is "k").

    >>> test = need_test(re.compile(r"\\bdays? (?:only|shift)\\b|\\bfirst shift\\b", re.I))
    >>> test("monday to friday"), test("days only, mon-fri")
    (False, True)
    """
    need = _need(_sre.parse(rx.pattern, rx.flags), bool(rx.flags & re.M))
    if need is True:
        return None
    if COMPILED:  # the same tests in compiled code: no interpreter frame a call (_gate_loops)
        return NeedTest(need)
    test: Callable[[str], bool] = eval(f"lambda text: {_source(need)}")  # string literals only
    return test


class Alternatives:
    """A rule's alternation, narrowed for each text to the alternatives whose needs the text
    meets: an alternative that cannot match anywhere in the text changes no match of the
    alternation there, and each one tried costs the engine at every character (the day-shift
    rule's fourteen cost ~60,000 instructions on a sentence with "Monday" and "shift").

    ``for_text(text)`` gives the pattern to run on ``text`` (its matches are ``full``'s), or
    None when no alternative can match. Non-ASCII text gets ``full``.

    >>> alts = Alternatives((r"\\bnights?\\b", r"\\bthird shift\\b"), re.I)
    >>> alts.for_text("Third shift, 11p-7a").pattern, alts.for_text("Monday") is None
    ('(?=[t])(?:\\\\bthird shift\\\\b)', True)
    """

    #: Distinct narrowings kept compiled; past this many (odd text) the full pattern runs.
    MAX_KEPT = 256
    __slots__ = ("_kept", "_lowered", "_mask", "_patterns", "flags", "full")

    def __init__(self, patterns: tuple[str, ...], flags: int) -> None:
        self.full = _led(patterns, flags)
        self.flags = flags
        self._patterns = patterns
        tests = [_need_of(re.compile(p, flags)) for p in patterns]
        # one function gives the set of possible alternatives as a bit mask (one call a text);
        # compiled, a loop over the same tests: no interpreter frame a call (_gate_loops)
        self._mask: Callable[[str], int] = Mask(tests)
        if not COMPILED:
            bits = " | ".join(f"({1 << k} if ({_source(t)}) else 0)" for k, t in enumerate(tests))
            self._mask = eval(f"lambda text: {bits or 0}")  # string literals only
        everything = (1 << len(patterns)) - 1
        self._kept: dict[int, re.Pattern[str] | None] = {everything: self.full, 0: None}
        self._lowered = {everything: _lowered_or_none(self.full)}

    def for_text(self, text: str) -> re.Pattern[str] | None:
        """The pattern to run on ``text`` itself, or None when no alternative can match."""
        if not text.isascii():
            return self.full
        if self.search_in(text) is None:  # (which keeps the narrowing)
            return None
        return self._kept.get(self._mask(text.lower()), self.full)

    def search_in(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """The pattern to run and the text to run it on: on ASCII ``text``, the narrowing's
        case-sensitive copy (matcher._rules_lower.lowered) and ``text.lower()``, which find the
        same spans (a lower-case alternative gets the engine's test of its first letter); None
        when no alternative can match. Other text: ``full`` and ``text``."""
        if not text.isascii():
            return self.full, text
        low = text.lower()
        mask = self._mask(low)
        kept = self._kept
        if mask not in kept:
            if len(kept) >= self.MAX_KEPT:
                return self.full, text
            chosen = tuple(p for k, p in enumerate(self._patterns) if mask >> k & 1)
            kept[mask] = _led(chosen, self.flags)
            self._lowered[mask] = _lowered_or_none(kept[mask])
        rx = kept[mask]
        if rx is None:
            return None
        lowered_rx = self._lowered.get(mask)
        return (rx, text) if lowered_rx is None else (lowered_rx, low)


def _lowered_or_none(rx: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """``rx``'s case-sensitive copy for lower-case text, None when it has none (not re.I, or a
    form the copy cannot take: matcher._rules_lower)."""
    if rx is None or not rx.flags & re.I:
        return None
    try:
        return lowered(rx)
    except ValueError:
        return None


def _need_of(rx: re.Pattern[str]) -> Need:
    return _need(_sre.parse(rx.pattern, rx.flags), bool(rx.flags & re.M))


def _led(patterns: tuple[str, ...], flags: int) -> re.Pattern[str]:
    """The alternation as matcher._rules.compile_rules builds a rule's: behind the lookahead of
    its first characters."""
    return re.compile(lookahead(patterns, flags) + "(?:" + "|".join(patterns) + ")", flags)


def narrowed(
    records: tuple[Rule, ...], rules: list[CompiledRule]
) -> list[tuple[str, Alternatives, tuple[str, ...]]]:
    """Each rule with its alternatives narrowed per sentence (``Alternatives``): a sentence with
    the trigger word but not the rest ("Monday" for the day shift's "day") is not searched, and
    one with "shift" runs only the alternatives its words allow."""
    out = []
    for record, rule in zip(records, rules, strict=True):
        alts = Alternatives(record.patterns, record.flags)
        if alts.full.pattern != rule.regex.pattern or record.id != rule.id:  # checked at import
            raise ValueError(f"rule {record.id!r}: not the pattern matcher._triggers compiled")
        out.append((rule.id, alts, rule.triggers))
    return out
