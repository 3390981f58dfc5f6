"""Level cues: the words that make a mention preferred or required, negate it or put it out of
scope (docs/extraction.md, "How to add").

To read a new cue ("good to have"), add it to the record's patterns and an example sentence.
Each record becomes one regex ``\\b(?=[first letters])(?:cue|cue|...)``
(matcher._rules.alternation): the lookahead is generated, so a cue starting with a new letter
cannot be skipped.
tests/matcher/test_rules.py checks every cue against the examples and near misses.
"""

from __future__ import annotations

from typing import Final

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
            "additional qualifications",
            "good to have",
            "great to have",
            "would be nice",
            "not required but",
            "but not required",
            "love to see",
            "would be helpful",
            "helpful:",
            "extra credit",
            "bonus if",
            "a bonus",
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
        "ideally",
        "would be ideal",
        "is ideal",
        "is an asset",
        "advantageous",
        "highly regarded",
        "bonus",
        "welcome",
        "strongly encouraged",
        "encouraged",
    ),
    examples=(
        "CPC preferred; we prefer Epic, preferably Cerner.",
        "RHIT pref'd, CCS pref, AAS desired, BS desirable.",
        "Epic a plus. Cerner, plus.",
        "Meditech nice to have, ideally athena; Epic would be ideal, Cerner is ideal.",
        "CPB is an asset, advantageous and highly regarded.",
        "CRC a bonus; new grads welcome; CCA strongly encouraged; COC encouraged.",
    ),
    near_misses=("HS diploma plus an associate degree", "professional coder"),
)

REQUIRED_CUES: Final = Rule(
    "required",
    (
        "required",
        "requires?",
        "require",
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
    ),
    near_misses=("CPC preferred",),
)

STRICT_REQUIRED_CUES: Final = Rule(
    "strict_required",
    (
        "required",
        "require[sd]?",
        "must",
        "mandatory",
        "is a requirement",
        "needed",
        "necessary",
        "essential",
    ),
    examples=(
        "RHIT required, CCS is a requirement.",
        "The role requires and must be mandatory.",
        "CPC needed, necessary, essential.",
    ),
    near_misses=("CPC preferred", "minimum of two years"),
)

#: Clause-level negation of a requirement ("RHIT not required", "no degree required").
NEGATION_CUES: Final = Rule(
    "negation",
    (
        "not (?:required|necessary|needed|mandatory)",
        "no (?:\\w+ ){0,3}(?:is |are )?(?:required|necessary|needed)",
        "(?:is|are) not a requirement",
        "does not require",
        "don't need",
        "do not need",
        "not a must",
        "optional",
        "(?:is|are) not\\b(?! only)",
        "(?:is|are)n't",
    ),
    examples=(
        "RHIT not required; no degree is needed.",
        "A degree is not a requirement and the role does not require CPC.",
        "You don't need CCS, do not need RHIA; CPC is not a must, CCA optional.",
        "A degree is not expected and certifications aren't.",
    ),
    near_misses=("CPC required", "not only RHIT"),
)

#: A clause that talks about someone else, or about help toward a credential: not a requirement.
OFF_SCOPE_CUES: Final = Rule(
    "off_scope",
    (
        "tuition",
        r"reimburs\w*",
        "assistance (?:toward|with|for)",
        "exam fees?",
        "we (?:will )?pay",
        "pays? for",
        r"sponsor\w*",
        "stipend",
        "incentive",
        "differential",
        "bonus(?:es)?",
        "raise",
        "career ladder",
        "pathway",
        "path to",
        "help you (?:earn|get|obtain)",
        "support (?:you|your)",
        "reports? to",
        "works? (?:closely )?(?:with|alongside)",
        "supervised by",
        "supervises",
        "our (?:coders|coding team|team of)",
        "team of",
        r"led by",
        "managed by",
        r"collaborat\w+ with",
    ),
    examples=(
        "Tuition reimbursement and assistance toward CPC, exam fees paid: we pay for it.",
        "The hospital pays for and sponsors RHIT, a stipend, an incentive, a differential.",
        "A bonus, a raise, a career ladder, a pathway and a path to CCS.",
        "We help you earn CPC and support your RHIT.",
        "Reports to the RHIA; works closely with CCS coders, supervised by and supervises.",
        "Our coders are a team of CPCs, led by and managed by an RHIA; collaborates with CDI.",
    ),
    near_misses=("CPC required",),
)
