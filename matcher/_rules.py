"""Build regexes, first-letter lookaheads and trigger words from rule records (schemas.vocab.Rule).

Nothing here is vocabulary: the records are (schemas._rules_skills, schemas._rules_credentials,
matcher._rules_education, matcher._rules_cues, matcher._rules_job). What a record does not say
is derived from its patterns, with Python's own regex parser:

- the **lookahead**: the characters a match can start with, as ``(?=[...])`` in front of a large
  alternation, so the engine rejects most positions with one class test (docs/benchmarks.md);
- the **trigger words**: a literal every match of a pattern contains ("equivalency diploma" for
  ``\\bequivalency diploma\\b``, "wpm" or "words per minute" for ``\\d{2,3} ?(?:wpm|words per
  minute)``). A record's own triggers are kept; a pattern none of them covers adds its own.

A pattern without any literal word (``\\b[A-Z]{2,5}\\b``) and a record without triggers cannot
be triggered: building the tables raises ValueError naming the rule and the pattern, at import,
not on a posting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from re import _constants as _c  # type: ignore[attr-defined]  # the stdlib parser's opcodes
from re import _parser as _sre  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from schemas.vocab import Rule

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
#: A character class wider than this gives no lookahead (it would test nothing).
_MAX_CLASS = 64
#: Characters around a trigger that only place it ("\nged", " hs ", "(ft"): a trigger covers a
#: pattern when its core is inside the pattern's literal.
_PLACING = " \n/()"


class CompiledRule(NamedTuple):
    """One rule ready to run: its id, its regex, the trigger words a sentence must hold."""

    id: str
    regex: re.Pattern[str]
    triggers: tuple[str, ...]


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


def alternation(patterns: tuple[str, ...], flags: int = re.I, *, end: str = "") -> re.Pattern[str]:
    """``\\b(?=[first letters])(?:a|b|...)`` + ``end``: a cue list as one regex, the lookahead
    generated from the alternatives (a new cue cannot fall outside it).

    >>> alternation(("preferred", "good to have")).pattern
    '\\\\b(?=[gp])(?:preferred|good to have)'
    """
    body = "(?:" + "|".join(patterns) + ")"
    return re.compile(r"\b" + lookahead(patterns, flags) + body + end, flags)


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


def _covered(option: frozenset[str], triggers: tuple[str, ...]) -> bool:
    cores = [t.strip(_PLACING) or t for t in triggers]
    return all(any(c in word for c in cores) for word in option)


def trigger_words(rule: Rule, kind: str) -> tuple[str, ...]:
    """The rule's trigger words, plus a literal of each pattern they do not cover.

    >>> trigger_words(Rule("ged", (r"\\bGED\\b", r"\\bequivalency diploma\\b"), triggers=("ged",)),
    ...               "education")
    ('ged', 'equivalency diploma')
    """
    words = list(rule.triggers)
    for pattern in rule.patterns:
        options = _covers(_parse(pattern, rule.flags))
        if any(_covered(o, tuple(words)) for o in options):
            continue
        best = _best(options)
        if best is None and rule.triggers:
            continue  # no literal to check them against: the record's own words stand
        if best is None:
            raise ValueError(
                f"{kind} rule {rule.id!r}: pattern {pattern!r} has no literal word to trigger "
                f"on; give the record triggers=(...) with a word every match contains"
            )
        words += sorted(w for w in best if w not in words)
    return tuple(words)


def compile_rules(rules: tuple[Rule, ...], kind: str) -> list[CompiledRule]:
    """Every record compiled, in order, with its trigger words (ValueError on a bad record)."""
    seen: set[str] = set()
    out = []
    for rule in rules:
        if rule.id in seen:
            raise ValueError(f"{kind} rule {rule.id!r} is listed twice")
        seen.add(rule.id)
        try:
            body = f"(?:{rule.pattern})"
            regex = re.compile(lookahead(rule.patterns, rule.flags) + body, rule.flags)
        except re.error as exc:
            raise ValueError(f"{kind} rule {rule.id!r}: bad pattern: {exc}") from None
        out.append(CompiledRule(rule.id, regex, trigger_words(rule, kind)))
    return out


def holds_any(words: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds any of the literal words, as one chain of ``in`` tests.

    Built once from the words (their reprs only): the chain runs about 7x faster than
    ``any(w in text for w in words)``, whose generator costs more than the tests themselves on a
    sentence (h15r, issue 15: 0.3 against 2.1 us on the bench's experience sentences).

    >>> holds = holds_any(("no ", "entry"))
    >>> holds("no experience"), holds("entry-level"), holds("none")
    (True, True, False)
    """
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
