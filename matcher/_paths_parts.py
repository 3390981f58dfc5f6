"""The figures of one qualification route, read from a stretch of posting text: years of
experience (and whether work is named at all), years of schooling and the education level.
What the text names beside them (the kind of experience, the field of study, credential codes)
is read in matcher._paths_kinds. matcher._paths_segment uses both on federal "OR" blocks,
matcher._paths_route on private "X or N years of experience" sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from matcher._lexicon import EDUCATION_PATTERNS, NUMBER_WORDS
from matcher._paths_kinds import first_named, gated
from matcher._rules import end_search, first_letters, holds_any, lookahead
from schemas.vocab import SEMESTER_HOURS_PER_YEAR

_NUMBER = (
    r"(?:\d{1,2}(?:\.\d)?|"
    + "|".join(
        sorted((re.escape(w) for w in NUMBER_WORDS if w != "several"), key=len, reverse=True)
    )
    + r")"
)
#: "one year", "six months", "2 years", "one (1) year", "1+ years", "two (2) years".
YEARS_RE: Final = first_letters(
    r"\b(?P<n>"
    + _NUMBER
    # "one full year of specialized experience" (federal); "on a year-for-year basis" is the
    # rate schooling counts at, no figure
    # "four or more years" (a floor said in words)
    + r")(?: ?\(\d{1,2}\))?\+?(?: or more)? ?(?:full(?:[- ]time)? )?"
    # "one additional year of experience", "two more years"
    # "6 mos+ experience": the months abbreviated
    # federal "52 weeks of specialized experience": weeks only tied to experience (not "a
    # 13-week assignment", "2 weeks of paid training")
    r"(?:(?:additional|more|further) )?(?P<unit>years?|yrs?|months?|mos|"
    r"weeks?(?= of (?:[\w-]+ ){0,3}?experience\b))\b"
    r"(?![- ]for[- ](?:years?|months?)\b)"
    # "a year and a half of experience": the unit's half (s17probe2)
    r"(?P<half> and a half\b)?",
    re.I,
)
#: "two years above high school", "four years of education above high school", "one year of
#: college": schooling, not experience.
SCHOOLING_RE: Final = first_letters(
    r"\b(?P<n>" + _NUMBER + r")(?: ?\(\d{1,2}\))? (?:full(?:[- ]time)? )?(?:academic )?years? "
    r"(?:of (?:[\w-]+ ){0,2}(?:education|study|college|schooling|coursework) )?"
    r"(?:above (?:the )?high school|of (?:college|post[- ]secondary|higher education)|"
    # "one year of full-time academic study at an accredited college" (state civil service)
    r"at an? (?:accredited )?(?:college|university))",
    re.I,
)
# Final[tuple[...]], not bare Final: mypyc would box a fresh tuple at each read (-28k, s10fin)
#: Words (lower case) YEARS_RE / SCHOOLING_RE cannot match without. Both try a number-word
#: alternation at every position, so a text without them skips the scan (docs/benchmarks.md).
_UNIT_WORDS: Final[tuple[str, ...]] = ("year", "yr", "month", "mos", "week")
_SCHOOLING_WORDS: Final[tuple[str, ...]] = (
    "high school",
    "college",
    "secondary",
    "higher education",
    "university",
)


#: The word tests as chains of ``in`` tests (matcher._rules.holds_any), built once.
_HOLDS: Final[dict[tuple[str, ...], Callable[[str], bool]]] = {
    words: holds_any(words) for words in (_UNIT_WORDS, _SCHOOLING_WORDS)
}


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    # re.I folds a few non-ASCII letters onto ASCII ones ("\u017f" is "s"): only ASCII is gated
    if not text.isascii():
        return True
    return _HOLDS[words](text.lower())


#: A route that asks the diploma with its years: "high school diploma plus two years of ..."
#: (matcher._paths_route and matcher._paths_segment read routes by it).
DIPLOMA_PLUS_RE: Final = re.compile(
    # "+" for "plus" in a job board's shorthand: "HS diploma + 2 yrs in healthcare"
    # "high school graduation or equivalent AND ...": the equivalent named before the joint;
    # "completion of the twelfth grade and two years" (state civil service); "possession of a
    # high school equivalency certificate and ..." (up to 30 characters before the joint)
    r"\b(?:diploma|GED|high school|(?:12th|twelfth) grade)\b"
    r"(?: graduation or equivalen\w*)?[^.;]{0,30}(?:\b(?:plus|and|with|along with)\s|\s\+\s)",
    re.I,
)
#: Years of work named without the word "experience": "two years of clerical work", "one year
#: of that clerical work", "two years of full-time paid employment" (never "coursework").
#: ... or by where or as what it was done: "six months in a hospital or physician office", "two
#: years as a unit clerk" (not "two years at a college": schooling)
WORK_YEARS_RE: Final = re.compile(
    r"\b(?:years?|months?) (?:of (?:[\w-]+ ){0,3}?(?:work|employment)\b|"
    r"(?:in|at|within) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:hospital|clinic|office|practice|facility|"
    r"setting|department|unit|health ?care)s?\b|as an? (?!student\b)|"
    # "1 year of coding", "2 years medical records": the kind of work names the work (not
    # "two years of coding courses")
    r"(?:of )?(?:[\w-]+ ){0,2}?(?:coding|billing|medical records?|health records?|"
    r"release of information|clerical|filing|abstracting|chart (?:prep\w*|analysis))\b"
    r"(?! (?:course|program|class|curricul|education|training|school|certific|degree)))",
    re.I,
)


#: "exp" / "exp." for experience in a job board's shorthand ("1+ yr office exp"), not "expert",
#: "expected" or "exp-".
EXP_ABBR_RE: Final = re.compile(r"\bexp\b(?! ?[-/])", re.I)


def says_experience(part: str) -> bool:
    """Whether ``part`` names experience by the word or its abbreviation ("2 yrs coding exp")."""
    low = part.lower()
    return "experience" in low or ("exp" in low and EXP_ABBR_RE.search(part) is not None)


def names_work(part: str) -> bool:
    """Whether ``part`` names years of work without the word "experience" ("six months in a
    hospital", "two years of clerical work")."""
    return WORK_YEARS_RE.search(part) is not None


def names_units(text: str) -> bool:
    """Whether ``text`` may name years or months (its unit words, first_years' own gate)."""
    return _may_hold(text, _UNIT_WORDS)


#: "60 semester hours"; state civil service says "30 semester units" for the same
SEMESTER_HOURS_RE: Final = re.compile(
    # ... and "60 semester credits", "60 college credits" (not "40 hours" a week)
    # ("Thirty (30) semester units": the figure restated in brackets)
    r"\b(\d{2,3})\)? (?:semester (?:hours|units|credits|credit hours)|"
    r"(?:college |academic )?credits)\b",
    re.I,
)
#: Education levels, highest first (the lexicon's patterns); "certification" is a credential.
#: Each opens with the lookahead of its first letters (generated from the pattern, as for every
#: rule): the engine skips to those in C instead of trying the lookbehinds some patterns start
#: with at every position (associate 4x, high school 3x faster; same matches, docs/benchmarks.md).
LEVEL_RES: Final = tuple(
    (level, re.compile(lookahead(rx) + "(?:" + rx + ")", re.I)) for level, rx in EDUCATION_PATTERNS
)
_LEVEL_BY_YEARS: Final[tuple[tuple[float, str], ...]] = (
    (4.0, "bachelor"),
    (2.0, "associate"),
    (1.0, "certificate"),
)


def number(word: str) -> float:
    # casefold, not lower: the patterns match with re.I, which reads a long s ("\u017fix") or a
    # Kelvin sign as an ASCII letter that lower() keeps apart from the number words
    w = word.casefold()
    return float(NUMBER_WORDS[w]) if w in NUMBER_WORDS else float(w)


_TOTAL_AFTER_RE: Final = re.compile(r" in total\b| total\b")
_TOTAL_BEFORE_RE: Final = re.compile(r"\btotal of\s?$")
#: _TOTAL_BEFORE_RE.search from where a match can still end at the end (not the whole text).
_total_before: Final = end_search(_TOTAL_BEFORE_RE)
#: Federal grade statements that add two kinds: "six months of general experience and six months
#: of specialized experience" asks both, a year in all.
GENERAL_AND_SPECIALIZED_RE: Final = re.compile(
    r"\b(?P<a>[\w-]+ (?:\(\d{1,2}\) )?(?:years?|months?)) of general experience,? (?:and|plus) "
    r"(?P<b>[\w-]+ (?:\(\d{1,2}\) )?(?:years?|months?)) of specialized experience\b",
    re.I,
)


def first_years(text: str) -> tuple[float, int] | None:
    """The first figure of experience in ``text`` (years, its position), schooling left out; a
    figure that sums the parts ("six months ... and six months ..., for one year in total") wins."""
    if not _may_hold(text, _UNIT_WORDS):
        return None
    school = (
        [m.span() for m in SCHOOLING_RE.finditer(text)] if _may_hold(text, _SCHOOLING_WORDS) else []
    )
    if "total" not in text:
        # no figure can sum the parts (both total patterns are case-sensitive): the first figure
        # is the answer, and the rest of the text is not scanned
        if "general" in text and (pair := general_and_specialized(text)) is not None:
            return pair
        for m in YEARS_RE.finditer(text):
            if not any(a <= m.start() < b for a, b in school):
                return _figure(m)
        return None
    found = [m for m in YEARS_RE.finditer(text) if not any(a <= m.start() < b for a, b in school)]
    total = [
        m for m in found if _TOTAL_AFTER_RE.match(text, m.end()) or _total_before(text[: m.start()])
    ]
    if not total and "general" in text and (pair := general_and_specialized(text)) is not None:
        return pair
    for m in total + found:
        return _figure(m)
    return None


def _figure(m: re.Match[str]) -> tuple[float, int]:
    """A YEARS_RE match as (years, its position)."""
    value = number(m.group("n")) + (0.5 if m.group("half") else 0.0)
    unit = m.group("unit").lower()
    if unit.startswith("m"):
        value = round(value / 12, 4)
    elif unit.startswith("w"):
        value = round(value / 52, 4)
    return value, m.start()


def general_and_specialized(text: str) -> tuple[float, int] | None:
    """ "six months of general experience and six months of specialized experience": their sum
    in years and where the first starts, or None."""
    pair = GENERAL_AND_SPECIALIZED_RE.search(text)
    if pair is None:
        return None
    parts = [YEARS_RE.match(pair.group(g)) for g in ("a", "b")]
    years = [
        number(p.group("n")) / (12 if p.group("unit").lower().startswith("m") else 1)
        for p in parts
        if p is not None
    ]
    return (round(sum(years), 4), pair.start()) if len(years) == 2 else None


#: The degree levels education_level reads (the diploma is no schooling above it).
_GATED_LEVELS: Final = gated(lv for lv in LEVEL_RES if lv[0] != "high_school")


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


#: The diploma or its equivalent, named (the high-school level's pattern).
_DIPLOMA_LEVEL_RE: Final = dict(LEVEL_RES)["high_school"]


def names_diploma(text: str) -> bool:
    """Whether ``text`` names the high-school diploma or its equivalent ("graduation from high
    school", "GED", "completion of the twelfth grade")."""
    return _DIPLOMA_LEVEL_RE.search(text) is not None


def education_level(text: str) -> str | None:
    """The highest education level named: a degree, a certificate programme, or "N years above
    high school" (1 certificate, 2 associate, 4 bachelor)."""
    m = SCHOOLING_RE.search(text) if _may_hold(text, _SCHOOLING_WORDS) else None
    if m:
        years = number(m.group("n"))
        for least, level in _LEVEL_BY_YEARS:
            if years >= least:
                return level
    named = first_named(_GATED_LEVELS, text, text.lower() if text.isascii() else None)
    if named is None and ("emester" in text or "EMESTER" in text or "redits" in text):
        # "30 semester units of college", "60 semester hours": 30 a year of schooling
        # (docs/design.md), the level of those years (session 13: a county route lost it)
        hours = SEMESTER_HOURS_RE.search(text)
        if hours is not None:
            years = int(hours.group(1)) / 30
            return next((level for least, level in _LEVEL_BY_YEARS if years >= least), None)
    return named


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
