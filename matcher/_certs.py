"""Certification requirements: codes, bodies and names in a sentence, grouped as any-of, with
their level and deadline (names: matcher._cert_names; across sentences: matcher._cert_lists)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from matcher._cert_lists import Group, across_sentences
from matcher._cert_names import (
    may_hold_dotted,
    name_mentions,
    named_before,
    undot,
)
from matcher._cert_routes import Found
from matcher._cert_scan import cert_sentences
from matcher._cert_terms import (
    code_of,
    months_of,
    next_deadline,
    replaced_by_experience,
)
from matcher._cue_gate import CueGate
from matcher._levels import mention_level
from matcher._lexicon import CERT_OFF_SCOPE_RE, NEGATION_RE, PREFERRED_RE
from matcher._lexicon_certs import (
    CERT_ACCEPTED_FIRST_RE,
    CERT_ALSO_ACCEPTED_AFTER_RE,
    CERT_ANY_OF_WORDS_RE,
    CERT_CLAUSE_REST_RE,
    CERT_JOIN_RE,
    CERT_LATER_STEP_RE,
    CERT_LEVEL_CLOSES_RE,
    CERT_LEVEL_MARK_RE,
    CERT_LEVEL_WORD_RE,
    CERT_NEGATED_BEFORE_RE,
    CERT_OTHER_MEANING,
    CERT_OTHER_MEANING_BEFORE,
    CERT_REFUSED_AFTER_RE,
    CERT_REPLACED_BEFORE_RE,
    CERT_SCHOOLING_AFTER_RE,
    ELIGIBLE_AFTER_RE,
    ELIGIBLE_ALTERNATIVE_RE,
    ELIGIBLE_BEFORE_RE,
    ELIGIBLE_OR_HOLD_RE,
    GENERIC_THEN_CODES_RE,
    REQUIREMENTS_LABEL_RE,
    WITHIN_RE,
)
from matcher._lexicon_codes import CERT_CODE_RE, GENERIC_CERT_RE, GENERIC_CERTS
from matcher._sentences import Doc
from schemas.vocab import CREDENTIALS

_BODY_RE: Final = re.compile(r"AHIMA|AAPC")
#: Each code's issuing body: an accepted credential meets a requirement of its own body only.
_BODIES: Final = {c.code: c.body for c in CREDENTIALS}
_OR_RE: Final = re.compile(r"\bor\b")
_AND_RE: Final = re.compile(r",?\s?and\s", re.I)
_OR_NEXT_RE: Final = re.compile(r"\s?,?\s?or\s", re.I)
_NO_END_RE: Final = re.compile(r"\bno\s$", re.I)  # "No RHIT needed"
_OBTAIN_RE: Final = re.compile(r"\b(?:obtain|earn|achieve|acquire|pass|complete|become)\w*", re.I)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    codes: list[str]
    generic: bool = False
    #: the codes a body named after an "or" added ("RHIT or AAPC certification"): the codes
    #: the body's own parenthesis names replace them ("... or AAPC certification (CPC)")
    pending: tuple[str, ...] = ()


def _mentions(text: str, *, names: bool, name_word: bool = False) -> list[_Mention]:
    """The credentials ``text`` names, in order, none overlapping; spelled-out names only with
    ``names`` (``name_word``: its lower case is known to hold a name word)."""
    found = [
        _Mention(m.start(), m.end(), [code_of(m.group("code"))])
        for m in CERT_CODE_RE.finditer(text)
    ]
    from_codes = len(found)
    for m in GENERIC_CERT_RE.finditer(text) if ("AHIMA" in text or "AAPC" in text) else ():
        named = named_before(text, m.start())
        if named is not None:  # "Health Data Analyst Certification through AHIMA"
            found.append(_Mention(m.start(), m.end(), [named]))
            continue
        bodies = _BODY_RE.findall(m.group())
        codes = [c for b in bodies for c in GENERIC_CERTS[b]]
        found.append(_Mention(m.start(), m.end(), codes, generic=True))
    if names:
        found += [
            _Mention(start, end, [code])
            for start, end, code in name_mentions(text, has_name_word=name_word)
        ]
    if len(found) == from_codes:  # the code matches alone: in order, none overlapping
        return found
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[_Mention] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


# Between two mentions stand a few recurring strings (" or ", ", ", "/"): each test is cached
# (a pattern call costs ~4k instructions, a cached one a dictionary look-up); long ones are not.
_CACHED_BETWEEN: Final = 64


@lru_cache(maxsize=4096)
def _cached_and(between: str) -> bool:
    return _AND_RE.fullmatch(between) is not None


def _is_and(between: str) -> bool:
    """ "CCS and RHIA", "CPC or CCS, and CRC": every match of _AND_RE is 4 to 6 characters."""
    return len(between) <= 6 and _cached_and(between)


@lru_cache(maxsize=4096)
def _cached_join(between: str) -> bool:
    return CERT_JOIN_RE.match(between) is not None


def _joins(between: str) -> bool:
    """ "RHIT or RHIA", "CPC, COC, or CCS": only joining words between two mentions."""
    if len(between) <= _CACHED_BETWEEN:
        return _cached_join(between)
    return CERT_JOIN_RE.match(between) is not None


def _level_of(words: str) -> str | None:
    m = CERT_LEVEL_WORD_RE.search(words)
    return None if m is None else ("required" if m.group("required") else "preferred")


def _other_level_inside(text: str, between: str, end: int) -> bool:
    """A body's certification, then a code the rest of its clause gives another level: "AAPC
    certification required (CRC strongly preferred)", "AHIMA credential required, CCS
    preferred" are the body at its level and the code at its own, two groups; "AAPC
    certification required (CPC or COC)" and "AAPC certification (CPC required)" name the codes
    the body means."""
    rest = CERT_CLAUSE_REST_RE.match(text, end)
    inside = None if rest is None else _level_of(rest.group())
    if inside is None:
        return False
    outside = _level_of(between)
    return inside != outside and not (outside is None and inside == "required")


def _group(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions as any-of groups, in order (the mentions are the caller's own: a mention
    that opens a group is that group, and grows)."""
    if len(mentions) < 2:
        return mentions
    groups = [mentions[0]]
    for m in mentions[1:]:
        g = groups[-1]
        between = text[g.end : m.start]
        # "CCS and RHIA or RHIT required", "RHIA or RHIT and CCS": "and" binds looser than
        # "or", so it starts another group (CCS, and one of RHIA / RHIT)
        if _is_and(between) and (
            _OR_NEXT_RE.match(text, m.end) or _OR_RE.search(text, g.start, g.end)
        ):
            groups.append(m)
            continue
        if (
            _is_and(between)
            and len(g.codes) == 1
            and not g.generic
            and not m.generic
            and not CERT_ANY_OF_WORDS_RE.search(text)
        ):
            # "CPC and CRC required": both are asked, two groups (a list any one of which will
            # do says so: "CCA and CPC-A holders welcome", "CCS, CPC and RHIT accepted")
            groups.append(m)
            continue
        if (
            g.generic
            and not m.generic
            and len(between) <= 20
            and _other_level_inside(text, between, m.end)
        ):
            groups.append(m)  # "AAPC certification required (CRC preferred)": two levels
            continue
        if _joins(between) or (
            g.generic and not m.generic and GENERIC_THEN_CODES_RE.match(between)
        ):
            # "CCS credential (RHIA or RHIT alone is not enough)": a parenthesis that opens on
            # other codes is an aside; one that restates the codes ("RHIT (Registered Health
            # Information Technician)"), offers another ("CPC (or CPC-A)") or names a generic
            # body's codes belongs to the group
            aside = (
                "(" in between
                and ")" not in between
                and not g.generic
                and not _OR_RE.search(between)
            )
            if aside and not set(m.codes) <= set(g.codes):
                groups.append(m)
                continue
            if g.generic and not m.generic:
                g.codes, g.generic = [], False  # "AHIMA certification, specifically CCS or CPC"
            elif g.pending and not m.generic and GENERIC_THEN_CODES_RE.match(between):
                # "RHIT or RHIA, or AAPC certification (CPC)": the body's codes are the named ones
                g.codes = [c for c in g.codes if c not in g.pending]
            g.pending = ()
            # a body after codes labels them ("CCS (AHIMA)"), unless offered as another choice
            if not (m.generic and g.codes) or _OR_RE.search(between):
                added = [c for c in m.codes if c not in g.codes]
                g.codes += added
                if m.generic and g.codes != added:
                    g.pending = tuple(added)
            g.end = m.end
            continue
        groups.append(m)
    return groups


#: The patterns read around each group, run on a sentence only when it holds their words.
_CONTEXT_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "and": _AND_RE,
    "schooling": CERT_SCHOOLING_AFTER_RE,
    "level_mark": CERT_LEVEL_MARK_RE,
    "within": WITHIN_RE,
    "eligible_after": ELIGIBLE_AFTER_RE,
    "eligible_before": ELIGIBLE_BEFORE_RE,
    "eligible_or_hold": ELIGIBLE_OR_HOLD_RE,
    "label": REQUIREMENTS_LABEL_RE,
    "off_scope": CERT_OFF_SCOPE_RE,
    "negation": NEGATION_RE,
    "no_end": _NO_END_RE,
    "refused": CERT_REFUSED_AFTER_RE,
    "negated_before": CERT_NEGATED_BEFORE_RE,
    "also_accepted": CERT_ALSO_ACCEPTED_AFTER_RE,
    "replaced": CERT_REPLACED_BEFORE_RE,
    "obtain": _OBTAIN_RE,
    "later": CERT_LATER_STEP_RE,
    "eligible_alternative": ELIGIBLE_ALTERNATIVE_RE,
}
_CONTEXT: Final = CueGate(_CONTEXT_PATTERNS)


def extract_certifications(doc: Doc) -> list[Group]:
    """Any-of groups with level and deadline; eligible / negated / off-scope mentions dropped."""
    found: list[Found] = []
    accepted: int | None = None  # the index in found of a group accepted before the next one
    dotted: bool | None = None
    named: set[int] | None = None
    candidates, name_sentences = cert_sentences(doc)
    for si in candidates:
        s = doc.sentences[si]
        if s.section == "benefits":
            continue
        if dotted is None:
            dotted = may_hold_dotted(doc)
            # the sentences that may hold a spelled-out name, in one pass (on ASCII text the
            # lower-cased posting keeps the positions; undotting may spell a word out)
            if not dotted and name_sentences is not None:
                named = set(name_sentences)
        text = undot(s.text) if dotted else s.text
        in_named = named is not None and si in named
        groups = _group(text, _mentions(text, names=named is None or in_named, name_word=in_named))
        if not groups:
            continue
        may = _CONTEXT.may_match(text)  # the context patterns worth running on its slices
        prev_end = 0
        after_eligible = False  # the group before was dropped as eligibility
        kept_level: str | None = None  # the level of the group before, when it was kept
        for i, g in enumerate(groups):
            # "Requires CPC or CCS and CRC": a group joined by "and" shares the cue before it
            and_level = kept_level if i and _is_and(text[groups[i - 1].end : g.start]) else None
            kept_level = None
            nxt = groups[i + 1].start if i + 1 < len(groups) else len(text)
            if i + 1 < len(groups) and "and" in may and _is_and(text[g.end : nxt]):
                # "CCS and RHIA or RHIT required": the cue after the conjunction is both groups'
                nxt = groups[i + 2].start if i + 2 < len(groups) else len(text)
            before, after = text[max(prev_end, g.start - 80) : g.start], text[g.end : nxt]
            prev_end = g.end
            if not CERT_OTHER_MEANING.keys().isdisjoint(g.codes):
                g.codes = [
                    c
                    for c in g.codes
                    if c not in CERT_OTHER_MEANING
                    or not (
                        CERT_OTHER_MEANING[c].search(after[:40])
                        or CERT_OTHER_MEANING_BEFORE[c].search(before[-20:])
                    )
                ]
            if not g.codes or ("schooling" in may and CERT_SCHOOLING_AFTER_RE.match(after)):
                continue
            # a level mark closes the mention's phrase: what follows it is another item's
            mark = CERT_LEVEL_MARK_RE.match(after) if "level_mark" in may else None
            if mark is not None:
                after = after[: mark.end()]
            months = None
            if "within" in may:
                months = months_of(text[g.start : g.end + len(after)] if mark else text[g.start :])
                months = months or months_of(before)
            # "RHIT eligible" is no requirement, unless the credential must follow within a term.
            eligible = (
                ("eligible_after" in may and ELIGIBLE_AFTER_RE.search(after))
                or ("eligible_before" in may and ELIGIBLE_BEFORE_RE.search(before[-40:]))
                or (
                    after_eligible
                    and "eligible_or_hold" in may
                    and ELIGIBLE_OR_HOLD_RE.search(before)
                )
            )
            after_eligible = bool(eligible)
            if eligible and months is None:
                continue
            # a requirements label ends what came before it ("... retention bonus after one
            # year Requirements: CCS required" is two lines joined)
            if "off_scope" in may:
                near = before[-60:]
                if "label" in may:
                    labels = REQUIREMENTS_LABEL_RE.finditer(near)
                    near = near[max((m.end() for m in labels), default=0) :]
                # "CPC required, bonus after 90 days": a level word closing the clause leaves
                # what follows to the next clause
                closed = CERT_LEVEL_CLOSES_RE.match(after)
                tail = after[: closed.end()] if closed is not None else after[:40]
                if CERT_OFF_SCOPE_RE.search(near) or CERT_OFF_SCOPE_RE.search(tail):
                    continue
            if "later" in may and CERT_LATER_STEP_RE.search(before[-60:]):
                continue
            negated = (
                ("negation" in may and NEGATION_RE.search(after[:40]))
                or ("no_end" in may and _NO_END_RE.search(before))
                or ("refused" in may and CERT_REFUSED_AFTER_RE.search(after[:60]))
                or ("negated_before" in may and CERT_NEGATED_BEFORE_RE.search(before[-40:]))
            )
            if negated and not PREFERRED_RE.search(after[:60]):
                continue
            if (
                found
                and "replaced" in may
                and si - found[-1][0] <= 1
                and set(g.codes) <= set(found[-1][1])
                and CERT_REPLACED_BEFORE_RE.search(before[-30:])
            ):
                # "... also accepted in place of the CCS": the group read names it already
                continue
            if (
                found
                and si - found[-1][0] <= 1
                and "also_accepted" in may
                and CERT_ALSO_ACCEPTED_AFTER_RE.search(after[:60])
            ):
                last = found[-1]
                found[-1] = (si, last[1] + [c for c in g.codes if c not in last[1]], *last[2:])
                continue
            if months is None and i + 1 == len(groups) and si + 1 < len(doc.sentences):
                # "... preferred; required within 1 year of hire"
                months = next_deadline(doc.sentences[si + 1].text)
            level = "required" if months is not None else mention_level(s, before, after)
            held_or_eligible = (
                "eligible_alternative" in may and ELIGIBLE_ALTERNATIVE_RE.match(after) is not None
            )
            if level is None and held_or_eligible:
                # the cue closes the eligible alternative: read past its restated code
                level = mention_level(s, before, text[g.end : g.end + 90])
            if (
                months is None
                and level == "required"
                and (
                    held_or_eligible
                    or replaced_by_experience(doc, si, g.codes, after, last=i + 1 == len(groups))
                )
            ):
                # "RHIT, or eligible to sit for the RHIT exam" under the requirements, "CPC
                # required; two years of coding experience may substitute": one route of two, so
                # no one must hold it (with no deadline)
                continue
            if level is None:
                # a body, its cue, then its codes: "AAPC or AHIMA credential required (CPC, CCS)"
                level = mention_level(s, before, text[g.start : g.end] + after)
            if (
                months is None
                and level is None
                and "obtain" in may
                and _OBTAIN_RE.search(before[-40:])
            ):
                level = "required"
            level = level or and_level
            if (
                accepted is not None
                and si - found[accepted][0] <= 1
                and level is not None
                and not {_BODIES.get(c) for c in g.codes}.isdisjoint(
                    _BODIES.get(c) for c in found[accepted][1]
                )
            ):
                # "CPC-A accepted; CPC preferred": the accepted codes meet the requirement the
                # next group (of the same body) names; a preferred group keeps its preference
                first = found[accepted]
                codes = first[1] + [c for c in g.codes if c not in first[1]]
                found[accepted] = (first[0], codes, "required", first[3], first[4])
                accepted = None
                if level == "required":
                    continue
            elif "also_accepted" in may and CERT_ACCEPTED_FIRST_RE.match(after):
                level, accepted = "required", len(found)
            found.append((si, g.codes, level, months, s.text))
            kept_level = level
    return across_sentences(doc, found)
