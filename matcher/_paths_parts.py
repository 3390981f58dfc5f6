"""The pieces of one qualification route, read from a stretch of posting text: years of
experience and their kind, an education level and its field, credentials. matcher._paths uses
them on federal "OR" blocks and on private "X or N years of experience" sentences.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._lexicon import EDUCATION_PATTERNS, GENERIC_CERTS, NUMBER_WORDS
from schemas.vocab import CERTIFICATION_CODES, SEMESTER_HOURS_PER_YEAR

_NUMBER = (
    r"(?:\d{1,2}(?:\.\d)?|"
    + "|".join(
        sorted((re.escape(w) for w in NUMBER_WORDS if w != "several"), key=len, reverse=True)
    )
    + r")"
)
#: "one year", "six months", "2 years", "one (1) year", "1+ years", "two (2) years".
YEARS_RE: Final = re.compile(
    r"\b(?P<n>"
    + _NUMBER
    + r")(?: ?\(\d{1,2}\))?\+? ?(?:full[- ]time )?(?P<unit>years?|yrs?|months?)\b",
    re.I,
)
#: "two years above high school", "four years of education above high school", "one year of
#: college": schooling, not experience.
SCHOOLING_RE: Final = re.compile(
    r"\b(?P<n>" + _NUMBER + r")(?: ?\(\d{1,2}\))? (?:full[- ]time )?(?:academic )?years? "
    r"(?:of (?:\w+ ){0,2}(?:education|study|college|schooling|coursework) )?"
    r"(?:above (?:the )?high school|of (?:college|post[- ]secondary|higher education))",
    re.I,
)
SEMESTER_HOURS_RE: Final = re.compile(r"\b(\d{2,3}) semester hours\b", re.I)
#: Education levels, highest first (the lexicon's patterns); "certification" is a credential.
LEVEL_RES: Final = tuple((level, re.compile(rx, re.I)) for level, rx in EDUCATION_PATTERNS)
_LEVEL_BY_YEARS: Final = ((4.0, "bachelor"), (2.0, "associate"), (1.0, "certificate"))

#: The kind of experience, narrowest first: the first whose words occur wins.
_KIND_WORDS: Final = (
    ("coding", re.compile(r"\bcod(?:ing|er)\b|\bcoding\b|\bICD\b|\bCPT\b|abstract", re.I)),
    (
        "records",
        re.compile(
            r"medical records?\b|health records?\b|health information|\bHIM\b|release of "
            r"information|\bROI\b|registry|scanning|documentation improvement|record "
            r"techniques|patient records?\b|\bMRT\b|health record",
            re.I,
        ),
    ),
    (
        "healthcare",
        re.compile(r"health ?care|medical|hospital|clinic|patient|physician|clinical|nurs", re.I),
    ),
)
#: "clerical, office, customer service": explicitly any work.
_ANY_KIND_RE: Final = re.compile(
    r"\bclerical\b|\boffice\b|\bcustomer service\b|\bgeneral experience", re.I
)

_FIELD_WORDS: Final = (
    (
        "health_information",
        re.compile(
            r"health information|\bHIT\b|\bHIM\b|medical records?\b|health records?\b|MRT work",
            re.I,
        ),
    ),
    ("coding", re.compile(r"\bcoding\b", re.I)),
)
_CODE_RE: Final = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted(map(re.escape, CERTIFICATION_CODES), key=len, reverse=True))
    + r")(?![\w-])"
)
_GENERIC_RE: Final = re.compile(r"\b(AHIMA|AAPC)\b")


def number(word: str) -> float:
    w = word.lower()
    return float(NUMBER_WORDS[w]) if w in NUMBER_WORDS else float(w)


_TOTAL_AFTER_RE: Final = re.compile(r" in total\b| total\b")
_TOTAL_BEFORE_RE: Final = re.compile(r"\btotal of\s?$")


def first_years(text: str) -> tuple[float, int] | None:
    """The first figure of experience in ``text`` (years, its position), schooling left out; a
    figure that sums the parts ("six months ... and six months ..., for one year in total") wins."""
    school = [m.span() for m in SCHOOLING_RE.finditer(text)]
    found = [m for m in YEARS_RE.finditer(text) if not any(a <= m.start() < b for a, b in school)]
    total = [
        m
        for m in found
        if _TOTAL_AFTER_RE.match(text, m.end()) or _TOTAL_BEFORE_RE.search(text[: m.start()])
    ]
    for m in total + found:
        value = number(m.group("n"))
        if m.group("unit").lower().startswith("m"):
            value = round(value / 12, 4)
        return value, m.start()
    return None


_CLAUSE_RE: Final = re.compile(r"\b(?:that|which|demonstrating|including|indicat\w*)\b|[.;:]")


def experience_kind(text: str) -> str | None:
    """The narrowest kind the words name (coding < records < healthcare), "any" for clerical or
    office work, None when the text names none. The figure's own clause ("experience in the
    field of medical records") is read before the knowledge it goes on to list."""
    cut = _CLAUSE_RE.search(text, 10)
    if cut is not None and text[: cut.start()] != text:
        own = experience_kind(text[: cut.start()]) if cut.start() < len(text) else None
        if own is not None:
            return own
    for kind, rx in _KIND_WORDS:
        if rx.search(text):
            return kind
    return "any" if _ANY_KIND_RE.search(text) else None


def schooling_years(text: str) -> float | None:
    """Years of schooling above high school a text asks: "two years above high school", "60
    semester hours" (30 a year), or a degree named (associate 2, bachelor 4, certificate 1)."""
    m = SCHOOLING_RE.search(text)
    if m:
        return number(m.group("n"))
    level = education_level(text)
    if level is not None:
        return {"certificate": 1.0, "associate": 2.0, "bachelor": 4.0, "master": 6.0}.get(level)
    hours = SEMESTER_HOURS_RE.search(text)
    if hours and int(hours.group(1)) >= 24:
        return int(hours.group(1)) / SEMESTER_HOURS_PER_YEAR
    return None


def education_level(text: str) -> str | None:
    """The highest education level named: a degree, a certificate programme, or "N years above
    high school" (1 certificate, 2 associate, 4 bachelor)."""
    m = SCHOOLING_RE.search(text)
    if m:
        years = number(m.group("n"))
        for least, level in _LEVEL_BY_YEARS:
            if years >= least:
                return level
    for level, rx in LEVEL_RES:
        if level == "high_school":
            continue
        if rx.search(text):
            return level
    return None


#: "or a related degree with a minimum of 12 semester hours in health information technology":
#: a degree in another field counts when enough of its courses are in the field asked.
RELATED_DEGREE_RE: Final = re.compile(
    r"\brelated (?:degree|field|major)\b[^.;]{0,60}?\b(?P<hours>\d{1,2}) semester hours\b", re.I
)


def related_degree_hours(text: str) -> int | None:
    """Semester hours in the field that make a related degree count, or None.

    >>> related_degree_hours("HIT, or a related degree with a minimum of 12 semester hours in HIT")
    12
    >>> related_degree_hours("60 semester hours of college") is None
    True
    """
    m = RELATED_DEGREE_RE.search(text)
    return int(m.group("hours")) if m else None


def study_field(text: str) -> str | None:
    for name, rx in _FIELD_WORDS:
        if rx.search(text):
            return name
    return None


def credential_codes(text: str) -> list[str]:
    """Codes named in ``text``, with a bare "AHIMA" / "AAPC certification" as its codes."""
    codes: list[str] = []
    for m in _CODE_RE.finditer(text):
        if m.group(1) not in codes:
            codes.append(m.group(1))
    low = text.lower()
    if ("certification" in low or "credential" in low or "certified" in low) and not re.search(
        r"certificate (?:program|programme)|approved (?:coding )?program", text, re.I
    ):
        for m in _GENERIC_RE.finditer(text):
            for code in GENERIC_CERTS[m.group(1)]:
                if code not in codes:
                    codes.append(code)
    return codes
