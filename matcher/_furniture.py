"""Page furniture of job pages: field labels with their value on the next line, tab menus.

Real pages (USAJOBS, job boards) lay a posting out as a form: "Remote job" on one line and "No"
on the next, "Perm/Temp" / "FT/PT" labels, a numbered tab menu ("1. Overview 2. Duties ...").
Read as prose, a label is taken for a value ("Perm/Temp" -> temporary) and a menu item for a
section heading ("4. Benefits & Other Info" made the whole announcement benefits). The words are
data here; matcher._sentences runs the pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

#: Field labels of job boards and USAJOBS pages, written on their own line with the value on the
#: next ("Remote job" / "No", "Work schedule" / "Full-time"): the pair is read as one sentence
#: "Label: value", and the label alone is no heading and no requirement.
FIELD_LABELS: Final[frozenset[str]] = frozenset(
    (
        "remote job",
        "telework eligible",
        "telework",
        "work schedule",
        "appointment type",
        "position type",
        "job type",
        "employment type",
        "perm/temp",
        "ft/pt",
        "full/part time",
        "full-time/part-time",
        "salary",
        "pay scale & grade",
        "pay scale and grade",
        "grade",
        "travel required",
        "relocation expenses reimbursed",
        "service",
        "promotion potential",
        "supervisory status",
        "security clearance",
        "drug test",
        "position sensitivity and risk",
        "trust determination process",
        "financial disclosure",
        "bargaining unit status",
        "announcement number",
        "control number",
        "open & closing dates",
        "location",
        "locations",
        "company name",
        "post date",
        "expire date",
        "job categories",
        "shift",
        "schedule",
        "hours",
        "duration",
        "status",
        "work setting",
        "department",
        "agency",
        "job title",
        "pay",
        "compensation",
        "series",
        "tour of duty",
        "hiring path",
        # career-site workplace fields: "Remote Work Eligible" / "No"
        "remote",
        "remote work",
        # "Remote Work Option" / "No" (a Workday-like page's field, value on the next line)
        "remote work option",
        "remote work options",
        "remote option",
        "telework option",
        "remote eligible",
        "remote work eligible",
        # "Days off:" / "Saturday and Sunday": the days named are the ones not worked
        "days off",
        # "Remote Type" / "Onsite" (a Workday-like page's field, no colon)
        "remote type",
        "work location",
        "work arrangement",
        "workplace type",
        "location type",
        "work model",
        # the hours and terms of a career site or a state page, value on the next line ("FTE"
        # / "0.5", "Hours per week" / "24", "Time Base" / "Intermittent"; s17probe2)
        "fte",
        "hours per week",
        "hours/week",
        "weekly hours",
        "scheduled weekly hours",
        "time base",
        "time type",
        "percent of time",
        "percent time",
        "employment status",
        "job status",
    )
)
#: A job board's qualification blocks copied as text put each item's level mark on its own line:
#: "Licenses & certifications" / "Certified Professional Coder" / "Preferred", "Experience" /
#: "Medical records: 2 years" / "Required". The mark is the item's ("... (Preferred)"), read so
#: only under one of these block labels (or right after another item's mark); elsewhere
#: "Required" / "Preferred" alone on a line is a heading over the lines below it.
MARK_LINES: Final[frozenset[str]] = frozenset(
    ("required", "preferred", "(required)", "(preferred)")
)
MARK_BLOCK_LABELS: Final[frozenset[str]] = frozenset(
    (
        "education",
        "experience",
        "licenses & certifications",
        "licenses and certifications",
        "license/certification",
        "licenses/certifications",
        "certifications",
        "certification",
        "licenses",
        "license",
        "language",
        "languages",
        "shift availability",
        "work location",
        "ability to commute",
        "ability to relocate",
    )
)
#: Words of a "Label: value" head that name a field, not a level ("Education:", "Licenses and
#: Certifications:", "Skills & Knowledge:"): such a label inside a "Preferred Qualifications"
#: block is one of its items, still preferred (matcher._sentences); a head with another word
#: ("Required education:", "Minimum experience:") states its own level.
FIELD_LABEL_WORDS: Final[frozenset[str]] = frozenset(
    (
        "education",
        "experience",
        "certification",
        "certifications",
        "certificate",
        "certificates",
        "license",
        "licenses",
        "licence",
        "licences",
        "licensure",
        "credential",
        "credentials",
        "skills",
        "skill",
        "knowledge",
        "training",
    )
)
#: Words that join field words in a label ("Licenses and Certifications").
_LABEL_JOINS: Final[frozenset[str]] = frozenset(("and", "or"))
_LABEL_WORD_RE: Final = re.compile(r"[a-z]+")
#: A career site's question with its answer ("Is this position remote?" / "No", "Remote? Yes"),
#: on two lines or one: read as "label: answer" like a field label, so the question's words are
#: not taken for the value and the sentence splitter does not part them at the "?".
QUESTION_RE: Final = re.compile(
    # a short label ("Remote?"), not a rhetorical one ("No prior experience? No problem!")
    r"^(?P<q>(?:is|are|will|can|does|do|may)\s[^?]{2,70}|(?!(?:no|yes)\b)[A-Za-z][\w /-]{1,30})\?"
    r"(?:\s+(?P<a>(?:yes|no)\b.{0,90}))?$",
    re.I,
)
#: What an answer on the next line opens with.
ANSWER_RE: Final = re.compile(r"^(?:yes|no)\b", re.I)
#: A field label that opens a sentence ("Perm/Temp: Permanent", "FT/PT: Full-Time"): its words are
#: not the value ("Perm/Temp" says nothing about temporary work).
FIELD_LABEL_HEAD_RE: Final = re.compile(
    r"^(?:perm(?:anent)?/temp(?:orary)?|ft/pt|full/part[- ]time|full[- ]time/part[- ]time|"
    r"work schedule|appointment type|position type|job type|employment type|schedule|employment|"
    r"position|"
    r"(?:job |position |employment |work )?status)"
    r"\s?:\s?",
    re.I,
)
#: A numbered tab menu of a job page ("1. Overview", "2. Duties", "3. Qualifications &
#: Evaluations"), one item a line or all on one line: page navigation, not section headings.
MENU_ITEM_RE: Final = re.compile(r"^\s{0,8}\d{1,2}[.)]\s{1,4}[A-Z][A-Za-z &/,'-]{1,40}$")
MENU_LINE_RE: Final = re.compile(
    r"^(?:\s{0,4}\d{1,2}[.)]\s{1,4}[A-Z][A-Za-z&/,'-]{1,20}(?: [A-Za-z&/,'-]{1,20}){0,3}){3,12}"
    r"\s*$"
)
#: Least items of a tab menu.
MENU_MIN_ITEMS: Final = 3

#: A line opening with a bullet or a number is a list item, not the value of the label above it.
_BULLET_ONLY_RE: Final = re.compile(r"^(?:[-*•·▪●◦–✓]|\d{1,2}[.)]|\(\d{1,2}\))\s")
_NUMBER_RE: Final = re.compile(r"\d+")


#: A label's value sits on the next line, or the one after a blank line; it is short.
_VALUE_MAX_CHARS: Final = 100
_LABEL_MAX_CHARS: Final = max(len(label) for label in FIELD_LABELS) + 1


@lru_cache(maxsize=1024)  # labels repeat across postings ("Education", "Experience")
def names_field(head: str) -> bool:
    """A label head made only of field words ("Licenses and Certifications"), no level word.

    >>> names_field("Licenses & Certifications"), names_field("Minimum Education")
    (True, False)
    """
    words = [w for w in _LABEL_WORD_RE.findall(head.lower()) if w not in _LABEL_JOINS]
    return bool(words) and all(w in FIELD_LABEL_WORDS for w in words)


def holds_field_word(heading: str) -> bool:
    """ "Certifications (preferred):" names a field; "Preferred Qualifications" does not."""
    return any(w in FIELD_LABEL_WORDS for w in _LABEL_WORD_RE.findall(heading.lower()))


def may_hold_furniture(lines: list[str]) -> bool:
    """A line that is only a field label, or a numbered item: most postings have neither and skip
    the line-by-line pass (a regex over the text cost a quarter of the splitting time)."""
    labels, limit = FIELD_LABELS, _LABEL_MAX_CHARS + 8
    for raw in lines:
        if not raw:  # a third of the lines: none of the tests below passes on "" (-14k, s11gate)
            continue
        if len(raw) <= limit:
            line = raw.strip()
            if line.rstrip(":").rstrip().lower() in labels:
                return True
        # a numbered line ("1. Overview"): an ASCII digit first, tested by its code (compiled, a
        # slice and a set test cost ~200 instructions a line; s11gate)
        if 48 <= ord(raw[0]) <= 57 and raw[1:3].lstrip("0123456789")[:1] in (".", ")"):
            return True
        if "?" in raw and QUESTION_RE.match(raw.strip()):
            return True
        if len(raw) <= 14 and raw.strip().lower() in MARK_LINES:
            return True
    return False


def _item_mark(lines: list[str], i: int, marked: int) -> bool:
    """Whether line ``i`` closes the item above it as its level mark, in a job board's block
    (MARK_LINES: "Required" / "Preferred" under "Experience" / "Medical records: 2 years").
    ``marked``: the last line read as a mark (the block's next item follows it). A page that
    puts a blank line between every line ("Experience", "", "Coding: 2 years", "", "Required",
    "") has the same block: a mark with blank lines on both sides skips them."""
    mark = lines[i].strip()
    if i < 2 or mark.lower() not in MARK_LINES:
        return False
    at = i - 1
    if not lines[at].strip() and at >= 2 and (i + 1 >= len(lines) or not lines[i + 1].strip()):
        at -= 1  # the blank line between an item and its mark
    gap = i - 1 - at  # the blank lines between each line of the block (0 or 1)
    item = lines[at].strip()
    if not item or _BULLET_ONLY_RE.match(item) or item.rstrip(":").lower() in MARK_BLOCK_LABELS:
        return False
    k = at - 1 - gap
    if k < 0 or (gap and lines[at - 1].strip()):
        return False
    above = lines[k].strip().rstrip(":").lower()
    return above in MARK_BLOCK_LABELS or marked == k


def _label(line: str) -> str | None:
    """The field label a line consists of ("Remote job", "Position Type:"), else None."""
    if len(line) > _LABEL_MAX_CHARS:
        return None
    key = line.rstrip(":").strip()
    return key if key.lower() in FIELD_LABELS else None


def furniture(
    lines: list[str], *, section_kind: Callable[[str], str | None]
) -> list[tuple[str, bool]]:
    """Lines with page furniture read as such: a field label and its value on the next line are
    one line "Label: value" ("Remote job" / "No"), and the items of a numbered tab menu ("1.
    Overview", "2. Duties", "3. Qualifications & Evaluations") are flagged (True): they are page
    navigation, so they open no section."""
    out: list[tuple[str, bool]] = []
    i, n = 0, len(lines)
    marked = -2  # the last line read as an item's mark
    while i < n:
        line = lines[i].strip()
        if out and len(line) <= 12 and _item_mark(lines, i, marked):
            # "Certified Professional Coder" / "Preferred" -> "... Coder (Preferred)" (the item
            # is the last line out, or the one before a blank line)
            k = -1 if out[-1][0] else -2
            out[k] = (f"{out[k][0]} ({line.strip('()').capitalize()})", False)
            marked = i
            i += 1
            continue
        label = _label(line) if line and line[0].isalpha() else None
        if label is not None:
            j = i + 1
            if j < n and not lines[j].strip() and j + 1 < n:
                j += 1  # one blank line between label and value
            value = lines[j].strip() if j < n else ""
            if (
                value
                and len(value) <= _VALUE_MAX_CHARS
                and _label(value) is None
                and not _BULLET_ONLY_RE.match(value)
            ):
                out.append((f"{label}: {value}", False))
                i = j + 1
                continue
        if "?" in line and (question := QUESTION_RE.match(line)) is not None:
            answer = question.group("a")
            j = i + 2 if i + 2 < n and not lines[i + 1].strip() else i + 1  # a blank between
            if answer is None and j < n and ANSWER_RE.match(lines[j].strip()):
                answer, i = lines[j].strip()[:_VALUE_MAX_CHARS], j
            if answer is not None:
                out.append((f"{question.group('q')}: {answer}", False))
                i += 1
                continue
        if line[:1].isdigit() and MENU_ITEM_RE.match(line):
            j = i
            while j < n and MENU_ITEM_RE.match(lines[j]) and j - i < 20:
                j += 1
            items = [lines[k].strip() for k in range(i, j)]
            numbers = [int(_NUMBER_RE.match(t).group()) for t in items]  # type: ignore[union-attr]
            named = sum(section_kind(t) is not None for t in items)
            if (
                len(items) >= MENU_MIN_ITEMS
                and numbers == list(range(numbers[0], numbers[0] + len(items)))
                and named >= 2
            ):
                out.extend((t, True) for t in items)
                i = j
                continue
        out.append((line, line[:1].isdigit() and bool(MENU_LINE_RE.match(line))))
        i += 1
    return out
