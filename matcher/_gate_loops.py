"""The gates' ``in`` tests as compiled loops over data, for the compiled build (issue 15, speed).

A gate (matcher._rules_gates.holds_any, matcher._need.need_test, ``Alternatives``' masks) is an
``eval``-built lambda: in pure Python a chain of ``in`` tests is the fastest form. In the mypyc
build every call of one enters the interpreter (a frame, bytecode): ~117 calls a 3 KB posting.
These classes hold the same words and run the same tests, in the same order, as compiled code
(cachegrind, compiled: 6,405k -> 6,304k instructions a posting; pure unchanged, 7,725k: it keeps
the lambdas). ``COMPILED`` says which form the builders hand out; each form gives the other's
answer on every text (tests/matcher/test_speed_gate_loops.py). The word gates also share one
Aho-Corasick scan of the text they are asked of (``_Scan``, session 15): a sentence the readers
ask several gates of is passed over once instead of once a word.
"""

from __future__ import annotations

import types
from typing import Any, Final

try:  # one pass finds every gate's words (Aho-Corasick); without it, one ``in`` test a word
    import ahocorasick_rs
except ImportError:  # pragma: no cover - the library is a dependency; this keeps a fallback
    ahocorasick_rs = None  # type: ignore[assignment]


def _probe() -> None:
    """A function of this module: a plain Python function unless mypyc compiled the module."""


#: True in the compiled build, where mypyc turns this module's functions into built-in ones.
COMPILED: Final = not isinstance(_probe, types.FunctionType)
#: A gate of this many words or more, asked of a text no gate has scanned, scans it for every
#: gate's words at once (one automaton pass and its matches, several thousand instructions on a
#: sentence); a smaller one runs its own ``in`` tests (each a pass over the text) and leaves the
#: text unscanned. Compiled, instructions a posting by the threshold (cachegrind, 3 KB set):
#: 5: 6,385k, 7: 6,279k, 10: 6,146k, 15: 6,141k, 20: 6,154k, 40: 6,208k, no scan: 6,244k.
_SCAN_FROM: Final = 15


class _Scan:
    """Every Words gate's words in one automaton, and which gates the last text scanned passes.

    The readers ask several gates of one sentence in a row (education's seven of its lower-case
    copy, experience's four, the paths' word lists): the first large gate scans the text for all
    the words, and every later gate asked of the same text object reads its answer from the
    scan (a str is immutable, and the scan holds it, so the same object is the same text).
    """

    __slots__ = ("_built", "_gates", "_index", "_last", "_words", "auto_bytes", "auto_str", "count")

    def __init__(self) -> None:
        self._words: list[str] = []
        self._index: dict[str, int] = {}
        #: word k -> the gates holding it
        self._gates: list[list[int]] = []
        self.count = 0
        self._built = -1  # self.count when the automata were built
        self.auto_bytes: Any = None
        self.auto_str: Any = None
        #: (text, passed): the last text scanned and, per gate, whether it holds a gate word.
        #: One tuple, replaced whole: a thread reading it sees a text and its own answers.
        self._last: tuple[str, list[bool]] = ("", [])

    def register(self, words: tuple[str, ...]) -> int:
        """A new gate's number, its words added to the automaton's (rebuilt on next use)."""
        gate = self.count
        self.count += 1
        for w in words:
            k = self._index.get(w)
            if k is None:
                k = self._index[w] = len(self._words)
                self._words.append(w)
                self._gates.append([])
            self._gates[k].append(gate)
        return gate

    def last(self, text: str) -> list[bool] | None:
        """The gates' answers when ``text`` is the last text scanned (the same object)."""
        last = self._last
        return last[1] if last[0] is text else None

    def passed(self, text: str) -> list[bool]:
        """Per gate, whether ``text`` holds one of its words: every word found in one pass."""
        if self._built != self.count:
            self._build()
        found = (
            self.auto_bytes.find_matches_as_indexes(text.encode("ascii"), overlapping=True)
            if text.isascii()
            else self.auto_str.find_matches_as_indexes(text, overlapping=True)
        )
        passed = [False] * self.count
        gates = self._gates
        for k, _start, _end in found:
            for g in gates[k]:
                passed[g] = True
        self._last = (text, passed)
        return passed

    def _build(self) -> None:
        words = self._words
        dfa = ahocorasick_rs.Implementation.DFA
        self.auto_bytes = ahocorasick_rs.BytesAhoCorasick(
            [w.encode() for w in words], implementation=dfa
        )
        self.auto_str = ahocorasick_rs.AhoCorasick(words, implementation=dfa)
        self._built = self.count


_SCAN: Final = _Scan()


class Words:
    """Whether a text holds any of ``words``: ``w1 in text or w2 in text or ...``.

    Asked of the text the gates last scanned, the answer is read from the scan (``_Scan``); a
    gate of ``_SCAN_FROM`` words or more scans a new text for every gate at once.
    """

    __slots__ = ("gate", "scans", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        # "" is in every text (no automaton takes it): such a gate keeps its own tests
        scannable = ahocorasick_rs is not None and bool(words) and "" not in words
        self.gate = _SCAN.register(words) if scannable else -1
        self.scans = scannable and len(words) >= _SCAN_FROM

    def __call__(self, text: str) -> bool:
        if self.gate >= 0:
            passed = _SCAN.last(text)
            if passed is not None and self.gate < len(passed):  # (a gate made after the scan)
                return passed[self.gate]
            if self.scans:
                return _SCAN.passed(text)[self.gate]
        # mypyc compiles any() over a generator expression to a plain loop (no generator)
        return any(w in text for w in self.words)


#: The kinds of a NeedTest node (matcher._need.Need).
_CONST: Final = 0
_ANY_WORD: Final = 1
_STARTS: Final = 2
_ALL: Final = 3
_ANY: Final = 4


class NeedTest:
    """A condition of matcher._need (``True``/``False``, a set of pieces one of which the text
    holds, ("starts", pieces), ("and" | "or", conditions)) as a tree evaluated in compiled code,
    the pieces tested in the order ``matcher._need._source`` writes them (sorted)."""

    __slots__ = ("kind", "parts", "value", "words")

    def __init__(self, need: Any) -> None:
        self.value = False
        self.words: tuple[str, ...] = ()
        self.parts: tuple[NeedTest, ...] = ()
        if need is True or need is False:
            self.kind = _CONST
            self.value = bool(need)
        elif isinstance(need, frozenset):
            self.kind = _ANY_WORD
            self.words = tuple(sorted(need))
        elif need[0] == "starts":
            self.kind = _STARTS
            self.words = tuple(sorted(need[1]))
        else:
            self.kind = _ALL if need[0] == "and" else _ANY
            self.parts = tuple(NeedTest(p) for p in need[1])

    def holds(self, text: str) -> bool:
        kind = self.kind
        if kind == _ANY_WORD:
            return any(w in text for w in self.words)
        if kind == _STARTS:
            return text.startswith(self.words)
        if kind == _ALL:
            return all(p.holds(text) for p in self.parts)
        if kind == _ANY:
            return any(p.holds(text) for p in self.parts)
        return self.value

    def __call__(self, text: str) -> bool:
        return self.holds(text)


class Mask:
    """The bit mask of the alternatives whose conditions a text meets: bit k for condition k."""

    __slots__ = ("tests",)

    def __init__(self, needs: list[Any]) -> None:
        self.tests = tuple(NeedTest(n) for n in needs)

    def __call__(self, text: str) -> int:
        mask = 0
        bit = 1
        for test in self.tests:
            if test.holds(text):
                mask |= bit
            bit <<= 1
        return mask
