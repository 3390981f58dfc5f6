"""The route one side of an "or" names: matcher._paths_inline splits a sentence at its
alternatives and asks ``route`` what each side asks.

A side may name experience ("2 years of coding experience"), schooling ("an associate degree in
HIT", "one year above high school"), training ("completion of an approved coding program"), a
credential ("CCS"), or two of them on one route ("CPC with 1 year of coding experience", "a
coding certificate plus 1 year of coding experience"). A credential one is only eligible for
("RHIA eligible") is not held, and a side marked preferred joins nothing.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_kinds import credential_codes, experience_kind, study_field
from matcher._paths_parts import (
    DIPLOMA_PLUS_RE,
    WORK_YEARS_RE,
    education_level,
    first_years,
    says_experience,
)
from matcher._paths_schooling import TRAINING_RE
from matcher._rules import first_letters, literal_gate
from matcher._rules_shorthand import CREDENTIAL_WITH_YEARS_RE
from schemas.models import CertificationRequirement, QualificationPath
from schemas.vocab import EDUCATION_RANK

#: A side marked as preferred: joins no route, and makes no sentence a set of alternatives.
PREFERRED_RE: Final = first_letters(
    r"\b(?:preferred|a plus|desired|nice to have|ideally|bonus)\b", re.I
)
#: Its words (derived from it), as "in" tests on a lower-case ASCII side.
_MAY_PREFER: Final = literal_gate(PREFERRED_RE)


def preferred(side: str) -> bool:
    """Whether a side is marked preferred (PREFERRED_RE), looked for only where its words are:
    on the ~500 sides of the 3 KB set's "or" sentences the search cost more than the gate."""
    gate = _MAY_PREFER
    if gate is not None and side.isascii() and not gate(side.lower()):
        return False  # re.I folds a few non-ASCII letters onto ASCII ones: only ASCII is gated
    return PREFERRED_RE.search(side) is not None


#: Years joined to a credential on one route: "1 year of experience with an active CPC".
_WITH_CREDENTIAL_RE: Final = re.compile(
    # ... or the work named without the word: "five years of inpatient coding and the CPC"
    # (the joiner in capitals too: "... to clinic records, AND a current CCA or CPC-A")
    r"\b(?:experience|coding|billing|records|work),? (?i:with|and|plus|holding|\+) (?:an? |the )?"
    r"(?:active |current |valid )?[A-Z]"
)


#: A side of an "or" that opens with schooling counted above the diploma: "one year above high
#: school", "successful completion of 2 years of study beyond high school", "30 semester hours",
#: "one year of post-secondary education", "college coursework in health information" (not a
#: side that only names such schooling later: "... records, including coursework after high
#: school" is still the experience).
_SCHOOLING_ABOVE_RE: Final = re.compile(
    r"^\W{0,3}(?:(?:successful )?completion of )?(?:an? )?"
    r"(?:[\w-]+ (?:\(\d{1,2}\) )?(?:years?|semesters?|quarters?) (?:of )?(?:(?:full-time )?"
    r"(?:study|education|schooling|college) )?(?:above|beyond|after) (?:the )?high school|"
    r"(?:[\w-]+ (?:\(\d{1,3}\) )?(?:years?|semesters?|quarters?|(?:semester|quarter|credit) "
    r"(?:hours|units)) (?:of )?)?"
    r"(?:post[- ]?secondary|post[- ]high[- ]school|college|undergraduate) "
    r"(?:education|study|schooling|course ?work|courses|credits?)|"
    # ("twelve (12) semester units": the figure restated in brackets)
    r"[\w-]+ (?:\(\d{1,3}\) )?(?:semester|quarter|credit) (?:hours|units))\b",
    re.I,
)


#: Where route splits a side naming several levels ("associate degree, or a certificate"): compiled
#: once (a pattern string in re.split is looked up in re's cache, in Python, on every call).
_OR_SPLIT_RE: Final = re.compile(r",? or ", re.I)
#: What a side says it replaces, closing it: "two years of coding experience in lieu of the
#: certificate", "an RHIT in place of the degree". The thing replaced is the other side's, not
#: this route's (session 13, s13edu).
_REPLACES_TAIL_RE: Final = re.compile(
    r",?\s(?:in lieu of|in place of|instead of|as a substitute for|to substitute for)\s"
    r"[^.;]*[.;]?\s*$",
    re.I,
)


def _eligible_only(code: str, part: str) -> bool:
    """ "RHIA eligible", "RHIA-eligible": the code as an exam one may sit for, not held."""
    if part.isascii() and "eligib" not in part.lower():
        return False  # most sides (re.I folds a few non-ASCII letters onto ASCII ones: "\u0130")
    return re.search(rf"\b{re.escape(code)}[- ]eligib", part, re.I) is not None


def _schooling_and_experience(label: str, level: str, part: str, years: float) -> QualificationPath:
    """One route asking both: schooling of ``level`` and ``years`` of the experience ``part``
    names ("a coding certificate plus 1 year of coding experience")."""
    return QualificationPath(
        label=label,
        education=level,
        education_field=study_field(part),
        experience_years=years,
        experience_kind=experience_kind(part),
    )


def _credential_and_years(codes: list[str], years: float, part: str) -> QualificationPath:
    """One route asking both: one of ``codes`` and ``years`` of the experience ``part`` names,
    in either order ("an active CPC with 1 year ...", "1 year ... with an active CPC"); a degree
    the route also names is its too ("an associate degree in HIT, the RHIT, and two years of
    supervisory experience")."""
    schooled = education_level(part)
    return QualificationPath(
        label="certification and experience",
        education=None if schooled == "high_school" else schooled,
        education_field=None if schooled in (None, "high_school") else study_field(part),
        certifications=[CertificationRequirement(any_of=codes, level="required")],
        experience_years=years,
        experience_kind=experience_kind(part),
    )


#: A side's own letter and label: "(b) Education: one year above high school", "Experience -
#: six months of ...": what follows is the route (matcher._paths_inline cuts it off the side).
SIDE_LABEL_RE: Final = re.compile(
    r"^\W{0,3}(?:\(?[a-e1-9]\)\s?)?(?:General |Specialized |Creditable )?"
    # "(3) Certification. Current RHIT ..." (not "Certificate:": the word names the schooling)
    r"(?:Experience|Education|Training|Schooling|Certification|Credentials?|Licensure)"
    r"(?: ?(?:/|and|&) ?(?:Experience|Education|Training))?\s?[:.\-–]\s|"
    # a route opened by "Alternatively" ("...; or Alternatively: an associate degree", read on
    # from the sentence before: matcher._paths_scan.ALT_OPENINGS)
    r"^Alternatively[,:]?\s",
    re.I,
)


def route(part: str) -> QualificationPath | None:
    """The route one side of an "or" names, or None."""
    low = part.lower()
    if ("lieu" in low or "place of" in low or "stead of" in low or "substitute for" in low) and (
        tail := _REPLACES_TAIL_RE.search(part)
    ) is not None:
        part = part[: tail.start()]
        low = part.lower()
    years = first_years(part)
    # "Option A: two years of clerical work in a records unit": experience by another name
    # ("1+ yr office exp": the word abbreviated)
    worked = says_experience(part) or (years is not None and WORK_YEARS_RE.search(part) is not None)
    if TRAINING_RE.search(part):
        trained = education_level(part) or "certificate"
        if " or " in low:
            # "a coding program, or an associate degree": the lowest of the pieces, a programme
            # naming no level the certificate
            pieces = [
                education_level(p) or ("certificate" if TRAINING_RE.search(p) else None)
                for p in _OR_SPLIT_RE.split(part)
            ]
            trained = min((p for p in pieces if p), key=EDUCATION_RANK.__getitem__, default=trained)
        if years is not None and worked:
            # "completion of a coding program and 1 year of coding experience": both, one route
            return _schooling_and_experience("training and experience", trained, part, years[0])
        return QualificationPath(
            label="training", education=trained, education_field=study_field(part)
        )
    # a credential the schooling makes one eligible for ("RHIA eligible") is not held
    codes = [c for c in credential_codes(part) if not _eligible_only(c, part)]
    if (
        codes
        and years is not None
        and worked
        and CREDENTIAL_WITH_YEARS_RE.search(part)
        and not preferred(part)
    ):
        # "an active CPC with 1 year of coding experience": the credential and the years, one
        # route (the years first: _WITH_CREDENTIAL_RE below)
        return _credential_and_years(codes, years[0], part)
    if codes and (years is None or part.find(codes[0]) < years[1]):
        group = CertificationRequirement(any_of=codes, level="required")
        schooled = education_level(part)
        if schooled not in (None, "high_school") and part.find(codes[0]) > 0:
            # "an associate degree with CCS": the degree and the credential, on one route
            return QualificationPath(
                label="education and certification",
                education=schooled,
                education_field=study_field(part),
                certifications=[group],
            )
        return QualificationPath(label="certification", certifications=[group])
    if codes and years is not None and _WITH_CREDENTIAL_RE.search(part) and not preferred(part):
        # "1 year of experience with an active CPC": the years and the credential, one route
        return _credential_and_years(codes, years[0], part)
    level = education_level(part)
    if level is None and not worked and _SCHOOLING_ABOVE_RE.match(part):
        # "or one year above high school with a course in medical terminology": a side that
        # opens with schooling above the diploma, the least level above it (its years are the
        # schooling's, not experience)
        return QualificationPath(
            label="education", education="certificate", education_field=study_field(part)
        )
    if level is not None and " or " in low:  # "associate degree, or a certificate": the lowest
        levels = [lv for lv in map(education_level, _OR_SPLIT_RE.split(part)) if lv]
        # a level read only across the "or" ("an associate or ...": "associate" needs the word
        # after it) stays the whole side's: no piece names one on its own
        level = min(levels, key=EDUCATION_RANK.__getitem__) if levels else level
    # "(or) 1 year with an associate degree": years leading the side are the experience asked
    led = years is not None and years[1] <= 3
    if (
        level is not None
        and years is not None
        and (worked or led)
        and (level != "high_school" or DIPLOMA_PLUS_RE.search(part) is not None)
    ):
        # "a coding certificate plus 1 year of coding experience": both, on one route
        return _schooling_and_experience("education and experience", level, part, years[0])
    if level is not None and (years is None or not worked):
        return QualificationPath(
            label="education", education=level, education_field=study_field(part)
        )
    if years is not None and worked:
        return QualificationPath(
            label="experience", experience_years=years[0], experience_kind=experience_kind(part)
        )
    return None
