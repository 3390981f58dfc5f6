"""Skills a posting names, as normalised ids from schemas.vocab.SKILLS."""

from __future__ import annotations

import re
from typing import Final

from matcher._rules_gates import holds_any
from matcher._rules_lower import lowered, lowered_if_i, sentence_lower
from matcher._sentences import Doc
from matcher._triggers import SKILLS as _SKILLS

#: Each skill rule with the lowered copy of its regex (matcher._rules_lower), which reads an
#: ASCII sentence in lower case: (id, regex, triggers, copy or None for a case-sensitive rule).
_SKILLS_LOWERED: Final = [
    (rule.id, rule.regex, rule.triggers, lowered_if_i(rule.regex)) for rule in _SKILLS
]

#: A verb of leading others: the team it names is the person's charge, not the person's work.
#: ("runs the daily work of the release-of-information, scanning and deficiency teams")
#: A department that "includes ... an imaging team and a release of information team" names
#: other people's work too (README, Skills: a team's work is not the person's).
#: Working beside a team names its work too ("Works closely with the scanning and release of
#: information teams but does not perform their work"), and so does a department's head count
#: ("The HIM department has 31 staff across coding, release of information and document
#: imaging").
_LEAD_VERBS: Final = (
    r"(?:leads?|leading|manag(?:e|es|ing)|supervis(?:e|es|ing)|oversee(?:s|ing)?|"
    r"direct(?:s|ing)?|heads?|heading|runs|running|coordinat(?:e|es|ing)|includ(?:es|ing)|"
    r"work(?:s|ing)? (?:closely )?(?:with|alongside)|partner(?:s|ing)? with|"
    r"collaborat(?:e|es|ing) with|liais(?:e|es|ing) with|"
    r"(?:department|unit|office|division|team) (?:has|employs|consists of|is made up of))"
)
_LEAD_RE: Final = re.compile(r"\b" + _LEAD_VERBS + r"\b", re.I)
#: The people or unit led ("the scanning team", "the ICD-10 coders").
_TEAM_RE: Final = re.compile(
    r"\b(?:teams?|staff|coders|clerks|specialists|technicians|units?|sections?)\b", re.I
)
#: The words naming what a team does, back from the team word to the determiner or the lead verb
#: before it: "Leads the [record completion, release of information and scanning] teams".
_TEAM_WORDS_RE: Final = re.compile(
    r"(?:\b(?:the|our|an?|its|their|all)\s|"
    # "Supervises, schedules and evaluates ROI, scanning and analysis staff": the verb's list
    r"\b" + _LEAD_VERBS + r",?\s)"
    r"(?P<words>(?:(?!\b(?:the|our|an?|its|their|all)\s)[^.;:()]){1,90})$",
    re.I,
)
#: The staff led, then their work: "leads the work of 18 employees in release of information,
#: scanning and indexing, and record completion".
_STAFF_IN_RE: Final = re.compile(
    r"\b(?:employees|staff|people|team members|clerks|specialists|technicians) "
    r"(?:in|across|handling) (?P<words>[^.;:()]{1,120})",
    re.I,
)
#: Lower-case words the exclusion needs (both kinds): most sentences hold neither.
_LEAD_WORDS: Final = ("lead", "manag", "supervis", "oversee", "direct", "head", "run", "coordinat",
                      "includ", "with", "department has", "unit has", "office has",
                      "division has", "team has", "employs", "consists of",
                      "made up of")  # fmt: skip
_TEAM_WORDS: Final = ("team", "staff", "coders", "clerks", "specialists", "technicians", "unit",
                      "section", "employees", "people")  # fmt: skip


#: The four patterns as written, and their lowered copies (matcher._rules_lower) for the lower
#: case of an ASCII sentence: only the places of their matches are kept, the same in both
#: (session 16: "with" and "includ" among the lead words pass most sentences to the search).
_LED_AS_WRITTEN: Final = (_LEAD_RE, _TEAM_RE, _TEAM_WORDS_RE, _STAFF_IN_RE)
_LED_LOWERED: Final = tuple(lowered(rx) for rx in _LED_AS_WRITTEN)


def _led_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names teams the person leads, by what they do ("manages the ICD-10 coders
    and the imaging team"): skills named only there are not the person's (README, Skills)."""
    low = text.lower()
    if not _holds_lead(low) or not _holds_team(low):
        return []
    if text.isascii():
        text = low
        lead_rx, team_rx, words_rx, staff_rx = _LED_LOWERED
    else:
        lead_rx, team_rx, words_rx, staff_rx = _LED_AS_WRITTEN
    lead = lead_rx.search(text)
    if lead is None:
        return []
    spans: list[tuple[int, int]] = []
    for team in team_rx.finditer(text, lead.end()):
        start = max(lead.start(), team.start() - 100)
        words = words_rx.search(text[start : team.start()].rstrip() + " ")
        if words is not None:
            spans.append((start + words.start("words"), team.end()))
    for staff in staff_rx.finditer(text, lead.end()):
        spans.append((staff.start("words"), staff.end()))
    return spans


#: A sense the job needs, right before the mention in its clause: "must be able to read small
#: print on scanned images", "near vision to check scanned pages on screen" name a physical
#: demand, not the scanning (not past an "and": "able to view scanned images and index them"
#: still indexes; "ability to read and interpret CPT" asks CPT).
_SENSE_BEFORE_RE: Final = re.compile(
    r"\b(?:(?:able|ability) to (?:see|view|read (?:small|fine) print|distinguish)|vision|"
    r"eyesight|visual acuity)\b(?:(?! and )[^.;]){0,50}$",
    re.I,
)
#: Pieces every _SENSE_BEFORE_RE match holds one of, in lower or title case ("Able to",
#: "Vision": looked for in the text as written, which most sentences need not be lowered for).
_SENSE_WORDS: Final = ("ble to", "bility to", "ision", "yesight", "cuity")
#: The word lists as chains of "in" tests (matcher._rules_gates.holds_any: a generator a call
#: cost more than its tests; session 16).
_holds_sense: Final = holds_any(_SENSE_WORDS)
_holds_team: Final = holds_any(_TEAM_WORDS)
_holds_lead: Final = holds_any(_LEAD_WORDS)


def _sensed(text: str, hit: re.Match[str]) -> bool:
    """The mention is what a sense the job needs is used on (_SENSE_BEFORE_RE)."""
    return _SENSE_BEFORE_RE.search(text, max(0, hit.start() - 120), hit.start()) is not None


#: A company's legal form closing its name ("Meridian Chart Review LLC", "Epic Health Partners,
#: Inc."): case-sensitive, after capitalised words at most (and "of", "and", "&").
_ORG_SUFFIX: Final = (
    r"(?:LLC|L\.L\.C\.|Inc\b\.?|Incorporated|Corp\b\.?|Corporation|Ltd\b\.?|LLP|PLLC)"
)
_ORG_NAME_AFTER_RE: Final = re.compile(
    r"(?:\s(?:[A-Z][\w'&-]*|of|and|&)){0,4},?\s" + _ORG_SUFFIX + r"(?!\w)"
)


def _in_org_name(text: str, hit: re.Match[str]) -> bool:
    """The words ``hit`` matched are part of a company's name ("Meridian Chart Review LLC"): the
    employer's or a client's name is no skill the posting asks for."""
    return hit.group()[:1].isupper() and _ORG_NAME_AFTER_RE.match(text, hit.end()) is not None


#: Skills named after a vendor's product: a firm named after one ("Cerner Corporation", "Epic
#: Consulting Partners LLC") makes or works with it, so its name still names the product.
_PRODUCT_SKILLS: Final = frozenset(
    ("epic", "cerner", "meditech", "athenahealth", "eclinicalworks", "nextgen", "allscripts",
     "microsoft_office")
)  # fmt: skip


def _names_own(
    skill: str, rx: re.Pattern[str], text: str, low_rx: re.Pattern[str] | None, low: str | None
) -> bool:
    """``rx`` names the skill in ``text`` outside the teams the person leads and outside a
    company's name. ``low`` is ``text`` in lower case when ASCII (else None), read with
    ``low_rx``, rx's lowered copy (None for a case-sensitive rx): the same spans, half the
    cost."""
    m = rx.search(text) if low is None or low_rx is None else low_rx.search(low)
    if m is None:
        return False
    # anchored where the hit ends, the name's pattern fails at once on most hits (a search of
    # the sentence for a legal form first cost ~25k instructions a posting); the hit's first
    # letter as written (m may be a match in the lower case)
    if (
        text[m.start() : m.end()][:1].isupper()
        and skill not in _PRODUCT_SKILLS
        and _ORG_NAME_AFTER_RE.match(text, m.end()) is not None
    ):
        m = next((h for h in rx.finditer(text) if not _in_org_name(text, h)), None)
        if m is None:
            return False
    sensed = _holds_sense(text)  # most sentences: no sense named
    # the team word comes after the words naming the team's work (most mentions have none
    # after), or just before them ("18 employees in release of information")
    tail = text[max(0, m.start() - 130) : m.end() + 100].lower()
    spans = _led_spans(text) if _holds_team(tail) else []
    if not spans and not sensed:
        return True
    return any(
        not any(a <= hit.start() and hit.end() <= b for a, b in spans)
        and not (sensed and _sensed(text, hit))
        for hit in rx.finditer(text)
    )


def skill_sentences(text: str, skills: list[str]) -> dict[str, str]:
    """For each skill id, the first sentence of ``text`` that names it (the extractor's own
    patterns), so a verdict can quote the posting's sentence.

    >>> skill_sentences("Front desk work. Knowledge of HIPAA is required.", ["hipaa"])
    {'hipaa': 'Knowledge of HIPAA is required.'}
    """
    from matcher._sentences import split_sentences

    wanted = [(k, rx) for k, rx, _ in _SKILLS if k in skills]
    out: dict[str, str] = {}
    if not wanted:
        return out
    for sentence in split_sentences(text):
        for skill, rx in wanted:
            if skill not in out and rx.search(sentence.text):
                out[skill] = sentence.text
    return out


def extract_skills(doc: Doc) -> tuple[list[str], str] | None:
    """Skill ids in the order of the vocabulary, with the first sentence that named one.

    The title and benefits sections do not count (a title is not a skill the posting asks for).
    """
    found: list[str] = []
    first = -1
    for skill, rx, triggers, low_rx in _SKILLS_LOWERED:
        for i in doc.with_words(triggers):
            s = doc.sentences[i]
            if s.section not in ("benefits", "title") and _names_own(
                skill, rx, s.text, low_rx, sentence_lower(doc, i) if low_rx is not None else None
            ):
                found.append(skill)
                first = i if first < 0 else min(first, i)
                break
    return (found, doc.sentences[first].text) if found else None
