"""Credential codes, spelled-out names and issuing bodies, built from the credential records."""

from __future__ import annotations

import re
from typing import Final

from schemas.vocab import CERTIFICATIONS, CREDENTIALS, GENERIC_CERTIFICATIONS

#: Codes in the order they are tried (longer first so CCS-P wins over CCS).
CERT_CODES_ORDERED: Final[tuple[str, ...]] = tuple(sorted(CERTIFICATIONS, key=len, reverse=True))
#: Other ways to write a code ("CPC Apprentice", "CCS-Physician") -> the code (its record).
CERT_CODE_VARIANTS: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(variant), c.code) for c in CREDENTIALS for variant in c.code_variants
)
#: The codes as one alternation, longer first (escaped; no variants): for patterns that place a
#: bare code ("... a CCA or RHIT credential").
CERT_CODES_PATTERN: Final = "|".join(re.escape(c) for c in CERT_CODES_ORDERED)
#: The bodies the credential records name, spelled out: a posting may name the issuer in full
#: ("Certified Coding Associate (CCA) - American Health Information Management Association
#: (AHIMA) Preferred").
BODY_NAMES: Final[dict[str, str]] = {
    "AAHAM": "American Association of Healthcare Administrative Management",
    "AAMA": "American Association of Medical Assistants",
    "AAPC": "American Academy of Professional Coders",
    "AHIMA": "American Health Information Management Association",
    "AMBA": "American Medical Billing Association",
    "AMT": "American Medical Technologists",
    "HFMA": "Healthcare Financial Management Association",
    "NAHAM": "National Association of Healthcare Access Management",
    "NCRA": "National Cancer Registrars Association",
    "NHA": "National Healthcareer Association",
}
#: Every body a credential record names (a new record's body counts without a name here).
_BODY_ABBREVIATIONS: Final = "|".join(
    re.escape(b) for b in sorted({c.body for c in CREDENTIALS}, key=len, reverse=True)
)
#: The body that issues a credential, named right after its code: "- American Health
#: Information Management Association (AHIMA)", "(AAPC)", "from AHIMA", "through the NCRA".
ISSUER_AFTER_RE: Final = re.compile(
    r"\)?\s?(?:[-\u2013,:]\s?|(?:from|through|by|via)\s)?(?:the\s)?(?:"
    + "|".join(re.escape(name) for name in BODY_NAMES.values())
    + "|"
    + _BODY_ABBREVIATIONS
    + r")(?:\s?\((?:"
    + _BODY_ABBREVIATIONS
    + r")\))?(?=\W|$)"
)
_CODE_ALTERNATIVES: Final = (
    *(re.escape(c) for c in CERT_CODES_ORDERED),
    *(variant for c in CREDENTIALS for variant in c.code_variants),
)


def _by_first_letter(alternatives: tuple[str, ...]) -> str:
    """ "RHIT|CCS|RMA" as "R(?<!XR)(?<!X-R)(?:HIT|MA)|C(?<!XC)(?<!X-C)(?:CS)" (X: a letter or
    digit).

    The same matches in the same order of preference (alternatives with different first letters
    never match at one place), but the pattern opens with a literal branch, so the engine jumps
    from one C or R to the next in C instead of trying every code at every position.
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(
        # a hyphen only after a letter or digit ("XYZ-CPC"): a bullet glued to the code
        # ("-CPC preferred") is no part of it
        f"{first}(?<![A-Za-z0-9]{first})(?<![A-Za-z0-9]-{first})(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )


#: A credential code not inside a longer word: "CPC-A", "CCS-P", "RHIT", not "CPCS" or "XRHIT";
#: "RHIT-eligible" names the RHIT (matcher._certs reads the eligibility after it), and so do
#: "CPC-certified", "RHIT-credentialed", "CPC-certification" (the holder or the credential).
CERT_CODE_RE: Final = re.compile(
    r"(?P<code>"
    + _by_first_letter(_CODE_ALTERNATIVES)
    + r")(?![A-Za-z0-9]|-(?!eligib|Eligib|ELIGIB|certif|Certif|CERTIF|credential|"
    r"Credential|CREDENTIAL)[A-Za-z])"
)
#: Spelled-out names (lower case) -> code, matched fuzzily over a window of words.
CERT_NAMES: Final[dict[str, str]] = {
    name.lower(): code for code, (name, _) in CERTIFICATIONS.items()
}
CERT_NAMES.update({name: c.code for c in CREDENTIALS for name in c.names})
#: First words a spelled-out credential name starts with (a window begins at a fuzzy match).
CERT_NAME_STARTS: Final[tuple[str, ...]] = ("certified", "registered")
CERT_FUZZ_CUTOFF: Final = 90.0
#: "AHIMA certification", "AAPC-certified", "AAPC credential".
_BODIES = r"(?:AHIMA|AAPC)(?: ?(?:or|/|and/or|,) ?(?:AHIMA|AAPC)){0,1}"
_CERT_WORD = r"(?i:certifi\w*|credential\w*)"  # "Certification through AHIMA" as well
GENERIC_CERT_RE: Final = re.compile(
    _BODIES + r"[- ](?:coding )?" + _CERT_WORD + "|"
    r"\b" + _CERT_WORD + r" (?:through|from|by|with) (?:the |an? )?" + _BODIES + "|"
    r"\b" + _CERT_WORD + r" \(" + _BODIES + r"\)|"
    # "Coding certification required (AAPC or AHIMA)": the cue between the word and its bodies
    r"\b" + _CERT_WORD + r" (?:is |are )?(?i:required|preferred|needed) \(" + _BODIES + r"\)"
)
#: "Health Data Analyst Certification through AHIMA": the words before "certification" name one
#: credential ("Certified Health Data Analyst", CHDA), which the body's generic codes give way to.
NAMED_BY_BODY_MAX_WORDS: Final = 5
GENERIC_CERTS: Final = GENERIC_CERTIFICATIONS
