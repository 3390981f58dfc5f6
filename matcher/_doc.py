"""A posting's sentences joined into one text, with the sentences each trigger word stands in.

Every rule asks ``Doc.with_words`` for the sentences holding its trigger words: one
Aho-Corasick pass over the lower-cased posting finds all of them on first use (issue 15).
matcher._sentences splits the posting and re-exports ``Doc``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, count
from operator import itemgetter
from typing import TYPE_CHECKING, Final

from matcher._scan_words import SCAN_WORDS
from matcher._triggers import ALL_TRIGGERS

if TYPE_CHECKING:  # matcher._sentences imports this module: the type only, no cycle
    from matcher._sentences import Sentence

try:  # one pass finds every trigger word (Aho-Corasick); without it, one str.find per word
    import ahocorasick_rs
except ImportError:  # pragma: no cover - the library is a dependency; this keeps a fallback
    ahocorasick_rs = None  # type: ignore[assignment]


#: The lower-case words the scan finds: every rule's triggers, and the words other readers ask
#: for (a word outside it costs a str.find over the posting per call).
_LOWER_WORDS: Final = ALL_TRIGGERS | SCAN_WORDS
#: The same in a fixed order: a match names its word by its index here.
_WORD_ORDER: Final[tuple[str, ...]] = tuple(sorted(_LOWER_WORDS))
# ahocorasick_rs (a DFA in Rust) instead of pyahocorasick: its search walks each character
# through a table, where pyahocorasick searched a node's children one by one and made a Python
# call a hit (~160 instructions a character; compiled 6,040k -> 5,796k a posting, s11scan). The
# bytes automaton reads an ASCII text (byte offsets are character offsets there), the str one
# any other text.
_BYTES_AUTO: Final = (
    None
    if ahocorasick_rs is None
    else ahocorasick_rs.BytesAhoCorasick(
        [w.encode() for w in _WORD_ORDER], implementation=ahocorasick_rs.Implementation.DFA
    )
)
_STR_AUTO: Final = (
    None
    if ahocorasick_rs is None
    else ahocorasick_rs.AhoCorasick(_WORD_ORDER, implementation=ahocorasick_rs.Implementation.DFA)
)
_NO_WORDS: frozenset[str] = frozenset()
#: The words with_words may take as scanned: absent from the scan's table means absent.
_KNOWN: Final = _NO_WORDS if ahocorasick_rs is None else _LOWER_WORDS

#: Every byte but the ASCII digits and the newline (Doc.with_digits deletes them).
_NOT_DIGITS: Final = bytes(b for b in range(256) if not (48 <= b <= 57 or b == 10))
_DIGIT_RE: Final = re.compile(r"\d")

_first: Final = itemgetter(0)
#: str.lower called as CPython's method: compiled, ``text.lower()`` is mypyc's own loop, a call
#: through a function pointer a character (~9 instructions a character of an ASCII posting);
#: CPython's lowers an ASCII string through a table (~3).
_lower: Final = str.lower


class Doc:
    """The sentences joined by newlines, so each rule scans the posting once.

    Patterns run over ``text``; ``index`` maps a match position back to its sentence.
    """

    __slots__ = ("_digits", "_hits", "_scanned", "lower", "sentences", "starts", "text")

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        texts = list(map(_first, sentences))
        # sentence k starts after the k earlier ones and their newlines: a plain loop, which the
        # compiled build runs on C integers (the chain map(add, accumulate(...), count()) cost
        # ~250 instructions a sentence there in generic calls; 6,187k -> 6,166k a posting)
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        self.starts = starts
        self.text = "\n".join(texts)
        self.lower = _lower(self.text)
        # trigger word -> sentences holding it (in the lower case), filled by one automaton
        # pass on first use. Credential codes are found case-sensitively by matcher._cert_scan.
        self._hits: dict[str, list[int]] = {}
        self._scanned = False
        self._digits: list[int] | None = None

    def with_words(self, words: tuple[str, ...]) -> list[int]:
        """Indices of sentences holding any of the literal (lower-case) words, in order."""
        if not self._scanned:
            self._scan()
        # words the automaton knows were all seen by the scan: absent means not in the text
        known = _KNOWN
        table = self._hits
        lists: list[list[int]] = []
        for w in words:
            # table.get, not a local alias of it: compiled (mypyc), a typed dict's get is a
            # direct C call and an alias a generic Python call
            hits = table.get(w)
            if hits is None:
                if w in known:
                    continue  # scanned, absent
                hits = table[w] = self._find(self.lower, w)
            if hits:
                lists.append(hits)
        # each list is ascending without repeats: one of them needs no set and no sort (most
        # calls; a posting makes about 40, docs/benchmarks.md)
        if len(lists) == 1:
            return list(lists[0])
        if not lists:
            return []
        # several (a sixth of the calls): joined, sorted and their repeats dropped in a loop,
        # which the compiled build runs on C integers (set().union(*lists) was a generic call
        # with its arguments unpacked, and a set, ~4k instructions a call)
        merged: list[int] = []
        for hits in lists:
            merged.extend(hits)
        merged.sort()
        out = [merged[0]]
        for i in merged:
            if i != out[-1]:
                out.append(i)
        return out

    def _find(self, hay: str, word: str) -> list[int]:
        """Sentences holding a word the automaton does not know, by str.find."""
        starts, n = self.starts, len(self.starts)
        hits: list[int] = []
        if word[:1] == "\n":
            # as _scan reads it: the sentence of the word's last character, and the text's start
            # is a line start too ("GED required." opening a posting with no title)
            hay = "\n" + hay
            pos = hay.find(word)
            while pos >= 0:
                i = bisect_right(starts, pos + len(word) - 2) - 1
                if not hits or hits[-1] != i:
                    hits.append(i)
                pos = hay.find(word, pos + 1)
            return hits
        pos = hay.find(word)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            hits.append(i)
            if i + 1 >= n:
                break
            pos = hay.find(word, starts[i + 1])
        return hits

    def _scan(self) -> None:
        """Sentences of every known trigger word, in one pass over the lower-cased text."""
        self._scanned = True
        if _BYTES_AUTO is None or _STR_AUTO is None:
            return
        hay = self.lower
        hits = self._hits
        starts = self.starts
        words = _WORD_ORDER
        n = len(starts)
        i = 0
        # a newline before the text: triggers written with one ("\nged", "\nft") also find the
        # first sentence ("GED required." opening a posting with no title); a hit ending before
        # e there has its last character at e - 2 of the text. Ends come in order: the sentence
        # changes only at an end past the next start, and then the starts are walked to it
        # (bisect on every hit cost ~1.4k instructions; bisect at each change, a generic call
        # compiled, ~1k: 50k a posting, where a compiled step of the walk is a few instructions)
        following = starts[1] + 2 if n > 1 else len(hay) + 3
        found = (
            _BYTES_AUTO.find_matches_as_indexes(("\n" + hay).encode("ascii"), overlapping=True)
            if hay.isascii()
            else _STR_AUTO.find_matches_as_indexes("\n" + hay, overlapping=True)
        )
        for k, _start, end in found:
            while end >= following:  # (ends at the text's end: len(hay) + 3 is past it)
                i += 1
                following = starts[i + 1] + 2 if i + 1 < n else len(hay) + 3
            # hits.get, not an alias of it: compiled, a typed dict's get is a direct C call
            w = words[k]
            lst = hits.get(w)
            if lst is None:
                hits[w] = [i]
            elif lst[-1] != i:
                lst.append(i)

    def with_digits(self) -> list[int]:
        """Indices of sentences holding a digit (``\\d``), in order; read once per posting.

        A pattern that starts with a digit class is tried at every character of the text (the
        engine has no literal to skip to: ~10 ns a character, 30 us over a 3 KB posting); here
        bytes.translate keeps only the digits and newlines of an ASCII text in C, and the
        patterns then run on the few sentences left. Other text (``\\d`` also takes non-ASCII
        digits) is searched with the pattern itself.
        """
        if self._digits is None:
            parts = (
                self.text.encode("ascii").translate(None, _NOT_DIGITS).split(b"\n")
                if self.text.isascii()
                else []
            )
            if len(parts) == len(self.sentences):  # else a sentence holds a newline (a title)
                self._digits = list(compress(count(), parts))
            else:
                self._digits = self.candidates(_DIGIT_RE)
        return self._digits

    def index(self, pos: int) -> int:
        """The index of the sentence holding text position ``pos``."""
        return bisect_right(self.starts, pos) - 1

    def candidates(self, *patterns: re.Pattern[str]) -> list[int]:
        """Indices of sentences where any of the patterns matches, in order."""
        found: set[int] = set()
        text, starts, n = self.text, self.starts, len(self.starts)
        for rx in patterns:
            m = rx.search(text)
            while m is not None:
                i = bisect_right(starts, m.start()) - 1
                found.add(i)
                if i + 1 >= n:
                    break
                m = rx.search(text, starts[i + 1])  # one match settles a sentence: skip its rest
        return sorted(found)
