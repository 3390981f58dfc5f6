"""Employment types (full-time, part-time, per diem, temporary, contract, internship) from the
posting's words, in the order it states them; a fraction of an FTE the sentence calls full-time
is the full-time job's. Shifts are read in matcher._schedule, the workplace in matcher._workplace.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._benefit_terms import states_term
from matcher._furniture import FIELD_LABEL_HEAD_RE
from matcher._lexicon_job import (
    BENEFITED_TYPE_RE,
    EMPLOYMENT_SKIP_AFTER_RE,
    EMPLOYMENT_SKIP_BEFORE_RE,
    OUR_STAFF_AFTER_RE,
)
from matcher._need import Alternatives, narrowed
from matcher._rules_job import (
    EMPLOYMENT_RULES,
    FTE_ALONE_RE,
    FULL_TIME_LINE_RE,
    FULL_TIME_WORD_RE,
    WEEK_HOURS_RULE,
)
from matcher._rules_lower import lowered, sentence_lower
from matcher._sentences import Doc
from matcher._triggers import EMPLOYMENT, WEEK_HOURS

_EMPLOYMENT: Final = narrowed(EMPLOYMENT_RULES, EMPLOYMENT)
#: part-time from a week's hours: run only where no type is stated in words
_WEEK_HOURS: Final = narrowed((WEEK_HOURS_RULE,), WEEK_HOURS)

#: Lowered copies (matcher._rules_lower) of the patterns read around a type word, for the lower
#: case an ASCII sentence's type words are found in (the same spans; a re.IGNORECASE search
#: lowers every character it compares and gets no first-letter skip).
_FIELD_LABEL_HEAD_LOW: Final = lowered(FIELD_LABEL_HEAD_RE)
_SKIP_BEFORE_LOW: Final = lowered(EMPLOYMENT_SKIP_BEFORE_RE)
_SKIP_AFTER_LOW: Final = lowered(EMPLOYMENT_SKIP_AFTER_RE)

Found = tuple[list[str], str]


def extract_employment(doc: Doc) -> Found | None:
    """Employment types in the order the posting states them, with the first sentence."""
    hits: list[tuple[int, str]] = []
    for kind, alts, triggers in _EMPLOYMENT:
        i = _first(doc, kind, alts, triggers)
        if i >= 0:
            hits.append((i, kind))
    if not hits:
        # "Hours: 20 per week" and no type in words: part-time (matcher._rules_job); beside a
        # stated type ("Temporary, 20 hrs/wk", "Per diem, up to 24 hours a week") only that type
        for kind, alts, triggers in _WEEK_HOURS:
            i = _first(doc, kind, alts, triggers)
            if i >= 0:
                hits.append((i, kind))
    if not hits:
        return None
    hits.sort()
    return [kind for _, kind in hits], doc.sentences[hits[0][0]].text


def _first(doc: Doc, kind: str, alts: Alternatives, triggers: tuple[str, ...]) -> int:
    """The first sentence (index) stating ``kind`` by ``alts``, or -1."""
    for i in doc.with_words(triggers):
        s = doc.sentences[i]
        # under an offer heading only the job's own terms ("Full-time, exempt."), not a
        # perk naming a type ("Full-time employees receive ..."): matcher._benefit_terms
        offer = s.section == "benefits" and not BENEFITED_TYPE_RE.match(s.text)
        # a field label ("Perm/Temp: Permanent", "FT/PT: Full-Time") is not its value
        low = sentence_lower(doc, i)
        head = (
            FIELD_LABEL_HEAD_RE.match(s.text) if low is None else _FIELD_LABEL_HEAD_LOW.match(low)
        )
        text = s.text if head is None else s.text[head.end() :]
        found = alts.search_in(text)
        if found is None:
            continue
        rx, hay = found  # the same spans in hay (the lower case) as in text
        # the words around a type word, read in hay with the lowered copies when hay is the
        # lower case
        before_rx, after_rx, around = (
            (EMPLOYMENT_SKIP_BEFORE_RE, EMPLOYMENT_SKIP_AFTER_RE, text)
            if hay is text
            else (_SKIP_BEFORE_LOW, _SKIP_AFTER_LOW, hay)
        )
        for m in rx.finditer(hay):
            before = around[max(0, m.start() - 50) : m.start()]
            if (
                not before_rx.search(before)
                and not after_rx.match(around[m.end() : m.end() + 30])
                and not (
                    "our " in before.lower()
                    and OUR_STAFF_AFTER_RE.match(around, m.end()) is not None
                )
                and not (kind == "part_time" and _fte_of_full_time(doc, i, hay, m))
                and not (offer and not states_term(hay, m.start(), m.end()))
            ):
                return i
    return -1


def _fte_of_full_time(doc: Doc, i: int, hay: str, m: re.Match[str]) -> bool:
    """A fraction of an FTE the same sentence calls full-time ("Full-time (0.9 FTE)", "0.8 FTE,
    full time"): many employers count 0.8 or 0.9 as full-time; the words say which it is. An
    FTE alone on its line ("(0.9 FTE)" wrapped under "... | Full-time") is the line's before, or
    that of a line after it that only says full-time ("FTE: 0.9" / "Status: Full Time")."""
    if "fte" not in m.group().lower():
        return False
    if FULL_TIME_WORD_RE.search(hay) is not None:
        return True
    if FTE_ALONE_RE.match(hay) is None:
        return False
    before = doc.sentences[i - 1].text if i > 0 else ""
    after = doc.sentences[i + 1].text if i + 1 < len(doc.sentences) else ""
    return (
        FULL_TIME_WORD_RE.search(before) is not None or FULL_TIME_LINE_RE.match(after) is not None
    )
