"""The gates' ``in`` tests as compiled loops over data, for the compiled build (issue 15, speed).

A gate (matcher._rules_gates.holds_any, matcher._need.need_test, ``Alternatives``' masks) is an
``eval``-built lambda: in pure Python a chain of ``in`` tests is the fastest form. In the mypyc
build every call of one enters the interpreter (a frame, bytecode): ~117 calls a 3 KB posting.
These classes hold the same words and run the same tests, in the same order, as compiled code
(cachegrind, compiled: 6,405k -> 6,304k instructions a posting; pure unchanged, 7,725k: it keeps
the lambdas). ``COMPILED`` says which form the builders hand out; each form gives the other's
answer on every text (tests/matcher/test_speed_gate_loops.py).
"""

from __future__ import annotations

import types
from typing import Any, Final


def _probe() -> None:
    """A function of this module: a plain Python function unless mypyc compiled the module."""


#: True in the compiled build, where mypyc turns this module's functions into built-in ones.
COMPILED: Final = not isinstance(_probe, types.FunctionType)


class Words:
    """Whether a text holds any of ``words``: ``w1 in text or w2 in text or ...``."""

    __slots__ = ("words",)

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words

    def __call__(self, text: str) -> bool:
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
