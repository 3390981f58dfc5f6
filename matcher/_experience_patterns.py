"""The patterns experience is read with, and the figures of a sentence (matcher._experience).

Each pattern is kept as written (any text) and lowered for the lower-case copy of an ASCII
sentence (matcher._rules_lower); the gates say which patterns a sentence can match at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import Final, NamedTuple

from matcher._lexicon import (
    EXPERIENCE_ELIDED_RE,
    EXPERIENCE_FIELD_RE,
    EXPERIENCE_HEAD_RE,
    EXPERIENCE_ITEM_RE,
    EXPERIENCE_PART_AFTER_RE,
    EXPERIENCE_PART_BEFORE_RE,
    EXPERIENCE_PART_LEAD_RE,
    EXPERIENCE_RE,
    EXPERIENCE_SUM_RE,
    EXPERIENCE_TAIL_RE,
    EXPERIENCE_TOTAL_RE,
    NUMBER_WORDS,
    PREFERRED_RE,
    REQUIRED_RE,
    ROLE_WORK_RE,
)
from matcher._lexicon_not_experience import (
    EXPERIENCE_FOR_EDUCATION_RE,
    NEW_GRADUATES_RE,
    NOT_EXPERIENCE_RE,
    TRAINING_FOR_ONE_THING_RE,
    ZERO_EXPERIENCE_RE,
)
from matcher._rules_gates import any_end_search, group_gate, holds_any, literal_gate
from matcher._rules_lower import led, lowered
from matcher._rules_parse import opening_letters
from matcher._rules_scope import LACKING, LACKING_WORDS
from schemas.vocab import CERTIFICATION_CODES

_NOT_BARE_RE: Final = re.compile(
    r"\b(?:degree|college|program|within|of hire|contract|assignment|commitment|age|old|"
    r"course|school|education|"
    # a period of something else: "an eligible list that is good for six months", "a
    # six-month probationary period", "a trial period of 12 months"
    r"list|probation\w*|trial|valid|expires?|"
    # a conversion of schooling: "30 semester hours equal one year"
    r"semester|quarter hours|credit hours|credits|"
    # the employer's own years: "We're proud to have been a Magnet hospital for 12 years",
    # "serving the valley for 30 years", "celebrating 25 years"
    r"proud|we've been|we have been|(?:has|have) been (?:an?|the|our)|serving|founded|"
    r"in business|length|duration|"
    r"established|anniversary|celebrat\w*)\b",
    re.I,
)
# "," then a new noun phrase ends the figure's clause: "two years of records experience,
# long-term care preferred" prefers the long-term care, not the two years.
# Both cuts open with the class "[,\s]" and a lookbehind says which: the engine skips to the
# class's characters in C instead of trying the alternatives everywhere (s7rule, issue 15).
_CLAUSE_CUT_RE: Final = re.compile(
    r"[,\s](?:"
    # ", preferred in a hospital" prefers the setting: a new clause, not the figure's cue
    r"(?<=,)\s(?!(?:preferred|required|desired|ideally|pref'd|pref|req'd|req)\b"
    r"(?! (?:in|at|with|within)\b)|"
    r"(?:strongly|highly|but|is|are|a plus|plus|must|minimum|at least|or more)\b|\()|"
    # "(medical office preferred)" qualifies the kind of work; "(Preferred)" is about the figure
    # "(within the last 3 years)" says how recent the experience is: the clause goes on
    # (a job board's shorthand too: "2 yrs (req), 4 yrs (pref)", s17probe2)
    r"(?<=\s)\((?!(?:preferred|required|desired|strongly|ideally|a plus|minimum|at least|"
    r"pref'd|pref|req'd|req|"
    # an abbreviation in brackets inside the work's name goes on with it: "2+ yrs of risk
    # adjustment (HCC) coding", "two years of emergency department (ED) coding"
    r"within)\b|[a-z]{2,6}\) [a-z]))",
    re.I,
)
#: A level cue right after a figure: "2 years is required", "3-5 years preferred".
_CUE_NEXT_RE: Final = re.compile(
    # (and a job board's shorthand: "1 yr req'd, 2 yrs pref'd", "2 yrs (req), 4 yrs (pref)")
    r"^\W{0,3}(?:(?:is|are) )?(?:required|preferred|desired|minimum|a plus|strongly preferred|"
    r"req'd|req|pref'd|pref)\b",
    re.I,
)
_LEVEL_NEXT_RE: Final = re.compile(
    r"^\W{0,3}(?:(?:is|are) )?(?:required|preferred|desired)\b", re.I
)
_RECENCY_RE: Final = re.compile(
    r"\b(?:within (?:the )?(?:last|past|first)?|"
    r"(?:in|during|over|for) (?:the )?(?:last|past|first)|"
    # a time after hire, not experience: "after six months you may earn ...", "after the
    # first 90 days"
    r"after (?:the |your |their )?(?:first |initial )?)\s?$",
    re.I,
)

#: A figure that narrows the one before it: "...; one year must be in a medical setting".
_PART_NEXT_RE: Final = re.compile(
    r"^ (?:of (?:this|that|it|the experience) )?(?:must|should|has to|needs to) "
    r"(?:be|have been|include)\b",
    re.I,
)


_BARE_FIGURE_RE: Final = re.compile(
    r"^(?:and |but |or )?(?:at least |(?:a )?minimum(?: of)? |ideally )?[\w-]+\+? "
    r"(?:years?|yrs?\.?|months?)"
    r"(?: or more)? (?:is |are )?\(?(?:preferred|required|desired|a plus|ideal|strongly "
    # the abbreviations of a terse list: "2 yrs pref.", "1 yr req'd"
    r"preferred|pref(?:'d|\b)|req(?:'d|\b))\)?\W{0,2}$",
    re.I,
)

_CODES: Final = "|".join(sorted(map(re.escape, CERTIFICATION_CODES), key=len, reverse=True))
#: Experience offered as a route of its own in place of a credential, or with what it replaces
#: left to the sentence before ("CPC required; two years of coding experience may substitute",
#: "... may be substituted for the certification / the RHIT"): not asked of everyone. Its
#: figure is then no flat requirement (docs/design.md, "Qualification paths"); the credential's
#: own group is matcher._certs' business. Read with re.I on the sentence as written (rare: only
#: where a substitution word is).
EXPERIENCE_AS_ROUTE_RE: Final = re.compile(
    r"\bexperience\b[^.;]{0,40}?\b(?:may|can|will) (?:also )?(?:be )?(?:substitute[ds]?|accepted|"
    r"used)(?:(?: for| in lieu of| in place of) (?:the |an? |your )?(?:[\w-]+ ){0,2}?"
    r"(?:certification|credential|license|licence|" + _CODES + r")\b|\s?(?:[.;)]|$))",
    re.I,
)
#: The years as the condition of another route: "CPC or CCS also accepted if you have 2+ years",
#: "an associate degree is also accepted with three years" (session 12 leftover). Apart from
#: EXPERIENCE_AS_ROUTE_RE, read only where "also accepted" is: an alternative there cost that
#: pattern its literal start.
CONDITIONAL_ROUTE_RE: Final = re.compile(
    r"\balso accepted,? (?:if|when|with|for (?:those|candidates|applicants) with)\b", re.I
)
#: The route of those without a credential (or not holding one, or "non-certified"), or a
#: credential outside the vocabulary with its years, right before the figure: "candidates
#: without a credential need 3+ yrs of coding instead", "RHIT, RHIA, or an active LPN license
#: with at least 2 years in ..." (the figure is that route's; a clause break between leaves it
#: everyone's: "those without a driver's license need not apply; two years of ..."). Three
#: patterns, each tried with ``match`` from the last place its first word is (credential_route):
#: a search of the 120 characters before every figure cost ~10k instructions a figure.
_WITHOUT_CREDENTIAL_RE: Final = re.compile(
    # "if you do not hold a CPC, you need ...", "those lacking a credential ..." (the lack as
    # matcher._rules_scope.LACKING_RULE says it; matcher._certs reads it before a code)
    LACKING + r" (?:an? |the |any |one )?"
    r"(?:[\w'-]+ ){0,2}?(?:credential|certification|license|licence|" + _CODES + r")s?\b"
    r"[^.;]{0,60}?$",
    re.I,
)
#: "non-certified candidates must have 3 years ..."
_NOT_CERTIFIED_RE: Final = re.compile(
    r"(?:non-?certified|uncertified|non-?credentialed) (?:candidates|applicants|coders|hires|"
    r"staff)\b[^.;]{0,40}?$",
    re.I,
)
#: "..., or an active LPN license with at least 2 years ..."
_OR_LICENCE_WITH_RE: Final = re.compile(
    r"or (?:an? |the )?(?:active |current |valid |unrestricted )?(?:(?!(?:" + _CODES + r")\b)"
    r"[\w-]+ ){0,2}?(?:license|licence|certification|credential|registration),? (?:with|and|"
    r"plus) (?:at least |a minimum of |over )?$",
    re.I,
)
#: The first words of _WITHOUT_CREDENTIAL_RE (lower case), from the record: a match starts at one.
_WITHOUT_WORDS: Final[tuple[str, ...]] = LACKING_WORDS
#: Experience offered in place of a credential, right after the figure in its clause: "1 year of
#: records experience in long-term care in place of the CNA", "two years of coding in lieu of
#: the certification" (an acronym as written: not "in place of the degree").
_IN_PLACE_OF_CREDENTIAL_RE: Final = re.compile(
    r"[^,;.]{0,80}?\b(?i:in place of|in lieu of|instead of) (?i:the |an? |your |a current )?"
    r"(?:(?i:certification|credential|license|licence)\b|[A-Z]{2,5}(?:-[A-Z]{1,2})?\b"
    r"(?! (?i:degree|program)))"
)
_IN_PLACE: Final = holds_any(("in place of", "in lieu of", "instead of"))
_NOT_HELD: Final = holds_any((*_WITHOUT_WORDS, "certified ", "credentialed "))
_CREDENTIAL_NOUN: Final = holds_any(("licen", "certific", "credential", "registr"))


def may_route(low: str) -> bool:
    """Whether a lower-case sentence holds the words of one of credential_route's patterns."""
    return _NOT_HELD(low) or _IN_PLACE(low) or (" or " in low and _CREDENTIAL_NOUN(low))


def credential_route(text: str, low: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] (``low`` its sentence in lower case) is the years of
    a credential's route: asked of those without a credential, joined to a credential outside
    the vocabulary offered as an alternative, or offered in place of a credential."""
    lo = max(0, start - 120)
    before = low[lo:start]
    for word in _WITHOUT_WORDS:
        j = before.rfind(word)
        if j >= 0 and _WITHOUT_CREDENTIAL_RE.match(text, lo + j, start) is not None:
            return True
    j = before.rfind(" or ")
    if j >= 0 and _OR_LICENCE_WITH_RE.match(text, lo + j + 1, start) is not None:
        return True
    j = max(before.rfind("certified "), before.rfind("credentialed "))
    if j >= 0:
        lead = before.rfind(" ", 0, j) + 1  # "non-certified", "uncertified"
        if _NOT_CERTIFIED_RE.match(text, lo + lead, start) is not None:
            return True
    return _IN_PLACE(low[end:]) and _IN_PLACE_OF_CREDENTIAL_RE.match(text, end) is not None


#: Figures read per sentence ("1 year required, 2 preferred" has two; a grade table a few more).
MAX_FIGURES_PER_SENTENCE: Final = 12
#: Words ZERO_EXPERIENCE_RE / EXPERIENCE_FOR_EDUCATION_RE cannot match without.
_ZERO_HINTS = ("no ", "not ", "none", "entry", "train", "new grad", "recent grad", "less than")
_SUBSTITUTE_HINTS = ("substitut", "in place", "in lieu", "instead of", "accepted", "used ")
_holds_zero_hint: Final = holds_any(_ZERO_HINTS)
_holds_substitute_hint: Final = holds_any(_SUBSTITUTE_HINTS)


#: EXPERIENCE_RE's units over the lower-case sentence: a third of the experience sentences name
#: no unit, and scanning them was a fifth of the experience time; this pattern opens with
#: literals the engine skips to in C (h15r, issue 15).
_UNIT_GATE = group_gate(EXPERIENCE_RE, "unit")
#: Its pattern and width as Final names: compiled, a plain global is a dict look-up at every
#: read (40 a posting), and a Final ``tuple | None`` does not build (mypyc 2.4 reads the narrowed
#: static as an unboxed tuple: a C type error). s11gate.
_UNIT_RX: Final = None if _UNIT_GATE is None else _UNIT_GATE[0]
_UNIT_WIDEST: Final = 0 if _UNIT_GATE is None else _UNIT_GATE[1]
#: The words a total ("in total", "total of") or an elided second figure ("two preferred")
#: cannot be said without: a sentence without them skips those patterns for all its figures
#: (4.8 and 9.7 searches a posting on the bench set, most of them on sentences without).
_TOTAL_GATE: Final = literal_gate(EXPERIENCE_TOTAL_RE)
_ELIDED_GATE: Final = literal_gate(EXPERIENCE_ELIDED_RE)
#: "exp" or "worked": the words before a figure tie it to experience only with one of them
#: (EXPERIENCE_HEAD_RE: searched over the 80 characters before 1.6 figures a posting, s8rule)
_HEAD_GATE: Final = literal_gate(EXPERIENCE_HEAD_RE)
#: The words after most figures tied to experience ("2 years of experience"): the tail pattern
#: opens with ``\b(?:experience|...)`` and that alternative asks nothing after it, so the words
#: holding " experience" match it without running it (a 90-character search with a lookahead
#: at each place; 3% of experience, s8rule). Checked here against the pattern as it is: a tail
#: pattern that asked more of the word would turn the shortcut off, not change a result.
TIED_WORD: str | None = " experience"
if not all(
    EXPERIENCE_TAIL_RE.search(f"{before}{TIED_WORD}{after}") is not None
    for before in ("", "x", ".", "(")
    for after in ("", "d", "s", ".", ",", " ", "-", "(", ")", "x", " excellence", ";")
):
    TIED_WORD = None
#: The letters a career-site field ("Years of experience: 3") opens with: most sentences open
#: with another one and skip the pattern.
_FIELD_FIRSTS: Final = opening_letters(EXPERIENCE_FIELD_RE)
_Search = Callable[[str], "re.Match[str] | None"]
#: The words right after a figure, read with one match (s7rule, issue 15): no experience or a
#: part of this figure ("of age", "of which") is group "skip"; a part of the figure in the
#: sentence before ("must be in a clinic") is group "next" (only read when "skip" fails, as the
#: checks were ordered).
_AFTER_FIGURE_RE: Final = re.compile(
    f"(?P<skip>{NOT_EXPERIENCE_RE.pattern}|{EXPERIENCE_PART_AFTER_RE.pattern})|"
    f"(?P<next>{_PART_NEXT_RE.pattern})",
    re.I,
)
#: The words before a figure, read once from their end: a recency ("within the last") or a part
#: of a total ("including", "up to") skips the figure.
#: The employer's people and commitments, not the applicant's experience: "Our coders average 8
#: years of experience", "Our HIM director has 20 years", "commit to 2 years of employment" (not
#: "our ideal candidate has ...": the hire described).
_NOT_THE_APPLICANTS_RE: Final = re.compile(
    r"\b(?:commit(?:ment)? to|our (?!ideal|perfect|next|new|successful|right|future|preferred)"
    # (bounded words: the pattern is read backwards from the figure, matcher._rules_gates.
    # end_search, only when its widest match is bounded)
    r"(?:[\w-]{1,24} ){1,3}(?:has|have|average|averages|brings?|boasts?))\s"
    r"(?:an? |over |more than |at least |nearly |about |almost |an average of )?$",
    re.I,
)
#: A rate, not a length of time: "handles about 9,000 requests a month", "40 charts an hour",
#: "twice a year" (a count of things, or of times, right before the figure "a month").
_RATE_BEFORE_RE: Final = re.compile(
    r"(?:\b\d[\d,.]{0,9}\+? (?:[a-z-]{1,20} ){0,2}[a-z-]{1,20}s|\b(?:once|twice|three times|"
    r"several times|[\d]{1,3} times)) $",
    re.I,
)
#: ... each read from the end apart (any_end_search; as the one alternation, re.I, s18speed)
_BEFORE_FIGURE_PARTS: Final = tuple(
    re.compile(rx.pattern, re.I)
    for rx in (_RECENCY_RE, EXPERIENCE_PART_BEFORE_RE, _NOT_THE_APPLICANTS_RE, _RATE_BEFORE_RE)
)
_BEFORE_FIGURE_RE: Final = re.compile("|".join(rx.pattern for rx in _BEFORE_FIGURE_PARTS), re.I)


class _Patterns(NamedTuple):
    """The patterns a sentence is read with: as written (any text), or lowered for its lower-case
    copy when it is ASCII (matcher._rules.lowered: case-sensitive matching runs about twice as
    fast; s7rule, issue 15). Both give the same matches at the same places."""

    figure: re.Pattern[str]
    zero: re.Pattern[str]
    training_for_one_thing: re.Pattern[str]
    new_graduates: re.Pattern[str]
    item: re.Pattern[str]
    role_work: re.Pattern[str]
    field: re.Pattern[str]
    for_education: re.Pattern[str]
    after_figure: re.Pattern[str]
    elided: re.Pattern[str]
    clause_cut: re.Pattern[str]
    total: re.Pattern[str]
    tail: re.Pattern[str]
    head: re.Pattern[str]
    not_bare: re.Pattern[str]
    part_lead: re.Pattern[str]
    preferred: re.Pattern[str]
    required: re.Pattern[str]
    #: read the words before a figure up to its end ("... within the last", "up to"): started
    #: where such a match can still begin, not at each of the 80 characters
    before_figure: _Search


def _patterns(lower: bool) -> _Patterns:
    case = (lambda rx: led(lowered(rx))) if lower else (lambda rx: rx)
    return _Patterns._make(
        (
            *map(
                case,
                (
                    EXPERIENCE_RE,
                    ZERO_EXPERIENCE_RE,
                    TRAINING_FOR_ONE_THING_RE,
                    NEW_GRADUATES_RE,
                    EXPERIENCE_ITEM_RE,
                    ROLE_WORK_RE,
                    EXPERIENCE_FIELD_RE,
                    EXPERIENCE_FOR_EDUCATION_RE,
                    _AFTER_FIGURE_RE,
                    EXPERIENCE_ELIDED_RE,
                    _CLAUSE_CUT_RE,
                    EXPERIENCE_TOTAL_RE,
                    EXPERIENCE_TAIL_RE,
                    EXPERIENCE_HEAD_RE,
                    _NOT_BARE_RE,
                    EXPERIENCE_PART_LEAD_RE,
                    PREFERRED_RE,
                    REQUIRED_RE,
                ),
            ),
            any_end_search(map(case, _BEFORE_FIGURE_PARTS), lowered=lower),
        )
    )


_AS_WRITTEN: Final = _patterns(lower=False)
_LOWERED: Final = _patterns(lower=True)


def first_unit(low: str) -> int | None:
    """Where the first unit of a figure can start in the lower-case copy of an ASCII sentence:
    -1 when it names none, None when EXPERIENCE_RE gives no unit gate (any place may)."""
    if _UNIT_RX is None:
        return None
    unit = _UNIT_RX.search(low)
    return -1 if unit is None else unit.start()


def read_figures(text: str, rx: _Patterns, first: int | None) -> list[re.Match[str]]:
    """The figure pattern's first matches in a sentence (at most MAX_FIGURES_PER_SENTENCE), as
    finditer gives them. ``first``: where the first unit starts (``first_unit``) when ``text``
    is the lower-case copy of an ASCII sentence, else None (elsewhere re.I folds a few other
    letters onto ASCII ones: "\u017f" is "s"): the pattern is then started only where a match
    ending in the next unit can start (h15r, issue 15)."""
    if first is None or _UNIT_RX is None:
        return list(islice(rx.figure.finditer(text), MAX_FIGURES_PER_SENTENCE))
    gate, widest = _UNIT_RX, _UNIT_WIDEST
    found: list[re.Match[str]] = []
    unit, pos = first, 0
    while unit >= 0:
        m = rx.figure.search(text, max(pos, unit - widest))
        if m is None:
            break
        found.append(m)
        if len(found) == MAX_FIGURES_PER_SENTENCE:
            break
        pos = m.end()
        nxt = gate.search(text, pos)
        unit = -1 if nxt is None else nxt.start()
    return found


def summed(text: str) -> float | None:
    """Two kinds of experience asked together, added up (EXPERIENCE_SUM_RE), unless a cue
    right after makes them a preference."""
    m = EXPERIENCE_SUM_RE.search(text)
    if m is None or PREFERRED_RE.search(text, m.end(), m.end() + 25):
        return None
    per = [12.0 if m.group(u).lower().startswith("m") else 1.0 for u in ("ua", "ub")]
    return round(number(m.group("a")) / per[0] + number(m.group("b")) / per[1], 2)


def number(word: str) -> float:
    # casefold, not lower: the patterns match with re.I, which reads a long s ("\u017fix") or a
    # Kelvin sign as an ASCII letter that lower() keeps apart from the number words
    w = word.casefold()
    return float(NUMBER_WORDS[w]) if w in NUMBER_WORDS else float(w)
