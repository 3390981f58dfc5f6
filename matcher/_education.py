"""Education levels a posting requires or prefers, and whether experience may substitute. How a
sentence is read (the level pattern, its gates, groups of alternatives) is in
matcher._education_read."""

from __future__ import annotations

import re
from typing import Final

from matcher._education_cues import for_credential_only, may_pay_more, paid_more
from matcher._education_read import (
    _ALSO_ACCEPTED_GATE,
    _AS_WRITTEN,
    _CREDENTIAL_GATE,
    _EDU_FOR_EXPERIENCE_GATE,
    _ENROLLED_GATE,
    _IN_PROGRESS_GATE,
    _LOWERED,
    _NEGATION_GATE,
    _OFF_SCOPE_GATE,
    Found,
    _groups,
)
from matcher._levels import mention_level
from matcher._lexicon import (
    CLAUSE_BREAK_RE,
    CREDENTIAL_OR_AFTER_RE,
    CREDENTIAL_OR_BEFORE_RE,
    EMPLOYER_VOICE_RE,
)
from matcher._lexicon_certs import ONE_OF_TRIGGERS
from matcher._rules_substitution import ABOVE_DIPLOMA_RE
from matcher._sentences import Doc
from matcher._substitution_cues import BARE_OFFER_RE, diploma_replaced, refused
from matcher._triggers import (
    EDUCATION_TRIGGERS,
    SUBSTITUTION_TRIGGERS,
)
from schemas.vocab import EDUCATION_RANK

#: "an associate degree and holds CCS or CPC": an "and" before the "or" opens another requirement
_AND_WORD_RE: Final = re.compile(r"\band\s", re.I)
# A word other than an article before the mention ("A GED is fine with us" opens with it).
_LEAD_WORD_RE: Final = re.compile(r"\b(?!(?:an?|the)\b)[A-Za-z]", re.I)


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


#: The trigger words less those holding another of them ("m.s degree" holds "m.s"): a
#: sentence holding one holds the other, and Doc.with_words reads each word it is given.
_TRIGGERS: Final = tuple(
    w
    for w in EDUCATION_TRIGGERS
    if not any(v != w and "\n" not in v and v in w for v in EDUCATION_TRIGGERS)
)
#: How many sentences after "One of the following:" its list items may sit.
_ONE_OF_REACH: Final = 3
#: A line that introduces a list of alternatives below it: "One of the following:",
#: "Qualifications (one of the following):", "Must meet one of these" (not "one of: CPC, CCS").
_ONE_OF_INTRO_RE: Final = re.compile(
    r"\b(?:(?:one|any|either) of the following|one of these)\b[\w ]{0,20}\)?\s?:?\s*$", re.I
)


#: A sentence that is an alternative marker alone: "OR", "- or -", "--OR--" (split off at the ";"
#: before it: "1. an associate degree and the RHIT; OR\n2. a bachelor's degree and the RHIA").
_OR_ALONE_RE: Final = re.compile(r"\W{0,4}or\W{0,4}", re.I)
#: The same sentence found in Doc.lower between the newlines that join the sentences (neither
#: the first nor the last sentence: no side before or after it). Opening with the newline, the
#: pattern is tried only at the ~60 newlines of a posting; str.find for each way the marker
#: opens cost ~25k instructions a posting (session 13, speed).
_OR_LINE_RE: Final = re.compile(r"\n\W{0,4}or\W{0,4}(?=\n)")


def _or_sides(doc: Doc) -> dict[int, int]:
    """The sentences on either side of an alternative marker standing alone, each mapped to the
    first sentence of its run (negated: no sentence index of a "one of the following" list): the
    levels they ask are alternatives, the lowest is asked (session 13)."""
    sides: dict[int, int] = {}
    if len(doc.lower) != len(doc.text):
        return sides  # (a letter whose lower case is longer: positions differ; rare)
    sentences = doc.sentences
    for m in _OR_LINE_RE.finditer(doc.lower):
        k = doc.index(m.start() + 1)
        if _OR_ALONE_RE.fullmatch(sentences[k].text):
            sides[k - 1] = sides[k + 1] = sides.get(k - 1, -k)
    return sides


def extract_education(
    doc: Doc, *, diploma: list[Found] | None = None
) -> tuple[Found | None, Found | None]:
    """(required level, preferred level), each with its sentence; the highest required group and
    the lowest preferred group above it win ("HS diploma required; associate preferred").
    ``diploma``, when given, receives the required high-school mentions: what is left for
    everyone when experience may replace the higher level (matcher._extract)."""
    required: Found | None = None
    preferences: list[Found] = []
    also: list[Found] = []
    # "One of the following:" over list items: the levels listed under it are alternatives (an
    # intro that names its items on its own line lists nothing below)
    intros = [
        j for j in doc.with_words(ONE_OF_TRIGGERS) if _ONE_OF_INTRO_RE.search(doc.sentences[j].text)
    ]
    listed: dict[int, list[Found]] = {}
    beside_or = _or_sides(doc)
    for i in doc.with_words(_TRIGGERS):
        s = doc.sentences[i]
        if s.section == "benefits":
            continue
        under = (
            next((j for j in reversed(intros) if 0 < i - j <= _ONE_OF_REACH), None)
            if intros
            else None  # most postings have no such list: no generator a sentence
        )
        if under is None and beside_or:
            under = beside_or.get(i)
        # an ASCII sentence is read in lower case with the lowered patterns
        low = s.text.lower() if s.text.isascii() else None
        rx, text = (_AS_WRITTEN, s.text) if low is None else (_LOWERED, low)
        groups = _groups(text, rx)  # most trigger sentences name no level: skip the scope checks
        if not groups:
            continue
        if ((low is None or _OFF_SCOPE_GATE(low)) and rx.off_scope.search(text)) or (
            (low is None or _EDU_FOR_EXPERIENCE_GATE(low)) and rx.edu_for_experience.search(text)
        ):
            continue
        may_negate = low is None or _NEGATION_GATE(low)
        may_also = low is None or _ALSO_ACCEPTED_GATE(low)
        may_credential = low is None or _CREDENTIAL_GATE(low)
        may_enroll = low is None or _ENROLLED_GATE(low)
        may_pay = low is None or may_pay_more(low)
        # a requirement names a cue or sits in a requirements list; without either, schooling
        # named while the employer talks about itself is a passing mention
        uncued = (
            s.section not in ("required", "preferred", "title")
            and rx.employer_voice.search(text) is not None
            and not rx.candidate_voice.search(text)
            and not rx.preferred.search(text)
        )
        prev_end = 0
        for i, (start, end, level) in enumerate(groups):
            nxt = groups[i + 1][0] if i + 1 < len(groups) else len(text)
            before, after = text[prev_end:start], text[end:nxt]
            prev_end = end
            if (may_enroll and rx.enrolled.search(text[max(0, start - 100) : start])) or (
                (low is None or _IN_PROGRESS_GATE(after)) and rx.in_progress_after.match(after)
            ):
                continue
            if (uncued and _in_passing(s.text, start, end)) or (
                may_pay and paid_more(before, after)
            ):
                continue
            # schooling offered in place of a credential is not asked of everyone (credential
            # codes are capitals: the sentence as written)
            if may_credential and (
                CREDENTIAL_OR_BEFORE_RE.search(s.text[max(0, start - 100) : start])
                or (
                    (alt := CREDENTIAL_OR_AFTER_RE.search(s.text[end : end + 80])) is not None
                    and not _AND_WORD_RE.search(alt.group("gap"))
                )
            ):
                continue
            if (
                level == "high_school"
                and "experience" in after[:60].lower()
                and _DIPLOMA_OR_EXPERIENCE_RE.match(after)
            ):
                continue  # "High school diploma or equivalent experience": not everyone's
            negated = (may_negate and rx.negation.search(after[:40])) or rx.no_before(before)
            if negated and not rx.preferred.search(after[:40]):
                continue
            # A posting names schooling only to ask for it: no cue needed outside the title.
            # a cue closes the whole phrase ("Certificate in records or HIM preferred"),
            # but not past a new clause ("GED, basic computer skills, and ... (office preferred)")
            cut = rx.phrase_end.search(after) or rx.label_ahead.search(after)
            which = mention_level(
                s,
                before,
                after if cut is None else after[: cut.start()],
                default_needs_cue=s.section == "title",
                reach=100,
            )
            if which == "required" and may_also and rx.also_accepted.search(text):
                also.append((level, s.text))
            elif which == "required" and under is not None:
                listed.setdefault(under, []).append((level, s.text))
            elif which == "required":
                if diploma is not None and level == "high_school":
                    diploma.append((level, s.text))
                if required is None or EDUCATION_RANK[level] > EDUCATION_RANK[required[0]]:
                    required = (level, s.text)
            elif which == "preferred":
                preferences.append((level, s.text))
    for items in listed.values():  # the lowest of a list's alternatives is asked
        lowest = min(items, key=lambda found: EDUCATION_RANK[found[0]])
        if len(items) == 1 and diploma is not None and lowest[0] == "high_school":
            diploma.append(lowest)
        if required is None or EDUCATION_RANK[lowest[0]] > EDUCATION_RANK[required[0]]:
            required = lowest
    for alternative in also:  # the lower of the level asked and the one also accepted
        if required is None or EDUCATION_RANK[alternative[0]] < EDUCATION_RANK[required[0]]:
            required = alternative
    # a preference is for more than everyone must have: the lowest preferred level above the
    # required one ("associate required; associate in HIM preferred; bachelor's a plus"); one
    # not above it is dropped by matcher._extract once routes have set the required level
    floor = -1 if required is None else EDUCATION_RANK[required[0]]
    above = [found for found in preferences if EDUCATION_RANK[found[0]] > floor] or preferences
    preferred = min(above, key=lambda found: EDUCATION_RANK[found[0]]) if above else None
    return required, preferred


#: Experience offered in place of the diploma itself: "High school diploma or equivalent
#: experience", "HS diploma, or equivalent work experience". The diploma is then no one's need,
#: and no schooling above it is replaced: education_substitutable stays false (README: schooling
#: above high school only; decided in session 13, no labelled set holds the phrase).
_DIPLOMA_OR_EXPERIENCE_RE: Final = re.compile(
    r"(?: ?(?:diploma|graduate|education))?(?: ?\(?(?:or )?(?:ged|equivalent)\)?)?,? or (?:an? )?"
    r"(?:equivalent|comparable|related|"
    r"relevant)? ?(?:work )?experience\b",
    re.I,
)


#: Words every high-school mention holds one of (matcher._rules_education's records).
#: (a word may also be elsewhere, "hs" in "months": the check then runs for nothing)
_DIPLOMA_WORDS: Final = (
    "high",
    "diploma",
    "ged",
    "h.s",
    "hs",
    "equivalen",
    "proficiency",
    "educ",
    "hiset",
)


def _levels_of(text: str) -> list[tuple[int, int, str]]:
    """``_groups`` of one sentence, read in lower case with the lowered patterns when it is
    ASCII (the same spans; re.I lowers every character it compares, session 16)."""
    return _groups(text.lower(), _LOWERED) if text.isascii() else _groups(text, _AS_WRITTEN)


def _diploma_only(text: str) -> bool:
    """The offer replaces only a diploma: every level the sentence names is high school, and
    experience is offered right after one of them."""
    low = text.lower()
    if not any(w in low for w in _DIPLOMA_WORDS):
        return False  # most offers replace a degree: the level pattern is not run again
    groups = _levels_of(text)
    return (
        bool(groups)
        and all(level == "high_school" for _, _, level in groups)
        and not ABOVE_DIPLOMA_RE.search(text)
        and any(_DIPLOMA_OR_EXPERIENCE_RE.match(text, end) for _, end, _ in groups)
    )


def diploma_offered(doc: Doc) -> bool:
    """Whether a sentence offers experience in place of the diploma itself: then the diploma
    is not asked of everyone (README "experience offered for the diploma itself")."""
    return any(diploma_replaced(doc.sentences[i].text) for i in doc.with_words(("experience",)))


def extract_substitution(doc: Doc) -> str | None:
    """The sentence saying experience may replace education, if any."""
    for i in doc.with_words(SUBSTITUTION_TRIGGERS):
        s = doc.sentences[i]
        if s.section == "benefits":
            continue
        # an ASCII sentence is read in lower case with the lowered patterns
        rx, text = (_LOWERED, s.text.lower()) if s.text.isascii() else (_AS_WRITTEN, s.text)
        m = rx.substitution.search(text) or rx.experience_for_education.search(text)
        if (
            m is not None
            and not refused(text, m.start(), m.end())
            and not for_credential_only(s.text, m.start())
            and not _diploma_only(s.text)
            and not diploma_replaced(s.text)
        ):
            return s.text
        # "Post-secondary education is required; four years of related experience may
        # substitute.": the bare offer split off the sentence naming the schooling it replaces
        if i and "substitute" in text and (bare := BARE_OFFER_RE.search(s.text)) is not None:
            prev = doc.sentences[i - 1].text
            if not refused(s.text, bare.start(), bare.end()) and (
                any(level != "high_school" for _, _, level in _levels_of(prev))
                or ABOVE_DIPLOMA_RE.search(prev)
            ):
                return s.text
    return None
