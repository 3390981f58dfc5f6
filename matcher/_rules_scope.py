"""Scope cues: the words that negate a requirement ("not required") or put a clause out of
scope, about someone else or about help toward a credential ("tuition", "our coders hold")
(docs/extraction.md, "How to add"). Records like the level cues of matcher._rules_cues (which
imports them from here); tests/matcher/test_rules.py checks every cue against the examples and
near misses.
"""

from __future__ import annotations

import re
from typing import Final

from matcher._rules_gates import literal_words
from matcher._rules_parse import lookahead
from schemas.vocab import Rule

#: Those who lack something, before what they lack: "Applicants without the CPC ...", "those
#: lacking a credential", "who lacks the RHIT", "if you do not hold a CPC", "candidates who do
#: not have formal coding training", "in the absence of a degree". One concept, read in four
#: places, each adding what is lacked: a credential code right after it (matcher._certs: the
#: mention names no credential they need), a credential before a figure and schooling before a
#: figure (matcher._experience_patterns: the figure is that route's, not everyone's), and
#: schooling with the years asked instead (matcher._paths_lieu: two routes). Session 16
#: (s16probe) made the one record of the two copies _certs and _experience_patterns kept.
#: Each pattern opens with its first literal word (the experience reader matches from the last
#: place one is: LACKING_WORDS).
LACKING_RULE: Final = Rule(
    "lacking",
    (
        r"\bwithout\b",
        r"\blacking\b",
        r"\blacks?\b",
        r"\bnot (?:hold|have|possess)\b",
        r"\bin the absence of\b",
    ),
    examples=(
        "Applicants without the CPC must have four years of coding.",
        "those lacking a credential need 3 years",
        "a candidate who lacks the RHIT",
        "if you do not hold a CPC, you need 2 years",
        "candidates who do not have formal coding training",
        "in the absence of a degree, four years of experience",
    ),
    near_misses=(
        "CPC required",
        "not holding back",
        "with or with out",
        "slacking",
        "absence management",
    ),
)
#: The record's alternatives as one group, for the readers to add what is lacked.
#: (behind the lookahead of its first letters: the engine rejects most places with one class
#: test, where five alternatives with no common literal were entered at each; session 16)
LACKING: Final = lookahead(LACKING_RULE.patterns) + "(?:" + LACKING_RULE.pattern + ")"
#: The words a match starts with (lower case): the readers look for the lack only where one is.
LACKING_WORDS: Final[tuple[str, ...]] = literal_words(re.compile(LACKING)) or ("without",)

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
        # schooling or a credential refused (session 16): "A certificate does not meet this
        # requirement", "An associate degree will not be accepted in place of experience";
        # "Applicants without a diploma will not be accepted" asks the diploma (no "in place of")
        r"(?:does|do|did|will|would) not (?:meet|satisfy|count|qualify)",
        r"(?:doesn't|don't|won't) (?:meet|satisfy|count|qualify)",
        r"(?:(?:will|can|may) not|cannot) (?:be (?:substituted|used|accepted|counted) "
        r"(?:in (?:place|lieu) of|for|as|instead)|substitute)",
    ),
    examples=(
        "A certificate does not meet this requirement; an online course won't count.",
        "An associate degree will not be accepted in place of experience.",
        "Coursework cannot be substituted for experience and CPC-A may not substitute.",
        "RHIT not required; no degree is needed.",
        "A degree is not a requirement and the role does not require CPC.",
        "You don't need CCS, do not need RHIA; CPC is not a must, CCA optional.",
        "We do not require RHIT; we don't require CCA.",
        "A degree is not expected and certifications aren't.",
    ),
    near_misses=(
        "CPC required",
        "not only RHIT",
        "Applicants without a diploma will not be accepted.",
        "Applicants who will not be considered",
    ),
)

#: A clause that talks about someone else, or about help toward a credential: not a requirement.
OFF_SCOPE_CUES: Final = Rule(
    "off_scope",
    (
        "tuition",
        # "employees may apply for our RHIT scholarship after one year"
        r"scholarships?",
        r"reimburs\w*",
        "assistance (?:toward|with|for)",
        "exam fees?",
        "we (?:will )?pay",
        "pays? for",
        r"sponsor\w*",
        "stipend",
        "incentive",
        "differential",
        # a sign-on or retention bonus; "Bonus points for CDIP" / "bonus if you hold CRC" prefer,
        # as does the credential called a bonus ("CPC is a bonus", "would be a bonus")
        r"(?<!is a )(?<!be a )(?<!'s a )(?<!are a )(?<!be a big )(?<!is a big )bonus(?:es)?"
        r"(?! points?\b| if\b)",
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
        # ... not the job's own requirement said of them: "Our coders must hold the CCS", "Like
        # our coders, you must hold the CCS"
        r"(?<!like )our (?:coders|coding team|team of)"
        r"(?! (?:must|are required|are expected|need to|have to)\b)",
        "team of",
        r"led by",
        "managed by",
        r"collaborat\w+ with",
    ),
    examples=(
        "Tuition reimbursement and assistance toward CPC, exam fees paid: we pay for it.",
        "Apply for our RHIT scholarship after a year.",
        "The hospital pays for and sponsors RHIT, a stipend, an incentive, a differential.",
        "A bonus, a raise, a career ladder, a pathway and a path to CCS.",
        "We help you earn CPC and support your RHIT.",
        "Reports to the RHIA; works closely with CCS coders, supervised by and supervises.",
        "Our coders are a team of CPCs, led by and managed by an RHIA; collaborates with CDI.",
    ),
    near_misses=(
        "CPC required",
        "Bonus points for CDIP or CRC.",
        "A bonus if you hold CRC.",
        "CPC is a bonus.",
        "A CCA would be a bonus.",
        "Our coders must hold the CCS.",
        "Like our coders, you must hold the CCS.",
    ),
)

#: Credentials only (education keeps OFF_SCOPE_CUES alone, read over a whole sentence): a
#: credential someone else holds, or one the employer offers to help with or pays more for.
CERT_OFF_SCOPE_CUES: Final = Rule(
    "cert_off_scope",
    (
        # the employer's own staff holding a credential: "Our HIM consultant is an RHIA", "our
        # director and two supervisors are RHIAs" (not "our ideal candidate is an RHIT")
        r"our (?:[\w-]+ ){0,2}(?:consultants?|directors?|managers?|supervisors?|leads?|staff|"
        r"physicians?|providers?|nurses?|auditors?|educators?|coders?|analysts?|abstractors?|"
        r"registrars?) (?:is|are|holds?|has|have)\b(?! (?:required|expected|asked|needed|to)\b)",
        # the staff a team is made of: "Our HIM team includes two RHIA directors", "Our
        # department has 90 members, including CCS and CPC coders" (not "the role includes")
        # (a count after "has": "Our team has one opening: RHIT required" asks it)
        r"(?:team|department|staff|office|unit)s? (?:includes?|is made up of|consists? of|"
        r"(?:has|have) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens))",
        # asked in only some of the employer's jobs, not this one's for certain: "Some positions
        # require RHIT", "certain roles require the CCS", "depending on the assignment"
        r"(?:some|certain|select(?:ed)?|specific) (?:of (?:our|the|its) )?(?:[\w-]+ ){0,2}?"
        r"(?:positions|roles|openings|jobs|assignments|sites|locations|clients|departments)\b",
        r"depending on (?:the )?(?:position|role|assignment|client|site|location|department)",
        # working toward it, not holding it: "many of our technicians use it to prepare for the
        # CCS exam", "studying for the CPC"
        r"(?:prepar(?:e|es|ing)|stud(?:y|ies|ying)|prep(?:s|ping)?) for (?:the|an?|their|your)",
        # someone who teaches toward it: "a manager who has taught CCS exam prep"
        r"(?:has |have )?(?:taught|teaches)\b",
        # other people described by what they hold: "coders, several of whom hold CRC", "(most
        # hold CCS or CPC)"
        r"(?:several|many|most|some|all|each|none) (?:of (?:whom|them) )?(?:hold|have|are)\b",
        # ... counted: "60 coders, over 80 percent of whom hold an AHIMA or AAPC credential",
        # "half of them have the CCS", "three of whom are RHIAs"
        r"(?:\d{1,3} ?%|\d{1,3} percent|half|a (?:third|quarter)|two|three|four|five|six|seven|"
        r"eight|nine|ten|\d{1,3}) of (?:whom|them) (?:already )?(?:hold|have|are)\b",
        # a share of the staff: "a team where 90% of coders hold a CCS", "most of our coders
        # hold the CCS", "half our technicians have the RHIT" (not "all coders are required to")
        # "... and four of our analysts hold the RHIA"
        r"(?:\d{1,3} ?%|\d{1,3} percent|half|most|many|several|majority|two|three|four|five|"
        r"six|seven|eight|nine|ten|a few|a dozen|dozens) (?:of )?"
        r"(?:our |the |its )?(?:[\w-]+ )?(?:coders?|staff|team(?: members)?|employees|"
        r"technicians|registrars|specialists|colleagues|clerks|analysts|abstractors|auditors|"
        r"consultants) (?:already )?(?:hold|have)\b",
        # what a credential earns, not what the job asks: "CPC holders start at a higher rate",
        # "a $1/hr premium for CCS holders"
        # the whole staff described by what it holds: "every auditor holds a CPC and a CRC",
        # "all of our coders have the CCS", "each registrar is a CTR" (not "every coder must
        # hold", "all applicants have")
        r"(?:every|each|all(?: of)?(?: our| the| its)?) (?:[\w-]+ )?(?:coders?|auditors?|staff|"
        r"team members?|employees?|technicians?|registrars?|specialists?|colleagues?|clerks?|"
        r"consultants?|educators?|analysts?|abstractors?) (?:already )?(?:holds?|has|have|are|is)\b"
        r"(?! (?:required|expected|asked|needed|to)\b)",
        r"holders? (?:start|earn|receive|get|make|are paid)\b",
        # a step of the pay scale a credential earns (civil service): "Candidates who hold the
        # RHIT credential are appointed at step 3 of the range", "CCS holders are placed at a
        # higher step"
        r"(?:appointed|placed|start(?:s|ed)?|hired|paid) at (?:a |the )?(?:higher |advanced |"
        r"upper )?step\b",
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
        # the staff who earn one later and what it brings them: "Coders who earn their CDIP after
        # hire receive a stipend"
        r"\b(?:who|that) (?:later )?(?:earn|obtain|achieve|add)s? (?:their|the|an?)\b",
        r"career (?:growth|path|advancement|development|progression)",
        # an offer, not a condition: "Opportunity to obtain your CCS", "the chance to earn CPC"
        r"(?:opportunit(?:y|ies)|chance) to (?:obtain|earn|get|pursue|achieve|gain)",
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
        "Our HIM team includes two RHIA directors; the department has CCS coders.",
        "A manager who has taught CPC classes; she teaches CCS prep.",
        "Some positions require RHIT; certain coding roles require the CCS.",
        "Depending on the assignment, CPC may be needed.",
        "Staff use it to prepare for the CCS exam; others are studying for the CPC.",
        "You will mentor coders, several of whom hold CRC and COC (most hold CCS).",
        "60 coders, over 80 percent of whom hold an AHIMA credential; half of them have the CCS.",
        "Nine analysts, three of whom are RHIAs, and 40% of them already hold the CCS.",
        "Join a team where 90% of coders hold a CCS; most of our coders hold the RHIT.",
        "CPC holders start at a higher rate, with a premium for CCS and higher pay for RHIA.",
        "Those who hold the RHIT are appointed at step 3; CCS holders are placed at a higher step.",
        "Applicants with the CPC start at step 2 of the range.",
        "Earn your CCS with our in-house coding academy.",
        "We cover AHIMA dues and your RHIT renewal; paid CEUs; an exam voucher.",
        "Our CPC prep class starts in March.",
        "Grow into a coding role; career growth from CCA to CCS.",
        "Coders who earn their CDIP after hire receive a stipend.",
        "Opportunity to obtain your CCS; the chance to earn CPC.",
        "Coordinate with HIM leadership (RHIA).",
        # the words before a mention, as the rule reads them
        "Provide clerical support to the",
        "Support the coding staff (",
        "Report any issues to the Coding Manager, RHIA.",
        "You'll be trained by a CPC; precepted by an RHIT; taught by a CCS.",
        "Previous incumbents went on to earn RHIT.",
        "Coders in our department hold CPC or CCS.",
        "At our firm every auditor holds a CPC; all of our coders have the CCS.",
        "Each registrar is a CTR.",
        "Will route charts to the",
    ),
    near_misses=(
        "CPC required",
        "Step up to the lead role with an RHIT.",
        "Our ideal candidate is an RHIT.",
        "Most applicants must hold CPC.",
        "Every coder must hold a CPC.",
        "Two of the following are required: RHIT, CCS, CPC.",
        "All coders are required to hold the CCS.",
        "Each applicant must have the RHIT.",
        "CCS required; you will code with our inpatient team.",
        "The role includes audits; CPC required.",
        "All positions require RHIT.",
        "This position requires the CCS.",
        "Our team has one opening: RHIT required.",
        "RHIT required to support the coding team in daily audits.",
        "Must maintain active CPC with the required CEUs.",
        "Active AHIMA membership and RHIT required.",
        "We provide full training, but CPC is required.",
        "Send your resume to the HR team. RHIT required.",
        "CPC required in our outpatient clinics.",
        "Must obtain CCS within 9 months.",
        "You must earn the CCS within six months.",
        "Candidates who can obtain CPC within a year are considered.",
    ),
)
