"""Credential groups read across sentences: a list under "one of the following:", the codes a
body's certification stands for in the next sentence, a deadline that restates an earlier group,
and groups that restate a wider one.

matcher._certs finds the groups of each sentence and hands them here in order.
"""

from __future__ import annotations

from typing import Final

from matcher._cert_routes import Found, merge_routes
from matcher._lexicon import PREFERRED_RE, REQUIRED_RE
from matcher._lexicon_certs import (
    CERT_LIST_INTRO_RE,
    GENERIC_CODE_SETS,
    ONE_OF_FOLLOWING_RE,
    ONE_OF_ITEM_GAP,
    ONE_OF_TRIGGERS,
)
from matcher._rules_lower import lowered
from matcher._sentences import Doc

Group = tuple[list[str], str, int | None, str]  # codes, level, within_months, sentence
#: How far past its sentence's end a list intro can reach: the newline and one of ":(-".
_ONE_OF_OVERRUN = 2


def across_sentences(doc: Doc, found: list[Found]) -> list[Group]:
    """The groups of every sentence, merged and deduplicated across sentences."""
    found = merge_routes(doc, _named_after_body(doc, found))
    return _dedupe(_merge_deadlines(_merge_one_of(doc, found)))


def _named_after_body(doc: Doc, found: list[Found]) -> list[Found]:
    """ "A coding certification from AHIMA or AAPC. Acceptable certifications are CCA, CCS, CPC":
    the named codes replace the body's, at the level the body's sentence gives."""
    out: list[Found] = []
    for entry in found:
        last = out[-1] if out else None
        if (
            last is not None
            and entry[0] - last[0] == 1
            and frozenset(last[1]) in GENERIC_CODE_SETS
            and CERT_LIST_INTRO_RE.match(doc.sentences[entry[0]].text)
        ):
            out[-1] = (entry[0], entry[1], last[2] or entry[2], entry[3] or last[3], entry[4])
            continue
        out.append(entry)
    return out


def _merge_one_of(doc: Doc, found: list[Found]) -> list[Found]:
    """ "Persons hired must meet one of the following:" then "Coding Certification through AHIMA or
    AAPC", "HIM Certification through AHIMA", ...: the credentials of the list (the intro's own
    sentence and the items right under it) are one any-of group, required when the intro says
    "must" / "required" (else the level the items carry)."""
    if not found:
        return found
    for intro in sorted(_intros(doc)):
        intro_text = doc.sentences[intro].text
        soft = bool(PREFERRED_RE.search(intro_text))
        members = []
        last = intro
        for k, entry in enumerate(found):
            si = entry[0]
            if si < intro:
                continue
            # the list ends at a gap, or at an item with a level of its own ("Preferred: CCS")
            if si - last > ONE_OF_ITEM_GAP or (entry[2] == "preferred" and not soft):
                break
            members.append(k)
            last = si
        if len(members) < 2:
            continue
        first = found[members[0]]
        codes: list[str] = []
        for k in members:
            codes += [c for c in found[k][1] if c not in codes]
        levels = [found[k][2] for k in members]
        if soft:
            level: str | None = "preferred"
        elif REQUIRED_RE.search(intro_text):
            level = "required"
        else:
            level = "required" if "required" in levels else next((v for v in levels if v), None)
        months = next((found[k][3] for k in members if found[k][3] is not None), None)
        merged = (first[0], codes, level, months, first[4])
        drop = set(members[1:])
        found = [merged if k == members[0] else e for k, e in enumerate(found) if k not in drop]
    return found


_ONE_OF_LOW: Final = lowered(ONE_OF_FOLLOWING_RE)


def _intros(doc: Doc) -> set[int]:
    """The sentences where a list intro ("must meet one of the following:") starts.

    On ASCII text only the sentences holding a trigger word are searched, as one pass over the
    text would: the pattern tried every position of the posting (h15, issue 15). A match may run
    into the next line ("one of the following" then "- CCS"): each search stops at a line end
    past that reach and starts no earlier than where the match before it ended.
    """
    text = doc.text
    if not text.isascii():  # re.I folds other letters ("\u0130") onto the words' ASCII ones
        if not any(w in doc.lower for w in ONE_OF_TRIGGERS):
            return set()
        return {doc.index(m.start()) for m in ONE_OF_FOLLOWING_RE.finditer(text)}
    intros: set[int] = set()
    starts = doc.starts
    pos = 0
    for si in doc.with_words(ONE_OF_TRIGGERS):
        end = starts[si + 1] - 1 if si + 1 < len(starts) else len(text)  # the sentence's newline
        stop = text.find("\n", end + _ONE_OF_OVERRUN)
        # (read in the lower case with the lowered copy: an ASCII text's keeps the positions)
        for m in _ONE_OF_LOW.finditer(
            doc.lower, max(starts[si], pos), len(text) if stop < 0 else stop
        ):
            if m.start() > end:  # the next sentence's, if it holds a trigger word
                break
            intros.add(si)
            pos = m.end()
    return intros


def _merge_deadlines(found: list[Found]) -> list[Group]:
    """ "CCA, CPC-A or CPC. New graduates must obtain the CCA or CPC-A within 12 months": one
    required group, the codes of both, with the deadline. The earlier group may sit in the same
    or the previous sentence and may carry no level cue of its own."""
    out: list[Group] = []
    merged: set[int] = set()
    for k, (si, codes, level, months, text) in enumerate(found):
        if months is None:
            continue
        for j in range(k - 1, -1, -1):
            sj, codes_j, level_j, months_j, _ = found[j]
            if si - sj > 1:
                break
            if months_j is None and level_j != "preferred" and set(codes) <= set(codes_j):
                merged.add(j)
                found[k] = (
                    si,
                    codes_j + [c for c in codes if c not in codes_j],
                    level,
                    months,
                    text,
                )
                break
    for k, (_, codes, level, months, text) in enumerate(found):
        if k not in merged and level is not None:
            out.append((codes, level, months, text))
    return out


def _dedupe(groups: list[Group]) -> list[Group]:
    # "CPC or CPC-A, or able to pass the CPC exam within 6 months": a group of one sentence that
    # names only codes of a wider group of the same sentence, level and deadline restates it
    # (compared within one sentence only: a page of thousands of groups stays linear)
    by_sentence: dict[tuple[str, int | None, str], set[frozenset[str]]] = {}
    for g in groups:
        by_sentence.setdefault(g[1:], set()).add(frozenset(g[0]))
    groups = [g for g in groups if not any(set(g[0]) < wider for wider in by_sentence[g[1:]])]
    # the kept group of each code set, by position: not by identity, as the compiled build
    # (setup.py, mypyc) boxes a fixed-length tuple afresh each time it is read from a list
    best: dict[frozenset[str], int] = {}
    for k, g in enumerate(groups):
        key = frozenset(g[0])
        old = best.get(key)
        if old is None or (groups[old][1] == "preferred" and g[1] == "required"):
            best[key] = k
    return [g for k, g in enumerate(groups) if best[frozenset(g[0])] == k]
