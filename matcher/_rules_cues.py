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
            "what we need",
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
    ),
)

#: The ideal hire described: "Ideal candidates have 2 years", "The ideal candidate will have
#: CPC", "Our ideal candidate has a high school diploma" (not "must have"): a preference for
#: every field, as under an "Ideal candidate" heading (SECTION_WORDS). The flat required fields
#: are what every applicant needs (docs/design.md), and the ideal hire is more than that.
IDEAL_CUES: Final = Rule(
    "ideal",
    (
        r"ideal (?:candidates?|applicants?|hires?)(?: (?:will|would|should|also|typically))?"
        r" (?:have|has|holds?|possess(?:es)?|brings?|be)\b",
    ),
    examples=(
        "Ideal candidates have CPC; the ideal candidate will have RHIT.",
        "Ideal applicants bring CCS; the ideal hire would also have Epic.",
        "The ideal candidate holds CCS; the ideal hire possesses RHIT and brings Epic.",
    ),
    near_misses=("The ideal candidate must have CPC.", "Ideally located near the bus line."),
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
        # a held credential's standing: "RHIA or RHIT in good standing", "(active, in good
        # standing)"
        "in good standing",
    ),
    examples=(
        "RHIT required, CCS is a requirement.",
        "AHIMA or AAPC certification (active, in good standing).",
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
        "(?:does|do|did) not require",
        "(?:doesn't|don't) require",
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
        "We do not require RHIT; we don't require CCA.",
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
        # a sign-on or retention bonus; "Bonus points for CDIP" / "bonus if you hold CRC" prefer
        r"bonus(?:es)?(?! points?\b| if\b)",
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
    near_misses=("CPC required", "Bonus points for CDIP or CRC.", "A bonus if you hold CRC."),
)

#: Credentials only (education keeps OFF_SCOPE_CUES alone, read over a whole sentence): a
#: credential someone else holds, or one the employer offers to help with or pays more for.
CERT_OFF_SCOPE_CUES: Final = Rule(
    "cert_off_scope",
    (
        # the employer's own staff holding a credential: "Our HIM consultant is an RHIA", "our
        # director and two supervisors are RHIAs" (not "our ideal candidate is an RHIT")
        r"our (?:[\w-]+ ){0,2}(?:consultants?|directors?|managers?|supervisors?|leads?|staff|"
        r"physicians?|providers?|nurses?|auditors?|educators?|coders?) (?:is|are|holds?|has|have)",
        # other people described by what they hold: "coders, several of whom hold CRC", "(most
        # hold CCS or CPC)"
        r"(?:several|many|most|some|all|each|none) (?:of (?:whom|them) )?(?:hold|have|are)\b",
        # what a credential earns, not what the job asks: "CPC holders start at a higher rate",
        # "a $1/hr premium for CCS holders"
        r"holders? (?:start|earn|receive|get|make|are paid)\b",
        r"premium",
        r"higher (?:rate|pay|wage|starting)",
        # an offer to earn it with the employer's help: "Earn your CCS with our coding academy"
        r"(?:with|through|in|via) our (?:[\w-]+ ){0,2}(?:academy|program|programme|course|"
        r"training|apprenticeship|school|bootcamp)\b",
        # benefits written without a benefits heading: "We cover AHIMA dues and your RHIT
        # renewal", "Paid CEUs for RHIT holders", "Exam voucher for CPC", "our CPC prep class"
        r"we (?:will )?(?:cover|fund)",
        r"dues",
        r"(?:paid|free) (?:CEUs?|continuing education)",
        r"vouchers?",
        r"prep(?:aration)? (?:class|course|program)",
        # a future step, not what the job asks: "grow into a coding role and earn CPC",
        # "Career growth: CCA to CCS"
        r"grow into",
        r"career (?:growth|path|advancement|development|progression)",
        # the people the job works for or with: "support to the RHIA", "Coordinate with HIM
        # leadership (RHIA)", "Report any issues to the Coding Manager, RHIA"
        # only right before the code (the words before a mention end there): "RHIT required to
        # support the coding team" keeps RHIT
        r"(?:support|assistance|help)\w{0,3} (?:to |for )?(?:the|our)(?=\s?$| (?:[\w-]+ ){1,3}\($)",
        r"coordinat\w+ with",
        r"(?:trained|taught|mentored|coached|precepted) by",
        r"went on to",
        r"(?:previous|former|past) (?:incumbents?|employees?|staff|hires?)",
        r"in our (?:[\w-]+ ){0,2}(?:hold|have|are)",
        # handing work to someone: "route charts to the RHIT on duty"
        r"(?:rout|send|forward|refer|escalat|submit|deliver)\w{0,3} (?:[\w-]+ ){0,3}to "
        r"(?:the|an?|our)(?=\s?$)",
        r"report\w{0,3} (?:[\w-]+ ){0,3}to",
    ),
    examples=(
        "Our HIM consultant is an RHIA; our director and two supervisors are RHIAs.",
        "You will mentor coders, several of whom hold CRC and COC (most hold CCS).",
        "CPC holders start at a higher rate, with a premium for CCS and higher pay for RHIA.",
        "Earn your CCS with our in-house coding academy.",
        "We cover AHIMA dues and your RHIT renewal; paid CEUs; an exam voucher.",
        "Our CPC prep class starts in March.",
        "Grow into a coding role; career growth from CCA to CCS.",
        "Coordinate with HIM leadership (RHIA).",
        # the words before a mention, as the rule reads them
        "Provide clerical support to the",
        "Support the coding staff (",
        "Report any issues to the Coding Manager, RHIA.",
        "You'll be trained by a CPC; precepted by an RHIT; taught by a CCS.",
        "Previous incumbents went on to earn RHIT.",
        "Coders in our department hold CPC or CCS.",
        "Will route charts to the",
    ),
    near_misses=(
        "CPC required",
        "Our ideal candidate is an RHIT.",
        "Most applicants must hold CPC.",
        "CCS required; you will code with our inpatient team.",
        "RHIT required to support the coding team in daily audits.",
        "Must maintain active CPC with the required CEUs.",
        "Active AHIMA membership and RHIT required.",
        "We provide full training, but CPC is required.",
        "Send your resume to the HR team. RHIT required.",
        "CPC required in our outpatient clinics.",
    ),
)
