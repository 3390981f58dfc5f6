"""A credential offered as one route among others (vocabulary as data): experience or schooling
that may stand in for the credential just named ("CPC required; two years of coding experience
may substitute", "RHIT or completion of an accredited HIT program", "in lieu of certification,
four years of coding experience"), and years asked of those who lack it. Such a credential is
asked of no one (docs/design.md "Qualification paths"). matcher._cert_terms reads these; how
else a credential is stated around its code is in matcher._lexicon_certs. Every pattern is
linear: every gap is bounded ({0,N}).
"""

from __future__ import annotations

import re
from typing import Final

from matcher._rules_scope import LACKING
from matcher._rules_substitution import IN_PLACE_OF
from schemas.vocab import CREDENTIALS

#: Experience that may stand in for the credential just named: "CPC required; two years of coding
#: experience may substitute", "RHIT or equivalent experience", "three years of coding experience
#: will be accepted in lieu of the certification". The credential is then one route, asked of no
#: one (docs/design.md "Qualification paths": the flat fields are what every route shares;
#: README: a credential on only some of the options stays out). Not "experience may not
#: substitute", nor experience standing in for the degree ("... may substitute for the
#: associate degree"), nor schooling standing in for experience.
_CODES = "(?-i:" + "|".join(sorted({re.escape(c.code) for c in CREDENTIALS}, key=len)[::-1]) + ")"
#: The words between "experience" and its verb, none of them schooling: in "two years of
#: experience, and education may substitute" the schooling stands in, not the experience.
_NOT_SCHOOLING = (
    r"(?!\b(?:education|degree|schooling|college|coursework|diploma|certificate)\b)[^.;]"
)
_NO_SCHOOLING_GAP = r"(?:" + _NOT_SCHOOLING + r"){0,40}?"
#: The same after the credential named first ("in lieu of certification, four years of
#: orthopedic coding and billing experience"): the experience's own words run longer.
_NO_SCHOOLING_LONG_GAP = r"(?:" + _NOT_SCHOOLING + r"){0,60}?"
_CREDENTIAL_OBJECT = (
    r"(?:the |this |that |a |an |your )?(?:[\w-]+ ){0,2}?(?:certifications?|credentials?|"
    r"licen[cs]es?|" + _CODES + r")\b"
)
EXPERIENCE_FOR_CERT_RE: Final = re.compile(
    # "RHIT or equivalent experience", "CPC, or equivalent coding experience"
    r"^\W{0,3}(?:(?:is |are )?(?:required|preferred|needed)\W{0,3})?(?:or|/) ?(?:equivalent|"
    r"comparable) (?:[\w-]+ ){0,2}?experience\b|"
    # "... experience may substitute (for the certification)", "... experience can replace the
    # CPC", "... experience will be accepted in lieu of the credential"
    r"\bexperience\b" + _NO_SCHOOLING_GAP + r"\b(?:may|can|will|could) (?:also )?(?:be )?"
    r"(?:substitut\w*(?: (?:for|"
    + IN_PLACE_OF
    + r") "
    + _CREDENTIAL_OBJECT
    + r"|\s?(?:[.;)]|$))|replace "
    + _CREDENTIAL_OBJECT
    + r"|(?:accepted|used|considered) "
    + IN_PLACE_OF
    + " "
    + _CREDENTIAL_OBJECT
    + r")|"
    r"\bexperience\b" + _NO_SCHOOLING_GAP + r"\bin (?:lieu|place) of " + _CREDENTIAL_OBJECT,
    re.I,
)
#: Years asked of those without the credential, in its place: "candidates without a credential
#: need 3+ yrs of ED coding instead", "applicants without the CPC must have four years of
#: coding" (not a deadline for them: "without one must earn it within 12 months"); the lack as
#: matcher._rules_scope.LACKING_RULE says it ("who lack the CPC", "in the absence of one").
WITHOUT_CERT_YEARS_RE: Final = re.compile(
    LACKING
    + r" (?:an? |the |any |one|it\b)?(?:[\w-]+ )?(?:certifications?|credentials?|"
    + _CODES
    + r"\b)?[^.;]{0,30}?\b(?:need|must (?:have|bring|show)|should have|require|qualify with)\w*"
    r"\b[^.;]{0,15}?\b(?:\d{1,2}|one|two|three|four|five|six)\+? ?(?:years?|yrs?)\b"
    r"(?![^.;]*\bwithin\b)",
    re.I,
)
#: Schooling offered as the other route right after the credential: "either an RHIT credential
#: or completion of an accredited HIT associate program" (one route of two, asked of no one).
SCHOOLING_FOR_CERT_RE: Final = re.compile(
    r"^\W{0,3}(?:credential|certification)?\W{0,3}or (?:the )?(?:successful )?(?:completion of|"
    r"graduation from|a diploma from)\b[^.;]{0,60}?\b(?:program|programme|degree)\b",
    re.I,
)
#: The same with the credential named first: "in lieu of certification, four years of coding
#: experience will be accepted", "instead of the CPC, three years of billing experience" (not
#: "in lieu of certification, an associate degree and a year of experience": schooling stands
#: in). Apart from EXPERIENCE_FOR_CERT_RE: matcher._cert_terms runs it only on text holding
#: "lieu", "place of" or "nstead" (most clauses hold none: three substring tests).
CERT_THEN_EXPERIENCE_RE: Final = re.compile(
    r"\b"
    + IN_PLACE_OF
    + " "
    + _CREDENTIAL_OBJECT
    + r"\W{1,3}"
    + _NO_SCHOOLING_LONG_GAP
    + r"\bexperience\b",
    re.I,
)
