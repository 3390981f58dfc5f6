"""Experience offered in place of the degree (docs/design.md, "Qualification paths"): "four years
of experience may be substituted for the degree", "in lieu of a degree, four years of coding
experience", "four years of records experience in lieu of the associate degree". Two routes: the
degree (named in the sentence, or in the one before it: "Associate degree in HIT. In lieu of a
degree, ..."), or the years; the years are one route's, not everyone's.
matcher._paths_inline reads a sentence's own "or"s first, then asks ``degree_offer``.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_kinds import credential_codes, experience_kind, study_field
from matcher._paths_parts import education_level, first_years
from matcher._rules_gates import holds_any, selective_words
from matcher._rules_scope import LACKING, LACKING_WORDS
from matcher._rules_substitution import ABOVE_DIPLOMA_RE, IN_PLACE_OF
from schemas.models import CertificationRequirement, QualificationPath
from schemas.vocab import EDUCATION_RANK

#: The work the years are of: "experience", "work", or the work named ("3+ years of inpatient
#: coding may substitute for the schooling").
_WORK_NOUN = r"(?:experience|work|coding|billing|abstracting|auditing|registration|transcription)"
SUBSTITUTE_RE: Final = re.compile(
    # "two additional years of HIM experience may be accepted in place of ..."
    r"(?P<years>[\w-]+\+?(?: \(\d+\))?(?: or more)? (?:(?:additional|more|further) )?"
    r"(?:years?|months?)) of (?:[\w-]+ ){0,4}?" + _WORK_NOUN + " "
    # "two years of experience filing medical records can be accepted in place of ..."
    r"(?:[\w-]+ ){0,6}?(?:may|can|will) "
    r"(?:be )?(?:substituted|substitute|accepted|considered|used) (?:for|" + IN_PLACE_OF + r") "
    r"(?:the |an? )?(?:required )?(?P<what>[\w' -]{0,40}?)(?:[.;,]|$)",
    re.I,
)
#: SUBSTITUTE_RE cannot match without one of these (lower case).
_SUBSTITUTE_VERBS: Final[tuple[str, ...]] = ("substitut", "accepted", "considered", "used")
#: ... nor on ASCII text without one of its verb phrases ("may be substitute", "can used"),
#: derived from the pattern: refers_back tests them before a search that backtracks at every
#: word (~350k instructions a sentence compiled, 70k a posting; s18speed)
_SUBSTITUTE_PHRASES: Final = selective_words(SUBSTITUTE_RE)
_MAY_SUBSTITUTE: Final = None if _SUBSTITUTE_PHRASES is None else holds_any(_SUBSTITUTE_PHRASES)

_LIEU = r"\b" + IN_PLACE_OF + r" (?:an? |the )?(?:required )?"
#: "four (4) years of", "3+ years of", "2 years" experience
_YEARS = (
    r"(?P<years>[\w-]+\+?(?: \(\d{1,2}\)\+?)? (?:(?:additional|more|further) )?"
    r"(?:years?|months?))(?: of)? (?:[\w-]+ ){0,5}?"
    r"experience\b"
)
#: The schooling replaced ends with its noun: "a degree", "the associate's degree", "a formal
#: education" (never "the required experience": that offer goes the other way).
#: ... or with the level alone: "in lieu of the bachelor's".
_WHAT = (
    r"(?P<what>[\w' -]{0,40}?\b(?:degree|education|diploma|certificate|schooling|"
    r"(?:associate|bachelor|master)'s(?= ?(?:[.;,)]|$))))\b"
)
#: The offer with the schooling first: "In lieu of a degree, four years of coding experience";
#: a lower level may be held with the years ("In lieu of the bachelor's degree, we will consider
#: an associate degree plus seven years of HIM experience": one route, both; blind28).
_LIEU_FIRST_RE: Final = re.compile(
    _LIEU
    + _WHAT
    + r"\W{1,3}(?:[\w-]+ ){0,3}?(?P<held>(?:an? |the )?[\w' -]{0,30}?\b(?:degree|certificate)\b"
    r"[\w' -]{0,50}? (?:and|plus|with|along with) (?:at least )?)??" + _YEARS,
    re.I,
)
#: ... and with the years first: "four years of records experience in lieu of the degree".
_YEARS_FIRST_RE: Final = re.compile(_YEARS + r",? (?:[\w-]+ ){0,4}?" + _LIEU + _WHAT, re.I)
#: The bare offer closing its sentence, the schooling named before it: "Post-secondary
#: education is required; four years of related experience may substitute."
_BARE_RE: Final = re.compile(
    _YEARS + r" (?:may|can|will) (?:also )?(?:be )?substitute[ds]?(?P<what>)(?=\s?(?:[.;)]|$))",
    re.I,
)
#: The route for those without the schooling: "Applicants without a degree must have at least
#: five years of coding experience", "candidates without the associate degree need 4 years ...",
#: "Candidates lacking formal coding training may qualify with three years of coding
#: experience" (training: the least schooling, a certificate programme's). The lack is said as
#: matcher._rules_scope.LACKING_RULE says it ("who do not have", "in the absence of").
_WITHOUT_RE: Final = re.compile(
    LACKING
    + r" (?:an? |the |any )?"
    + _WHAT.replace("schooling|", "schooling|(?:coding|formal) training|", 1)
    + r"[^.;]{0,40}?\b"
    + _YEARS,
    re.I,
)
#: Whether a lower-case text holds a word _WITHOUT_RE cannot match without (the lack's).
lacks: Final = holds_any(LACKING_WORDS)
#: The route for those without the schooling, before its figure: "candidates without formal
#: coding education need 5 yrs of inpatient coding instead", "those without a degree need six
#: years", "candidates lacking formal coding training may qualify with three years" (the figure
#: is that route's, not everyone's; _WITHOUT_RE reads the routes). The lack is said as
#: matcher._rules_scope.LACKING_RULE says it.
WITHOUT_SCHOOLING_RE: Final = re.compile(
    LACKING + r" (?:an? |the |any )?(?:[\w'-]+ ){0,3}?(?:degree|education|diploma|certificate|"
    r"schooling|(?:coding|formal) training)\b",
    re.I,
)


def lacks_schooling(text: str, low: str, end: int) -> bool:
    """Whether ``text`` (``low`` its lower case) names, before ``end``, those who lack the
    schooling (WITHOUT_SCHOOLING_RE: matcher._experience leaves their figure to the routes),
    read only where the lack's words are."""
    return lacks(low) and WITHOUT_SCHOOLING_RE.search(text, 0, end) is not None


#: The schooling replaced named as a degree of no level: "a degree", "the degree", "a college or
#: university degree" is bachelor by the lexicon, not this.
_ANY_DEGREE_RE: Final = re.compile(r"\s*(?:an? |the )?(?:required |formal )?degree\s*$", re.I)
#: A refused offer: "Experience will not be accepted in lieu of the degree".
_REFUSED_RE: Final = re.compile(r"\b(?:not|cannot|can't|never)\b", re.I)


_OR_SPLIT_RE: Final = re.compile(r",? or ", re.I)


def _lowest(text: str) -> str | None:
    """The level the schooling an offer refers back to names: the lowest of its alternatives ("a
    coding certificate or an associate degree; ... may substitute for the schooling")."""
    level = education_level(text)
    if level is None or " or " not in text.lower():
        return level
    levels = [lv for lv in map(education_level, _OR_SPLIT_RE.split(text)) if lv]
    return min(levels, key=EDUCATION_RANK.__getitem__) if levels else level


def may_offer(low: str) -> bool:
    """Whether a lower-case ASCII sentence may state an offer (both patterns' words): most
    sentences an "or" brought to matcher._paths_inline do not, and are not read further."""
    return ("experience" in low or "work" in low or "ing may" in low or "ing can" in low) and (
        "lieu" in low
        or "in place" in low
        or "instead of" in low
        or lacks(low)
        or any(w in low for w in _SUBSTITUTE_VERBS)
    )


def _in_lieu(text: str, low: str) -> re.Match[str] | None:
    """The in-lieu offer ``text`` states (``low`` its lower case), read only where its words
    are."""
    if text.isascii() and (
        ("lieu" not in low and "in place" not in low and "instead of" not in low)
        or "experience" not in low
    ):
        return None  # re.I folds a few non-ASCII letters onto ASCII ones: only ASCII is gated
    m = _LIEU_FIRST_RE.search(text) or _YEARS_FIRST_RE.search(text)
    return None if m is None or _REFUSED_RE.search(m.group(0)) else m


def _without(text: str, low: str) -> re.Match[str] | None:
    """The route ``text`` offers those without the schooling, read only where its words are."""
    if text.isascii() and (not lacks(low) or "experience" not in low):
        return None
    m = _WITHOUT_RE.search(text)
    # (a refusal after what is lacked: the lack itself may say "not", "who do not have")
    return None if m is None or _REFUSED_RE.search(text, m.end("what"), m.end()) else m


def _bare(text: str, low: str) -> re.Match[str] | None:
    """The bare offer ``text`` closes with, read only where its words are."""
    if text.isascii() and ("substitute" not in low or "experience" not in low):
        return None
    m = _BARE_RE.search(text)
    return None if m is None or _REFUSED_RE.search(m.group(0)) else m


def _substitute(text: str, low: str) -> re.Match[str] | None:
    # the pattern has no literal start and backtracks at every word: its words first (on ASCII
    # text: re.I also folds a few non-ASCII letters, "\u0131" is "i")
    worded = ("experience" in low or "work" in low or "ing may" in low or "ing can" in low) and any(
        w in low for w in _SUBSTITUTE_VERBS
    )
    return SUBSTITUTE_RE.search(text) if worded or not text.isascii() else None


def degree_offer(text: str, low: str, before: str) -> list[QualificationPath] | None:
    """The degree, or the experience offered in its place, as two routes (without evidence);
    None unless the sentence offers years of experience for schooling above the diploma.
    ``low`` is ``text`` in lower case."""
    m = _substitute(text, low) or _in_lieu(text, low) or _bare(text, low) or _without(text, low)
    if m is None or "experience" in m.group("what").lower():
        return None  # years for years ("... may substitute for one year of the experience")
    level = education_level(m.group("what")) or _lowest(text) or _lowest(before)
    if level is None and _ANY_DEGREE_RE.match(m.group("what")):
        level = "associate"  # "in lieu of a degree": any degree will do, so the least of them
        # (alternatives count as the lowest, docs/design.md); the years are one route's
    if level is None and m.re is _BARE_RE and ABOVE_DIPLOMA_RE.search(f"{text} {before}"):
        level = "certificate"  # "post-secondary education ...; N years may substitute": the
        # least schooling above the diploma, as matcher._paths_schooling counts it
    trained = level is None and m.re is _WITHOUT_RE and m.group("what").endswith("training")
    if trained:
        level = "certificate"  # formal training: a certificate programme, as TRAINING_RE reads
    years = first_years(m.group("years"))
    if level in (None, "high_school") or years is None:
        return None
    # the years held with a lower level: "Applicants with an associate degree in HIT and four
    # years of experience will be considered in place of the bachelor's" (one route: both)
    if m.re is _LIEU_FIRST_RE:
        held_text = m.group("held")
    else:
        held = _HELD_WITH_RE.search(text, 0, m.start("years"))
        held_text = held.group("level") if held is not None else None
    with_level = education_level(held_text) if held_text is not None else None
    if with_level is not None and EDUCATION_RANK[with_level] >= EDUCATION_RANK[level]:
        with_level = None
    # ... and a credential held with them: "an associate degree with the RHIT and four
    # additional years of coding experience may be considered in place of the bachelor's" (the
    # route's, not everyone's: matcher._paths_flat drops a credential one path names)
    codes = credential_codes(held_text) if with_level is not None and held_text else []
    return [
        QualificationPath(
            label="training" if trained else "education",
            education=level,
            education_field=study_field(text),
        ),
        QualificationPath(
            label="experience" if with_level is None else "education and experience",
            education=with_level,
            experience_years=years[0],
            experience_kind=experience_kind(text),
            certifications=[CertificationRequirement(any_of=codes, level="required")]
            if codes
            else [],
        ),
    ]


#: A level held beside the years of an offer, joined to them right before: "with an associate
#: degree in HIT and four years ...", "an associate degree plus 3 years ..." (the years follow).
_HELD_WITH_RE: Final = re.compile(
    # (the field may be long: "an associate degree in Health Information Technology plus ...")
    r"(?P<level>\b(?:an? |the )?[\w' -]{0,30}?\b(?:degree|certificate|diploma)\b[\w' -]{0,50}?)"
    r"\s(?:and|plus|with|along with)\s(?:at least\s)?$",
    re.I,
)


def refers_back(text: str, before: str) -> bool:
    """Whether the degree a sentence's offer replaces may be the one named in ``before``: always
    for "... may be substituted for the degree" (as read since session 7), and for an in-lieu
    or bare offer that names no level of its own."""
    low = text.lower()
    # (re.I folds a few non-ASCII letters onto ASCII ones: only ASCII text is gated)
    may = _MAY_SUBSTITUTE is None or not text.isascii() or _MAY_SUBSTITUTE(low)
    if may and (sub := SUBSTITUTE_RE.search(text)) is not None:
        # ... unless the offer names the level it replaces: "... in place of the bachelor's"
        # (the sentence before may be another field's: "master's preferred")
        return education_level(sub.group("what")) is None or education_level(before) is None
    m = _in_lieu(text, low) or _bare(text, low) or _without(text, low)
    return (
        m is not None
        and not (m.re is _BARE_RE and ABOVE_DIPLOMA_RE.search(text))
        and education_level(m.group("what")) is None
        and education_level(text) is None
        and education_level(before) is not None
    )
