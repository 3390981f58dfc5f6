"""How a sentence is read for education levels (split out of matcher._education, session 13):
the level pattern built from the records (as written and lowered), the sentence-wide patterns
and their word gates, and the groups of alternative mentions in one sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from matcher._lexicon import (
    CANDIDATE_VOICE_RE,
    CREDENTIAL_OR_AFTER_RE,
    CREDENTIAL_OR_BEFORE_RE,
    EDU_FOR_EXPERIENCE_RE,
    EDUCATION_PATTERNS,
    EMPLOYER_VOICE_RE,
    IN_PROGRESS_AFTER_RE,
    LABEL_AHEAD_RE,
    NEGATION_RE,
    OFF_SCOPE_RE,
    PREFERRED_RE,
    SUBSTITUTION_RE,
)
from matcher._lexicon_codes import CERT_CODE_RE
from matcher._lexicon_not_experience import EXPERIENCE_FOR_EDUCATION_RE
from matcher._rules import (
    end_search,
    holds_any,
    literal_gate,
    lookahead,
    selective_words,
)
from matcher._rules_education import EDUCATION_RULES
from matcher._rules_lower import led, lowered
from schemas.vocab import EDUCATION_RANK

# Every pattern starts at a word boundary; the lookahead (first letters of every pattern,
# generated from the records) then rejects most word starts with one class test.
_LEVEL_HEAD = r"\b" + lookahead(p for rule in EDUCATION_RULES for p in rule.patterns)
_LEVELS = "(?:" + "|".join(f"(?P<{lvl}>{pat})" for lvl, pat in EDUCATION_PATTERNS) + ")"
_LEVEL_RE: Final = re.compile(_LEVEL_HEAD + _LEVELS, re.I)


def _led_alternative(pattern: str) -> str:
    """A record's pattern without its opening boundary (the head has it, at the same place),
    behind the lookahead of its first letters unless it opens with a letter: the engine tests an
    alternative's opening letter before entering it, but not a lookbehind or a group."""
    body = pattern.removeprefix(r"\b")
    head = "" if body[:1].isalnum() else lookahead(body)
    return head + body if not head else f"{head}(?:{body})"


#: The same, lowered (matcher._rules_lower.lowered): each level behind the lookahead of its
#: first letters and each alternative opening with a letter or its own lookahead, so a word
#: start is rejected by a few one-character tests instead of entering every level (2.2x fewer
#: instructions lowered, s7rule; a quarter fewer again with the lookaheads, s8rule, issue 15).
_LEVEL_LOW_RE: Final = lowered(
    re.compile(
        _LEVEL_HEAD
        + "(?:"
        + "|".join(
            lookahead(rule.patterns)
            + f"(?P<{rule.id}>"
            + "|".join(map(_led_alternative, rule.patterns))
            + ")"
            for rule in EDUCATION_RULES
        )
        + ")",
        re.I,
    )
)
# Two mentions joined by "or" (with a few words between) are alternatives of one group.
_ALT_RE: Final = re.compile(r"^[^.;]{0,60}\bor\b[^.;]{0,60}$|^\s?/\s?$", re.I)
# Studying toward a level is not holding it ("students enrolled in an associate program").
# (enrolled in a programme named at length: "students currently enrolled in a CAHIIM-accredited
# Health Information Management (bachelor's) ... program", s18seen26)
_ENROLLED_RE: Final = re.compile(
    r"\b(?:enrolled|enrollment|pursuing|working toward|studying|students?)\b[^.;]{0,50}$|"
    r"\benrolled in (?:an? |the )[^.;]{0,80}$",
    re.I,
)
# A cue followed by a comma closes its phrase: in "HS diploma or GED required, some college
# preferred" the preference belongs to the college, not to the diploma.
# A credential code after a comma opens its own phrase: in "Certificate in Medical Coding, CPC a
# plus" the cue is the credential's.
# A parenthesis closed right before a cue is an aside inside the phrase: "Master's degree (MHA,
# MBA or MS-HIM) strongly preferred".
_PHRASE_END_RE: Final = re.compile(
    # every end opens with one of these characters, consumed by the class so the engine skips to
    # them in C; a lookbehind then says which it was (s7rule, s8rule, issue 15)
    r"[,.;\s](?:"
    r"(?<=,) and |(?<=\s)\((?!(?:preferred|required|desired|a plus)\b)"
    r"(?![^()]{0,40}\)\s?(?:is |are )?(?:strongly )?(?:preferred|required|desired|a plus)\b)|"
    r"(?<=[.;])\s|"
    r"(?<=required,)\s|(?<=needed,)\s|(?<=mandatory,)\s|"
    r"(?<=,)\s(?=" + CERT_CODE_RE.pattern + r"\b)|"
    # a figure of time opens the next item of a flattened list: "high school diploma or GED, 1
    # year minimum experience ..., 2+ years preferred" (the preference is the years')
    r"(?<=,)\s(?=(?:at least |a minimum of |minimum |min\. )?(?:\d{1,2}|one|two|three|four|five|"
    r"six)\+?(?:-\d{1,2})? ?(?:years?|yrs?|months?|mos?)\b))",
    re.I,
)
#: A level offered beside the one asked ("an associate degree in HIM; a bachelor's degree in a
#: related field is also accepted"): an alternative, so the lower of the two is what is asked.
_ALSO_ACCEPTED_RE: Final = re.compile(
    r"\b(?:(?:is|are|will be|may be|would be) also|also) (?:be )?(?:accepted|acceptable|"
    r"considered|qualif(?:y|ies|ying))\b|\bmay (?:also )?qualify\b|"
    # the employer's own offer of a lower level: "Will consider an associate degree with RHIT
    # and 5+ years", "we may also consider ..." (session 12 leftover)
    r"\b(?:will|would|may|can) (?:also )?consider\b",
    re.I,
)
_RESTATED_RE: Final = re.compile(r"^\s?[,/]\s?$|^\s?(?:degree|diploma)?\s?\(\s?$", re.I)
_NO_END_RE: Final = re.compile(r"\bno\s$", re.I)  # "No high school diploma required"
_LEVEL_CUE_RE: Final = re.compile(r"\b(?:required|preferred|must|plus|desired)\b", re.I)

Found = tuple[str, str]  # (level, evidence sentence)


def _may_hold(text: str) -> bool:
    return True


def _gate(rx: re.Pattern[str]) -> Callable[[str], bool]:
    """``literal_gate(rx)``, or a test passing every text when the pattern has no such words.
    A gate is asked only of lower-case ASCII text (re.I folds a few other letters onto ASCII
    ones): ``low is None or gate(low)``, with no call between (s8rule, issue 15)."""
    return literal_gate(rx) or _may_hold


# The words the sentence-wide patterns cannot match without, tested once a sentence: of the
# 696 bench sentences naming a level, 142 hold an off-scope word, 420 an education-for-
# experience one, none "also accepted", 71 a negation (h15r, issue 15).
_OFF_SCOPE_GATE: Final = _gate(OFF_SCOPE_RE)
_EDU_FOR_EXPERIENCE_GATE: Final = _gate(EDU_FOR_EXPERIENCE_RE)
_ALSO_ACCEPTED_GATE: Final = _gate(_ALSO_ACCEPTED_RE)
#: "in progress" after a mention, "enrolled" before one: read around each mention, 5 times a
#: posting, and only where the sentence holds their words
_IN_PROGRESS_GATE: Final = _gate(IN_PROGRESS_AFTER_RE)
_ENROLLED_GATE: Final = _gate(_ENROLLED_RE)
#: The credential codes and words schooling offered in place of a credential is said with (both
#: patterns' rarest cover, s7rule): a sentence holding none skips them for all its mentions.
_CREDENTIAL_GATE: Final = holds_any(
    sorted(
        {
            *(selective_words(CREDENTIAL_OR_BEFORE_RE) or ("",)),
            *(selective_words(CREDENTIAL_OR_AFTER_RE) or ("",)),
        }
    )
)
_NEGATION_GATE: Final = _gate(NEGATION_RE)


class _Patterns(NamedTuple):
    """The patterns a sentence is read with: as written (any text), or lowered for its lower-case
    copy when it is ASCII (matcher._rules.lowered: case-sensitive matching runs about twice as
    fast; s7rule, issue 15). Both give the same matches at the same places."""

    level: re.Pattern[str]
    alt: re.Pattern[str]
    restated: re.Pattern[str]
    level_cue: re.Pattern[str]
    off_scope: re.Pattern[str]
    edu_for_experience: re.Pattern[str]
    negation: re.Pattern[str]
    also_accepted: re.Pattern[str]
    employer_voice: re.Pattern[str]
    candidate_voice: re.Pattern[str]
    preferred: re.Pattern[str]
    enrolled: re.Pattern[str]
    in_progress_after: re.Pattern[str]
    phrase_end: re.Pattern[str]
    label_ahead: re.Pattern[str]
    substitution: re.Pattern[str]
    experience_for_education: re.Pattern[str]
    #: "no" right before a mention: started at the end of the words before it
    no_before: Callable[[str], re.Match[str] | None]


def _patterns(lower: bool) -> _Patterns:
    case = (lambda rx: led(lowered(rx))) if lower else (lambda rx: rx)
    return _Patterns._make(
        (
            _LEVEL_LOW_RE if lower else _LEVEL_RE,
            *map(
                case,
                (
                    _ALT_RE,
                    _RESTATED_RE,
                    _LEVEL_CUE_RE,
                    OFF_SCOPE_RE,
                    EDU_FOR_EXPERIENCE_RE,
                    NEGATION_RE,
                    _ALSO_ACCEPTED_RE,
                    EMPLOYER_VOICE_RE,
                    CANDIDATE_VOICE_RE,
                    PREFERRED_RE,
                    _ENROLLED_RE,
                    IN_PROGRESS_AFTER_RE,
                    _PHRASE_END_RE,
                    LABEL_AHEAD_RE,
                    SUBSTITUTION_RE,
                    EXPERIENCE_FOR_EDUCATION_RE,
                ),
            ),
            end_search(case(_NO_END_RE)),
        )
    )


_AS_WRITTEN: Final = _patterns(lower=False)
_LOWERED: Final = _patterns(lower=True)


def _groups(text: str, rx: _Patterns) -> list[tuple[int, int, str]]:
    """(start, end, lowest level) per group of alternative mentions in one sentence."""
    groups: list[tuple[int, int, str]] = []
    for m in rx.level.finditer(text):
        level = m.lastgroup or ""
        if groups:
            start, end, low = groups[-1]
            between = text[end : m.start()]
            # the same level restated in a list or a parenthesis: "Master's degree (MHA, MBA
            # or MS-HIM)" is one mention
            restated = level == low and rx.restated.match(between)
            if (restated or rx.alt.match(between)) and not rx.level_cue.search(between):
                lowest = min(low, level, key=EDUCATION_RANK.__getitem__)
                groups[-1] = (start, m.end(), lowest)
                continue
        groups.append((m.start(), m.end(), level))
    return groups
