"""Paths stated in sentences, as private postings do: which sentence states the alternatives,
read as a whole statement (the pieces a split at ";" or a bare "or" line cut apart joined again,
a list's items read together), and which reader takes it: a list of options (matcher._paths_offers),
a credential or schooling offered for the experience (matcher._paths_schooling), or one sentence's
own "or"s (matcher._paths_sentence, ``sentence_paths``). Anything only preferred is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from matcher._paths_consider import may_consider
from matcher._paths_lieu import lacks, refers_back
from matcher._paths_list import numbered_before
from matcher._paths_offers import (
    OPTION_LABEL_RE,
    OPTION_RE,
    credential_for_experience,
    headed_option_routes,
    listed_routes,
    option_routes,
)
from matcher._paths_restate import WORDS as RESTATE_WORDS
from matcher._paths_restate import as_written, restate
from matcher._paths_route import route
from matcher._paths_scan import (
    BARE_OR,
    ODD_FIRST,
    ODD_LAST,
    OR_ENDINGS,
    OR_OPENINGS,
    ROUTE_WORDS,
    SKIP_SECTIONS,
    SUBSTITUTION_WORDS,
    goes_on,
    inline_candidates,
    or_joined,
    read_as,
)
from matcher._paths_schooling import (
    EXPERIENCE_LOOK_BACK,
    education_for_experience,
)
from matcher._paths_sentence import sentence_paths
from matcher._paths_sides import OR_RE
from matcher._rules import holds_any
from matcher._scan_words import LIST_LEADS, OPTION_WORDS
from matcher._sentences import Doc, Sentence
from schemas.models import QualificationPath

#: A sentence that may state alternatives holds one of these; one that may offer schooling or a
#: credential for the experience, one of the second (matcher._paths_scan reads the same words).
_holds_route_word: Final = holds_any(ROUTE_WORDS)
_holds_substitution_word: Final = holds_any(SUBSTITUTION_WORDS)
_holds_option_word: Final = holds_any(OPTION_WORDS)

#: An "or" inside the schooling a substitution offer names: "college coursework in HIT or
#: medical records may substitute for the required experience".
_OR_IN_OFFER_RE: Final = re.compile(
    r"\bor\b[\w' /-]{0,60}?\b(?:may|can) (?:also )?(?:be )?substitute[ds]? for (?:the )?"
    r"(?:required )?(?:[\w-]+ )?experience\b",
    re.I,
)
#: How a numbered list's item opens ("(2) ...", "b) ...": numbered_before reads the marks).
_MARK_FIRST: Final = frozenset("(123456789abcdeABCDE")
#: Items of a list of routes set off by bare "or" sentences read together (a handful at most).
_MAX_ITEMS: Final = 5


def inline_paths(doc: Doc) -> tuple[list[QualificationPath], list[str]] | None:
    """The first required sentence that states alternatives: (its paths, their sentences)."""
    sentences = doc.sentences
    if (hits := doc.with_words(RESTATE_WORDS)) and (
        restated := restate(
            sentences, hits if len(doc.lower) == len(doc.text) else range(len(sentences))
        )
    ):
        # "... may replace the degree", "meets the experience requirement": read as "... may be
        # substituted for ...", the evidence as written (every sentence: the candidates were
        # found in the text as written)
        found = _inline_paths(restated[0], range(len(restated[0])))
        return None if found is None else as_written(found, restated[1])
    candidates = inline_candidates(doc)
    if candidates is None:
        return _inline_paths(sentences, range(len(sentences)))
    return _inline_paths(sentences, candidates)


def _earlier(sentences: list[Sentence], k: int, memo: dict[int, str]) -> list[str]:
    """The sentences before sentence k, nearest first, as the loop read them."""
    back = range(k - 1, max(-1, k - 1 - EXPERIENCE_LOOK_BACK), -1)
    return [read_as(sentences, j, memo) for j in back]


def _considers_before(low: str) -> bool:
    """An offer the employer will consider in place of the level the sentence before asks ("...
    will also be considered"), not of one it names itself ("... will be considered in place of
    the bachelor's": that sentence before may be another field's, "master's preferred")."""
    return may_consider(low) and not any(w in low for w in ("in place of", "in lieu of"))


def _inline_paths(
    sentences: list[Sentence], indices: Iterable[int]
) -> tuple[list[QualificationPath], list[str]] | None:
    memo: dict[int, str] = {}
    for k in indices:
        text, section = sentences[k]
        if section in SKIP_SECTIONS:
            continue
        before = read_as(sentences, k - 1, memo) if k else ""  # as the loop read it
        low = text.lower()
        if text.startswith(OR_OPENINGS) and before and text not in BARE_OR:
            # "two years of experience in medical records; or an associate degree": the split
            # at ";" cut one statement of alternatives in two (or more: the items after it)
            text = or_joined(before, text)
            if before[:1] in _MARK_FIRST and (
                earlier := numbered_before([t for t, _ in sentences[:k]], k - 1)
            ):
                # "(1) RHIT;" / "(2) an associate degree; or (3) ...": the list's items before
                text = f"{earlier}; {text}"
            for after_text, _ in sentences[k + 1 :]:
                if not after_text.startswith(OR_OPENINGS):
                    break
                text = or_joined(text, after_text)
            low = text.lower()
        elif before.endswith(OR_ENDINGS):
            text = f"{before} {text}"  # "six months in a hospital, or" / "a certificate program"
            # (and the lines before it that end the same way: "(1) ..., or" / "(2) ..., or" /
            # "(3) ...", a list of routes)
            j = k - 1
            while j > 0 and sentences[j - 1].text.endswith(OR_ENDINGS) and k - j < _MAX_ITEMS:
                text = f"{sentences[j - 1].text} {text}"
                j -= 1
            low = text.lower()
        elif before in BARE_OR and k > 1:
            # "- One year of medical records work; or" / "- An associate degree ...": the "or"
            # the split at ";" set apart joins the item before to this one (and the items
            # before that one, each set off by its own "or": "a) ...; or" / "b) ...; or" /
            # "c) ...", a list of routes read as "A; or B; or C")
            items = [text]
            j = k
            while j > 1 and sentences[j - 1].text in BARE_OR and len(items) < _MAX_ITEMS:
                items.append(read_as(sentences, j - 2, memo))
                j -= 2
            items.reverse()
            text = "; or ".join(items)
            low = text.lower()
        if (
            k + 1 < len(sentences)
            # (the first letter of "or", or the last of "... or": most sentences, no call)
            and (sentences[k + 1].text[:1] in ODD_FIRST or sentences[k].text[-1:] in ODD_LAST)
            and goes_on(sentences, k)
        ):
            # "an associate degree; or a certificate and one year of coding; or three years of
            # coding": the statement goes on in the next sentences, read whole at its last
            # item (its first pair alone would leave the last route out)
            continue
        if (
            _holds_option_word(low)
            and OPTION_RE.match(text)
            and (options := option_routes(sentences, k, route)) is not None
        ):
            return options
        if (
            _holds_option_word(low)
            and OPTION_LABEL_RE.match(text)
            and (headed := headed_option_routes(sentences, k, route)) is not None
        ):
            return headed
        if any(lead in low for lead in LIST_LEADS) and (
            (listed := listed_routes(sentences, k, route)) is not None
        ):
            return listed
        # "applicants without a degree ...", "will consider an associate degree with ..."
        # ("A; Or, B": an opening of matcher._paths_scan.ALT_OPENINGS read on, no " or " in it)
        if _holds_route_word(low) or lacks(low) or may_consider(low) or "; or" in low:
            # a credential offered for part of the experience, first: its "CCA or RHIT" is one
            # group, not two routes
            offered = "experience" in low and ("replace" in low or "substitut" in low)
            if offered:
                cred = credential_for_experience(text, _earlier(sentences, k, memo))
                if cred is not None:
                    return cred[0], [text, cred[1]] if cred[1] != text else [text]
            if offered and _OR_IN_OFFER_RE.search(text):
                # the offer first: its "or" is inside the schooling, not between two routes
                after = [t for t, _ in sentences[k + 1 : k + 2]]
                found = education_for_experience(text, [*_earlier(sentences, k, memo), *after])
                if found is not None:
                    return found[0], [text, found[1]] if found[1] != text else [text]
            paths = sentence_paths(text, before)
            if paths:
                # a degree the substitution sentence refers back to belongs to the paths too
                used = (
                    before
                    if (refers_back(text, before) or _considers_before(low))
                    and not OR_RE.search(text)
                    else ""
                )
                return paths, [text, used] if used else [text]
            # "candidates without the two years may qualify with a degree" offers schooling too
            if _holds_substitution_word(low) or "without" in low:
                # the experience replaced may be stated before or right after
                after = [t for t, _ in sentences[k + 1 : k + 2]]
                found = education_for_experience(text, [*_earlier(sentences, k, memo), *after])
                if found is None and offered:
                    found = credential_for_experience(text, after)  # the experience after it
                if found is not None:
                    return found[0], [text, found[1]] if found[1] != text else [text]
    return None


__all__ = ["inline_paths"]
