"""The credential family's cached tests (issue 15) answer as the patterns they stand for: the
strings between two mentions ("CCS and RHIA", "RHIT or RHIA"), the gate before the next
sentence's deadline, and the bounded word and window caches of the spelled-out name walk."""

from __future__ import annotations

import random

import pytest

import matcher._cert_names as cert_names
from matcher._cert_groups import AND_RE as _AND_RE
from matcher._cert_groups import is_and as _is_and
from matcher._cert_groups import joins as _joins
from matcher._cert_terms import DEADLINE_GATE as _DEADLINE_GATE
from matcher._lexicon_certs import CERT_JOIN_RE, DEADLINE_NEXT_RE

_BETWEEN = [
    " ",
    "and",
    " and ",
    "AND ",
    "or",
    ",",
    "/",
    "(",
    ")",
    "-",
    "\t",
    "\u2003",
    "\u017f",
    "x",
]
_BETWEEN += ["AHIMA", "certification", "the", "such as", "e.g", ".", "either", "by", "from"]


def test_between_tests_as_the_patterns() -> None:
    rnd = random.Random(3)
    joined = anded = 0
    for _ in range(6000):
        between = "".join(rnd.choices(_BETWEEN, k=rnd.choice((1, 2, 3, 5, 9, 20))))
        for text in (between, " " * 60 + between, between * 8):
            assert _is_and(text) == (_AND_RE.fullmatch(text) is not None), text
            assert _joins(text) == (CERT_JOIN_RE.match(text) is not None), text
            joined += _joins(text)
            anded += _is_and(text)
    assert joined > 1000 and anded > 50
    # joining words past the cache's length bound still join
    long = " ".join(["certifications", "credentials"] * 3)
    assert len(long) > 64 and _joins(long) and not _joins(long + " x")


def test_deadline_gate_skips_only_sentences_that_cannot_match() -> None:
    assert _DEADLINE_GATE is not None
    rnd = random.Random(4)
    words = ["required", "within", "WITHIN", "withi", "obtained", "must be", "1 year", ".", " "]
    skipped = 0
    for _ in range(4000):
        text = " ".join(rnd.choices(words, k=rnd.randint(1, 8)))
        if not _DEADLINE_GATE(text.lower()):
            skipped += 1
            assert DEADLINE_NEXT_RE.match(text) is None, text
    assert skipped > 1000


@pytest.mark.parametrize("bound", [0, 3])
def test_name_caches_past_their_bound(monkeypatch: pytest.MonkeyPatch, bound: int) -> None:
    texts = [
        "Registered Health Information Technician required",
        "Certified Coding Specialist or Certified Professional Coder",
        "Registred Health Informaton Administrator preferred",
        "a certificate in billing",
    ]
    expected = [cert_names.name_mentions(t) for t in texts]
    monkeypatch.setattr(cert_names, "_OPENS", {})
    monkeypatch.setattr(cert_names, "_WINDOWS", {})
    monkeypatch.setattr(cert_names, "_CACHED_MAX", bound)
    for _ in range(3):
        for text, names in zip(texts, expected, strict=True):
            assert cert_names.name_mentions(text) == names
            # emptied before it grows past its bound and one sentence's words or windows
            assert len(cert_names._OPENS) <= bound + 1 + len(text.split())
            assert len(cert_names._WINDOWS) <= bound + 1 + 4 * len(text.split())
    assert expected[0] == [(0, 40, "RHIT")] and expected[3] == []
