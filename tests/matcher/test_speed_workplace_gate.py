"""The on_site rule's secure-zone patterns run apart, gated by their words (session 13,
s13cert): every answer stays what the whole rule gives, on ASCII text and on text whose letters
re.I folds onto ASCII ones."""

from __future__ import annotations

import pytest

import matcher._workplace as workplace
from matcher._rules_workplace import SECURE_ZONE_PATTERNS
from matcher._sentences import Doc, split_sentences
from matcher._triggers import WORKPLACE
from matcher._workplace import _WORKPLACE, extract_workplace

_TEXTS = [
    "Work location: Blue Ridge Correctional Center, inside the secure perimeter.",
    "All duties are performed within the security perimeter of the prison.",
    "Records office is behind the fence at the state penitentiary.",
    "The records room is INSIDE THE FENCE; staff clear security each morning.",
    "Files are stored inside the walls of the records vault.",
    "Candidates must live within the I-285 perimeter.",
    "Work is performed inside the hospital.",
    "Obtain the CCS within 12 months of hire.",
    # "\u017f" (long s) is "s" to re.I: the gate must not hide it
    "The office sits behind the wall\u017f of the prison.",
    "Work inside the secure perimeter; remote work is not available.",
    "Hybrid after 90 days behind the fence.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_on_site_apart_answers_as_the_whole_rule(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = Doc(split_sentences(text))
    got = extract_workplace(doc)
    # the whole rules as written, no lowered copies (session 15): the same answer
    whole = [(r.id, r.regex, None, r.triggers, None, None) for r in WORKPLACE]
    monkeypatch.setattr(workplace, "_WORKPLACE", whole)
    assert got == extract_workplace(Doc(split_sentences(text)))


def test_the_zone_patterns_are_run_apart() -> None:
    on_site = next(r for r in _WORKPLACE if r[0] == "on_site")
    assert on_site[2] is not None
    assert all(p not in on_site[1].pattern for p in SECURE_ZONE_PATTERNS)
    assert extract_workplace(Doc(split_sentences(_TEXTS[0]))) == ("on_site", _TEXTS[0])
