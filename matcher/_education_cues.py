"""Cues around a mention of schooling that make it no requirement (matcher._education): what the
schooling earns once hired ("Applicants with a bachelor's degree will be paid at a higher step");
and an offer of experience for a credential, not schooling ("RHIT or equivalent experience")."""

from __future__ import annotations

import re
from typing import Final

from matcher._lexicon_codes import CERT_CODE_RE
from matcher._rules import holds_any

#: What schooling earns, not what the job asks: "Applicants with a bachelor's degree will be paid
#: at a higher step", "associate degree holders start at a higher rate", "employees holding an
#: associate degree are appointed at Step 3" (the words after the
#: mention, no requirement cue among them: "Associate degree required and hires start at step
#: 1" asks it).
_PAID_MORE_RE: Final = re.compile(
    r"^(?:(?!required|must|need)[^.;]){0,30}?\b(?:paid|placed|start|started|hired|earn|earns|"
    r"receive|receives|qualify for|qualifies for|eligible for|appointed)\b[^.;]{0,30}?\b(?:higher|"
    # a step of the pay scale: "are appointed at Step 3 of the salary range" (civil service)
    r"additional|extra|premium|differential|increase|step \d|step (?:two|three|four|five))\b",
    re.I,
)
#: The same said before the mention, of those who hold it: "Appointment may be made at the third
#: pay step for applicants who hold an associate degree", "A higher starting rate is paid to
#: candidates with a bachelor's degree" (not "Associate degree required and new hires start at
#: step 1": the pay comes after the mention; not "Paid at step 1; applicants must have a
#: diploma": a requirement cue between).
_PAID_MORE_BEFORE_RE: Final = re.compile(
    r"\b(?:higher|additional|extra|premium|increased?|(?:pay|salary) step|step \d|"
    r"(?:second|third|fourth|fifth|advanced|upper) (?:pay |salary )?step)\b"
    r"(?:(?!required|must|need)[^.;]){0,40}?"
    r"\b(?:for|to) (?:applicants|candidates|those|employees|staff|hires|persons|new hires|anyone)"
    r"\b(?:(?!required|must|need)[^.;]){0,25}$",
    re.I,
)
#: The words one of _PAID_MORE_RE's matches holds (lower case): looked for first.
_PAID_MORE_WORDS: Final = (
    "higher",
    "additional",
    "extra",
    "premium",
    "differential",
    "increase",
    "step ",
)


#: Whether a lower-case sentence holds one of those words: asked once a sentence, so a mention
#: in a sentence without them costs nothing more (most sentences).
may_pay_more: Final = holds_any(_PAID_MORE_WORDS)


def paid_more(before: str, after: str) -> bool:
    """Whether the words after a mention (_PAID_MORE_RE) or before it, of those who hold it
    (_PAID_MORE_BEFORE_RE), say what the schooling earns."""
    return (
        _PAID_MORE_RE.match(after) is not None
        or _PAID_MORE_BEFORE_RE.search(before[-120:]) is not None
    )


#: Schooling named in a clause: an offer of experience there may stand in for it.
_SCHOOLING_WORD_RE: Final = re.compile(
    r"\b(?:degree|education|diploma|school|college|program|programme|course ?work|schooling|"
    r"associate|bachelor|certificate|GED)\b",
    re.I,
)
#: A credential named by its word: "Coding certification or equivalent experience".
_CREDENTIAL_WORD_RE: Final = re.compile(
    r"\b(?:certification|credential|certified|licen[cs]e)", re.I
)


def for_credential_only(text: str, start: int) -> bool:
    """Whether the offer of experience at ``start`` ("or equivalent experience") follows a
    credential and no schooling in its clause ("RHIT or equivalent experience"): experience
    standing in for a credential, which is not schooling (tests/data/extraction/README.md)."""
    head = max(text.rfind(c, 0, start) for c in ".;:")
    clause = text[head + 1 : start]
    return (
        CERT_CODE_RE.search(clause) is not None or _CREDENTIAL_WORD_RE.search(clause) is not None
    ) and _SCHOOLING_WORD_RE.search(clause) is None
