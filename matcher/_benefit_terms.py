"""The job's own terms stated under an offer heading ("What we offer", "Perks", "Pay and
benefits"): a sentence there that opens with a term ("Full-time, exempt.", "Onsite.",
"Schedule 8am-4:30pm, Monday through Friday") says what the job is, as a line above the heading
would; a perk that names a term ("Full-time employees receive ...", "Remote work stipend",
"Night shift differential") does not open with the term standing alone. Read by the employment,
workplace and shift readers, which otherwise skip a benefits section (session 17, seen25).
"""

from __future__ import annotations

import re
from typing import Final

from schemas.vocab import Rule

#: What may come before a term that opens the sentence: nothing, or a field label ("Schedule",
#: "Hours:", "Status -", "Work arrangement:").
TERM_LEAD_RULE: Final = Rule(
    "term_lead",
    (
        r"^\W{0,3}(?:(?:work |job |position |employment )?(?:schedule|hours|status|type|shift|"
        r"arrangement|location|setting)\s?[:-]?\s?)?$",
        # the job named: "This is a full-time position.", "This role is remote." (session 18)
        r"^\W{0,3}this (?:(?:is|will be) an? |(?:role|position|job|opening) is (?:an? )?)$",
    ),
    examples=(
        "",
        "Schedule ",
        "Hours: ",
        "Work arrangement: ",
        "- ",
        "Status - ",
        "This is a ",
        "This role is ",
    ),
    near_misses=("Our staff ", "We reimburse ", "Pay is higher for ", "Benefits for "),
)
#: What may follow the term: the sentence's end, a comma, a bracket, or a noun the term is the
#: job's ("Full-time position"); a noun of what is given ("employees", "stipend",
#: "differential", "options") is none of these.
TERM_END_RULE: Final = Rule(
    "term_end",
    (r"^\s?(?:[.,;:(|\u2013\u2014-]|$|(?:position|role|job|schedule|hours|basis|status)\b)",),
    examples=(".", ", exempt", " position", "", " (two days on-site)", " - Monday to Friday"),
    near_misses=(
        " employees receive",
        " work stipend",
        " differential",
        " options after 90 days",
        " staff accrue PTO",
        " positions are eligible",
    ),
)
_LEAD_RE: Final = re.compile("|".join(TERM_LEAD_RULE.patterns), re.I)
#: A row of a benefits table by type: the term, maybe a bracket, a colon and what it gets
#: ("Full-time: medical, dental, vision", "Part-time (0.5 FTE and above): prorated PTO", "Per
#: diem: 403(b) only"): a perk, not the job's term (session 18, blind31).
_PERK_ROW_RE: Final = re.compile(
    r"(?:[^:.;]|\.\d){0,30}:\s?(?:(?:full|partial|prorated|pro-rated|basic|limited|no) )?"
    r"(?:medical|dental|vision|health|pto|paid time off|401|403|retirement|life insurance|"
    r"insurance|benefits|tuition)",
    re.I,
)
_END_RE: Final = re.compile(TERM_END_RULE.patterns[0], re.I)


def states_term(text: str, start: int, end: int) -> bool:
    """Whether the term at text[start:end] opens the sentence and stands alone: the job's own
    terms, not a perk naming them."""
    return (
        _LEAD_RE.match(text[:start]) is not None
        and _END_RE.match(text[end:]) is not None
        and _PERK_ROW_RE.match(text, end) is None
    )
