"""What a route's text names beside its figures: the kind of experience (coding, records,
healthcare, narrowest first; "any" for clerical or office work), the field of study, and the
credential codes (a bare "AHIMA" / "AAPC certification" as its codes). Each pattern sits beside
the gate of the words every match holds (``first_named``); matcher._paths_parts reads the
figures (years, schooling, the education level) and gates its levels the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from matcher._lexicon_codes import GENERIC_CERTS
from matcher._rules import first_letters, literal_gate
from matcher._rules_lower import led, lowered
from schemas.vocab import CERTIFICATION_CODES

#: The kind of experience, narrowest first: the first whose words occur wins.
_KIND_WORDS: Final = (
    ("coding", first_letters(r"\bcod(?:ing|er)\b|\bcoding\b|\bICD\b|\bCPT\b|abstract", re.I)),
    (
        "records",
        first_letters(
            r"medical records?\b|health records?\b|health "
            r"information|\bHIM\b|release[- ]of[- ]information|\bROI\b|registry|scanning|"
            r"documentation improvement|record techniques|patient records?\b|\bMRT\b|health record|"
            # classified-ad and job-board shorthand (session 17, s17probe2): "med recs", "med
            # rec", "records room / department experience", document imaging
            r"\bmed\.? rec(?:ord)?s?\b|\brecords? (?:room|department|dept|office|"
            r"experience|work)\b|\bdocument imaging\b|"
            # the work said by its verb (session 17): releasing or disclosing records, requests
            # for them, indexing, and the chart work of a records room ("filing charts",
            # "auditing charts", "chart retrieval"; not an Excel or org chart)
            r"\b(?:releas|disclos)\w* (?:of )?(?:[\w-]+ ){0,2}(?:records?|PHI)\b|"
            r"\brecords? requests?\b|\brequests? for (?:[\w-]+ ){0,2}records?\b|"
            r"\bindex(?:ing|ed)\b|\b(?:fil|pull|prep|assembl|audit|analy[sz]|retriev|track|"
            r"locat|reconcil)\w* (?:of )?(?:(?:patient|medical|paper|loose|inpatient|"
            r"outpatient|discharged?) )?charts?\b|\bchart (?:analysis|prep\w*|assembly|"
            r"completion|audits?|auditing|retrieval|tracking|deficienc\w*|pulls?)\b",
            re.I,
        ),
    ),
    (
        "healthcare",
        first_letters(
            r"health ?care|medical|hospital|clinic|patient|physician|clinical|nurs|"
            # shorthand (session 17, s17probe2): "med office", "hosp.", "a dr's office"
            r"\bmed\.? (?:office|practice|setting|facility|field)\b|\bhosp\b|"
            r"\b(?:doctor|dr)s?'?s?\.? (?:office|practice)\b|\bdental\b",
            re.I,
        ),
    ),
)
#: "clerical, office, customer service": explicitly any work.
_ANY_KIND_RE: Final = first_letters(
    r"\bclerical\b|\boffice\b|\bcustomer service\b|\bgeneral experience", re.I
)

_FIELD_WORDS: Final = (
    (
        "health_information",
        first_letters(
            r"health information|\bHIT\b|\bHIM\b|medical records?\b|health records?\b|MRT work",
            re.I,
        ),
    ),
    ("coding", first_letters(r"\bcoding\b", re.I)),
)
#: Behind the lookahead of the codes' first letters: the lookbehind it opens with was tried at
#: every character of a route's text.
_CODE_RE: Final = first_letters(
    r"(?<![\w-])("
    + "|".join(sorted(map(re.escape, CERTIFICATION_CODES), key=len, reverse=True))
    + r")(?![\w-])"
)
#: A certificate programme or an approved programme: not a generic credential (compiled once: a
#: pattern string in re.search is looked up in re's cache, in Python, on every call).
_PROGRAM_RE: Final = re.compile(
    r"certificate (?:program|programme)|approved (?:coding )?program", re.I
)
_GENERIC_RE: Final = re.compile(r"\b(AHIMA|AAPC)\b")

#: Whether a lower-case ASCII text may hold a match of each kind / field / level pattern: the
#: words every match holds (matcher._rules.literal_gate, derived from the patterns), as "in"
#: tests. Each pattern tried at every character of a route's text cost ~150 instructions a
#: character (cachegrind); most texts hold none of the words. Each gate sits beside its pattern
#: (name, pattern, gate), built from the tables above: a dict keyed by the pattern cost more than
#: the searches it saved, since a re.Pattern hashes its whole compiled code on every lookup
#: (~10k instructions for the associate one; a quarter of the inline paths time, issue 15).
#: Each pattern also sits beside its case-sensitive copy for the lower-case ASCII text
#: (matcher._rules_lower.lowered): re.I lowers every character it compares (session 16).
Gated = tuple[tuple[str, re.Pattern[str], Callable[[str], bool] | None, re.Pattern[str]], ...]


def gated(table: Iterable[tuple[str, re.Pattern[str]]]) -> Gated:
    return tuple((name, rx, literal_gate(rx), lowered(rx)) for name, rx in table)


_GATED_KINDS: Final = gated(_KIND_WORDS)
_GATED_FIELDS: Final = gated(_FIELD_WORDS)
_ANY_KIND_GATE: Final = literal_gate(_ANY_KIND_RE)
_ANY_KIND_LOW: Final = lowered(_ANY_KIND_RE)


def first_named(table: Gated, text: str, low: str | None) -> str | None:
    """The first name in ``table`` whose pattern matches ``text``; a pattern is tried only when
    ``low`` (the lower-case text, None unless ASCII: re.I folds a few other letters onto ASCII
    ones) holds one of the words every match holds, and read there by its lowered copy."""
    for name, rx, gate, rx_low in table:
        if low is None:
            if rx.search(text):
                return name
        elif (gate is None or gate(low)) and rx_low.search(low):
            return name
    return None


#: (led: the lookahead of its first characters before the \b, which a search otherwise tests
#: at every character in the Unicode database; the same matches, s18speed)
_CLAUSE_RE: Final = led(re.compile(r"\b(?:that|which|demonstrating|including|indicat\w*)\b|[.;:]"))


def experience_kind(text: str) -> str | None:
    """The narrowest kind the words name (coding < records < healthcare), "any" for clerical or
    office work, None when the text names none. The figure's own clause ("experience in the
    field of medical records") is read before the knowledge it goes on to list."""
    cut = _CLAUSE_RE.search(text, 10)
    if cut is not None and text[: cut.start()] != text:
        own = experience_kind(text[: cut.start()]) if cut.start() < len(text) else None
        if own is not None:
            return own
    low = text.lower() if text.isascii() else None
    kind = first_named(_GATED_KINDS, text, low)
    if kind is not None:
        return kind
    if low is None:
        return "any" if _ANY_KIND_RE.search(text) else None
    gate = _ANY_KIND_GATE
    return "any" if (gate is None or gate(low)) and _ANY_KIND_LOW.search(low) else None


def study_field(text: str) -> str | None:
    return first_named(_GATED_FIELDS, text, text.lower() if text.isascii() else None)


#: The words before a body that issues the credential named before it ("RHIT certification from
#: AHIMA", "CPC through the AAPC").
_ISSUER_BEFORE_RE: Final = re.compile(r"\b(?:from|through|by|via)\s(?:the\s)?$", re.I)


def credential_codes(text: str) -> list[str]:
    """Codes named in ``text``, with a bare "AHIMA" / "AAPC certification" as its codes."""
    codes: list[str] = []
    for m in _CODE_RE.finditer(text):
        if m.group(1) not in codes:
            codes.append(m.group(1))
    named = bool(codes)
    low = text.lower()
    if (
        "certification" in low or "credential" in low or "certified" in low
    ) and not _PROGRAM_RE.search(text):
        for m in _GENERIC_RE.finditer(text):
            if named and _ISSUER_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Current RHIT certification from AHIMA": the body issues the code named
            for code in GENERIC_CERTS[m.group(1)]:
                if code not in codes:
                    codes.append(code)
    return codes
