"""The credentials one sentence names, as any-of groups (split from matcher._certs by job, session
13): codes, issuing bodies and spelled-out names found in order (names: matcher._cert_names),
then joined into groups by the words between them ("RHIT or RHIA", "CPC and CRC", "AAPC
certification required (CRC preferred)"). matcher._certs reads each group's level and deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from matcher._cert_names import name_mentions, named_before
from matcher._cert_terms import code_of
from matcher._lexicon_certs import (
    CERT_ANY_OF_WORDS_RE,
    CERT_CLAUSE_REST_RE,
    CERT_JOIN_RE,
    CERT_LEVEL_WORD_RE,
    GENERIC_THEN_CODES_RE,
)
from matcher._lexicon_codes import CERT_CODE_RE, GENERIC_CERT_RE, GENERIC_CERTS

_BODY_RE: Final = re.compile(r"AHIMA|AAPC")
_OR_RE: Final = re.compile(r"\bor\b")
#: "CPC and CRC", "CCS-P or CPC, plus CRC", "RHIT & CCS": a second credential also asked.
AND_RE: Final = re.compile(r",?\s?(?:and|plus|&)\s", re.I)
_OR_NEXT_RE: Final = re.compile(r"\s?,?\s?or\s", re.I)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    codes: list[str]
    generic: bool = False
    #: the codes a body named after an "or" added ("RHIT or AAPC certification"): the codes
    #: the body's own parenthesis names replace them ("... or AAPC certification (CPC)")
    pending: tuple[str, ...] = ()


def mentions(text: str, *, names: bool, name_word: bool = False) -> list[Mention]:
    """The credentials ``text`` names, in order, none overlapping; spelled-out names only with
    ``names`` (``name_word``: its lower case is known to hold a name word)."""
    found = [
        Mention(m.start(), m.end(), [code_of(m.group("code"))]) for m in CERT_CODE_RE.finditer(text)
    ]
    from_codes = len(found)
    for m in GENERIC_CERT_RE.finditer(text) if ("AHIMA" in text or "AAPC" in text) else ():
        named = named_before(text, m.start())
        if named is not None:  # "Health Data Analyst Certification through AHIMA"
            found.append(Mention(m.start(), m.end(), [named]))
            continue
        bodies = _BODY_RE.findall(m.group())
        codes = [c for b in bodies for c in GENERIC_CERTS[b]]
        found.append(Mention(m.start(), m.end(), codes, generic=True))
    if names:
        found += [
            Mention(start, end, [code])
            for start, end, code in name_mentions(text, has_name_word=name_word)
        ]
    if len(found) == from_codes:  # the code matches alone: in order, none overlapping
        return found
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[Mention] = []
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
    return AND_RE.fullmatch(between) is not None


def is_and(between: str) -> bool:
    """ "CCS and RHIA", "CPC or CCS, and CRC": every match of AND_RE is 2 to 7 characters."""
    return len(between) <= 7 and _cached_and(between)


@lru_cache(maxsize=4096)
def _cached_join(between: str) -> bool:
    return CERT_JOIN_RE.match(between) is not None


def joins(between: str) -> bool:
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


#: "CTR or CTR-eligible", "RHIT, or RHIA-eligible", "CCS required, or CCS-eligible": the code
#: held, or eligibility for one.
_OR_ELIGIBLE_BETWEEN_RE: Final = re.compile(
    r"\W{0,3}(?:(?:is |are )?(?:required|needed|preferred|desired)\W{0,3})?"
    r"or (?:be |being )?(?:an? |the )?",
    re.I,
)
_ELIGIBLE_NEXT_RE: Final = re.compile(r"(?P<hyphen>-)?\s?eligib", re.I)


def _eligible_restated(text: str, g: Mention, m: Mention, between: str) -> bool:
    """A mention after "or" that says eligible: the alternative of the group before it, not a
    member ("CTR or CTR-eligible preferred" prefers the CTR; "CTR or CTR eligible" restates
    the code: README, a preferred "CTR or CTR-eligible" is CTR preferred). A hyphen ties the
    eligibility to that code alone ("RHIT or RHIA-eligible"); without one, only a restated code
    ("RHIT or RHIA eligible" may be eligibility for either)."""
    if "ligib" not in text[m.end : m.end + 10] or not _OR_ELIGIBLE_BETWEEN_RE.fullmatch(between):
        return False
    e = _ELIGIBLE_NEXT_RE.match(text, m.end)
    return e is not None and (bool(e.group("hyphen")) or set(m.codes) <= set(g.codes))


def group_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions as any-of groups, in order (the mentions are the caller's own: a mention
    that opens a group is that group, and grows)."""
    if len(mentions) < 2:
        return mentions
    groups = [mentions[0]]
    for m in mentions[1:]:
        g = groups[-1]
        between = text[g.end : m.start]
        if _eligible_restated(text, g, m, between):
            continue  # the group's "or ... eligible" alternative (matcher._certs reads it)
        # "CCS and RHIA or RHIT required", "RHIA or RHIT and CCS": "and" binds looser than
        # "or", so it starts another group (CCS, and one of RHIA / RHIT)
        if is_and(between) and (
            _OR_NEXT_RE.match(text, m.end) or _OR_RE.search(text, g.start, g.end)
        ):
            groups.append(m)
            continue
        if (
            is_and(between)
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
        if joins(between) or (g.generic and not m.generic and GENERIC_THEN_CODES_RE.match(between)):
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
