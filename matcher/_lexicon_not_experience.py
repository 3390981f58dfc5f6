"""Patterns of what is no experience requirement, beside the experience patterns of
matcher._lexicon (vocabulary as data): experience waived ("no experience required", "training
provided", "we will consider new graduates", and the training for one system that waives
nothing), figures that are no experience (age, tenure, schooling, a probation period, the length
of a programme or a term), a worked example's figures, and experience offered in place of
education. Read by matcher._experience, matcher._experience_patterns and
matcher._education_read.

Every pattern here is linear: no nested unbounded quantifiers, every gap is bounded ({0,N}).
"""

from __future__ import annotations

import re
from typing import Final

from matcher._rules import alternation
from matcher._rules_substitution import IN_PLACE_OF

#: "Epic training provided": training for one system says nothing about experience; only
#: training offered outright ("Training provided", "full training provided") means no experience.
TRAINING_FOR_ONE_THING_RE: Final = re.compile(
    r"(?:\b(?!(?:full|paid|complete|comprehensive|extensive|all|on-the-job|hands-on|formal|"
    r"thorough|and|is|will|be|we|no|problem)\b)[A-Za-z][\w-]{1,20} )training (?:is |will be )?"
    r"provided$|^ (?:on|for|in) (?!the job\b)",
    re.I,
)

#: The same said with the verb: "We will train you on our Epic build", "we train new hires in
#: our encoder" is training for one system, not experience waived ("We will train you", "will
#: train on the job" waive it).
TRAINED_ON_ONE_THING_RE: Final = re.compile(
    r"(?: (?:you|new hires|new staff|staff|them))? (?:on|in|to use) "
    r"(?!the job\b|everything\b|all\b|the basics\b)",
    re.I,
)

#: A worked example of how a requirement may be met ("Example of a combination: six months of
#: experience plus one semester of college", "For example, ..."): its figures are the example's.
#: A label of up to six words may come first on the line ("Combination of experience and
#: education: for example, six months ...").
EXAMPLE_SENTENCE_RE: Final = re.compile(
    r"^\W{0,3}(?:[a-z][\w'&/-]*(?: [\w'&/-]+){0,5}: )?"
    r"(?:(?:an? |for )?examples?\b(?! of (?:duties|tasks|work|responsibilities))|e\.g\.)",
    re.I,
)
#: How far into a sentence the example's word may start: a six-word label and its colon.
EXAMPLE_WITHIN: Final = 56

#: Experience offered in place of education ("..., which may substitute for the certificate").
EXPERIENCE_FOR_EDUCATION_RE: Final = re.compile(
    # ("exp" abbreviated: "2 yrs coding exp may substitute for the certificate")
    r"\b(?:experience\b|exp\b\.?)[^.;]{0,80}\b(?:may|can|will) (?:be )?(?:substitute[ds]?|used|"
    r"accepted)"
    # "... may be substituted for each year of required education": a rate, the same offer
    r"(?: for| " + IN_PLACE_OF + r") (?:(?:each|every) (?:year|semester|quarter) of )?"
    r"(?:the |a |an )?(?:(?:required |associate'?s? |"
    r"bachelor'?s? |two-year |four-year ){1,2})?(?:education|degree|diploma|certificate|college|"
    r"schooling|(?:[\w-]+ ){0,2}?program\b)",
    re.I,
)
#: Figures that are not experience: age, degree length, company tenure, dates, service time.
NOT_EXPERIENCE_RE: Final = re.compile(
    r"^(?: ?\(?\d{0,2}\)?)? ?(?:of age|old|in business|of service|with (?:us|the company)|ago|"
    r"degree|college|program|course|of (?:(?:full|part)[- ]time |academic |undergraduate |"
    r"graduate ){0,2}(?:college|education|school|study|post[- ]secondary|post[- ]high[- ]school|"
    r"higher education|schooling|coursework|academic)|(?:and|or) older|history|"
    # schooling counted in years: "2 years above high school" (federal education routes)
    r"(?:above|beyond|after) (?:the )?(?:high school|12th grade|twelfth grade)|"
    # a condition of employment: "serve a 1 or 2-year trial period", "one-year probation"
    r"(?:trial|probationary|introductory|probation) ?(?:period)?|probation\b|"
    # a stock of records counted in years, not the applicant's time: "turning 40 years of paper
    # charts into digital records", "ten years' worth of patient files" (an adjective of the
    # material, or "worth"; "2 years of paper chart filing experience" stays experience)
    r"(?:(?:'s|')? worth of (?:[\w-]+ ){0,2}|of (?:old|paper|archived|archival|historic(?:al)?|"
    r"legacy|inactive|stored|boxed|microfilm(?:ed)?|back-?file|backlogged) (?:[\w-]+ ){0,2}?)"
    r"(?:charts?|records?|files?|documents?|films?|boxes|paperwork)"
    r"(?![\w-]| (?:[\w/&-]+ ){0,2}exp))",
    re.I,
)
#: "no experience required", "entry level", "will train": zero years.
ZERO_EXPERIENCE_RE: Final = alternation(
    (
        r"no (?:[\w-]+ ){0,3}experience (?:is |necessary|needed|required)",
        r"no experience\b",
        # ... and abbreviated, as classified ads write it: "Exp not req'd", "no exp necessary"
        # ("req" / "req." cut short too, s18seen26: "Exp in derm preferred, not req.")
        r"\bexp(?:erience\b|\b\.?) (?:is )?not (?:required|necessary|needed|req(?:'?d)?)\b",
        r"\bno (?:prior |previous )?exp\b\.? (?:is )?(?:required|necessary|needed|req(?:'?d)?)\b",
        # ... abbreviated: "Prior healthcare exp helpful but not required", "exp. a plus, not req'd"
        # ("... preferred, not required": the "but" left out)
        # ("Exp pref but not req'd": the cue abbreviated too)
        r"\bexp(?:erience\b|\b\.?)[^.;]{0,60}\b(?:helpful|preferred|pref(?:'d|\b\.?)|a plus|"
        r"welcome),? (?:but )?"
        r"not (?:required|necessary|needed|req(?:'?d)?\b)",
        r"experience\W{1,3}none\b",
        # ... with the field's verb: "Experience required: None" (s17probe2; not "None listed")
        r"experience (?:required|needed|necessary)\s?:\s?none\b(?! (?:of|listed|given|stated)\b)",
        # career-site fields: "Experience Level: Entry", "Previous experience: not necessary"
        # ... and a job board's range below a year: "Experience: Less than 1 year"
        r"experience(?: level)?\s?:\s?(?:entry\b|not (?:required|necessary|needed)\b|"
        r"less than (?:1|one|a) (?:year|yr)s?\s?$)",
        # "less than 1 year of experience is OK": a ceiling that welcomes beginners
        r"less than (?:1|one|a) (?:year|yr)s?(?: of experience)? (?:is )?(?:ok|okay|fine|"
        r"accepted|acceptable|welcome)\b",
        r"entry[- ]level",
        r"(?:will|willing to|happy to|glad to|we'll|we) train\b",
        r"training (?:is )?provided",
        r"on[- ]the[- ]job training",
        r"(?:new|recent) grad(?:uate)?s? (?:are )?welcome",
        # "No prior experience? No problem!"
        r"no (?:prior |previous )?(?:[\w-]+ )?experience\?(?:\s?(?:no problem|no worries|"
        r"that's ok|we'll train)|\s?$)",
    )
)
#: "we will consider new graduates", "recent grads encouraged": zero years, but only in a
#: statement of experience ("Experience: 2 years preferred; we will consider new graduates");
#: after a program or credential ("CCA or completion of a coding program. We will consider new
#: graduates.") it speaks of that program's graduates (matcher/_experience.py checks which).
NEW_GRADUATES_RE: Final = re.compile(
    r"\b(?:(?:will|we|happy to|glad to) consider (?:new|recent) grad(?:uate)?s?|"
    r"(?:new|recent) grad(?:uate)?s? (?:are |will be )?(?:welcome|encouraged|considered))\b",
    re.I,
)

#: What a figure joined to its unit by a hyphen (or by a space, the unit singular: "a 2 month
#: scanning project", s17probe2) measures when a programme or a term follows it:
#: "our 12-week coding academy", "a 6-month coding externship", "a 13-week travel contract" (the
#: programme's or the term's length, not experience; "2-year coding experience" is).
TERM_AFTER_RE: Final = re.compile(
    r" (?:[\w/-]+ ){0,2}?(?:academy|boot ?camp|program|programme|course|curriculum|residency|"
    r"apprenticeship|externship|internship|orientation|class|cohort|contract|assignment|"
    # (s17probe2) "a 2 month scanning project", "a 6-month placement"
    r"project|engagement|placement)s?\b",
    re.I,
)
