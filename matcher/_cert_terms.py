"""A credential group's terms read around it (split from matcher._certs by job, session 11): the
code a match names, the deadline a clause gives ("within 12 months of hire"), a deadline in the
next clause, and experience (or schooling) that may stand in for the credential (the credential
is then one route, asked of no one)."""

from __future__ import annotations

import re
from typing import Final

from matcher._lexicon import NUMBER_WORDS
from matcher._lexicon_cert_routes import (
    CERT_THEN_EXPERIENCE_RE,
    EXPERIENCE_FOR_CERT_RE,
    SCHOOLING_FOR_CERT_RE,
    WITHOUT_CERT_YEARS_RE,
)
from matcher._lexicon_certs import DEADLINE_NEXT_RE, WITHIN_FOR_HOLDERS_RE, WITHIN_RE
from matcher._lexicon_codes import CERT_CODE_RE, CERT_CODE_VARIANTS
from matcher._rules import holds_any, literal_gate
from matcher._rules_lower import ascii_lower, lowered
from matcher._rules_scope import LACKING_WORDS
from matcher._sentences import Doc
from schemas.vocab import CERTIFICATION_CODES as CERT_CODES
from schemas.vocab import GENERIC_CERTIFICATIONS

_WITHIN_GATE: Final = literal_gate(WITHIN_RE)
_LACKS: Final = holds_any(LACKING_WORDS)
#: Most next sentences hold no "within": two substring tests instead of the pattern's call.
DEADLINE_GATE: Final = literal_gate(DEADLINE_NEXT_RE)
#: Lowered copies (matcher._rules_lower) for the lower case of ASCII text: the same spans, the
#: groups in lower case (read in lower case here anyway).
_WITHIN_LOW: Final = lowered(WITHIN_RE)
_WITHIN_FOR_HOLDERS_LOW: Final = lowered(WITHIN_FOR_HOLDERS_RE)


def code_of(found: str) -> str:
    """The code a match names: itself, or the code of another spelling ("CPC Apprentice")."""
    if found in CERT_CODES:
        return found
    return next((code for rx, code in CERT_CODE_VARIANTS if rx.fullmatch(found)), found.upper())


def months_of(text: str) -> int | None:
    """The deadline ``text`` states, in months ("within one year" -> 12), else None."""
    # most groups name no deadline: two substring tests instead of the pattern's scan (ASCII
    # text only: re.I folds a few other letters onto ASCII ones; h15r, issue 15)
    low = ascii_lower(text)
    if low is None:
        m = WITHIN_RE.search(text)
        if m is None or WITHIN_FOR_HOLDERS_RE.match(text, m.end()):
            return None
    else:
        if _WITHIN_GATE is not None and not _WITHIN_GATE(low):
            return None
        m = _WITHIN_LOW.search(low)
        if m is None or _WITHIN_FOR_HOLDERS_LOW.match(low, m.end()):
            return None
    n = (m.group("n") or m.group("n_first") or "1").lower()
    value = float(NUMBER_WORDS[n]) if n in NUMBER_WORDS else float(n)
    unit = m.group("unit").lower()
    if unit.startswith(("year", "yr")):
        return int(value * 12)
    if unit.startswith("day"):
        return max(1, round(value / 30))
    return int(value)


#: A credential outside the vocabulary named in the next clause ("Must obtain CPR certification
#: within 30 days", "a driver's license within ..."): its deadline is its own, not the group's.
_OTHER_CREDENTIAL_RE: Final = re.compile(
    r"\b(?:[A-Z]{2,6}|[Ff]irst [Aa]id|[Dd]river'?s'?|[Nn]otary|[Ll]ife [Ss]upport)\b"
    r"[\w' -]{0,20}?\b(?:certifi\w*|card|licen[sc]e|commission|training)\b"
)


def next_deadline(text: str) -> int | None:
    """The deadline a next clause naming no code gives the group before it ("... preferred;
    required within 1 year of hire", "Candidates who are CTR-eligible will be considered if the
    credential is earned within 18 months"), else None."""
    if DEADLINE_GATE is not None and text.isascii() and not DEADLINE_GATE(text.lower()):
        return None
    if DEADLINE_NEXT_RE.match(text) is None or CERT_CODE_RE.search(text) is not None:
        return None
    if _OTHER_CREDENTIAL_RE.search(text) is not None:
        return None
    if any(body in text for body in GENERIC_CERTIFICATIONS):
        return None  # "Must be certified by AHIMA within 9 months": a group of its own, timed
    return months_of(text)


def replaced_by_experience(doc: Doc, si: int, codes: list[str], after: str, *, last: bool) -> bool:
    """Experience may stand in for the credential: in the words after it ("RHIT or equivalent
    experience") or, for a sentence's last group, in the next sentence ("Two years of coding
    experience may substitute."), naming no credential but these (EXPERIENCE_FOR_CERT_RE)."""
    parts = [after]
    if last and si + 1 < len(doc.sentences):
        parts.append(doc.sentences[si + 1].text)
    if SCHOOLING_FOR_CERT_RE.match(after) is not None:
        return True  # "either an RHIT credential or completion of an HIT program": a route
    for part in parts:
        if _LACKS(part.lower()) and WITHOUT_CERT_YEARS_RE.search(part) is not None:
            return True  # "candidates without a credential need 3+ yrs of coding instead"
        if "xperience" not in part:  # most clauses: one substring test
            continue
        m = EXPERIENCE_FOR_CERT_RE.search(part)
        if m is None and ("lieu" in part or "place of" in part or "nstead" in part):
            m = CERT_THEN_EXPERIENCE_RE.search(part)
        if m is not None and all(
            code_of(c.group("code")) in codes for c in CERT_CODE_RE.finditer(m.group())
        ):
            return True
    return False
