"""Where a job may be done from: "open only to residents of TX, OK and LA" (a remote job limited
to some states), read from the sentence that says it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from matcher._rules import first_letters, literal_gate
from matcher._scan_words import RESIDENCE_WORDS
from matcher._sentences import Doc
from schemas.vocab import STATE_BY_NAME, US_STATES

_STATE_NAMES: Final = "|".join(sorted((re.escape(n) for n in STATE_BY_NAME), key=len, reverse=True))
_STATE = r"(?:\b[A-Z]{2}\b|(?i:" + _STATE_NAMES + r"))"
_RESIDENCE_RE: Final = first_letters(
    r"(?i:(?:open only to|only open to|available only to|restricted to|limited to|must|"
    r"candidates must|applicants must|only)\s(?:be\s)?(?:current\s)?(?:residents? of|resid\w* in|"
    r"live in|located in|based in|reside within)|(?:resid\w*|live|located) in one of the "
    r"following states:?|hire in the following states:?|(?:residents? of|resid\w* in) the "
    r"following states:?)\s(?:the\s)?(?:states?\sof\s)?"
    r"(?P<list>" + _STATE + r"(?:(?:,\s?|\s(?:and|or|&)\s|,\s(?:and|or)\s)" + _STATE + r")*)"
)
# Final[tuple[...]], not bare Final: mypyc would box a fresh tuple at each read (-28k, s10fin)
#: A residence limit names one of these (matcher._scan_words: the trigger scan finds them).
_RESIDENCE_WORDS: Final[tuple[str, ...]] = RESIDENCE_WORDS
#: Whether a lower-case ASCII sentence may hold a _RESIDENCE_RE match: the words every match
#: holds (matcher._rules.literal_gate, derived from the pattern: "the following states", not the
#: bare "states" of "United States" that most federal postings hold). re.I folds a few
#: non-ASCII letters onto ASCII ones: only ASCII text is gated.
_MAY_LIMIT: Final = literal_gate(_RESIDENCE_RE)
_NOT_RESIDENCE_RE: Final = re.compile(
    r"\b(?:not (?:open|available)|excluding|except|cannot)\b", re.I
)

#: Between the states of a list ("TX, OK and LA"), compiled once: re.split with a pattern string
#: looks it up in the re module's cache (Python code, even in the compiled build) on every call.
_LIST_SPLIT_RE: Final = re.compile(r",?\s(?:and|or|&)\s|,\s?")


def _code(word: str) -> str | None:
    w = word.strip()
    if len(w) == 2 and w.isupper():
        return w if w in US_STATES else None
    return STATE_BY_NAME.get(w.lower())


def extract_residence(doc: Doc) -> tuple[list[str], str] | None:
    """States a (remote) job may be done from: "open only to residents of TX, OK and LA"."""
    # the sentences holding a word, from the posting's trigger scan: "states" is in most federal
    # postings ("United States"), and lower-casing all ~60 sentences was most of the residence
    # time (h15r, issue 15); a lower case of another length cannot be mapped to sentences. In
    # most postings with_words finds none: a test of the whole text first only searched twice.
    indices: Iterable[int]
    if len(doc.lower) == len(doc.text):
        indices = doc.with_words(_RESIDENCE_WORDS)
    elif not any(w in doc.lower for w in _RESIDENCE_WORDS):
        return None  # no sentence to read (the words are tested per sentence too)
    else:
        indices = range(len(doc.sentences))
    for k in indices:
        text = doc.sentences[k].text
        low = text.lower()
        if not any(w in low for w in _RESIDENCE_WORDS):
            continue
        if _MAY_LIMIT is not None and text.isascii() and not _MAY_LIMIT(low):
            continue  # "United States" alone: none of the words every limit holds
        m = _RESIDENCE_RE.search(text)
        if m is None or _NOT_RESIDENCE_RE.search(text[max(0, m.start() - 30) : m.start() + 20]):
            continue
        words = _LIST_SPLIT_RE.split(m.group("list"))
        codes = [c for c in (_code(w) for w in words if w.strip()) if c is not None]
        if codes:
            return list(dict.fromkeys(codes)), text
    return None


__all__ = ["extract_residence"]
