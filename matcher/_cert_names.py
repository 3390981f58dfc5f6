"""Spelled-out and dotted credential names: "Registered Health Information Technician",
"R.H.I.T.", and the credential a body's "certification" names by the words before it.

matcher._certs finds the codes and groups every mention; the names are matched fuzzily over a
window of words (matcher._lexicon_codes: CERT_NAMES, CERT_FUZZ_CUTOFF).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz, process, utils

from matcher._lexicon_codes import (
    CERT_FUZZ_CUTOFF,
    CERT_NAME_STARTS,
    CERT_NAMES,
    NAMED_BY_BODY_MAX_WORDS,
)
from matcher._scan_words import NAME_WORDS as NAME_WORDS  # _certs reads it here
from matcher._sentences import Doc

# "R.H.I.T.": written to open with a character class (the engine skips to capitals in C); the
# lookbehind after the first capital is "(?<![A-Za-z.])" before it.
_DOTTED_RE: Final = re.compile(r"[A-Z](?<![A-Za-z.][A-Z])\.(?:[A-Z]\.){1,4}(?:-[A-Z]\.?)?")
_DOTS_RE: Final = re.compile(r"\.[A-Z]\.")  # in every match of _DOTTED_RE
_WORD_RE: Final = re.compile(r"[A-Za-z][A-Za-z'-]{0,30}")


def _normal(text: str) -> str:
    """Lower case, punctuation and runs of spaces as one space: "Certified Coding Specialist -
    Physician-based" and the window "Certified Coding Specialist Physician-based" read alike."""
    return " ".join(utils.default_process(text).split())


#: Normalised name -> code; names by their length in words, counted as windows are (a
#: hyphenated "physician-based" is one word, " - " none).
_NAME_CODES: Final[dict[str, str]] = {_normal(n): code for n, code in CERT_NAMES.items()}
_NAMES_BY_LEN: Final[dict[int, list[str]]] = {}
for _name in CERT_NAMES:
    _NAMES_BY_LEN.setdefault(len(_WORD_RE.findall(_name)), []).append(_normal(_name))
_NAME_LENGTHS: Final = sorted(_NAMES_BY_LEN, reverse=True)


def undot(text: str) -> str:
    """ "R.H.I.T." -> "RHIT"."""
    return _DOTTED_RE.sub(lambda m: m.group().replace(".", ""), text)


def may_hold_dotted(doc: Doc) -> bool:
    """Whether ``undot`` may change any sentence of the posting: every dotted code holds a dot,
    a capital and a dot (".H."), which the engine finds by skipping from dot to dot in C; the
    dotted pattern tries every capital (one pass of it over a posting cost three times the
    searches of its credential sentences)."""
    return _DOTS_RE.search(doc.text) is not None


#: Word -> whether it may open a name; the same words ("records", "clinical") come back in every
#: posting (a dictionary look-up a word, in C; emptied when it grows past its bound). The same
#: for the score of a window of words.
_OPENS: Final[dict[str, bool]] = {}
_WINDOWS: Final[dict[str, tuple[str, float] | None]] = {}
_UNSCORED = ("", -1.0)
_CACHED_MAX: Final = 65_536


def _openers(words: list[str]) -> list[bool | None]:
    """``_opens_name`` of each word."""
    flags: list[bool | None] = list(map(_OPENS.get, words))
    if None in flags:
        if len(_OPENS) > _CACHED_MAX:
            _OPENS.clear()
        for k, word in enumerate(words):
            if flags[k] is None:
                flags[k] = _OPENS[word] = _opens_name(word)
    return flags


def _opens_name(word: str) -> bool:
    """A word that may open a spelled-out credential name ("Certified", "Registred")."""
    if word[0] not in "cCrR" or not 7 <= len(word) <= 12:
        return False
    first = word.lower()
    return any(fuzz.ratio(first, s) >= 80 for s in CERT_NAME_STARTS)


def name_mentions(text: str, *, has_name_word: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, code) of the spelled-out names in ``text``; ``has_name_word`` when the
    caller knows its lower case holds a name word (the posting's scan found one)."""
    if not has_name_word:
        low = text.lower()
        if not any(w in low for w in NAME_WORDS):
            return []
    # most sentences name none: their words are tested in C (a cached test per word)
    words = _WORD_RE.findall(text)
    opens = _openers(words)
    if True not in opens:
        return []
    spans: list[tuple[int, int]] = []  # the words' places, read once a name is found
    found: list[tuple[int, int, str]] = []
    for i, opener in enumerate(opens):
        if not opener:
            continue
        # the best window, not the longest: "Certified Coding Specialist - Physician-based
        # required" must not take "required" into the name (its cue would be lost)
        best: tuple[float, int, str] | None = None
        for n in _NAME_LENGTHS:
            if i + n > len(words):
                continue
            window = " ".join(words[i : i + n])  # n - 1 spaces: the window says its n
            hit = _WINDOWS.get(window, _UNSCORED)
            # by value, not identity: compiled (mypyc, docs/contributing.md) the dictionary
            # hands back a new tuple, and `is` never held (every name read as code "")
            if hit == _UNSCORED:
                if len(_WINDOWS) > _CACHED_MAX:
                    _WINDOWS.clear()
                hit = _WINDOWS[window] = _scored_name(window, n)
            if hit is not None and (best is None or hit[1] > best[0]):
                best = (hit[1], n, hit[0])
                if hit[1] >= 100:  # no shorter window can score higher
                    break
        if best is not None:
            spans = spans or [m.span() for m in _WORD_RE.finditer(text)]
            found.append((spans[i][0], spans[i + best[1] - 1][1], best[2]))
    return found


def named_before(text: str, start: int) -> str | None:
    """The one credential the words before a body's "certification" name: "Health Data Analyst
    Certification through AHIMA" -> CHDA ("Certified Health Data Analyst"); "Coding
    Certification through AHIMA" names none."""
    if not text[start : start + 13].lower().startswith(("certif", "credential")):
        return None
    words = _WORD_RE.findall(text[max(0, start - 60) : start])[-NAMED_BY_BODY_MAX_WORDS:]
    for k in range(len(words), 1, -1):  # two words at least: "Coding" alone is no name
        n = k + 1  # with "certified"
        if n not in _NAMES_BY_LEN:
            continue
        code = _closest_name("certified " + " ".join(words[-k:]), n)
        if code is not None:
            return code
    return None


def _closest_name(window: str, words: int) -> str | None:
    """The code of the credential whose ``words``-word name is close enough to ``window``."""
    hit = _scored_name(window, words)
    return None if hit is None else hit[0]


# the same windows come back in posting after posting ("Registered Health Information
# Technician (RHIT)"): one fuzzy pass over the names each costs more than the rest of the walk
@lru_cache(maxsize=4096)
def _scored_name(window: str, words: int) -> tuple[str, float] | None:
    """(code, score) of the closest ``words``-word name, if close enough to ``window``."""
    hit = process.extractOne(
        _normal(window), _NAMES_BY_LEN[words], scorer=fuzz.ratio, score_cutoff=CERT_FUZZ_CUTOFF
    )
    return None if hit is None else (_NAME_CODES[hit[0]], hit[1])
