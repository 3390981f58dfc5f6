"""Credentials on alternative routes to qualify (split from matcher._cert_lists by job, session
13): route lines ("Option A: ... RHIT" / "Option B: ... RHIA") and requirement items set apart
by a lone "OR" ("1. An associate degree and the RHIT; OR" / "2. A bachelor's degree and the
RHIA"). When every route names a credential, everyone needs one of them: one any-of group; a
credential on only some routes is asked of no one (docs/design.md, "Qualification paths": the
flat fields are what every path shares).
"""

from __future__ import annotations

from typing import Final

from matcher._lexicon_certs import (
    ITEM_MARK_RE,
    OPTION_LABEL_RE,
    OPTION_ROUTE_WORDS_RE,
    OPTION_TRIGGERS,
    OR_ROUTE_WORDS_RE,
    OR_WORDS,
    ROUTE_FOR_ALL_RE,
)
from matcher._sentences import Doc

#: What may stand around a lone "OR" ("--OR--", "(or)", "OR:", "- or -").
_OR_GLUE: Final = " \t-\u2013\u2014()[]:;,.*"
#: What may stand before an "or" closing an item ("... RHIT; or", "... and the CCS, or").
_OR_BEFORE: Final = " \t,;-"


def or_alone(text: str) -> bool:
    """A sentence that is only "OR" ("...; OR" is cut at the semicolon, "--OR--" on its own line).
    String tests, not a pattern: every sentence around a credential is asked (a search there
    cost ~5k instructions a sentence)."""
    return len(text) <= 16 and text.strip(_OR_GLUE).lower() == "or"


def or_ends(text: str) -> bool:
    """An item closing with "or": "... current registration as an RHIT, OR"."""
    t = text.rstrip(_OR_GLUE)
    return t[-2:].lower() == "or" and (len(t) == 2 or t[-3] in _OR_BEFORE)


def or_opens(text: str) -> bool:
    """An item opening with "or" and going on: "Or a bachelor's degree and the RHIA"."""
    t = text.lstrip(_OR_GLUE)
    return (
        t[:2].lower() == "or"
        and len(t) > 2
        and not (t[2].isalnum() or t[2] == "_")
        and any(c.isalnum() for c in t[2:])
    )


Found = tuple[int, list[str], str | None, int | None, str]  # sentence index, codes, level, ...

#: How many sentences may stand between two route labels of one list.
_OPTION_GAP: Final = 3
#: How many items one "OR" chain may hold (real postings: two or three routes).
_OR_CHAIN_MAX: Final = 6


def merge_routes(doc: Doc, found: list[Found]) -> list[Found]:
    """The credentials of route lines, then of items set apart by "OR", merged or dropped."""
    if not found:
        return found
    for run in _option_runs(doc, {e[0] for e in found}):
        blocks = [range(a, b) for a, b in zip(run, run[1:], strict=False)]
        blocks.append(range(run[-1], run[-1] + 1))
        found = _merge_blocks(found, blocks, labelled=True)
    if "or" in doc.lower:  # ("or" is in most postings; the chains are looked for at a group)
        for chain in _or_chains(doc, sorted({e[0] for e in found})):
            found = _merge_blocks(found, [range(si, si + 1) for si in chain], labelled=False)
    return found


def _option_runs(doc: Doc, named: set[int]) -> list[list[int]]:
    """The sentences that open routes ("Option A:", "Route 2 -"), as runs of two or more. Only
    the sentences holding a route word are tried (the posting's one trigger scan finds them:
    four str.find passes over the posting cost ~60k instructions). A labelled line that asks
    nothing, neither a credential (sentences ``named``) nor schooling or experience ("Option B:
    Apply online by Friday"), is no route: it ends the run."""
    labelled = doc.with_words(OPTION_TRIGGERS)
    runs: list[list[int]] = []
    ended = False
    for si in labelled:
        s = doc.sentences[si]
        if s.section == "benefits" or not (m := OPTION_LABEL_RE.match(s.text)):
            continue
        if si not in named and not OPTION_ROUTE_WORDS_RE.search(s.text, m.end()):
            ended = True
            continue
        if ended:
            runs.append([si])
            ended = False
            continue
        if runs and si - runs[-1][-1] <= _OPTION_GAP:
            runs[-1].append(si)
        else:
            runs.append([si])
    return [run for run in runs if len(run) > 1]


def _or_chains(doc: Doc, named: list[int]) -> list[list[int]]:
    """Items set apart by "OR" around the sentences holding a group (``named``): a lone "OR"
    between two items ("...; OR" cut at the semicolon), an item ending with "or" or the next
    opening with it. Each chain is the items in order, two or more, every one asking a
    credential (in ``named``) or schooling or experience ("OR" then "Apply by Friday" is no
    route)."""
    # the sentences an "or" closes or opens, from the posting's one trigger scan (asking every
    # sentence around a credential in Python cost ~100k instructions a posting, mostly in vain)
    marked = set(doc.with_words(OR_WORDS))
    if not marked:
        return []
    sentences = doc.sentences
    n = len(sentences)
    named_set = set(named)

    def may(i: int) -> bool:
        return 0 <= i < n and i in marked

    def alone(i: int) -> bool:
        return may(i) and or_alone(sentences[i].text)

    def next_item(i: int) -> int | None:
        if may(i) and or_ends(sentences[i].text):
            j = i + 1
        elif alone(i + 1):
            j = i + 2
        elif may(i + 1) and or_opens(sentences[i + 1].text):
            j = i + 1
        else:
            return None
        if j < n and ITEM_MARK_RE.match(sentences[j].text):
            j += 1  # "OR" then "B." on its own, then the item
        return j if j < n and not alone(j) else None

    def route(i: int) -> bool:
        s = sentences[i]
        return s.section != "benefits" and (
            i in named_set or OR_ROUTE_WORDS_RE.search(s.text) is not None
        )

    chains: list[list[int]] = []
    seen: set[int] = set()
    for si in named:
        if si in seen:
            continue
        chain = [si]
        # back to the chain's first item: the item before this one links to it
        while len(chain) < _OR_CHAIN_MAX:
            first = chain[0]
            prev = next(
                (j for j in (first - 1, first - 2) if j >= 0 and next_item(j) == first), None
            )
            if prev is None:
                break
            chain.insert(0, prev)
        while len(chain) < _OR_CHAIN_MAX and (j := next_item(chain[-1])) is not None:
            chain.append(j)
        seen.update(chain)
        if len(chain) > 1 and all(route(i) for i in chain):
            chains.append(chain)
    return chains


def _merge_blocks(found: list[Found], blocks: list[range], *, labelled: bool) -> list[Found]:
    """The groups found in each route (a block of sentences): one any-of group of all of them
    when every route names one (preferred only if each was; a deadline only if each has the
    same), none when only some do. A deadline stated for every route ("whichever option, all
    hires must earn the CCA within six months") is no route's: it stays."""
    members = [
        [
            k
            for k, e in enumerate(found)
            if e[0] in block and not (e[3] is not None and ROUTE_FOR_ALL_RE.search(e[4]))
        ]
        for block in blocks
    ]
    inside = sorted(k for ks in members for k in ks)
    if not inside:
        return found
    if not all(members):
        return [e for k, e in enumerate(found) if k not in inside]
    codes: list[str] = []
    for k in inside:
        codes += [c for c in found[k][1] if c not in codes]
    # a route with no cue of its own ("Preferred: RHIT ..." / "--OR--" / "RHIA ...") takes the
    # others' level; items set apart by "OR" with no cue at all are left as they are (a list
    # intro above them gives their level: matcher._cert_lists), while route labels are
    # qualifications themselves
    levels = {found[k][2] for k in inside} - {None}
    if not levels and not labelled:
        return found
    level = "preferred" if levels == {"preferred"} else "required"
    deadlines = {found[k][3] for k in inside}
    months = deadlines.pop() if len(deadlines) == 1 else None
    first = found[inside[0]]
    merged: Found = (first[0], codes, level, months, first[4])
    return [merged if k == inside[0] else e for k, e in enumerate(found) if k not in inside[1:]]


__all__ = ["Found", "merge_routes"]
