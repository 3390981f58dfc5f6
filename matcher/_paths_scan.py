"""Which sentences matcher._paths_inline reads, and each as it reads it (a sentence opening with
"or " continues the one before): the sentences come from the posting's one trigger scan instead of
a pass over all of them (issue 15, speed).
"""

from __future__ import annotations

from typing import Final

from matcher._rules_gates import holds_any
from matcher._rules_scope import LACKING_WORDS
from matcher._scan_words import (
    CONSIDER_WORDS,
    INLINE_WORDS,
    ROUTE_WORDS,
    SUBSTITUTION_WORDS,
    WITHOUT_EXPERIENCE_WORDS,
    WITHOUT_WORDS,
)
from matcher._sentences import Doc, Sentence

# the words are data the posting's trigger scan reads too (matcher._scan_words)
__all__ = [
    "ALT_OPENINGS",
    "BARE_OR",
    "INLINE_WORDS",
    "OR_ENDINGS",
    "OR_OPENINGS",
    "ROUTE_WORDS",
    "ODD_FIRST",
    "ODD_LAST",
    "SKIP_SECTIONS",
    "SUBSTITUTION_WORDS",
    "goes_on",
    "inline_candidates",
    "or_joined",
    "read_as",
]


#: Whether a lower-case text holds one of the words a lack is said with.
_lacks: Final = holds_any(LACKING_WORDS)
#: How a sentence continuing the one before opens: "or an associate degree", "OR completion of".
#: (Also with a comma, a colon or a dash after the "or", or "Alternatively" for it: "Or,
#: Education: an associate degree ...", "Alternatively: a coding certificate", session 17.)
ALT_OPENINGS: Final[tuple[str, ...]] = (
    "Or, ",
    "or, ",
    "Or: ",
    "Or - ",
    "Alternatively, ",
    "Alternatively: ",
    "Alternatively ",
)
OR_OPENINGS: Final[tuple[str, ...]] = ("or ", "OR ", "Or ", *ALT_OPENINGS)
#: The openings without an "or" of their own: joined to the sentence before with one.
_NO_OR_OPENINGS: Final[tuple[str, ...]] = ("Alternatively",)
#: Where such a sentence opens in the lower-case text (inline_candidates): a line opening with
#: "or" and one of these after it ("\nor ", "\nor,", "\nor:": one scan of the text), or with
#: "alternatively".
_OR_NEXT: Final[tuple[str, ...]] = (" ", ",", ":")
_OPENING_FINDS: Final[tuple[str, ...]] = ("\nor", "\nalternatively")
#: ... or how the one before ends: a list item "six months in a hospital, or" goes on to the
#: next line ("completion of a certificate program").
OR_ENDINGS: Final[tuple[str, ...]] = (" or", ",or", " OR", " Or")
#: ... or a list item closed by "; or": the split at ";" leaves the "or" a sentence of its own
#: ("- One year of medical records work; or" / "- An associate degree ...").
#: (Lower case only: an upper-case "; OR" closes the items of a block of routes, which
#: matcher._paths reads, with the credentials each item names.)
#: (Also "or" set between dashes or in brackets on a line of its own: "-- or --", "- or -" with
#: its bullet taken off, "(or)", session 17.)
BARE_OR: Final[frozenset[str]] = frozenset(
    ("or", "Or", "-- or --", "- or -", "or -", "-- Or --", "Or -", "(or)", "(Or)")
)
#: What such a line holds, looked for in the lower-case text (inline_candidates).
_DASHED_OR_FINDS: Final[tuple[str, ...]] = ("or -", "(or)")


#: Sections inline_paths does not read.
SKIP_SECTIONS: Final = frozenset({"preferred", "benefits", "duties"})
#: The first letter of a sentence opening with "or", the last of one ending with it: the cheap
#: test before goes_on.
ODD_FIRST: Final = ("o", "O", "A", "-", "(")  # "Alternatively", "-- or --", "(or)"
ODD_LAST: Final = ("r", "R")


def goes_on(sentences: list[Sentence], k: int) -> bool:
    """Whether the next sentence (after a bare "or" one) continues sentence k's alternatives and
    is read (not in a section inline_paths skips): the loop reads them whole there."""
    nxt = k + 1
    if nxt >= len(sentences):
        return False
    if sentences[nxt].text in BARE_OR:
        nxt += 1
    elif not (
        sentences[nxt].text.startswith(OR_OPENINGS) or sentences[k].text.endswith(OR_ENDINGS)
    ):
        return False
    return nxt < len(sentences) and sentences[nxt].section not in SKIP_SECTIONS


def inline_candidates(doc: Doc) -> list[int] | None:
    """The sentences inline_paths reads (those holding one of its words, or opening with "or "
    after a sentence), in order; None when the lower-case text does not line up with the text.

    The words come from the posting's one trigger scan instead of lower-casing every sentence:
    8 of a posting's 61 sentences on the 3 KB bench set, and the loop over the other 53 was a
    third of the paths time (h15r, issue 15)."""
    if len(doc.lower) != len(doc.text):  # a letter whose lower case is longer ("İ")
        return None
    found = set(doc.with_words(INLINE_WORDS))
    if doc.with_words(("without",)):  # rare
        found.update(doc.with_words(WITHOUT_WORDS))
        lacking, offered = WITHOUT_EXPERIENCE_WORDS
        if lacks := doc.with_words(lacking):
            found.update(set(lacks).intersection(doc.with_words(offered)))
    # the lack said otherwise, or of training ("Candidates lacking formal coding training may
    # qualify with three years of coding experience"): matcher._paths_lieu's routes name the
    # experience, so only its sentences are looked at (a scan of the posting for each lack
    # word cost +0.5% of extract; session 16, s16probe)
    for k in doc.with_words(("experience",)):
        if k not in found and _lacks(
            doc.lower[doc.starts[k] : doc.starts[k] + len(doc.sentences[k].text)]
        ):
            found.add(k)
    # rare: "Will consider ..." (the words from the scan; the test of the text as before)
    if (considered := doc.with_words(CONSIDER_WORDS)) and (
        "consider " in doc.lower or "be considered" in doc.lower
    ):
        found.update(considered)
    # the lower case: "OR completion of ..." opens a sentence split off at the ";" before it too
    # (and "Or, Education: ...", "Alternatively, ...": ALT_OPENINGS)
    text, starts = doc.lower, doc.starts
    for opening in _OPENING_FINDS:
        pos = text.find(opening)
        while pos >= 0:
            if opening != "\nor" or text.startswith(_OR_NEXT, pos + 3):
                k = doc.index(pos + 1)
                if starts[k] == pos + 1 and doc.sentences[k - 1].text:
                    found.add(k)
            pos = text.find(opening, pos + 1)
    for dashed in _DASHED_OR_FINDS:  # "-- or --" on a line of its own (BARE_OR)
        pos = text.find(dashed)
        while pos >= 0:
            k = doc.index(pos)
            if k + 1 < len(starts) and doc.sentences[k].text in BARE_OR:
                found.add(k + 1)
            pos = text.find(dashed, pos + 1)
    pos = text.find("or\n")  # "..., or" closing a line: the next line goes on with it
    while pos >= 0:
        k = doc.index(pos)
        # ... and the bare "or" sentence "; or" leaves (BARE_OR)
        line_end = doc.sentences[k].text
        if k + 1 < len(starts) and (line_end.endswith(OR_ENDINGS) or line_end in BARE_OR):
            found.add(k + 1)
        pos = text.find("or\n", pos + 1)
    return sorted(found)


def read_as(sentences: list[Sentence], k: int, memo: dict[int, str]) -> str:
    """Sentence k as inline_paths reads it: one opening with "or " continues the one before."""
    text = sentences[k].text
    if k == 0 or not text.startswith(OR_OPENINGS) or text in BARE_OR:
        return text  # most sentences: their own text ("or -" alone is a bare "or")
    if k in memo:
        return memo[k]
    j = k  # back to the start of the run of "or" sentences
    while j > 0 and j - 1 not in memo and sentences[j].text.startswith(OR_OPENINGS):
        j -= 1
    text = memo[j - 1] if j > 0 and j - 1 in memo else ""
    for i in range(j, k + 1):
        t = sentences[i].text
        text = or_joined(text, t) if text and t.startswith(OR_OPENINGS) else t
        memo[i] = text
    return text


def or_joined(before: str, text: str) -> str:
    """``text`` (opening with one of OR_OPENINGS) read on from ``before``: "A; or B", the
    sentence kept whole (an opening without its own "or", "Alternatively, B", gets one)."""
    if text.startswith(_NO_OR_OPENINGS):
        return f"{before}; or {text}"
    return f"{before}; {text}"
