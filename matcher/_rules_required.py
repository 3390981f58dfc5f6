"""Level cues that make a mention required (docs/extraction.md, "How to add"): REQUIRED_CUES,
read around a mention and in a list's lead, and STRICT_REQUIRED_CUES, the words that ask it
outright after the mention and win over a later preference. Split from matcher._rules_cues
(session 17, by job: the preferred and heading words stay there), importable from there as
before. tests/matcher/test_rules.py checks every cue against its examples and near misses.
"""

from __future__ import annotations

from typing import Final

from schemas.vocab import Rule

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
        # who may apply, said before the holder (session 17): "Open only to RHIT holders",
        # "limited to CCS holders", "accepted only from CPC holders"
        "(?:open|limited|restricted) only to",
        "only open to",
        # (the job or its applications limited: not "chart access is restricted to RHIT staff")
        "(?:position|posting|job|role|opening|vacancy|announcement|recruitment|applications?|"
        "applicants?) (?:is |are )?(?:limited|restricted) to",
        "(?:accepted|considered) only from",
        "only (?:be )?(?:accepted|considered) from",
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
        "Open only to RHIT holders; only open to CCS; posting limited to CPC; applications are "
        "restricted to RHIA.",
        "Accepted only from CCS holders; will only be accepted from CPC holders.",
    ),
    near_misses=(
        "CPC preferred",
        "Req ID 4471",
        "Req. #5512",
        "Req No. 7",
        "requisition",
        "Chart access is restricted to RHIT staff.",
    ),
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
        # ... and who will be considered (session 17): "Only RHIT applicants will be considered",
        # "CCS holders will be interviewed" (not "considered first", "also considered")
        r"(?:applicants?|candidates?|holders?|coders?|applications?) (?:will|shall|can|may) "
        r"(?:only )?be (?:considered|accepted|interviewed|reviewed)\b"
        r"(?! (?:first|before|ahead|also|too|as well|for)\b)",
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
        "Only RHIT applicants will be considered",
        "Only CCS holders will be interviewed.",
        "Only applications from CPC candidates can be accepted",
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
        "RHIT holders will be considered first",
        "CCA applicants will also be considered",
        "applicants will be considered for other openings",
    ),
)


__all__ = ["REQUIRED_CUES", "STRICT_REQUIRED_CUES"]
