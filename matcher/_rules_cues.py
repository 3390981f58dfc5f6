"""Level cues: the words that make a mention preferred or required, negate it or put it out of
scope (docs/extraction.md, "How to add"). The negation and scope cues are in
matcher._rules_scope, importable from here as before.

To read a new cue ("good to have"), add it to the record's patterns and an example sentence.
Each record becomes one regex ``\\b(?=[first letters])(?:cue|cue|...)``
(matcher._rules.alternation): the lookahead is generated, so a cue starting with a new letter
cannot be skipped.
tests/matcher/test_rules.py checks every cue against the examples and near misses.
"""

from __future__ import annotations

from typing import Final

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
    ),
    near_misses=(
        "HS diploma plus an associate degree",
        "professional coder",
        "Vocational training helpful but not required.",
        "A nursing diploma is welcome but not needed.",
        "You'll love our team.",
        "A nice team: five coders",
        "Office in Nice, France: CCS required",
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

REQUIRED_CUES: Final = Rule(
    "required",
    (
        "required",
        "requires?",
        "require",
        # classified ads: "CPC req'd", "RHIT reqd" ("Req ID" is a requisition number)
        r"req['’]?d\b",
        # ... and "CPC req.", "Cert. req.: CPC" (not "Req ID 4471", "Req. #5512", "Req No. 7")
        r"req\b(?!\.? ?(?:id\b|#|no\b|num\w*|\d))",
        "must",
        "mandatory",
        "minimum",
        "at least",
        "need(?:ed|s)?",
        "necessary",
        "should (?:have|possess|hold)",
        "essential",
        "qualifications?",
        "requirements?",
        "candidates? will have",
        "you have",
        "you'll have",
        "you bring",
        "applicants? (?:will|should) have",
        "has",
        "have",
        "holds?",
        "possess",
        r"maintains?\b",
        r"current\b",
        r"active\b",
        r"valid\b",
        "seeking",
        "looking for",
    ),
    examples=(
        "RHIT required; the role requires CPC and must have CCS.",
        "Mandatory minimum of at least one credential, needed and necessary.",
        "You should have CPC; essential qualifications and requirements.",
        "Candidates will have RHIT; you have CCA; you'll have CPC; you bring COC.",
        "Applicants should have CCS; she has RHIT and holds CPC, possess CRC.",
        "Maintains current, active, valid CPC.",
        "Seeking a coder, looking for CPC.",
        "CPC req'd; RHIT reqd.",
        "CPC req.; Cert. req.: CCS",
    ),
    near_misses=("CPC preferred", "Req ID 4471", "Req. #5512", "Req No. 7", "requisition"),
)

STRICT_REQUIRED_CUES: Final = Rule(
    "strict_required",
    (
        "required",
        "require[sd]?",
        r"req['’]?d\b",
        r"req\b(?!\.? ?(?:id\b|#|no\b|num\w*|\d))",
        "must",
        "mandatory",
        "is a requirement",
        "needed",
        "necessary",
        "essential",
        # a held credential's standing: "RHIA or RHIT in good standing", "(active, in good
        # standing)"
        "in good standing",
        # who may apply, said after the holder (session 16, s16probe): "Only CPC-certified
        # coders need apply", "CPC certified coder wanted", "(RHIT/RHIA) applicants only"
        r"need apply\b",
        # (an ad's "wanted", not the verb with its object: "staff wanted more parking")
        r"wanted\b(?! (?:more|less|a|an|the|their|his|her|it|them|to be)\b)",
        # (closing the line: not "holders only get the differential")
        r"(?:applicants?|candidates?|holders?|coders?) only\b(?! [a-z])",
    ),
    examples=(
        "RHIT required, CCS is a requirement.",
        "AHIMA or AAPC certification (active, in good standing).",
        "The role requires and must be mandatory.",
        "CPC needed, necessary, essential.",
        "CPC req'd.",
        "CPC req.",
        "Only CPC-certified coders need apply",
        "CPC certified coder wanted",
        "CCS wanted for a busy clinic",
        "Credentialed (RHIT/RHIA) applicants only",
        "CCS holders only, please",
    ),
    near_misses=(
        "CPC preferred",
        "minimum of two years",
        "Req ID 4471",
        "Req. #5512",
        "non-certified coders welcome to apply",
        "certified coders earn a differential",
        "applicants only need a diploma",
        "CPC holders only get the differential",
        "unwanted",
        "RHIT staff wanted more parking",
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
