"""The credential family's own sentence scan (matcher._cert_scan, issue 15) keeps every sentence
that may hold a credential: it is the case-sensitive trigger scan less only sentences that can
hold no mention, on random postings built from the trigger words, codes, dotted codes, names and
bodies (both sides of each test are reached)."""

from __future__ import annotations

import random

import pytest

from matcher import extract
from matcher._cert_groups import mentions as _mentions
from matcher._cert_names import may_hold_dotted, name_mentions, undot
from matcher._cert_scan import cert_sentences
from matcher._scan_words import NAME_WORDS
from matcher._sentences import Doc, Sentence
from matcher._triggers import CERT_TRIGGERS

_PIECES = [
    *CERT_TRIGGERS,
    "RHIT",
    "CPC-A",
    "CCS Physician",
    "R.H.I.T.",
    "C.C.S",
    "U.S.",
    "AHIMA certification",
    "certification through AAPC",
    "Certified Coding Specialist",
    "CERTIFIED CODING SPECIALIST",
    "cErtified Coding Specialist",  # a name word in lower case, no trigger word
    "Registered Health Information Technician",
    "xertified",  # a trigger word, no name word
    "certi",
    "regis",
    "RN",
    "CA",
    "EHR",
    "or",
    " ",
    ", ",
    "\u0130",
    "x",
]


def _holding(doc: Doc, words: tuple[str, ...]) -> list[int]:
    """Sentences holding any of the words as written (case-sensitive), by plain ``in``."""
    return [i for i, s in enumerate(doc.sentences) if any(w in s.text for w in words)]


def _doc(rnd: random.Random) -> Doc:
    lines = [
        " ".join(rnd.choices(_PIECES, k=rnd.randint(0, 6))) or "-" for _ in range(rnd.randint(1, 8))
    ]
    return Doc([Sentence(line, "") for line in lines])


@pytest.mark.parametrize("seed", range(3))
def test_scan_keeps_every_sentence_that_may_hold_a_credential(seed: int) -> None:
    rnd = random.Random(seed)
    dropped = kept = 0
    for _ in range(400):
        doc = _doc(rnd)
        got, names = cert_sentences(doc)
        every = _holding(doc, CERT_TRIGGERS)
        # other than ASCII text may lower-case longer ("\u0130"): its name sentences are unknown
        assert names == (doc.with_words(NAME_WORDS) if doc.text.isascii() else None)
        assert got == sorted(got) and set(got) <= set(every), doc.text
        dotted = may_hold_dotted(doc)
        for i in every:
            text = undot(doc.sentences[i].text) if dotted else doc.sentences[i].text
            if i in got:
                kept += bool(_mentions(text, names=True))
                continue
            dropped += 1
            assert _mentions(text, names=True) == [], text
    assert dropped > 30 and kept > 500


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Requirements:\ncErtified Coding Specialist required.", []),  # no trigger word
        ("Requirements:\nCERTIFIED CODING SPECIALIST required.", [["CCS"]]),
        ("Requirements:\nAHIMA certification required.", [["RHIT", "RHIA", "CCA", "CCS"]]),
        ("Requirements:\nR.H.I.T. required.", [["RHIT"]]),
    ],
)
def test_scan_in_extract(text: str, codes: list[list[str]]) -> None:
    assert [c.any_of for c in extract(text).certifications] == codes


def test_name_mentions_told_of_a_name_word() -> None:
    rnd = random.Random(7)
    found = 0
    for _ in range(1500):
        text = " ".join(rnd.choices(_PIECES + ["Coding", "Specialist", "Health"], k=8))
        if any(w in text.lower() for w in NAME_WORDS):
            got = name_mentions(text, has_name_word=True)
            assert got == name_mentions(text), text
            found += bool(got)
    assert found > 100
