"""Level cues: the words that make a mention preferred or required, negate it or put it out of
scope (docs/extraction.md, "How to add"). The negation and scope cues are in
matcher._rules_scope, the required cues in matcher._rules_required, importable from here as
before.

To read a new cue ("good to have"), add it to the record's patterns and an example sentence.
Each record becomes one regex ``\\b(?=[first letters])(?:cue|cue|...)``
(matcher._rules.alternation): the lookahead is generated, so a cue starting with a new letter
cannot be skipped.
tests/matcher/test_rules.py checks every cue against the examples and near misses.
"""

from __future__ import annotations

from typing import Final

from matcher._rules_required import REQUIRED_CUES, STRICT_REQUIRED_CUES
from matcher._rules_scope import CERT_OFF_SCOPE_CUES, NEGATION_CUES, OFF_SCOPE_CUES
from schemas.vocab import Rule

#: Heading words -> section kind. Checked in order; the first hit wins.
SECTION_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        "benefits",
        (
            "benefit",
            "perks",
            "what we offer",
            # a benefits heading in sentence case: "Benefits at a glance", "Benefits overview"
            # (a short line of a capital and small words is no heading by its letters alone)
            "benefits at a glance",
            "benefits overview",
            "benefits summary",
            "we offer",
            "why join",
            "why work",
            "why you'll love",
            "our commitment",
            "total rewards",
            # what the employer offers after hire: "Career growth", "Career path:", "Grow with
            # us:" (a credential earned there later is no requirement)
            "career growth",
            "career path",
            "career development",
            "career advancement",
            "grow with us",
            "growth opportunit",
            "eeo",
            "equal opportunity",
        ),
    ),
    # soft headings: everything under "Good to have" / "Not required but helpful" is preferred
    (
        "preferred",
        (
            "preferred",
            "nice to have",
            "nice-to-have",
            "desired",
            "bonus points",
            "a plus",
            "pluses",
            "ideal candidate",
            # "Ideal:", "Ideally, you have:" over a list
            "ideal:",
            "ideally",
            "additional qualifications",
            "good to have",
            "great to have",
            "would be nice",
            # ... opening a sentence-case heading: "What would be nice", "It would be nice to
            # have", "Would be great if you have" (s17probe2)
            "what would be nice",
            "it would be nice",
            "would be great",
            "it would be great",
            "what would be great",
            "not required but",
            "but not required",
            "love to see",
            "we'd love",
            "we'd also love",
            "we would love",
            "would love",
            # "What we'd like:", "We would like to see:", "Even better:" over a list
            "we'd like",
            "we would like",
            "even better",
            # "You might also have:" (after "You have:")
            "might also have",
            "would be helpful",
            "helpful:",
            # "What will help:", "What would help you:" over a list
            "what will help",
            "what would help",
            "extra credit",
            "bonus if",
            "a bonus",
            # civil service "Desirable Qualifications"; career sites' "What would make you stand
            # out", "Ways to stand out", "What sets you apart": more than the minimum, so
            # preferred (each short enough that it and a word after it are a heading:
            # matcher._sentences reads six words at most)
            "desirable",
            "stand out",
            "ways to stand out",
            "set you apart",
            "sets you apart",
            "what would make you",
            "what will make you",
            "what makes you stand",
            "what sets you apart",
            "what will set you apart",
            "what would set you apart",
        ),
    ),
    (
        "required",
        (
            "qualification",
            "requirement",
            "required",
            "minimum",
            "what you'll need",
            "what you need",
            "what we need",
            # "What we require", "We require:" over a list
            "what we require",
            "we require",
            "what you bring",
            "who you are",
            "must have",
            "education",
            "experience",
            "certification",
            "licensure",
            "credential",
            "skills",
            "knowledge",
            "eligibility",
            "to be considered",
            "you have",
            "you will need",
            "looking for",
            "you'll need",
            "must haves",
            # "Must-haves" over a list, hyphenated as "nice-to-have" is
            "must-have",
            "what it takes",
            "you should have",
            "specialized experience",
            "conditions of employment",
        ),
    ),
    (
        "duties",
        (
            "responsibilit",
            "duties",
            "what you'll do",
            "what you will do",
            "about the role",
            "job summary",
            "summary",
            "overview",
            "about us",
            "about the job",
            "position",
            "description",
            # a job board's "Full job description" over the posting's own text (sentence case,
            # so read as a heading by its phrase)
            "full job description",
            "job description",
            "day to day",
            "a day in",
            "role",
        ),
    ),
    (
        "schedule",
        (
            "schedule",
            "shift",
            "hours",
            "pay",
            "compensation",
            "salary",
            "wage",
            "location",
            "job type",
            "employment type",
            "work setting",
            # "Job details", "Position details" (after a "Career growth" heading: the schedule,
            # pay and workplace under it are no benefits)
            "details",
        ),
    ),
)

PREFERRED_CUES: Final = Rule(
    "preferred",
    (
        "preferred",
        "prefer",
        "preferably",
        "pref'd",
        r"pref\b",
        "desired",
        "desirable",
        "a plus",
        # "plus" closing a clause ("CPC a plus", "Epic, plus") prefers; "plus an associate
        # degree" adds a requirement
        r"plus(?=\s?[.;,)!])",
        "nice to have",
        # a terse ad's label: "Must have: CCS | Nice: RHIA" (the word alone only as a label)
        r"\bnice(?=\s?:)",
        "ideally",
        # "We'd love to see 3 years", "we would also love CDIP"
        r"(?:we'd|we would|would) (?:also |really )?love\b",
        "would be ideal",
        # "Epic would be nice", "Would be great if you have 2 years" (not "you would be great at
        # talking with patients": the hire, not a preference; s17probe2)
        r"would be (?:nice|great)\b(?! at\b)",
        "is ideal",
        "is an asset",
        "advantageous",
        "highly regarded",
        "bonus",
        r"welcome\b(?! but not)",
        "strongly encouraged",
        "encouraged",
        # "CMA or RMA helpful"; "helpful but not required" is a negation, not a preference
        r"helpful\b(?! but not)",
        # "not required, but CCA helps", "CPC would help": the credential helps, closing its
        # clause (not "helps patients", "helps us")
        r"(?:\bwould|\bwill|\bmay|\bcan|\bmight) (?:also |really |definitely )?help"
        r"(?=\s?[.;,!)]|$)",
        r"\bhelps(?=\s?[.;,!)]|$)",
        # those considered first: "RHIT holders will be considered first", "given preference",
        # "priority consideration for CCS holders"
        r"(?:considered|interviewed|reviewed) (?:first|ahead of others|before others)\b",
        r"given (?:preference|priority)\b",
        r"priority consideration\b",
    ),
    examples=(
        "CPC preferred; we prefer Epic, preferably Cerner.",
        "Must have: CCS. Nice: RHIA",
        "RHIT pref'd, CCS pref, AAS desired, BS desirable.",
        "Epic a plus. Cerner, plus.",
        "Meditech nice to have, ideally athena; Epic would be ideal, Cerner is ideal.",
        "We'd love CRC; we would also love CDIP; we'd really love Epic; they would love CCA.",
        "CPB is an asset, advantageous and highly regarded.",
        "CRC a bonus; new grads welcome; CCA strongly encouraged; COC encouraged.",
        "Certified Medical Assistant or Registered Medical Assistant helpful.",
        "Not required, but CCA helps. A CPC would help; Epic will also help.",
        "RHIT holders will be considered first; CCS holders are given preference.",
        "Priority consideration for CPC holders.",
        "Epic would be nice; it would be great if you have CCS.",
    ),
    near_misses=(
        "HS diploma plus an associate degree",
        "professional coder",
        "Vocational training helpful but not required.",
        "A nursing diploma is welcome but not needed.",
        "You'll love our team.",
        "Helps patients complete forms.",
        "Our team helps you earn the CCS.",
        "Would help with scanning",
        "A nice team: five coders",
        "Office in Nice, France: CCS required",
        "You would be great at talking with patients.",
    ),
)

#: The ideal hire described: "Ideal candidates have 2 years", "The ideal candidate will have
#: CPC", "Our ideal candidate has a high school diploma" (not "must have"): a preference for
#: every field, as under an "Ideal candidate" heading (SECTION_WORDS). The flat required fields
#: are what every applicant needs (docs/design.md), and the ideal hire is more than that.
IDEAL_CUES: Final = Rule(
    "ideal",
    (
        r"ideal (?:candidates?|applicants?|hires?|persons?|people|individuals?)"
        r"(?: (?:will|would|should|also|typically))?"
        r" (?:have|has|holds?|possess(?:es)?|brings?|be)\b",
        # "Our ideal candidate is an RHIT", "ideal hires are CPCs": the ideal hire described by
        # what they are (not "is required to", "are expected to")
        r"ideal (?:candidates?|applicants?|hires?) (?:is an?\b|are\b(?! (?:required|expected|"
        r"asked|needed|obliged)\b))",
    ),
    examples=(
        "Ideal candidates have CPC; the ideal candidate will have RHIT.",
        "Ideal applicants bring CCS; the ideal hire would also have Epic.",
        "The ideal candidate holds CCS; the ideal hire possesses RHIT and brings Epic.",
        "Our ideal candidate is an RHIT; ideal hires are CPCs.",
        "The ideal person has spent two years in HIM; the ideal individual will have RHIT.",
    ),
    near_misses=(
        "The ideal candidate must have CPC.",
        "Ideally located near the bus line.",
        "Ideal candidates are required to hold CPC.",
        "The ideal candidate is able to lift 25 pounds.",
    ),
)


__all__ = [
    "CERT_OFF_SCOPE_CUES",
    "IDEAL_CUES",
    "NEGATION_CUES",
    "OFF_SCOPE_CUES",
    "PREFERRED_CUES",
    "REQUIRED_CUES",
    "SECTION_WORDS",
    "STRICT_REQUIRED_CUES",
]
