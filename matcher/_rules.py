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
from typing import Final, NamedTuple

# The parser readings and the gates live in their own modules; their names are importable from
# here as before (__all__).
from matcher._rules_gates import (
    end_search,
    group_gate,
    holds_any,
    literal_gate,
    literal_words,
    selective_words,
)
from matcher._rules_parse import _REPEATS, _best, _covers, _parse, lookahead, opening_letters
from schemas.vocab import Rule

#: Characters around a trigger that only place it ("\nged", " hs ", "(ft"): a trigger covers a
#: pattern when its core is inside the pattern's literal.
_PLACING: Final = " \n/()"


class CompiledRule(NamedTuple):
    """One rule ready to run: its id, its regex, the trigger words a sentence must hold."""

    id: str
    regex: re.Pattern[str]
    triggers: tuple[str, ...]


def alternation(patterns: tuple[str, ...], flags: int = re.I, *, end: str = "") -> re.Pattern[str]:
    """``\\b(?=[first letters])(?:a|b|...)`` + ``end``: a cue list as one regex, the lookahead
    generated from the alternatives (a new cue cannot fall outside it).

    >>> alternation(("preferred", "good to have")).pattern
    '\\\\b(?=[gp])(?:preferred|good to have)'
    """
    body = "(?:" + "|".join(patterns) + ")"
    return re.compile(r"\b" + lookahead(patterns, flags) + body + end, flags)


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


__all__ = [
    "_REPEATS",
    "_parse",
    "CompiledRule",
    "alternation",
    "compile_rules",
    "end_search",
    "group_gate",
    "holds_any",
    "literal_gate",
    "literal_words",
    "lookahead",
    "opening_letters",
    "selective_words",
    "trigger_words",
]
