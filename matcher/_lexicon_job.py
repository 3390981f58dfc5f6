"""Word lists and bounded patterns for the job's terms: employment type, workplace, shifts, pay
and skills (vocabulary as data; the requirement words live in matcher._lexicon).

Every pattern here is linear: no nested unbounded quantifiers, every gap is bounded ({0,N}).
"""

from __future__ import annotations

import re
from typing import Final

# --- employment, workplace, shifts -----------------------------------------------------------

EMPLOYMENT_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("full_time", r"\bfull[- ]?time\b|\bFT\b(?=\s*(?:/|,|position|role|job|\())"),
    ("part_time", r"\bpart[- ]?time\b|(?<=FT/)PT\b|\bPT\b(?= (?:position|role|job))"),
    ("per_diem", r"\bPRN\b|\bper[- ]diem\b(?! rate)|\bas[- ]needed\b(?= ?(?:basis|position|role|"
                 r"schedule|shifts?|\)|/|,? ?(?:PRN|per diem)))|\(as[- ]needed|(?<=: )as needed|"
                 r"^as needed|"
                 r"\bintermittent\b(?= (?:position|schedule|appointment|work|basis|employment|"
                 r"role))|"
                 # federal "Intermittent" alone on its line, as the value of a schedule / type
                 # field, or listed with other types; "intermittent lifting" or a physical-demands
                 # table ("Standing: intermittent") is not a schedule
                 r"^intermittent\W{0,2}$|\b(?:schedule|type|appointment|tour of duty|status|"
                 r"employment): ?intermittent\b|"
                 r"\b(?:full|part)[- ]?time ?(?:,|/|or|and) ?intermittent\b|"
                 r"\bintermittent ?(?:,|/|or|and) ?(?:full|part)[- ]?time\b"),
    # "seasonal influenza vaccination" is a health programme, not seasonal work
    ("temporary", r"\btemp(?:orary)?\b(?![- ]?(?:agency|agencies|staff\w*))|\btemp[- ]to[- ]"
                  r"(?:hire|perm)\b|"
                  r"\bseasonal\b(?! (?:influenza|flu|vaccin\w*|illness|allerg\w*))"),
    ("contract", r"\bcontract(?:[- ]to[- ](?:hire|perm))?\b(?= ?(?:position|role|job|assignment|"
                 r"opportunity|work|basis|,|:|\)|\.|$|/|-|–|\(|\d|to))|\b(?:\d{1,2}[- ](?:week|"
                 r"month)|W-?2|1099) contract\b|\bcontractor\b"),
    ("internship", r"\binternship\b|\bintern\b"),
)  # fmt: skip
#: Employment words that are not this job's type ("benefits for full-time staff").
EMPLOYMENT_SKIP_BEFORE_RE: Final = re.compile(
    r"\b(?:benefits?|eligible|offered to|available to|for)\b[^.;]{0,12}$|"
    # other people's appointments: "employees who are appointed on a temporary basis prior to
    # the effective date" (a federal grandfathering clause)
    r"\b(?:employees|staff|individuals|persons|those|appointees|incumbents|people) who "
    r"(?:are|were|have been|held|hold|had)\b[^.;]{0,30}$|"
    # "may not have their temporary appointment extended": someone else's appointment
    r"\b(?:their|his|her|whose)\s$",
    re.I,
)
EMPLOYMENT_SKIP_AFTER_RE: Final = re.compile(
    r"^\W{0,2}(?:employees|staff|team members|equivalent|FTE|students|workers|"
    # schooling, not the job: "one year of full-time academic study", "full-time study"
    r"(?:academic |undergraduate |graduate |college )?(?:study|studies|coursework|enrollment|"
    r"education|student))\b",
    re.I,
)

WORKPLACE_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("not_remote", r"\b(?:not|non)[- ](?:a )?remote\b|\bno remote\b|\bnot (?:eligible for |a )?"
                r"(?:remote|work[- ]from[- ]home)|\bremote work is not\b|"
                r"\b(?:remote|telework|teleworking)(?: work| option)?\s?:?\s?(?:is )?not "
                r"(?:available|offered|permitted|an option|possible)|"
                r"\b(?:remote job|telework eligible|telework|remote)\s?:\s?no\b|"
                # "Telework eligible: Yes - ADHOC / as determined by the agency": occasional
                # telework granted case by case, no regular days away from the site
                r"\btelework eligible\s?:\s?yes\W{0,4}(?:ad[- ]?hoc\b|(?:as )?determined by|"
                r"occasional\b)"),
    # federal "Telework eligible: Yes" is situational telework from an on-site job
    # "Hybrid Title 38" is a VA appointment type, not a workplace
    ("hybrid", r"\bhybrid\b(?! title\b)|\btelework eligible\s?:\s?yes\b(?!\W{0,4}(?:ad[- ]?hoc\b|"
               r"(?:as )?determined by|occasional\b))|\bsituational telework\b|"
               r"\b(?:[1-4]|one|two|three|four) days? (?:per |a |each )?week "
               r"(?:in[- ](?:the[- ])?office|on[- ]?site|in[- ]person|remote(?:ly)?|"
               r"from home|at home)|"
               r"\b(?:in[- ](?:the[- ])?office|on[- ]?site|remote|from home),? (?:[1-4]|one|two|"
               r"three|four) days?\b"),
    ("remote", r"\b(?:fully |100% |completely )?remote\b(?! (?:access|patients?|monitoring|"
               r"sites?|locations?|clinics?|facilit\w+|hospitals?|servers?))|"
               r"\bwork(?:ing)? (?:from|at) home\b|\bwork[- ]from[- ]home\b|\bWFH\b|"
               r"\btelecommut\w*|\btelework\b|\bhome[- ]based\b|\bwork remotely\b"),
    ("on_site", r"\bon[- ]?site\b(?! (?:parking|cafeteria|gym|fitness|child ?care|daycare|"
                r"training|dining|clinic|pharmacy))|"
                # "apply in person" is how to apply, not where the work is
                r"(?<!apply )(?<!applications )\bin[- ]person\b(?! (?:interview|application))|"
                r"\bin[- ](?:the[- ])?office\b(?! (?:administration|management|procedures|setting|"
                r"environment|experience|skills|support|technology))|\bonsite\b|"
                r"\bwork (?:is )?(?:performed|done) (?:inside|in|at|on) (?:the |a |an |our )?"
                r"(?:[\w-]+ ){0,3}(?:facility|office|hospital|clinic|campus|site|center|unit)\b"),
)  # fmt: skip

SHIFT_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    (
        "day",
        r"(?=[dfst1hp])(?:\bday(?:time)?[- ]?shifts?\b|\bdays? (?:only|shift)\b|\bfirst shift\b|"
        r"\b1st shift\b|\bdaytime\b|(?:shift|schedule|hours)\W{1,3}days?\b|\bdays,|"
        r"\bdays? (?:and|/|or|&) (?:evenings?|nights?|weekends?)\b|^days?\b|"
        r"\b(?:time|PRN|diem|shifts?)[ ,/-]{1,3}days\b)",
    ),
    ("evening", r"\bevenings?\b|\bsecond shift\b|\b2nd shift\b|\bswing shift\b|\bPM shift\b"),
    (
        "night",
        r"\bnights?\b|\bovernights?\b|\bthird shift\b|\b3rd shift\b|\bgraveyard\b|"
        r"\bnoc shift\b",
    ),
    ("weekend", r"\bweekends?\b|\bsaturdays?\b|\bsundays?\b|\bsat(?:urday)?/sun(?:day)?\b"),
    (
        "rotating",
        r"\brotating\b(?! (?:weekends?|holidays))|"
        r"\brotation (?:of|between) shifts\b|\bvariable shifts?\b",
    ),
)
#: "no weekends", "weekends off", "never nights": the shift word is negated.
SHIFT_NEGATION_RE: Final = re.compile(
    r"\b(?:no|never|without|free|not|zero)\b(?:\s(?:\w+|&)){0,3}\s?$", re.I
)
SHIFT_AFTER_NEGATION_RE: Final = re.compile(r"^\s?(?:\w+\s){0,1}(?:off|free)\b", re.I)
#: A workplace that may come later is not the workplace ("telework may be approved after
#: probation").
WORKPLACE_MAYBE_RE: Final = re.compile(
    r"\b(?:may|might|could) (?:be )?(?:approved|allowed|granted|considered|available|possible|"
    r"offered)|\bpossib\w+ (?:after|once|in the future)|\bat (?:the )?(?:manager|supervisor)'?s? "
    r"discretion",
    re.I,
)
#: Clock hours "7p-7a", "8:00 AM - 4:30 PM", "0700-1530", "between 8 am and 5 pm".
CLOCK_RE: Final = re.compile(
    r"\b(?P<h1>\d{1,2})(?::?(?P<m1>\d{2}))? ?(?P<ap1>a\.?m?\.?|p\.?m?\.?)?"
    r" ?(?P<sep>-|–|—|to|until|and) ?"
    r"(?P<h2>\d{1,2})(?::?(?P<m2>\d{2}))? ?(?P<ap2>a\.?m?\.?|p\.?m?\.?)?(?![\d/$%])",
    re.I,
)

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
    + r"|\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?[kK]?))?"
    r"(?=(?P<tail>.{0,40}))",
    re.I,
)
#: Pay written without a dollar sign needs cents or thousands and a period right after it
#: ("18.00 - 21.00 per hour", "45,000-52,000 annually"); "8-hour shift" has neither.
BARE_PAY_RE: Final = re.compile(
    r"(?<![\d.,$])(?P<a>\d{1,3}\.\d{2}|\d{2,3},\d{3}(?:\.\d{2})?)(?: ?(?:-|–|—|to) ?"
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
NOT_PAY_RE: Final = re.compile(
    # the lookahead (every alternative's first letter) rejects most positions with one class
    # test: without it each of ~25 alternatives was tried at every character (60 us on 40)
    r"(?=[dbsrtipa4fmlehuc])(?:differential|bonus|sign[- ]?on|referral|tuition|reimburse|"
    r"incentive|premium|401|"
    r"allowance|relocation|\bfees?\b|\bmatch|\bshift diff|\bpremium|\bper diem rate|\bmeal|"
    # an intern's "Stipend: $18 per hour" is the pay; a housing or travel stipend is not
    r"\b(?:housing|travel|lodging|mileage|uniform|phone|internet|education|meal) stipend)",
    re.I,
)
#: An amount right after these words is an add-on ("plus $2/hr for nights").
NOT_PAY_BEFORE_RE: Final = re.compile(
    r"(?=[paeirbdu])\b(?:plus|additional|extra|increase|raise|earn an|bonus of|differential of|"
    r"up to \$[\d,]{1,9} in)\s?(?:of |an? )?$",
    re.I,
)

# --- skills ----------------------------------------------------------------------------------

SKILL_PATTERNS: Final[tuple[tuple[str, str, int], ...]] = (
    ("icd10", r"\bICD[- ]?10\b|\bICD[- ]?10[- ](?:CM|PCS)\b|\bICD-?CM\b", re.I),
    ("cpt", r"\bCPT\b", 0),
    ("hcpcs", r"\bHCPCS\b", re.I),
    ("hipaa", r"\bHIPAA\b", re.I),
    ("medical_terminology", r"\bmedical terminology\b", re.I),
    ("release_of_information", r"\breleas(?:e|es|ing)[- ]of[- ](?:patient |health |medical )?"
                               r"information\b|\bROI\b|\breleas(?:e|es|ing) (?:\w+ ){0,2}"
                               r"(?:information|records|copies)\b", re.I),
    # the verbs, not "master patient index"
    ("scanning_indexing", r"\bscan(?:s|ned|ning|ner|ners)?\b|"
                          r"(?<!patient )\bindex(?:es|ed|ing)?\b(?! (?:card|number|score|case))",
     re.I),
    ("epic", r"\bEpic\b|\bEPIC\b", 0),
    ("cerner", r"\bCerner\b|\bOracle Health\b", re.I),
    ("meditech", r"\bMeditech\b", re.I),
    ("athenahealth", r"\bathena(?:health|One|Clinicals)?\b", re.I),
    ("eclinicalworks", r"\beClinicalWorks\b|\beCW\b", re.I),
    ("nextgen", r"\bNextGen\b", re.I),
    ("allscripts", r"\bAllscripts\b|\bVeradigm\b", re.I),
    ("typing", r"\btyping\b|\b\d{2,3} ?(?:wpm|words per minute)\b|\bkeyboarding\b", re.I),
    ("ten_key", r"\b(?:10|ten)[- ]key\b", re.I),
    ("microsoft_office", r"\bMicrosoft Office\b|\bMS Office\b|\bExcel\b|\bMicrosoft Word\b|"
                         r"\bOffice 365\b|\bMicrosoft 365\b|\bMS Word\b|\bOutlook\b", 0),
    ("anatomy_physiology", r"\banatomy\b", re.I),
    ("customer_service", r"\bcustomer[- ]service\b", re.I),
    # billing work, not a billing team named in passing ("help the billing team find a chart")
    ("billing", r"\bbilling\b(?! (?:and|&) coding specialist| (?:team|office|department|staff))|"
                r"\b(?:enter|post|posting|entering) charges\b|\bcharge entry\b|"
                r"\b(?:work|working|resolve|resolving) (?:claim |insurance )?denials\b", re.I),
    ("abstracting", r"\babstract(?:ing|ion|ors?)\b|\babstract(?:s|ed)? (?:[\w-]+ ){0,2}(?:data|"
                    r"information|records?|codes|documentation|charts?|cases)\b", re.I),
    # reading records for completeness, not auditing them ("chart audits" is not this skill)
    ("chart_analysis", r"\b(?:chart|record) (?:analysis|completion)\b|\bdeficienc(?:y|ies)\b|"
                       r"\bchart review\b|\banaly[sz](?:e|es|ed|ing)\b (?:\w+ ){0,3}"
                       r"(?:records|charts)\b", re.I),
)  # fmt: skip
