"""Pay as published: single figure or range, with its period; add-ons are not pay."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, islice
from typing import Final, NamedTuple

from matcher._lexicon_job import (
    BARE_PAY_RE,
    DOLLARS_PAY_RE,
    LABELLED_BARE_PAY_RE,
    NOT_PAY_BEFORE_RE,
    NOT_PAY_RE,
    PAY_ADD_ON_BEFORE_RE,
    PAY_FLOOR_BEFORE_RE,
    PAY_PERIOD_WORDS,
    PAY_PERIODS,
    PAY_RE,
    PAY_TRIGGERS,
    TWO_WEEKS_PAY_RE,
)
from matcher._need import need_test
from matcher._rules_lower import ascii_lower, lowered
from matcher._sentences import Doc
from schemas.models import Pay

_PERIOD_AFTER: Final = [(p, re.compile(r, re.I)) for p, r in PAY_PERIODS]
_PERIOD_WORDS: Final = [(p, re.compile(r, re.I)) for p, r in PAY_PERIOD_WORDS]
#: Below the federal minimum wage ($7.25): an hourly figure under this is an add-on or a fee.
MIN_HOURLY: Final = 7.0
#: A pay line names a few figures (a range, a grade table of a few steps); past this many in one
#: sentence the rest are not read, so a line of thousands of "$1" costs no more than a posting.
MAX_AMOUNTS_PER_SENTENCE: Final = 12
#: What a labelled bare figure's sentence must hold ("hourly", "pay", "rate", ...), derived from
#: the pattern (matcher._need): the pattern opens with "\b" and is otherwise tried at every
#: character of each sentence with figures and no sign.
_MAY_LABEL_PAY: Final = need_test(LABELLED_BARE_PAY_RE)
_CLAUSE_START_RE: Final = re.compile(r"[;,.]\s| and | or ", re.I)
#: A published floor's ceiling later in the sentence: "Minimum: $19.00/hr Maximum: $24.00/hr",
#: "starts at $19/hr and goes up to $24/hr" (searched only after a floor with no range).
_CEILING_AFTER_RE: Final = re.compile(
    r".{0,30}?\b(?:max(?:imum)?\.?\s?:?|up to|to a max(?:imum)? of)\s?"
    r"(?P<c>\$ ?(?:\d{1,3}(?:,\d{3}){1,2}|\d{1,7})(?:\.\d{1,2})? ?[kK]?)(?=(?P<tail>.{0,30}))",
    re.I,
)
#: "Minimum: $19.00", "Min $19": a floor label, read as a floor only with a ceiling after it.
#: "Starting pay $17.50 per hour, up to $22.00" too (alone, "Starting pay $17.50" is the figure).
_MIN_LABEL_BEFORE_RE: Final = re.compile(
    r"\b(?:min(?:imum)?\.?|starting (?:pay|wage|rate|salary)(?: of)?)\s?:?\s?$", re.I
)
# "+" opens an add-on: "$19.00/hr + shift differential", "$52,000 - $60,000 + bonus"; the word
# may open the tail (an amount takes the space after it: "$50,000 plus bonus")
_CLAUSE_END_RE: Final = re.compile(r"[;,(+]|(?<!\S)(?:plus|with|and) ", re.I)


class _Patterns(NamedTuple):
    """The patterns a pay sentence is read with: as written (any text), or lowered for its
    lower-case copy when it is ASCII (matcher._rules_lower; every one is re.IGNORECASE, so the
    copy finds the same spans, and the figures and words read from the groups are the same in
    lower case). re.I on the text as written cost ~8 us a posting of regex time (session 15).
    PAY_ADD_ON_BEFORE_RE ("+" at the end) reads no letter: shared."""

    pay: re.Pattern[str]
    dollars: re.Pattern[str]
    bare: re.Pattern[str]
    labelled: re.Pattern[str]
    two_weeks: re.Pattern[str]
    clause_end: re.Pattern[str]
    clause_start: re.Pattern[str]
    not_pay: re.Pattern[str]
    not_pay_before: re.Pattern[str]
    floor_before: re.Pattern[str]
    min_label_before: re.Pattern[str]
    ceiling_after: re.Pattern[str]
    period_after: tuple[tuple[str, re.Pattern[str]], ...]
    period_words: tuple[tuple[str, re.Pattern[str]], ...]


def _patterns(lower: bool) -> _Patterns:
    def case(rx: re.Pattern[str]) -> re.Pattern[str]:
        return lowered(rx) if lower else rx

    return _Patterns._make(
        (
            *map(
                case,
                (
                    PAY_RE,
                    DOLLARS_PAY_RE,
                    BARE_PAY_RE,
                    LABELLED_BARE_PAY_RE,
                    TWO_WEEKS_PAY_RE,
                    _CLAUSE_END_RE,
                    _CLAUSE_START_RE,
                    NOT_PAY_RE,
                    NOT_PAY_BEFORE_RE,
                    PAY_FLOOR_BEFORE_RE,
                    _MIN_LABEL_BEFORE_RE,
                    _CEILING_AFTER_RE,
                ),
            ),
            tuple((p, case(rx)) for p, rx in _PERIOD_AFTER),
            tuple((p, case(rx)) for p, rx in _PERIOD_WORDS),
        )
    )


_AS_WRITTEN: Final = _patterns(lower=False)
_LOWERED: Final = _patterns(lower=True)


def _amount(text: str) -> float:
    t = text.replace("$", "").replace(",", "").strip()
    if t[-1:] in "kK":
        return float(t[:-1]) * 1000
    return float(t)


def _sentence_period(sentence: str, rxs: _Patterns) -> str | None:
    for period, rx in rxs.period_words:
        if rx.search(sentence):
            return period
    return None


def _period(tail: str, sentence_period: str | None, value: float, rxs: _Patterns) -> str | None:
    for period, rx in rxs.period_after:
        if rx.search(tail):
            return period
    if sentence_period is not None:
        return sentence_period
    if value >= 10_000:
        return "year"
    if 7 <= value <= 150:
        return "hour"
    return None


def _labelled(text: str, rxs: _Patterns) -> Iterator[re.Match[str]]:
    """LABELLED_BARE_PAY_RE's matches, on ASCII text only where its words are (re.I folds a few
    non-ASCII letters onto ASCII ones: other text is searched)."""
    if _MAY_LABEL_PAY is None or not text.isascii() or _MAY_LABEL_PAY(text.lower()):
        yield from rxs.labelled.finditer(text)


def _pay_in(text: str) -> Pay | None:
    """The pay a sentence states (it holds a digit: extract_pay reads only those), or None.
    An ASCII sentence is read in lower case with the lowered patterns."""
    low = ascii_lower(text)
    return _read_pay(text, _AS_WRITTEN) if low is None else _read_pay(low, _LOWERED)


def _read_pay(text: str, rxs: _Patterns) -> Pay | None:
    """_pay_in with the patterns ``rxs`` (lowered ones for the lower case of ASCII text)."""
    matches = list(islice(rxs.pay.finditer(text), MAX_AMOUNTS_PER_SENTENCE)) if "$" in text else []
    if not matches and "dollars" in text.lower():
        matches = list(islice(rxs.dollars.finditer(text), MAX_AMOUNTS_PER_SENTENCE))
    sentence_period: str | None = ""
    # lazily: the labelled bare figures are looked for only when no other figure was a wage
    candidates = matches or chain(rxs.bare.finditer(text), _labelled(text, rxs))
    for m in islice(candidates, MAX_AMOUNTS_PER_SENTENCE):
        # the cheap tests first (figures, period), the add-on words only for a plausible wage
        tail = m.group("tail")
        lo = _amount(m.group("a"))
        hi = _amount(m.group("b")) if m.group("b") else lo
        if m.group("b") and not m.group("b").startswith("$") and lo >= 1000 > hi:
            hi *= 1000 if m.group("a").rstrip().endswith(("k", "K")) else 1
        # "$45-55k": the thousands written once, after the second figure
        if m.group("b") and hi >= 1000 > lo and m.group("b").rstrip().endswith(("k", "K")):
            lo *= 1000
        if hi < lo or lo <= 0:
            continue
        if sentence_period == "":  # read once per sentence, not once per amount
            sentence_period = _sentence_period(text, rxs)
        if rxs.two_weeks.match(tail):
            continue
        period = _period(tail, sentence_period, hi, rxs)
        if period is None or (period == "hour" and hi < MIN_HOURLY):
            # No wage is that low: "2 dollars more per hour" is an add-on, not the pay.
            continue
        cut = rxs.clause_end.search(tail)
        near = tail[: cut.start()] if cut else tail
        before = rxs.clause_start.split(text[max(0, m.start() - 40) : m.start()])[-1]
        if rxs.not_pay.search(near[:30]) or rxs.not_pay.search(before[-25:]):
            continue
        if rxs.not_pay_before.search(before) or PAY_ADD_ON_BEFORE_RE.search(before):
            continue
        groups = m.groupdict()
        if groups.get("upto"):
            return Pay(min=None, max=hi, period=period)
        floor = groups.get("start") or rxs.floor_before.search(before)
        if not m.group("b") and (floor or rxs.min_label_before.search(before)):
            top = _ceiling(text, m.end(), lo, rxs)
            if top is not None:  # "Minimum: $19.00/hr Maximum: $24.00/hr": the range
                return Pay(min=lo, max=top, period=period)
        if floor and not m.group("b"):  # "starting at $17.85", "from $19": the published floor
            return Pay(min=lo, max=None, period=period)
        return Pay(min=lo, max=hi, period=period)
    return None


def _ceiling(text: str, end: int, lo: float, rxs: _Patterns) -> float | None:
    """The ceiling stated after a floor ending at ``end``, or None: a figure above the floor
    (and at most three times it: "starting at $18/hr, up to $3,000 sign-on bonus" names no wage
    range) that no add-on word follows."""
    c = rxs.ceiling_after.match(text, end)
    if c is None or rxs.not_pay.search(c.group("tail")):
        return None
    top = _amount(c.group("c"))
    return top if lo < top <= lo * 3 else None


def extract_pay(doc: Doc) -> tuple[Pay, str] | None:
    """The first published pay figure or range, with its sentence. "DOE" alone gives None."""
    # every figure holds a digit: the sentences with one come from the posting's one digit scan
    # (Doc.with_digits, shared with the shifts) instead of a search of each sentence
    digits = set(doc.with_digits())
    for i in doc.with_words(PAY_TRIGGERS):
        if i not in digits:
            continue
        s = doc.sentences[i]
        pay = _pay_in(s.text)
        if pay is not None:
            return pay, s.text
    return None
