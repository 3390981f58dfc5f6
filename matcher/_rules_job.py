"""Employment and workplace words, one record per value (docs/extraction.md, "How to add"); the
shift words, when the job is worked rather than on what terms, are in matcher._rules_shift.

To read a new phrasing ("casual" as per diem), add a pattern and an example to that value's
record. The ids are schemas.vocab's EMPLOYMENT_TYPES and WORKPLACES ("not_remote" is a negated
remote, read as on_site); tests/matcher/test_rules.py pins them and checks every pattern against
the examples and near misses. Triggers left out are derived from the patterns.
"""

from __future__ import annotations

from typing import Final

from schemas.vocab import Rule

EMPLOYMENT_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "full_time",
        # "one year of full-time experience", "full-time academic study": a measure of what
        # the applicant did, not this job's type
        (
            r"\bfull[- ]?time\b(?! (?:(?:work|paid|clerical|professional|equivalent) )?"
            r"experience\b| (?:academic|college|undergraduate|graduate) |"
            r" (?:study|education|schooling|coursework)\b)",
            # "FT days", "FT nights": the schedule after it, as for "PT mornings"
            r"\bFT\b(?=\s*(?:/|,|position|role|job|\()| (?:days|nights|evenings|mornings|"
            r"hours|schedule|shifts?)\b)",
            # a full-time equivalent of 1 ("FTE: 1.0", "1.0 FTE") is the whole week
            r"\bFTE\s?[:-]?\s?1(?:\.0{1,2})?(?![\d.])",
            r"(?<![\d.])1\.0{1,2}\s?FTE\b",
            # the value of a field alone ("Status: FT", the label taken off: matcher._furniture)
            r"^FT$",
            # "Full or part-time", "Full- or part-time", "Full/Part time": the shared "time"
            # written once
            r"\bfull-? ?(?:or|/|&) ?part[- ]?time\b",
        ),
        examples=(
            "Full-time position",
            "Full or part-time considered",
            "Full- or part-time",
            "Full/Part time",
            "FTE: 1.0",
            "FTE 1",
            "1.00 FTE",
            "FT position",
            "full-time, experience preferred",
            "FT days",
            "FT nights",
            "FT",
        ),
        near_misses=(
            "full-timers",
            "FT Myers",
            "Ft.",
            "FT Worth schedule",
            "one year of full-time experience",
            "one year of full-time academic study",
            "two years of full-time work experience",
            "FTE: 0.6",
            "FTE 10 staff",
            "0.5 FTE",
            "full or partial payment",
        ),
        triggers=("full", " ft", "\nft", "/ft", "(ft"),
    ),
    Rule(
        "part_time",
        (
            r"\bpart[- ]?time\b(?! (?:(?:work|paid) )?experience\b| equivalent\b| study\b)",
            r"(?<=FT/)PT\b",
            r"^PT$",
            # "PT mornings", "PT 20 hrs": the schedule after it; "PT department" is therapy
            r"\bPT\b(?= (?:position|role|job|mornings?|afternoons?|evenings?|days|nights|"
            r"weekends?|hours|schedule|shifts?)\b|(?:,? | ?\( ?)(?:(?:approx(?:imately|\.)?|about|"
            r"around|up to|~) ?)?\d{1,2}(?:-\d{1,2})? ?(?:hrs|hours)\b)",
            # a fraction of a full-time equivalent ("FTE: 0.6", ".5 FTE") is part of the week
            r"\bFTE\s?[:-]?\s?0?\.[1-9]\d?(?![\d.])",
            r"(?<![\d.])0?\.[1-9]\d?\s?FTE\b",
        ),
        examples=(
            "Part time",
            "FT/PT",
            "PT position",
            "PT mornings, 8-12",
            "PT 20 hrs/week",
            "PT, approx 25 hrs/wk",
            "PT, about 20-24 hours a week",
            "PT (20 hrs)",
            "PT",
            "PT (approx. 24 hours/week)",
            "FTE: 0.6",
            "FTE - 0.5",
            "FTE .5",
            "0.75 FTE",
        ),
        near_misses=(
            "PT exercises",
            "Pt.",
            "or its part-time equivalent",
            "part-time experience counts",
            "PT department",
            "PT 2 visits",
            "PT (2 visits a week)",
            "FTE: 1.0",
            "FTE 0.05 reserve",
            "3.5 FTE coders",
        ),
        triggers=("part", " pt", "\npt", "/pt", "(pt"),
    ),
    Rule(
        "per_diem",
        (
            r"\bPRN\b",
            # a travel per diem is an allowance: "per diem rate", "per diem reimbursement"
            r"\bper[- ]diem\b(?! (?:rate|reimburse\w*|allowances?|meals?|expenses?))",
            r"\bas[- ]needed\b(?= ?(?:basis|position|role|schedule|shifts?|\)|/|,? ?(?:PRN|"
            r"per diem)))",
            r"\(as[- ]needed",
            r"(?<=: )as needed",
            r"^as needed",
            r"\bintermittent\b(?= (?:position|schedule|appointment|work|basis|employment|role))",
            # federal "Intermittent" alone on its line, as the value of a schedule / type
            # field, or listed with other types; "intermittent lifting" or a physical-demands
            # table ("Standing: intermittent") is not a schedule
            r"^intermittent\W{0,2}$",
            r"\b(?:schedule|type|appointment|tour of duty|status|employment): ?intermittent\b",
            r"\b(?:full|part)[- ]?time ?(?:,|/|or|and) ?intermittent\b",
            r"\bintermittent ?(?:,|/|or|and) ?(?:full|part)[- ]?time\b",
            # "Temporary NTE 1 year, Intermittent", "Permanent / intermittent": listed after
            # the appointment's tenure ("a temporary, intermittent lifting" is no schedule)
            r"\b(?:temporary|permanent|term|seasonal|years?|months?)\W{1,3}(?:or |and )?"
            r"intermittent\b(?! (?:lifting|standing|walking|bending|stooping|sitting|exposure|"
            r"travel|noise|pain))",
            # "Casual/On-call", "casual position", "Status: Casual": a pool called in as needed;
            # not "business casual" nor "one on-call weekend a month" (a shift)
            r"(?<!business )\bcasual\b(?= ?(?:/|position|role|status|basis|employees?|pool|"
            r"\))| ?[-–,]? ?(?:on[- ]call|as[- ]needed)\b)",
            r"\b(?:status|type|employment|position|schedule): ?casual\b",
            r"\bon[- ]call (?:position|role|basis|status|employee|pool)\b",
            r"\bon[- ]call,? ?(?:/ ?)?as[- ]needed\b",
            r"\b(?:status|type|employment|position): ?on[- ]call\b",
            r"^(?:casual|on[- ]call)\W{0,2}$",  # the value of a field label, alone on its line
        ),
        examples=(
            "PRN coder",
            "per diem",
            "as-needed basis",
            "Schedule (as needed)",
            "Hours: as needed",
            "as needed",
            "intermittent position",
            "Intermittent",
            "Work schedule: intermittent",
            "Full-time or intermittent",
            "intermittent, part time",
            "Temporary NTE 1 year, Intermittent",
            "Permanent / intermittent",
            "Casual/On-call",
            "casual position",
            "Casual, as needed",
            "On call as needed",
            "Position status: Casual",
            "on-call basis",
            "Employment type: On-call",
            "On-call",
        ),
        near_misses=(
            "per diem rate",
            "Per diem reimbursement for travel",
            "intermittent lifting",
            "for one year, intermittent lifting of boxes",
            "Standing: intermittent",
            "Business casual dress",
            "business casual, free parking",
            "one on-call weekend a month",
            "on-call rotation for ROI",
            "a casual, friendly team",
            "Dress code: casual",
        ),
        triggers=("prn", "diem", "needed", "intermittent", "casual", "on-call", "on call"),
    ),
    # "seasonal influenza vaccination" is a health programme, not seasonal work
    Rule(
        "temporary",
        (
            # "Regular/Temporary: Regular" is a field label (its value is "Regular")
            r"\btemp(?<!regular/temp)(?<!regular or temp)(?:orary)?\b"
            r"(?![- ]?(?:(?:help )?agency|(?:help )?agencies|staff\w*))",
            r"\btemp[- ]to[- ](?:hire|perm)\b",
            r"\bseasonal\b(?! (?:influenza|flu|vaccin\w*|illness|allerg\w*))",
            # a term or limited-term appointment ends on a set date (federal "Term - NTE 4
            # years", a state "limited-term position"): "long-term care" and "terminology" are
            # other words
            r"\blimited[- ]term\b(?! (?:memory|goals?|care|disabilit\w*))",
            r"\bterm (?:appointment|position|role|job|employment|hire)\b",
            r"^term\b(?=\W{0,4}(?:$|not[- ]to[- ]exceed\b|NTE\b|\(|\d))",
            r"\b(?:appointment|tenure|position|employment) ?(?:type)?\s?:\s?term\b",
        ),
        examples=(
            "Temporary role",
            "temp-to-hire",
            "seasonal work",
            "Limited-term position through December",
            "Type: Limited term (6 months)",
            "Term appointment, 13 months",
            "Term - Not to exceed 4 years",
            "Term",
            "Term (NTE 13 months)",
            "Appointment type: Term",
        ),
        near_misses=(
            "temp agency",
            "Temporary help agencies need not apply.",
            "Regular/Temporary: Regular",
            "seasonal flu shots",
            "long-term care coding",
            "medical terminology",
            "limited-term memory",
            "Term of the contract is one year",
            "short-term disability",
        ),
        triggers=(
            "temp",
            "seasonal",
            "limited term",
            "limited-term",
            "term appointment",
            "term position",
            "term role",
            "term job",
            "term employment",
            "term hire",
            ": term",
            ":term",
            # a line opening with it ("Term - NTE 4 years" under its field label): a bare "term"
            # is in most postings' "terminology"
            "\nterm",
        ),
    ),
    Rule(
        "contract",
        (
            r"\bcontract(?:[- ]to[- ](?:hire|perm))?\b(?= ?(?:position|role|job|assignment|"
            r"opportunity|work|basis|,|:|\)|\.|$|/|-|–|\(|\d|to))",
            r"\b(?:\d{1,2}[- ](?:week|month)|W-?2|1099) contract\b",
            r"\bcontractor\b",
            # a job board's "Contract length: 12 months" / "Contract duration: 6 months"
            r"\bcontract (?:length|duration|term)\s?:",
            # a travel assignment is a fixed-term contract ("Travel Assignment: Inpatient Coder")
            r"\btravel (?:assignments?|contracts?|positions?|coder|jobs?|roles?)\b",
        ),
        examples=(
            "Contract position",
            "13-week contract",
            "independent contractor",
            "Contract length: 6 months",
            "Contract duration: 13 weeks",
            "Travel assignment",
            "travel coder",
        ),
        near_misses=(
            "contract law",
            "Travel between our three clinics",
            "travel reimbursement",
            "travel to the clinics as needed",
        ),
        triggers=("contract",),
    ),
    Rule(
        "internship",
        (r"\binternship\b", r"\bintern\b"),
        examples=("Summer internship", "HIM intern"),
        near_misses=("internal candidates",),
        triggers=("intern",),
    ),
)

WORKPLACE_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "not_remote",
        (
            r"\b(?:not|non)[- ](?:a )?remote\b",
            r"\bno (?:remote|telework(?:ing)?|telecommuting)\b",
            r"\bnot (?:eligible for |a )?(?:remote|work[- ]from[- ]home|telework\w*|"
            r"telecommut\w*)",
            r"\bremote work is not\b",
            r"\b(?:remote|telework|teleworking|telecommut\w*)(?: work| options?)?"
            r"(?: eligib(?:le|ility))?\s?:?\s?(?:is |are )?not "
            r"(?:available|offered|permitted|an option|possible|eligible|authorized|authorised|"
            r"approved|allowed)",
            r"\bwork(?:ing)?[- ]from[- ]home (?:is )?not (?:available|offered|permitted|an option|"
            r"possible)",
            # page and career-site fields answered "No" or "N": "Remote job: No", "Remote
            # Eligible: No", "Remote work eligibility: No", "Telecommute: No", "Work from home
            # eligible: N" ("Remote: N/A" answers nothing)
            r"\b(?:remote|telework|teleworking|telecommut\w*|work from home|work-from-home|WFH)"
            r"(?: work| job)?(?: options?)?(?: eligib(?:le|ility))?\s?:\s?no?\b(?!/)",
            # the federal page's two fields with the value on the same line and no colon
            # ("Remote job No", "Telework eligible No"); only these labels: "remote no ..." in
            # prose is no field
            r"\b(?:remote job|telework eligible) no\b",
            # a remote field answered with the workplace: "Remote Status: On-Site"
            r"\bremote (?:status|type|option)\s?:\s?(?:on[- ]?site|in[- ](?:the[- ])?office|"
            r"in[- ]person|office[- ]based)\b",
            # a question answered (matcher._furniture): "Can this job be done from home?" / "No"
            r"\b(?:remotely|from home)\s?:\s?no\b",
            # "Telework eligible: Yes - ADHOC / as determined by the agency": occasional
            # telework granted case by case, no regular days away from the site
            r"\btelework eligible(?:\s?:\s?| )yes\W{0,4}(?:ad[- ]?hoc\b|(?:as )?determined by|"
            r"occasional\b|situational (?:telework )?only\b)",
            # "Telework eligible: Situational only": occasional, as "ADHOC" (no "Yes" before it)
            r"\btelework eligible(?:\s?:\s?| )situational\b",
            # "situational telework only" with or without the field: no regular days away
            r"\bsituational (?:telework )?only\b",
        ),
        examples=(
            "This is not a remote position.",
            "no remote work",
            "not eligible for work from home",
            "Remote work is not possible.",
            "Work from home is not an option.",
            "Telework: not available",
            "Telecommuting: not available",
            "Telework: Not eligible",
            "Remote job: No",
            "Remote Eligible: No",
            "Remote Work Options: No",
            "Remote work eligibility: No",
            "Can this job be done from home: No",
            "Telework eligible: Yes - ADHOC",
            "This position is not eligible for telework.",
            "Position is located on campus; no telework.",
            "Telework eligible: Situational only",
            "Telework is not authorized for this position.",
            "Remote job No",
            "Telework eligible No",
            "Telework eligible Yes - situational telework only",
            "Telework: situational only",
            "Telecommute: No",
            "Telework Eligibility: Not Eligible",
            "Remote Status: On-Site",
            "Remote options are not available for this role",
            "Remote eligible: N",
            "Work from home eligible: No",
            "WFH: no",
        ),
        near_misses=("Remote position", "Remote: N/A", "Telecommute: Yes", "Remote: Nationwide"),
        triggers=("remote", "telework", "home", "telecommut", "wfh"),
    ),
    # federal "Telework eligible: Yes" is situational telework from an on-site job
    # "Hybrid Title 38" is a VA appointment type, not a workplace
    Rule(
        "hybrid",
        (
            # "our hybrid paper and electronic record" is a kind of record, not a workplace
            r"\bhybrid\b(?! title\b| (?:paper|electronic|medical|records?|charts?|"
            r"EHR|EMR|documentation|filing)\b)",
            r"\btelework eligible(?:\s?:\s?| )yes\b(?!\W{0,4}(?:ad[- ]?hoc\b|(?:as )?determined by|"
            r"occasional\b|situational (?:telework )?only\b))",
            r"\bsituational telework\b(?! only\b)",
            # "Remote: Partially", "Remote work: partial"
            r"\bremote(?: work)?\s?:\s?partial(?:ly)?\b",
            r"\b(?:[1-4]|one|two|three|four) days? (?:per |a |each )?week "
            r"(?:in[- ](?:the[- ])?office|on[- ]?site|in[- ]person|remote(?:ly)?|"
            r"from home|at home)",
            r"\b(?:in[- ](?:the[- ])?office|on[- ]?site|remote|from home),? (?:[1-4]|one|two|"
            r"three|four) days?\b",
            # days at the workplace, "the rest" / "the other days" at home: "two days a week at
            # the hospital, the rest from home" (days somewhere alone may be a part-time schedule)
            r"\b(?:[1-4]|one|two|three|four) days? (?:per |a |each )?week\b[^.;]{0,50}?\b"
            r"(?:rest|remainder|(?:other|remaining) (?:[\w-]+ )?days?)\b[^.;]{0,25}?\b"
            r"(?:from home|at home|remote(?:ly)?|telework\w*)",
            # "Telework: Eligible 2 days per week": regular days away from the site
            r"\btelework(?:ing)?\W{1,3}(?:eligible\W{1,3})?(?:up to )?(?:[1-4]|one|two|three|four) "
            r"days?\b",
            # a question answered with some days (matcher._furniture): "Can I work remotely?" /
            # "Yes - two days a week", "Remote: Yes, up to 3 days"
            r"\b(?:remotely|from home|remote(?: work)?|telework(?:ing)?)\s?:\s?yes\W{1,4}"
            r"(?:up to |for )?"
            r"(?:[1-4]|one|two|three|four) days?\b",
        ),
        examples=(
            "Hybrid schedule",
            "Telework eligible: Yes",
            "Telework eligible Yes",
            "situational telework",
            "Remote: Partially",
            "two days per week in the office",
            "on-site, three days",
            "Telework: Eligible 2 days per week",
            "Can I work remotely: Yes - two days a week",
            "Telework: Yes (up to 2 days/week)",
            "two days a week at the hospital, the rest from home",
            "3 days per week in the clinic and the other two days at home",
        ),
        near_misses=(
            "Hybrid Title 38 appointment",
            "maintain our hybrid paper and electronic record",
            "a hybrid medical record system",
            "two days a week at the clinic",
        ),
        # the day counts of a hybrid schedule ("two days a week in the office", "on site, one
        # day"): the count with its "day", as the patterns need them (a bare "day" is in most
        # postings' "Monday", "holiday", "days": 4 sentences a posting scanned, 1 in 7 a hit)
        triggers=(
            "hybrid",
            "telework",
            *(f"{n} day" for n in ("1", "2", "3", "4", "one", "two", "three", "four")),
        ),
    ),
    Rule(
        "remote",
        (
            r"\b(?:fully |100% |completely )?remote\b(?! (?:access|patients?|monitoring|"
            r"sites?|locations?|clinics?|facilit\w+|hospitals?|servers?))",
            r"\bwork(?:ing)? (?:from|at) home\b",
            r"\bwork[- ]from[- ]home\b",
            r"\bWFH\b",
            r"\btelecommut\w*",
            r"\btelework\b",
            r"\bhome[- ]based\b",
            r"\bwork remotely\b",
            # "Virtual position"; a "virtual visit" is telehealth, not where the job is done
            r"\bvirtual (?:position|role|job|opportunity|team member)\b",
        ),
        examples=(
            "Fully remote",
            "working from home",
            "work-from-home",
            "WFH",
            "telecommute",
            "telework",
            "home-based",
            "work remotely",
            "Virtual position",
        ),
        near_misses=("remote access to charts", "schedules virtual visits"),
        triggers=("remote", "home", "wfh", "telecommut", "telework", "virtual"),
    ),
    Rule(
        "on_site",
        (
            r"\bon[- ]?site\b(?! (?:parking|cafeteria|gym|fitness|child ?care|daycare|"
            r"training|dining|clinic|pharmacy))",
            # "apply in person" is how to apply, not where the work is
            r"(?<!apply )(?<!applications )\bin[- ]person\b(?! (?:interview|application))",
            r"\bin[- ](?:the[- ])?office\b(?! (?:administration|management|procedures|setting|"
            r"environment|experience|skills|support|technology))",
            r"\bonsite\b",
            r"\bwork (?:is )?(?:performed|done) (?:inside|in|at|on) (?:the |a |an |our )?"
            r"(?:[\w-]+ ){0,3}(?:facility|office|hospital|clinic|campus|site|center|unit)\b",
            # "This position is located inside a secure facility": inside a building is where
            # the work is done ("located in Denver" is only a place: no workplace)
            r"\b(?:position|job|role|work) (?:is )?(?:located|based|performed|done) (?:inside|"
            r"within) (?:the |a |an |our )?(?:[\w'’-]+ ){0,3}(?:facility|hospital|clinic|campus|"
            r"center|unit|prison|institution|building)\b",
        ),
        examples=(
            "On-site role",
            "in person",
            "in the office",
            "onsite",
            "Work is performed inside the hospital.",
            "This position is located inside a secure facility.",
        ),
        near_misses=(
            "on-site parking",
            "apply in person",
            "coursework in office administration",
            "This position is located in Denver.",
        ),
        # "in the office" as the pattern spells it: a bare "office" is in most postings ("office
        # work", "medical office"), and its sentences were scanned for nothing
        triggers=(
            "site",
            "person",
            "performed",
            "inside",
            "within",
            "done",
            *(f"in{a}{the}office" for a in (" ", "-") for the in ("", "the ", "the-")),
        ),
    ),
)
