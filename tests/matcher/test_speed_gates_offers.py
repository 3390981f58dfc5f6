"""Gates of the offers' patterns (s18speed): a pattern is skipped on ASCII text only where its
derived words are absent, so the gate never hides a match. Random texts are built from the
pieces at the gates' edges (capitals, the verb phrases' spellings, a long s re.I reads as "s")."""

from __future__ import annotations

import random

from matcher import _paths_lieu

_PIECES = [
    "two years of experience",
    "2 additional years of coding",
    "four (4) years of work",
    "six months of billing",
    " may be substituted for ",
    " May Be Substituted For ",
    " can substitute for ",
    " will be accepted in place of ",
    " can be considered in lieu of ",
    " may be used instead of ",
    " may ",
    " be ",
    "substitute",
    "accepted",
    " for ",
    "the degree",
    "an associate degree",
    "the required bachelor's",
    "\u017fubstituted",  # re.I reads the long s as "s": not ASCII, never gated
    ".",
    ",",
    " ",
    "experience",
]


def _texts(seed: int, count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(1, 12))) for _ in range(count)]


def test_substitute_gate_hides_no_match() -> None:
    gate = _paths_lieu._MAY_SUBSTITUTE
    assert gate is not None
    found = 0
    for text in _texts(1):
        match = _paths_lieu.SUBSTITUTE_RE.search(text)
        found += match is not None
        if text.isascii() and not gate(text.lower()):
            assert match is None, text
    assert found > 300
