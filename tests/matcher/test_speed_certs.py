"""The credential extractor's speed gates (issue 15) skip work only where it could find nothing.

Each gate is checked against the work it skips, on random texts built from the words the gate
looks for (so both sides of every gate are reached): the context patterns a sentence cannot match
(matcher._cue_gate), the list intros searched sentence by sentence (matcher._cert_lists), the
posting-wide test for dotted codes and the cached word test before the spelled-out name walk
(matcher._cert_names).
"""

from __future__ import annotations

import random

import pytest

from matcher import extract
from matcher._cert_lists import _intros
from matcher._cert_names import (
    _DOTTED_RE,
    _NAME_LENGTHS,
    _WORD_RE,
    _opens_name,
    _scored_name,
    may_hold_dotted,
    name_mentions,
)
from matcher._certs import _CONTEXT, _CONTEXT_PATTERNS
from matcher._lexicon_certs import ONE_OF_FOLLOWING_RE, ONE_OF_TRIGGERS
from matcher._rules import literal_words
from matcher._sentences import Doc, Sentence

FILLER = ["RHIT", "CCS", "or", "and", "required", ".", ",", "(", ")", ":", "-", "'", " ", "\n"]


def _texts(pieces: list[str], n: int, seed: int, *, longest: int = 12) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(pieces) + rng.choice(("", " ", " ", ", ", "\n"))
            for _ in range(rng.randint(1, longest))
        )
        for _ in range(n)
    ]


def test_context_gate_skips_only_patterns_that_cannot_match() -> None:
    # every literal word of every gated pattern, cut and cased at random, with filler around
    words = sorted({w for rx in _CONTEXT_PATTERNS.values() for w in literal_words(rx) or ()})
    pieces = FILLER + words + [w.upper() for w in words] + [w[:-1] for w in words] + ["\u017f"]
    skipped = 0
    for text in _texts(pieces, 3000, 15):
        may = _CONTEXT.may_match(text)
        for name, rx in _CONTEXT_PATTERNS.items():
            if name in may:
                continue
            skipped += 1
            for a in range(0, len(text), 3):
                for b in (a + 20, a + 40, len(text)):
                    assert rx.search(text[a:b]) is None, (name, text[a:b])
                    assert rx.match(text[a:b]) is None, (name, text[a:b])
    assert skipped > 1000  # the gate is reached, not always open


def test_context_gate_runs_every_pattern_on_other_text() -> None:
    # re.I matches "\u017f" as "s": "\u017fit for the exam" is ELIGIBLE_BEFORE's "sit for"
    assert _CONTEXT.may_match("eligible to \u017fit for the") == frozenset(_CONTEXT_PATTERNS)
    assert "eligible_before" not in _CONTEXT.may_match("RHIT required")


def _one_pass(doc: Doc) -> set[int]:
    if not any(w in doc.lower for w in ONE_OF_TRIGGERS):
        return set()
    return {doc.index(m.start()) for m in ONE_OF_FOLLOWING_RE.finditer(doc.text)}


@pytest.mark.parametrize(
    "lines",
    [
        ["Must meet one of the following", ": CCS", "(one required) RHIT"],
        # the intro's match takes the next line's "(" : the next line's own intro starts later
        ["Hold one of the following", "(one required)", "CCS"],
        ["Any of", ":", "one of these"],
    ],
)
def test_list_intros_edges(lines: list[str]) -> None:
    doc = Doc([Sentence(line, "") for line in lines])
    assert _intros(doc) == _one_pass(doc)


def test_list_intros_as_one_pass() -> None:
    pieces = [
        *FILLER,
        "one of the following",
        "any of",
        "either of",
        "one of these",
        "(one required)",
        "(at least one is required)",
        "certifications",
        "ONE OF",
        "\u0130",
    ]
    found = 0
    for text in _texts(pieces, 3000, 16, longest=8):
        doc = Doc([Sentence(line, "") for line in text.split("\n")])
        assert _intros(doc) == _one_pass(doc), text
        found += bool(_intros(doc))
    assert found > 300


@pytest.mark.parametrize("text", ["R.H.I.T.", "x\nC.C.S", "CPC or R.H.I.T"])
def test_dotted_codes_found(text: str) -> None:
    assert may_hold_dotted(Doc([Sentence(line, "") for line in text.split("\n")]))


def test_dotted_codes_posting_test() -> None:
    pieces = [*FILLER, "R.H.I.T.", "C.C.S", "R.H", ".I.", "A.", "B", "x.Y.", "C.P.C.-A"]
    for text in _texts(pieces, 3000, 17):
        doc = Doc([Sentence(line, "") for line in text.split("\n")])
        if not may_hold_dotted(doc):
            assert not any(_DOTTED_RE.search(s.text) for s in doc.sentences), text


def _name_walk(text: str) -> list[tuple[int, int, str]]:
    """The spelled-out name walk as it was before the gates: every word, every window."""
    low = text.lower()
    if not any(w[:5] in low for w in ("certified", "registered")):
        return []
    words = list(_WORD_RE.finditer(text))
    found = []
    for i, w in enumerate(words):
        if not _opens_name(w.group()):
            continue
        best: tuple[float, int, str] | None = None
        for n in _NAME_LENGTHS:
            if i + n > len(words):
                continue
            hit = _scored_name(" ".join(x.group() for x in words[i : i + n]), n)
            if hit is not None and (best is None or hit[1] > best[0]):
                best = (hit[1], n, hit[0])
        if best is not None:
            found.append((w.start(), words[i + best[1] - 1].end(), best[2]))
    return found


def test_name_mentions_as_the_full_walk() -> None:
    pieces = [
        *FILLER,
        "Registered",
        "Registred",
        "Certified",
        "certifed",
        "Health",
        "Information",
        "Technician",
        "Administrator",
        "Coding",
        "Specialist",
        "Physician-based",
        "Professional",
        "Coder",
        "Medical",
        "Assistant",
        "re-certified",
        "Registered Health Information Technician",
        "Certified Coding Specialist - Physician-based",
        "Registred Health Informaton Administrator",
        "Certified Professional Coder",
        "x" * 31 + "Certified",
    ]
    named = 0
    for text in _texts(pieces, 2000, 18):
        got = name_mentions(text)
        assert got == _name_walk(text), text
        named += bool(got)
    assert named > 200


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # "\u0130" lower-cases to two characters, which moves the later sentences of the
        # lower-cased posting: the posting-wide name test must not be used
        (
            "\u0130" * 60 + "\nRequirements:\nRegistered Health Information Technician.\nDental.",
            [["RHIT"]],
        ),
        # undotting may spell a name's word out: the posting-wide name test is not used then
        ("Requirements:\nC.E.R.T.I.fied Coding Specialist required.", [["CCS"]]),
        ("Requirements:\nR.H.I.T. or Certified Coding Specialist required.", [["RHIT", "CCS"]]),
        # a list intro whose ":" is the next line
        ("Must hold one of\n:\nCCS\nRHIT", [["CCS", "RHIT"]]),
    ],
)
def test_name_gates_in_extract(text: str, codes: list[list[str]]) -> None:
    assert [c.any_of for c in extract(text).certifications] == codes
