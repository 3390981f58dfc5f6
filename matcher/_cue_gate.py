"""Which of a rule's context patterns can match anywhere in a sentence, from one pass over it.

Every match of most patterns holds one of a few literal words (matcher._rules.literal_words:
"eligib" for "RHIT eligible", "course" or "program" for "an RHIT program"). A sentence that holds
none of a pattern's words cannot match it, nor can any part of the sentence: the pattern is not
run on the dozen slices around each mention (h15, issue 15). One Aho-Corasick pass over the
lower-cased sentence finds the words of every pattern at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from matcher._rules import literal_words

try:
    import ahocorasick_rs
except ImportError:  # pragma: no cover - the library is a dependency; without it nothing is gated
    ahocorasick_rs = None  # type: ignore[assignment]


class CueGate:
    """The names of the patterns of ``patterns`` that may match somewhere in a sentence (names,
    not the patterns: a pattern's hash reads its whole compiled code on every test).

    >>> gate = CueGate({"eligible": re.compile(r"^[\\s-]{0,2}eligib", re.I)})
    >>> sorted(gate.may_match("RHIT-ELIGIBLE")), sorted(gate.may_match("RHIT required"))
    (['eligible'], [])
    """

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        self._all = frozenset(patterns)
        by_word: dict[str, set[str]] = {}
        always: set[str] = set()
        for name, rx in patterns.items():
            words = literal_words(rx)
            if words is None:  # no word every match holds: always run
                always.add(name)
                continue
            for w in words:
                by_word.setdefault(w, set()).add(name)
        self._always = frozenset(always)
        #: the pattern names of each word, in the automaton's order (a match gives its index)
        self._names = tuple(frozenset(rxs) for rxs in by_word.values())
        self._auto = (
            ahocorasick_rs.BytesAhoCorasick([w.encode() for w in by_word])
            if ahocorasick_rs is not None and by_word
            else None
        )

    def may_match(self, text: str) -> frozenset[str]:
        """The names of the patterns ``text`` (or a part of it) may hold a match of.

        Other than ASCII text gets every pattern: re.I folds a few other letters onto ASCII ones
        ("\\u017f" is "s", "\\u0130" is "i").
        """
        if self._auto is None or not text.isascii():
            return self._all
        names = self._names
        found = self._auto.find_matches_as_indexes(text.lower().encode(), overlapping=True)
        return self._always.union(*[names[k] for k, _, _ in found])
