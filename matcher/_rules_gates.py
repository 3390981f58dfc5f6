"""Gates: cheap tests of whether a pattern can match a text at all, and searches started where
a match can still be (issue 15, speed). Each is derived from the pattern with the stdlib parser
(matcher._rules_parse), never hand-kept beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants as _c  # type: ignore[attr-defined]  # the stdlib parser's opcodes
from typing import Any

from matcher._gate_loops import COMPILED, Words
from matcher._rules_parse import _best, _common, _covers, _expand, _parse


def holds_any(words: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds any of the literal words, as one chain of ``in`` tests.

    Built once from the words (their reprs only): the chain runs about 7x faster than
    ``any(w in text for w in words)``, whose generator costs more than the tests themselves on a
    sentence (h15r, issue 15: 0.3 against 2.1 us on the bench's experience sentences).

    >>> holds = holds_any(("no ", "entry"))
    >>> holds("no experience"), holds("entry-level"), holds("none")
    (True, True, False)
    """
    if COMPILED:  # the same tests as a compiled loop: no interpreter frame a call (_gate_loops)
        return Words(tuple(words))
    tests = " or ".join(f"{w!r} in text" for w in words) or "False"
    test: Callable[[str], bool] = eval(f"lambda text: {tests}")  # string literals only
    return test


def group_gate(rx: re.Pattern[str], name: str) -> tuple[re.Pattern[str], int] | None:
    """A pattern that finds, in the lower-case text, every place group ``name`` of ``rx`` can
    match (case-sensitive: the engine skips to its first letters in C), and the widest match of
    ``rx``: no match of ``rx`` on ASCII text starts before the gate's first hit less that width.
    None when the group is not a top-level run of literals or ``rx`` has no widest match.

    >>> rx = re.compile(r"(?P<n>\\d{1,2}) ?(?P<unit>years?|mos?)\\b", re.I)
    >>> gate, widest = group_gate(rx, "unit")
    >>> gate.pattern, widest
    ('(?:years|year|mos|mo)\\\\b', 8)
    """
    items = list(_parse(rx.pattern, rx.flags))
    group = rx.groupindex[name]
    widest = _parse(rx.pattern, rx.flags).getwidth()[1]
    for k, (op, av) in enumerate(items):
        if op is not _c.SUBPATTERN or av[0] != group:
            continue
        words = _expand(av[3])
        if not words or "" in words or widest >= _c.MAXREPEAT:
            return None
        # the boundary after the group, when the pattern has one, keeps "mo" out of "more"
        after = items[k + 1 : k + 2]
        bound = r"\b" if after == [(_c.AT, _c.AT_BOUNDARY)] else ""
        ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
        ends = _word_ends(after[0]) if after and not bound else None
        if ends is not None:  # "(?:\b|(?<=\.)...)": "mo" must end a word, "mo." need not
            alts = (re.escape(w) + (r"(?!\w)" if _ends_word(w, ends) else "") for w in ordered)
            return re.compile("(?:" + "|".join(alts) + ")"), widest
        return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")" + bound), widest
    return None


def _ends_word(word: str, ends: set[str]) -> bool:
    """Whether a match ending in ``word`` must be followed by a non-word character: it ends in a
    word character that no lookbehind of the branch after it accepts."""
    return re.match(r"\w", word[-1]) is not None and word[-1] not in ends


def _word_ends(item: Any) -> set[str] | None:
    """For a branch after a group whose every alternative opens with ``\b`` or with a one-letter
    lookbehind (``(?:\b|(?<=\\.)(?= [a-z]))``): the lookbehinds' letters. A group ending in
    another word character must then be followed by a non-word one. None for any other item."""
    op, av = item
    if op is not _c.BRANCH:
        return None
    ends: set[str] = set()
    for branch in av[1]:
        first = branch[0] if len(branch) else None
        if first == (_c.AT, _c.AT_BOUNDARY):
            continue
        if first is None or first[0] is not _c.ASSERT or first[1][0] != -1:
            return None
        look = list(first[1][1])
        if len(look) != 1 or look[0][0] is not _c.LITERAL:
            return None
        ends.add(chr(look[0][1]).lower())
    return ends


def literal_gate(rx: re.Pattern[str]) -> Callable[[str], bool] | None:
    """A test of whether a lower-case ASCII text may hold a match of ``rx``: the lower-case words
    one of which every match holds (the cover trigger words are derived from), as a chain of
    ``in`` tests; None when the pattern has no such words. On other text (re.I folds "\\u017f"
    onto "s") the pattern itself must run.

    >>> gate = literal_gate(re.compile(r"^ (?:in total|total)\\b|\\btotal of\\s?$", re.I))
    >>> gate(" in total"), gate(" in all")
    (True, False)
    """
    words = literal_words(rx)
    return None if words is None else holds_any(words)


def literal_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-case words one of which every match of ``rx`` holds, derived as a rule's
    trigger words are; None when the pattern has none.

    >>> literal_words(re.compile(r"high school diploma|\\bGED\\b", re.I))
    ('ged', 'high school diploma')
    """
    best = _best(_covers(_parse(rx.pattern, rx.flags)))
    return None if best is None else tuple(sorted(best))


def selective_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Like ``literal_words``, but of the covers the one whose shortest word is longest: a
    pattern built around a credential code and "or" is covered by "or" and by its codes, and
    only the codes are rare enough to skip a sentence by.

    >>> rx = re.compile(r"(?:RHIT|CCS)\\)?\\s(?i:or)\\s\\w+")
    >>> selective_words(rx), literal_words(rx)
    (('ccs', 'rhit'), ('or',))
    """
    options: list[frozenset[str]] = [
        c for c in map(_common, _covers(_parse(rx.pattern, rx.flags))) if c
    ]
    usable = [o for o in options if min(len(w.strip()) for w in o) >= 2]
    if not usable:
        return None
    best = max(usable, key=lambda o: (min(len(w) for w in o), -len(o)))
    return tuple(sorted(best))


def _ends_at_end(items: Any) -> bool:
    """Whether every match of the sequence ends with ``$`` / ``\\Z``."""
    if not items:
        return False
    op, av = items[-1]
    if op is _c.AT:
        return av in (_c.AT_END, _c.AT_END_STRING)
    if op is _c.BRANCH:
        return all(_ends_at_end(list(b)) for b in av[1])
    if op is _c.SUBPATTERN:
        return _ends_at_end(list(av[3]))
    return False


def end_search(rx: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """``rx.search``, started where a match can still end at the end of the text when every
    match of ``rx`` does (``...$``) and has a widest length: an end-anchored pattern no longer
    tries every position of the 80 characters before a figure (h15r, issue 15). The search
    starts one further back (``$`` also matches before a final newline); ``\\b`` and lookbehinds
    still see the characters before the start, so the matches are the same.

    >>> find = end_search(re.compile(r"\\bup to\\s?$|\\bunder\\s?$", re.I))
    >>> find("a salary of up to ").span(), find("records up to date") is None
    ((12, 18), True)
    """
    tree = _parse(rx.pattern, rx.flags)
    widest = tree.getwidth()[1]
    if rx.flags & re.M or "(?m" in rx.pattern or widest >= _c.MAXREPEAT:
        return rx.search
    if not _ends_at_end(list(tree)):
        return rx.search
    search = rx.search
    reach = widest + 1

    def find(text: str) -> re.Match[str] | None:
        return search(text, max(0, len(text) - reach))

    return find


def any_end_search(
    rxs: Iterable[re.Pattern[str]], *, lowered: bool
) -> Callable[[str], re.Match[str] | None]:
    """A match of one of ``rxs`` (every match of each ends at the end of the text, ``...$``),
    each searched by ``end_search`` from where its own widest match can start: the parts of an
    alternation apart, so one wide part no longer makes the others try the whole text (the
    words before a figure: a 102-character part made the 21-character recency try all 80,
    s18speed). It finds a match where the alternation does (not always the same match). With
    ``lowered`` (lower-case copies, read on lower-case ASCII text) a part of at most four
    literal words is tried only where one of them is.

    >>> find = any_end_search(
    ...     [re.compile(r"\\bup to\\s?$"), re.compile(r"\\bour \\w+ has $")], lowered=True
    ... )
    >>> find("up to ").span(), find("our coders have ") is None
    ((0, 6), True)
    """
    finders: list[tuple[Callable[[str], re.Match[str] | None], Callable[[str], bool] | None]] = []
    for rx in rxs:
        words = literal_words(rx) if lowered else None
        gate = None if words is None or len(words) > 4 else holds_any(words)
        finders.append((end_search(rx), gate))

    def find(text: str) -> re.Match[str] | None:
        for search, gate in finders:
            if gate is None or gate(text):
                m = search(text)
                if m is not None:
                    return m
        return None

    return find
