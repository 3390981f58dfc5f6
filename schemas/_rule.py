"""The record of one extraction rule, and of one credential (docs/extraction.md, "How to add").

A rule is data: what it yields (``id``, ``label``), the patterns that find it, the literal trigger
words a sentence must hold before the patterns run, and the sentences that prove it: every
example must match and hold a trigger, no near miss may match (tests/matcher/test_rules.py).
matcher builds its regexes, first-letter lookaheads and trigger sets from these records; nothing
about a rule is kept in a second place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    """One extraction rule.

    ``patterns`` are regex alternatives (bounded: no nested unbounded quantifiers, every gap
    ``{0,N}``), tried in order. ``triggers`` are lower-case words every match contains; left
    empty, matcher derives them from the literal words of the patterns ("equivalency diploma"
    triggers on "equivalency diploma"), and it adds one for any pattern the given ones miss.

    >>> Rule("hipaa", (r"\\bHIPAA\\b",), examples=("HIPAA training",)).pattern
    '\\\\bHIPAA\\\\b'
    """

    id: str
    patterns: tuple[str, ...]
    #: Sentences the rule must match (at least one per pattern).
    examples: tuple[str, ...] = ()
    #: Sentences that look close but must not match ("master patient index" is no master's).
    near_misses: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    #: A label for people (skills); empty where schemas.vocab keeps the label.
    label: str = ""
    #: Regex flags of the patterns (case-sensitive rules say 0: "CPT", "Epic", "Excel").
    flags: int = re.I

    @property
    def pattern(self) -> str:
        """The alternatives as one regex, in order."""
        return "|".join(self.patterns)


@dataclass(frozen=True, slots=True)
class Credential:
    """One credential: its code (upper case, part of the public contract), full name, issuing
    body, other spellings of the name and of the code, and the proof sentences.

    matcher finds the code (case-sensitive, not inside a longer word), its dotted form
    ("R.H.I.T."), the name spelled out (fuzzily) and each of ``names`` / ``code_variants``.
    """

    code: str
    name: str
    body: str
    #: Other spelled-out names (lower case), e.g. "registered health information technologist".
    names: tuple[str, ...] = ()
    #: Regexes for other ways to write the code ("CPC[- ]Apprentice"), each mapped to ``code``.
    code_variants: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    near_misses: tuple[str, ...] = ()
