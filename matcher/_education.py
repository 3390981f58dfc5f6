"""Education levels a posting requires or prefers, and whether experience may substitute."""

from __future__ import annotations

import re
from collections.abc import Callable

from matcher._lexicon import (
    CANDIDATE_VOICE_RE,
    CERT_CODE_RE,
    CLAUSE_BREAK_RE,
    CREDENTIAL_OR_AFTER_RE,
    CREDENTIAL_OR_BEFORE_RE,
    EDU_FOR_EXPERIENCE_RE,
    EDUCATION_PATTERNS,
    EMPLOYER_VOICE_RE,
    EXPERIENCE_FOR_EDUCATION_RE,
    IN_PROGRESS_AFTER_RE,
    LABEL_AHEAD_RE,
    NEGATION_RE,
    OFF_SCOPE_RE,
    PREFERRED_RE,
    SUBSTITUTION_RE,
)
from matcher._lexicon_certs import ONE_OF_TRIGGERS
from matcher._rules import end_search, literal_gate, lookahead
from matcher._rules_education import EDUCATION_RULES
from matcher._sentences import Doc, mention_level
from matcher._triggers import (
    EDUCATION_TRIGGERS,
    SUBSTITUTION_TRIGGERS,
)
from schemas.vocab import EDUCATION_RANK

# Every pattern starts at a word boundary; the lookahead (first letters of every pattern,
# generated from the records) then rejects most word starts with one class test.
_LEVELS = "(?:" + "|".join(f"(?P<{lvl}>{pat})" for lvl, pat in EDUCATION_PATTERNS) + ")"
_LEVEL_RE = re.compile(
    r"\b" + lookahead(p for rule in EDUCATION_RULES for p in rule.patterns) + _LEVELS, re.I
)
# Two mentions joined by "or" (with a few words between) are alternatives of one group.
_ALT_RE = re.compile(r"^[^.;]{0,40}\bor\b[^.;]{0,40}$|^\s?/\s?$", re.I)
# Studying toward a level is not holding it ("students enrolled in an associate program").
_ENROLLED_RE = re.compile(
    r"\b(?:enrolled|enrollment|pursuing|working toward|studying|students?)\b[^.;]{0,50}$", re.I
)
# A cue followed by a comma closes its phrase: in "HS diploma or GED required, some college
# preferred" the preference belongs to the college, not to the diploma.
# A credential code after a comma opens its own phrase: in "Certificate in Medical Coding, CPC a
# plus" the cue is the credential's.
# A parenthesis closed right before a cue is an aside inside the phrase: "Master's degree (MHA,
# MBA or MS-HIM) strongly preferred".
_PHRASE_END_RE = re.compile(
    r", and |\s\((?!(?:preferred|required|desired|a plus)\b)"
    r"(?![^()]{0,40}\)\s?(?:is |are )?(?:strongly )?(?:preferred|required|desired|a plus)\b)|"
    r"[.;]\s|"
    r"(?<=required),\s|(?<=needed),\s|(?<=mandatory),\s|,\s(?=" + CERT_CODE_RE.pattern + r"\b)",
    re.I,
)
#: A level offered beside the one asked ("an associate degree in HIM; a bachelor's degree in a
#: related field is also accepted"): an alternative, so the lower of the two is what is asked.
_ALSO_ACCEPTED_RE = re.compile(
    r"\b(?:(?:is|are|will be|may be|would be) also|also) (?:be )?(?:accepted|acceptable|"
    r"considered|qualif(?:y|ies|ying))\b|\bmay (?:also )?qualify\b",
    re.I,
)
_RESTATED_RE = re.compile(r"^\s?[,/]\s?$|^\s?(?:degree|diploma)?\s?\(\s?$", re.I)
_NO_END_RE = re.compile(r"\bno\s$", re.I)  # "No high school diploma required"
_LEVEL_CUE_RE = re.compile(r"\b(?:required|preferred|must|plus|desired)\b", re.I)

Found = tuple[str, str]  # (level, evidence sentence)

# The words the sentence-wide patterns cannot match without, tested once a sentence: of the
# 696 bench sentences naming a level, 142 hold an off-scope word, 420 an education-for-
# experience one, none "also accepted", 71 a negation (h15r, issue 15).
_OFF_SCOPE_GATE = literal_gate(OFF_SCOPE_RE)
_EDU_FOR_EXPERIENCE_GATE = literal_gate(EDU_FOR_EXPERIENCE_RE)
_ALSO_ACCEPTED_GATE = literal_gate(_ALSO_ACCEPTED_RE)
_NEGATION_GATE = literal_gate(NEGATION_RE)
#: "no" right before a mention: started at the end of the words before it, not at each of them
_no_before = end_search(_NO_END_RE)


def _may(gate: Callable[[str], bool] | None, low: str | None) -> bool:
    """Whether a pattern may match in a sentence (``low``: its lower case, None unless ASCII:
    re.I folds a few other letters onto ASCII ones)."""
    return low is None or gate is None or gate(low)


# A word other than an article before the mention ("A GED is fine with us" opens with it).
_LEAD_WORD_RE = re.compile(r"\b(?!(?:an?|the)\b)[A-Za-z]", re.I)


def _in_passing(text: str, start: int, end: int) -> bool:
    """The mention sits inside a clause where the employer talks about itself or its people
    ("Many of our coders started with a certificate", "graduates of ... programs often join us").
    A clause that opens with the mention is a terse requirement ("HS diploma and we train", "A
    GED is fine with us")."""
    head = max((m.end() for m in CLAUSE_BREAK_RE.finditer(text, 0, start)), default=0)
    if not _LEAD_WORD_RE.search(text, head, start):
        return False
    tail = CLAUSE_BREAK_RE.search(text, end)
    return (
        EMPLOYER_VOICE_RE.search(text, head, len(text) if tail is None else tail.start())
        is not None
    )


def _groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lowest level) per group of alternative mentions in one sentence."""
    groups: list[tuple[int, int, str]] = []
    for m in _LEVEL_RE.finditer(text):
        level = m.lastgroup or ""
        if groups:
            start, end, low = groups[-1]
            between = text[end : m.start()]
            # the same level restated in a list or a parenthesis: "Master's degree (MHA, MBA
            # or MS-HIM)" is one mention
            restated = level == low and _RESTATED_RE.match(between)
            if (restated or _ALT_RE.match(between)) and not _LEVEL_CUE_RE.search(between):
                lowest = min(low, level, key=EDUCATION_RANK.__getitem__)
                groups[-1] = (start, m.end(), lowest)
                continue
        groups.append((m.start(), m.end(), level))
    return groups


#: How many sentences after "One of the following:" its list items may sit.
_ONE_OF_REACH = 3
#: A line that introduces a list of alternatives below it: "One of the following:",
#: "Qualifications (one of the following):", "Must meet one of these" (not "one of: CPC, CCS").
_ONE_OF_INTRO_RE = re.compile(
    r"\b(?:(?:one|any|either) of the following|one of these)\b[\w ]{0,20}\)?\s?:?\s*$", re.I
)


def extract_education(
    doc: Doc, *, diploma: list[Found] | None = None
) -> tuple[Found | None, Found | None]:
    """(required level, preferred level), each with its sentence; the highest required group and
    the lowest preferred group win ("HS diploma required; associate preferred"). ``diploma``, when
    given, receives the required high-school mentions: what is left for everyone when experience
    may replace the higher level (matcher._extract)."""
    required: Found | None = None
    preferred: Found | None = None
    also: list[Found] = []
    # "One of the following:" over list items: the levels listed under it are alternatives (an
    # intro that names its items on its own line lists nothing below)
    intros = [
        j for j in doc.with_words(ONE_OF_TRIGGERS) if _ONE_OF_INTRO_RE.search(doc.sentences[j].text)
    ]
    listed: dict[int, list[Found]] = {}
    for i in doc.with_words(EDUCATION_TRIGGERS):
        s = doc.sentences[i]
        if s.section == "benefits":
            continue
        under = next((j for j in reversed(intros) if 0 < i - j <= _ONE_OF_REACH), None)
        groups = _groups(s.text)  # most trigger sentences name no level: skip the scope checks
        if not groups:
            continue
        low = s.text.lower() if s.text.isascii() else None
        if (_may(_OFF_SCOPE_GATE, low) and OFF_SCOPE_RE.search(s.text)) or (
            _may(_EDU_FOR_EXPERIENCE_GATE, low) and EDU_FOR_EXPERIENCE_RE.search(s.text)
        ):
            continue
        may_negate = _may(_NEGATION_GATE, low)
        may_also = _may(_ALSO_ACCEPTED_GATE, low)
        # a requirement names a cue or sits in a requirements list; without either, schooling
        # named while the employer talks about itself is a passing mention
        uncued = (
            s.section not in ("required", "preferred", "title")
            and EMPLOYER_VOICE_RE.search(s.text) is not None
            and not CANDIDATE_VOICE_RE.search(s.text)
            and not PREFERRED_RE.search(s.text)
        )
        prev_end = 0
        for i, (start, end, level) in enumerate(groups):
            nxt = groups[i + 1][0] if i + 1 < len(groups) else len(s.text)
            before, after = s.text[prev_end:start], s.text[end:nxt]
            prev_end = end
            if _ENROLLED_RE.search(s.text[max(0, start - 60) : start]) or (
                IN_PROGRESS_AFTER_RE.match(after)
            ):
                continue
            if uncued and _in_passing(s.text, start, end):
                continue
            # schooling offered in place of a credential is not asked of everyone
            if CREDENTIAL_OR_BEFORE_RE.search(s.text[max(0, start - 100) : start]) or (
                CREDENTIAL_OR_AFTER_RE.search(s.text[end : end + 80])
            ):
                continue
            negated = (may_negate and NEGATION_RE.search(after[:40])) or _no_before(before)
            if negated and not PREFERRED_RE.search(after[:40]):
                continue
            # A posting names schooling only to ask for it: no cue needed outside the title.
            # a cue closes the whole phrase ("Certificate in records or HIM preferred"),
            # but not past a new clause ("GED, basic computer skills, and ... (office preferred)")
            cut = _PHRASE_END_RE.search(after) or LABEL_AHEAD_RE.search(after)
            which = mention_level(
                s,
                before,
                after if cut is None else after[: cut.start()],
                default_needs_cue=s.section == "title",
                reach=100,
                ideal_prefers=False,  # "Our ideal candidate has a high school diploma" asks it
            )
            if which == "required" and may_also and _ALSO_ACCEPTED_RE.search(s.text):
                also.append((level, s.text))
            elif which == "required" and under is not None:
                listed.setdefault(under, []).append((level, s.text))
            elif which == "required":
                if diploma is not None and level == "high_school":
                    diploma.append((level, s.text))
                if required is None or EDUCATION_RANK[level] > EDUCATION_RANK[required[0]]:
                    required = (level, s.text)
            elif which == "preferred" and (
                preferred is None or EDUCATION_RANK[level] < EDUCATION_RANK[preferred[0]]
            ):
                preferred = (level, s.text)
    for items in listed.values():  # the lowest of a list's alternatives is asked
        lowest = min(items, key=lambda found: EDUCATION_RANK[found[0]])
        if len(items) == 1 and diploma is not None and lowest[0] == "high_school":
            diploma.append(lowest)
        if required is None or EDUCATION_RANK[lowest[0]] > EDUCATION_RANK[required[0]]:
            required = lowest
    for alternative in also:  # the lower of the level asked and the one also accepted
        if required is None or EDUCATION_RANK[alternative[0]] < EDUCATION_RANK[required[0]]:
            required = alternative
    return required, preferred


def extract_substitution(doc: Doc) -> str | None:
    """The sentence saying experience may replace education, if any."""
    for i in doc.with_words(SUBSTITUTION_TRIGGERS):
        s = doc.sentences[i]
        if s.section != "benefits" and (
            SUBSTITUTION_RE.search(s.text) or EXPERIENCE_FOR_EDUCATION_RE.search(s.text)
        ):
            return s.text
    return None
