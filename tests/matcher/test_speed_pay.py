"""The pay patterns' speed forms (issue 15) find what the plain forms find: BARE_PAY_RE opens
with its first digit and checks the look behind after it, and the labelled bare figures are
searched only in ASCII sentences holding a label word. Random texts from the pieces at their
edges (signs and points before a figure, capitals, a label, non-ASCII letters and digits)."""

from __future__ import annotations

import random
import re

import pytest

from matcher import _pay
from matcher._lexicon_job import BARE_PAY_RE, LABELLED_BARE_PAY_RE

#: BARE_PAY_RE as written before: the look behind first.
_PLAIN_BARE = re.compile(
    r"(?<![\d.,$])(?P<a>\d{1,3}\.\d{2}|\d{2,3},\d{3}(?:\.\d{2})?)"
    + BARE_PAY_RE.pattern.split(r"(?:\.\d{2})?))", 1)[1],
    re.I,
)
_PIECES = [
    "1",
    "18",
    "123",
    "1234",
    ".",
    ",",
    "$",
    "00",
    ".50",
    ",000",
    " ",
    "-",
    " to ",
    "per hour",
    " HOURLY",
    "/yr",
    " annually",
    "Pay rate: ",
    "Hourly Rate is ",
    "wage",
    "x",
    "\u0663",  # an Arabic-Indic digit: "\d" takes it
    "\u212a",  # KELVIN SIGN: re.I folds it onto "k"
]


def _texts(seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choices(_PIECES, k=rnd.randint(1, 12))) for _ in range(3000)]


def test_the_plain_form_is_the_old_pattern() -> None:
    assert _PLAIN_BARE.pattern.startswith(r"(?<![\d.,$])(?P<a>\d{1,3}\.\d{2}|")
    assert _PLAIN_BARE.pattern.endswith(BARE_PAY_RE.pattern[-40:])


@pytest.mark.parametrize("seed", range(3))
def test_bare_pay_finds_what_the_plain_pattern_finds(seed: int) -> None:
    for text in _texts(seed):
        ours = [(m.span(), m.groupdict()) for m in BARE_PAY_RE.finditer(text)]
        plain = [(m.span(), m.groupdict()) for m in _PLAIN_BARE.finditer(text)]
        assert ours == plain, text


@pytest.mark.parametrize("seed", range(3))
def test_labelled_pay_is_searched_where_it_can_match(seed: int) -> None:
    for text in _texts(seed + 10):
        ours = [(m.span(), m.groupdict()) for m in _pay._labelled(text, _pay._AS_WRITTEN)]
        plain = [(m.span(), m.groupdict()) for m in LABELLED_BARE_PAY_RE.finditer(text)]
        assert ours == plain, text
    assert _pay._MAY_LABEL_PAY is not None
    assert not _pay._MAY_LABEL_PAY("19.25 - 24.10 per hour")
