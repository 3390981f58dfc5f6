"""Word lists and bounded patterns for the job's terms: employment, workplace, shifts and pay
(vocabulary as data; the requirement words live in matcher._lexicon, the employment words in
matcher._rules_job, the workplace words in matcher._rules_workplace, the shift words in
matcher._rules_shift, the skills in schemas._rules_skills).

Every pattern here is linear: no nested unbounded quantifiers, every gap is bounded ({0,N}).
"""

from __future__ import annotations

import re
from typing import Final

from matcher._rules import alternation, lookahead

# --- employment, workplace, shifts -----------------------------------------------------------

#: Employment words that are not this job's type ("benefits for full-time staff").
EMPLOYMENT_SKIP_BEFORE_RE: Final = re.compile(
    # "for full-time staff" is whom something is for; "for a full-time, 13-week contract" is
    # what this job is (an article after "for")
    # ("Hiring for both full-time and part-time roles" is what this job is)
    # ("Benefits-eligible part-time position": the benefits describe this job's type)
    r"\b(?:benefits?(?![- ]eligible)|(?<!benefits[- ])(?<!benefit[- ])eligible|offered to|"
    # ("We are looking for part-time coders": the hiring verb, as "hiring for", s17probe2)
    r"available to|(?<!hiring )(?<!recruiting )(?<!looking )(?<!searching )for(?! an? | both ))"
    r"\b[^.;]{0,12}$|"
    # other people's appointments: "employees who are appointed on a temporary basis prior to
    # the effective date" (a federal grandfathering clause)
    r"\b(?:employees|staff|individuals|persons|those|appointees|incumbents|people) who "
    r"(?:are|were|have been|held|hold|had)\b[^.;]{0,30}$|"
    # "may not have their temporary appointment extended": someone else's appointment; "(may
    # not) be reappointed on a temporary or permanent basis": the same clause's incumbents
    r"\b(?:their|his|her|whose)\s$|\breappointed on an?\s$|"
    # telework granted now and then, not a per-diem job: "Telework eligible Yes - ADHOC - only
    # on an occasional, as-needed basis", "telework on an as-needed basis"
    # (the window is 50 characters: the field's value may stand for the field, "ADHOC")
    r"\b(?:telework\w*|remote work|work(?:ing)? from home|ad[- ]?hoc|situational)\b[^.;]{0,45}?"
    r"(?:\boccasional,?|"
    r"\bon an?)\s$|"
    # a later possibility, not the job's type now: "part-time, with the potential to become
    # full-time", "possibility of full-time hours", "option to go full-time later" (not "an
    # opportunity for a full-time coder": the job itself)
    r"\b(?:(?:potential|possibility|chance) of(?: becoming| moving to| going)?|(?:potential|"
    r"possibility|option|chance|opportunity|path) to (?:become|go|move (?:to|into)|"
    r"transition (?:to|into)|grow into)|(?:may|could|can|might) (?:later |eventually )?"
    r"(?:become|go|convert to|move to|transition to|grow into))\s(?:an? )?"
    r"(?:(?:permanent|regular) )?$|"
    # a measure of the applicant's past work: "two years of part-time work", "6 months of
    # full-time clinical work" (the job's own type is never counted in years)
    r"\b(?:years?|yrs?|months?|mos?)\.? of\s$|"
    # the type denied (s17probe2): "This is not a temporary position", "Permanent (not temp)",
    # "Direct hire, no contract", "Not PRN", "not a full-time or part-time role"
    r"\b(?:not|no|never)(?: (?:an?|the))?\s(?:[\w-]+,? (?:or|nor|and) )?$",
    re.I,
)
EMPLOYMENT_SKIP_AFTER_RE: Final = re.compile(
    # the people a type describes, also with the other type between ("full-time and part-time
    # team members enjoy ...", benefits boilerplate): whom something is for, not this job
    r"^\W{0,2}(?:(?:and|or|&|/) ?(?:full|part)[- ]?time\W{1,2})?(?:employees|"
    # ("a full-time staff position" is the job's)
    r"staff(?! (?:position|role|job|opening)\b)|"
    # ("12 full-time equivalents": a team's size, session 18)
    r"team members|colleagues|associates|personnel|caregivers|equivalents?|FTEs?|students|"
    r"workers|"
    # schooling, not the job: "one year of full-time academic study", "full-time study"
    r"(?:academic |undergraduate |graduate |college )?(?:study|studies|coursework|enrollment|"
    r"education|student))\b|"
    # an interim step before the job proper, not the job's type: "appointed on a temporary
    # basis before credentialing is complete", "placed on a temporary basis pending clearance"
    r"^ basis (?:before|prior to|pending)\b|"
    # the applicant's past work, not this job: "Part-time or unpaid experience: credit is given
    # for the time spent", "part-time experience is prorated", "full-time work experience"
    # (not "Full-time, experience preferred": the job's type, then a requirement)
    r"^[ -]?(?:(?:or|and|/) ?(?:unpaid|volunteer|paid|(?:full|part)[- ]?time) )?"
    r"(?:work |employment )?experience\b",
    re.I,
)

#: Other staff's type with up to two words of their role between, read only after "our" (the
#: 50 characters before the type): "back up our two full-time front-desk staff", "our part-time
#: billing employees cover Mondays"; "We are hiring full-time HIM staff" and "Join our full-time
#: team" are the job's (session 18, blind31).
OUR_STAFF_AFTER_RE: Final = re.compile(
    r"\W{0,2}(?:[a-z][\w-]{0,20} ){1,2}(?:employees|staff|coders|clerks|nurses|assistants|"
    r"receptionists|colleagues|associates|personnel)\b(?! (?:position|role|job|opening)\b)",
    re.I,
)
#: A type with its benefits, as career sites title it ("Part Time Benefitted (0.5)", "Position:
#: Full-Time, Benefits Eligible"): the short line reads as a heading opening a benefits section,
#: but it states the job's type.
BENEFITED_TYPE_RE: Final = re.compile(
    # "Part Time Benefitted", "Full-Time, Benefits Eligible", "Part-time (Benefitted)"
    # ... or without them: "Regular Part Time (non-benefited)", "Part Time - Non Benefited"
    r"^(?:[A-Za-z ]{1,20}:\s?)?(?:regular\s)?(?:full|part)[- ]?time\W{1,3}(?:non[- ]?)?"
    r"(?:benefit+ed\b|benefits?[- ]eligible\b)|"
    # ... abbreviated: "FT-Benefitted", "PT Benefited", "FT/Benefits eligible", "FT/benefits"
    r"^(?:[A-Za-z ]{1,20}:\s?)?(?:regular\s)?(?:FT|PT)(?:\W{1,3}(?:benefit+ed\b|benefits?[- ]"
    r"eligible\b)|\s?[/+]\s?benefits\b)",
    re.I,
)

#: "no weekends", "weekends off", "never nights": the shift word is negated.
SHIFT_NEGATION_RE: Final = re.compile(
    # ... and the days named as the ones off: "Days off: Saturday and Sunday", "closed on
    # Saturdays", "off every Sunday" (matcher._schedule reads it before shift words and before
    # named days)
    # (not days off that rotate: "rotating days off that include weekends", "days off rotate
    # and include weekends", "variable days off" work some weekends; the word before is read
    # by its ending, as the window before a shift word may cut its start: "(ro)tating",
    # "(alterna)ting", "(va)rying", "(rota)tional", "(varia)ble")
    r"\b(?:no|never|without|free|not|zero|days off(?<!ting days off)(?<!ying days off)"
    r"(?<!onal days off)(?<!able days off)(?! (?:rotate|rotates|vary|varies)\b)|closed|"
    r"off every|off on)\b"
    r"(?:\s(?:\w+|&)){0,3}:?\s?$|"
    # the days off listed after their label: "Days off: Saturday, Sunday", "Days off: Sat/Sun"
    r"\bdays off\s?:(?:[\s,/&]+\w+){0,3}[\s,/&]*$",
    re.I,
)
SHIFT_AFTER_NEGATION_RE: Final = re.compile(
    # "weekends off", "nights free", "(nights not required)"
    r"^\s?(?:\w+\s){0,1}(?:off|free)\b|^\s?(?:(?:are|is) )?(?:not (?:required|needed|"
    r"mandatory|expected)|optional)\b|"
    # a field answered no: "Weekends: No", "Weekend work: None", "Weekend requirements: None"
    r"^(?: \w+)?\s?:\s?no(?:ne)?\b",
    re.I,
)
#: Other staff as the subject of a remote or hybrid word, right before it: "Our coders work
#: remotely", "Most of our HIM staff work from home, but this role is onsite", "Our coding team
#: is fully remote" describe the department, not this job (not "Join our remote team").
WORKPLACE_OTHERS_BEFORE_RE: Final = re.compile(
    r"\b(?:our|(?:most|many|some|all|half) of our)\s(?:[\w-]+\s){0,3}(?:coders|staff|team|"
    r"teams|team members|employees|colleagues|associates|clerks|specialists|analysts|"
    r"abstractors|people|workforce)\s(?:(?:already|currently|now|also)\s)?(?:(?:work|works|are|"
    r"is|have been|were)\s)?(?:(?:fully|mostly|already|currently)\s)?$",
    re.I,
)
#: "remote" said of the employer or its teams, read right after the word: "a remote-first
#: records company", "a vendor with remote coding teams", "a fully remote organization": the
#: employer's arrangement, like "our coders work remotely" (the job's unless the posting puts
#: the role itself on site).
REMOTE_EMPLOYER_AFTER_RE: Final = re.compile(
    r"(?:-first|-based|-only| first)?\s(?:[\w-]+\s){0,2}?(?:company|companies|vendor|firm|"
    r"organi[sz]ation|business|employer|teams?|workforce|culture)\b",
    re.I,
)
#: After the employer's arrangement, in the same sentence, a contrast that puts the job on site:
#: "..., but this project is on site", "..., but we also place specialists onsite at clients".
ON_SITE_CONTRAST_RE: Final = re.compile(
    r"\bbut\b[^.;]{0,60}?\b(?:on[- ]?site|in[- ]person|in the office)\b", re.I
)
#: The posted role itself named: "this clerk role is on-site", "the position is in-person".
ROLE_ITSELF_RE: Final = re.compile(
    r"\b(?:this|the)\s(?:[\w-]+\s){0,2}(?:role|position|job|opening|assignment|placement)\b",
    re.I,
)
#: A workplace that may come later is not the workplace ("telework may be approved after
#: probation").
WORKPLACE_MAYBE_RE: Final = re.compile(
    r"\b(?:may|might|could) (?:be )?(?:approved|allowed|granted|considered|available|possible|"
    r"offered)|\bpossib\w+ (?:after|once|in the future)|\bat (?:the )?(?:manager|supervisor)'?s? "
    r"discretion",
    re.I,
)
#: Eligibility that comes later, read before the workplace word: "after 90 days you become eligible
#: for remote work", "staff are eligible to telework once trained" (with WORKPLACE_LATER_RE in
#: the sentence) are a possibility, like "may be approved"; "this position is eligible for remote
#: work" and a "Remote eligible: Yes" field state the arrangement.
WORKPLACE_ELIGIBLE_BEFORE_RE: Final = re.compile(
    r"\beligib(?:le|ility) (?:for|to)\s(?:[\w-]+\s){0,3}$", re.I
)
#: What makes such eligibility a later one: it is gained, or follows a term or a step.
WORKPLACE_LATER_RE: Final = re.compile(
    r"\b(?:becom\w*|bec[oa]me|gain\w*|earn\w*|after|once|upon|following|when)\b", re.I
)
#: A page field that says the whole job is remote ("Remote job: Yes"): it outranks a "Telework
#: eligible: No" beside it, which is about days away from an on-site job (federal pages list both).
REMOTE_JOB_YES_RE: Final = re.compile(
    r"\bremote (?:job|position|role|work)(?:\s?:\s?| )yes\b(?!\W{0,4}(?:partial|some|up to|[1-4]\b|"
    r"one|two|three|four))",
    re.I,
)
#: What joins the two hours of a clock range (lower case).
CLOCK_SEPARATORS: Final = ("-", "–", "—", "to", "until", "and")
#: Clock hours "7p-7a", "8:00 AM - 4:30 PM", "0700-1530", "between 8 am and 5 pm". It opens with
#: the digit, the word boundary before it checked after it ("(?<!\w\d)": no word character before
#: the digit, as "\b\d{1,2}" said): the engine then skips to digits in C (a charset prefix)
#: instead of trying "\b" at every character (same matches, docs/benchmarks.md). Nor a hyphen
#: glued to a word before it: "Requisition: HIM-2026-0418" is an identifier, not 20:26-04:18.
CLOCK_RE: Final = re.compile(
    r"(?P<h1>\d(?<!\w\d)(?<!\w-\d)\d?)(?::?(?P<m1>\d{2}))? ?(?P<ap1>a\.?m?\.?|p\.?m?\.?)?"
    r" ?(?P<sep>" + "|".join(CLOCK_SEPARATORS) + ") ?"
    # "8-4 and every other Saturday": the "a" of a following word is no "a.m."
    r"(?P<h2>\d{1,2})(?::?(?P<m2>\d{2}))? ?(?P<ap2>(?:a\.?m?\.?|p\.?m?\.?)(?![a-z]))?"
    r"(?![\d/$%])",
    re.I,
)

#: Where a clause around a shift word ends: a differential named in another clause of the same
#: (joined) sentence does not make the shift an add-on's. A new "Label:" opens a clause too.
CLAUSE_BREAK_RE: Final = re.compile(r"[.;|(),]|\s[-–—]\s|\s(?=[A-Z][A-Za-z ]{1,25}:\s)")
#: An amount added for a shift is a differential, not a shift the job works: "+$1.25 evenings",
#: "$2/hr more for nights", "+ $3 per hour on weekends".
SHIFT_ADD_ON_BEFORE_RE: Final = re.compile(
    r"(?:\+\s?\$?\d[\d.,]{0,8}|\$\d[\d.,]{0,8}(?:/hr|/hour| per hour| an hour)? (?:more|extra|"
    r"additional))(?:/hr|/hour| per hour| an hour)?\s?(?:for |on |per |working )?(?:all )?"
    # the list it is for: "+ $2/hr for evenings and weekends"
    r"(?:(?:evenings?|nights?|weekends?|holidays?|overnights?)\s?(?:,|and|or|&|/)\s?){0,3}$",
    re.I,
)
#: Coverage of weekends or holidays taken in turn is no rotating shift: "holiday and weekend
#: coverage on a rotating basis", "every other weekend on a rotating basis", "rotating Saturdays".
ROTATING_COVERAGE_RE: Final = re.compile(
    r"\b(?:weekends?|holidays?|saturdays?|sundays?|call)\b[^.;]{0,50}?\b(?:on a |in )?"
    r"rotati(?:ng|on)(?: basis| schedule)?\b(?! (?:shifts?|days|evenings|nights))|"
    r"\brotating (?:saturdays?|sundays?|holidays?|call|on-call)\b",
    re.I,
)
#: Abbreviated days in a range or pair ("Tues-Sat", "Wed-Sun", "Sat & Sun", "Thu-Mon"): a
#: schedule that takes in Saturday or Sunday is a weekend schedule (tests/data/extraction README).
#: Read only in sentences holding "sat", "sun" or "mon" (every such span names one of them, or
#: wraps round to Monday).
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?"
DAY_SPAN_RE: Final = re.compile(
    r"\b(?P<a>" + _DAY + r")\s?(?:-|–|—|to|through|thru|&|and|/)\s?(?P<b>" + _DAY + r")(?![a-z])",
    re.I,
)
# Final[tuple[...]], not bare Final: mypyc would box a fresh tuple at each read (-28k, s10fin)
#: The first three letters of every day _DAY names (a DAY_SPAN_RE match starts with one).
DAY_STEMS: Final[tuple[str, ...]] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: A day span that takes in the weekend names one of these (or wraps round to Monday): only the
#: sentences holding one are read for spans (matcher._triggers adds them to the trigger scan).
WEEKEND_DAY_WORDS: Final[tuple[str, ...]] = ("sat", "sun", "mon")
DAY_INDEX: Final = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# --- pay -------------------------------------------------------------------------------------

_AMOUNT = r"\$ ?(?:\d{1,3}(?:,\d{3}){1,2}|\d{1,7})(?:\.\d{1,2})? ?[kK]?"
#: "up to" (only a maximum), "starting at" (only a minimum) or another floor before an amount
_PAY_PREFIX = (
    r"(?:(?P<upto>\bup to )|(?P<start>\b(?:starting|starts|start) (?:at|from) |\bat least |"
    r"\bminimum of ))?"
)
PAY_RE: Final = re.compile(
    _PAY_PREFIX + r"(?P<a>" + _AMOUNT + r")(?: ?(?:USD|usd))?"
    r"(?: ?(?:/ ?|per |an |a )(?:hr|hour|yr|year))?"
    # "$46,949 to - $61,031 per year": a stray dash after "to" on federal pages
    r"(?: ?(?:-|–|—|to(?: ?[-–—])?|and) ?(?P<b>"
    + _AMOUNT
    # not an ordinal after the dash: "$16.50/hr - 1st shift" is no range down to 1
    + r"|\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?[kK]?)(?!\d|(?:st|nd|rd|th)\b))?"
    r"(?=(?P<tail>.{0,40}))",
    re.I,
)
#: Words a pay sentence holds (the sign, or a period word): the pay rules run only on these.
PAY_TRIGGERS: Final[tuple[str, ...]] = (
    "$",
    "hour",
    "/hr",
    "year",
    "/yr",
    "annual",
    "month",
    "week",
)
#: Pay written without a dollar sign needs cents or thousands and a period right after it
#: ("18.00 - 21.00 per hour", "45,000-52,000 annually"); "8-hour shift" has neither.
#: It opens with the first digit, the look behind checked after it ("(?<![\d.,$]\d)": no figure,
#: point or sign before the figure): the engine skips to digits in C instead of trying the look
#: behind at every character (as CLOCK_RE; same matches, tests/matcher/test_speed_pay.py).
BARE_PAY_RE: Final = re.compile(
    r"(?P<a>\d(?<![\d.,$]\d)(?:\d{0,2}\.\d{2}|\d{1,2},\d{3}(?:\.\d{2})?))(?: ?(?:-|–|—|to) ?"
    r"(?P<b>\d{1,3}\.\d{2}|\d{2,3},\d{3}(?:\.\d{2})?))?"
    r"(?= ?(?P<tail>(?:/ ?|per |an |a )?(?:hr|hour|hourly|yr|year|annually|annual|month|"
    r"monthly|week|weekly)\b.{0,20}))",
    re.I,
)
#: Pay written with the word instead of the sign ("18 to 21 dollars an hour", "17.50 dollars per
#: hour", "between 40,000 and 46,000 dollars a year"): the word must follow the figure (or each
#: figure) directly, so "3 million dollars in grants" is no pay; the period is read after it.
DOLLARS_PAY_RE: Final = re.compile(
    _PAY_PREFIX + r"(?<![\d.,$])(?P<a>\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?)"
    r"(?: ?(?:dollars ?)?(?:-|–|—|to|and) ?(?P<b>\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?))?"
    r" ?(?:US |U\.S\. )?dollars\b(?=(?P<tail>.{0,40}))",
    re.I,
)
PAY_PERIODS: Final[tuple[tuple[str, str], ...]] = (
    ("hour", r"^\s?(?:/ ?|per |an |a |each )?(?:hr|hour|hourly)\b|^\s?ph\b|^\s?p/h\b"),
    (
        "year",
        r"^\s?(?:/ ?|per |a |an )?(?:yr|year|annum|annual(?:ly)?)\b|^\s?(?:salary|DOE)?"
        r"\s?annual",
    ),
    ("month", r"^\s?(?:/ ?|per |a )?(?:mo|month|monthly)\b"),
    ("week", r"^\s?(?:/ ?|per |a )?(?:wk|week|weekly)\b"),
)
PAY_PERIOD_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("hour", r"\bhourly\b|\bper hour\b|\ban hour\b|/hr\b|/hour\b"),
    ("year", r"\bannual(?:ly)?\b|\bper year\b|\bsalary range\b|/yr\b|\ba year\b|\bper annum\b"),
    ("month", r"\bmonthly\b|\bper month\b"),
    ("week", r"\bweekly\b|\bper week\b"),
)
#: Amounts next to these words are not the job's pay (differentials, bonuses, tuition aid).
_NOT_PAY = (
    r"(?:differential|bonus|sign[- ]?on|referral|tuition|reimburse|"
    r"incentive|premium|401|"
    r"allowance|relocation|\bfees?\b|\bmatch|\bshift diff|\bpremium|\bper diem rate|\bmeal|"
    # an intern's "Stipend: $18 per hour" is the pay; a housing or travel stipend is not
    r"\b(?:housing|travel|lodging|mileage|uniform|phone|internet|education|meal) stipend)"
)
NOT_PAY_RE: Final = re.compile(
    # the lookahead (every alternative's first letter, generated) rejects most positions with
    # one class test: without it each of ~25 alternatives was tried at every character
    lookahead(_NOT_PAY) + _NOT_PAY,
    re.I,
)
#: An amount right after these words is an add-on ("plus $2/hr for nights").
NOT_PAY_BEFORE_RE: Final = re.compile(
    alternation(
        (
            "plus",
            "additional",
            "extra",
            "increase",
            "raise",
            "earn an",
            "bonus of",
            "differential of",
            r"up to \$[\d,]{1,9} in",
        )
    ).pattern
    + r"\s?(?:of |an? )?$",
    re.I,
)
#: An amount right after "+" is an add-on itself ("base $18/hr, +$2 nights").
PAY_ADD_ON_BEFORE_RE: Final = re.compile(r"\+\s?$")
#: "From $19.00 per hour": a published floor, like "starting at" (only the minimum).
PAY_FLOOR_BEFORE_RE: Final = re.compile(r"\b(?:from|starting|starts)\s?$", re.I)
#: Pay stated per two weeks or twice a month has no period in the schema: not read as a wage.
TWO_WEEKS_PAY_RE: Final = re.compile(
    r"^\s?(?:/ ?|per |a |every )?(?:bi-?weekly|semi-?monthly|two weeks|pay period)\b", re.I
)
#: Bare figures after a pay label or "... is": "Hourly rate: 19.25 - 24.10", "Pay range: 41,600 -
#: 52,000 annually" (cents or thousands, as BARE_PAY_RE; the period is read from the sentence).
LABELLED_BARE_PAY_RE: Final = re.compile(
    r"\b(?=[hpwscr])(?:hourly(?: rate| pay| wage)?|(?:pay|wage|salary|compensation)"
    r"(?: rate| range)?|rate)"
    # "Hourly rate: 19.25", "The hourly rate for this position is 18.75 to 23.40"
    r"(?: (?:for|of) (?:this|the) (?:position|role|job))?(?:\s?:|\sis)\s?"
    r"(?P<a>\d{1,3}\.\d{2}|\d{2,3},\d{3}(?:\.\d{2})?)(?: ?(?:-|–|—|to) ?"
    r"(?P<b>\d{1,3}\.\d{2}|\d{2,3},\d{3}(?:\.\d{2})?))?(?![\d%]|[.,]\d)(?! ?(?:hours|hrs)\b)"
    r"(?=(?P<tail>.{0,40}))",
    re.I,
)
