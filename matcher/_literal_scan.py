"""A pattern's matches found from the places a literal word of it stands (issue 15, speed).

A pattern that opens with a lookaround or ``\\b`` gets no literal prefix from the regex engine:
finditer tries it at every character (~100-250 instructions each, cachegrind). When every match
holds a case-sensitive word a bounded distance after its start ("GS" of a grade heading, "OR"
of a federal alternative), str.find goes to each place the word stands and the pattern is only
matched just before it: the same matches, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def finditer_at(
    rx: re.Pattern[str], text: str, word: str, back: int, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos, endpos)`` when every match of ``rx`` holds ``word`` (as written,
    case-sensitive) starting at most ``back`` characters after the match starts.

    A match holding the word at w starts in [w - back, w]: the occurrences are read in order and
    the starts before each in order, so the first match found is the leftmost (one starting
    earlier would hold an earlier occurrence). After a match the search goes on from its end.

    >>> rx = re.compile(r"(?=[-O])(?:-{1,2} ?)?(?<![A-Za-z])OR\\b")
    >>> [m.span() for m in finditer_at(rx, "A --OR B, COLOR OR C", "OR", 3)]
    [(2, 6), (16, 18)]
    """
    end = len(text) if endpos is None else endpos
    last = pos  # no match starts before the end of the one before
    at = text.find(word, pos, end)
    while at >= 0:
        for start in range(max(last, at - back), at + 1):
            m = rx.match(text, start, end)
            if m is not None:
                yield m
                last = m.end()
                break
        at = text.find(word, max(at + 1, last), end)


__all__ = ["finditer_at"]
