"""Employment words for the terms a job is offered on, one record per value (docs/extraction.md,
"How to add"): per diem (its record in matcher._rules_per_diem), temporary, contract,
internship (how long the job lasts and on whose books). The hours words (full-time, part-time,
an FTE figure) are in matcher._rules_job, which joins both into EMPLOYMENT_RULES (hours first:
the order of the records is the order the values are read in).

The ids are schemas.vocab's EMPLOYMENT_TYPES; tests/matcher/test_rules.py pins them and checks
every pattern against the examples and near misses. Triggers left out are derived from the
patterns.
"""

from __future__ import annotations

from typing import Final

from matcher._rules_per_diem import PER_DIEM_RULE
from schemas.vocab import Rule

TERMS_RULES: Final[tuple[Rule, ...]] = (
    PER_DIEM_RULE,
    # "seasonal influenza vaccination" is a health programme, not seasonal work
    Rule(
        "temporary",
        (
            # "Regular/Temporary: Regular" is a field label (its value is "Regular")
            r"\btemp(?<!regular/temp)(?<!regular or temp)(?:orary)?\b"
            # ("temporary disability insurance" is a benefit; a temporary password, badge or
            # parking permit, a temporary file or chart are things, not the job's term)
            r"(?![- ]?(?:(?:help )?agency|(?:help )?agencies|staff\w*|disabilit\w*))"
            r"(?! (?:password|passcode|badge|id|login|credentials?|access|account|parking|permit|"
            r"files?|folders?|storage|charts?|records?|signature|tags?|holds?|closures?)\b)",
            r"\btemp[- ]to[- ](?:hire|perm)\b",
            r"\bseasonal\b(?! (?:influenza|flu|vaccin\w*|illness|allerg\w*))",
            # a term or limited-term appointment ends on a set date (federal "Term - NTE 4
            # years", a state "limited-term position"): "long-term care" and "terminology" are
            # other words
            r"\blimited[- ]term\b(?! (?:memory|goals?|care|disabilit\w*))",
            r"\blimited[- ]duration\b(?= (?:position|role|job|appointment|employment|assignment|"
            r"hire)\b|\s?[(:,-])",
            r"\bterm (?:appointment|position|role|job|employment|hire)\b",
            # a fixed-term or interim post ends on a set date too ("a fixed-term contract" is
            # left to the contract rule; "fixed-term deposit", "in the interim" are other words)
            r"\bfixed[- ]term\b(?= (?:position|role|job|post|appointment|employment|assignment|"
            r"hire)\b|\s?[(:,]|"
            # ... or its length after it ("Fixed term 12 months", "Fixed-term six months"; not "a
            # fixed term 5 year deposit"), alone as a field's value ("Worker Sub-Type: Fixed
            # Term", the label taken off: matcher._employment), or after its label (session 18)
            r" (?:\d{1,2}|one|two|three|four|six|nine|twelve|eighteen)[- ]?(?:months?|mos?|weeks?|"
            r"wks?)\b(?! contract)| (?:1|one|2|two)[- ]years?\b(?! contract))",
            # ... and in brackets after the hours' type: "Part Time (Fixed Term)"
            r"^fixed[- ]term\W{0,2}$|(?<=time \()fixed[- ]term(?=\))",
            r"\b(?:sub-?type|type|status|employment|appointment|category|tenure)\s?:\s?"
            r"fixed[- ]term\b",
            r"\binterim (?:position|role|job|post|appointment|assignment)\b",
            r"^term\b(?=\W{0,4}(?:$|not[- ]to[- ]exceed\b|NTE\b|\(|\d))",
            r"\b(?:appointment|tenure|position|employment) ?(?:type)?\s?:\s?term\b",
            # a federal summary's field with its value on one line, no colon: "Appointment type
            # Term - Not to exceed 13 months"; a term closed by its limit mid-line: "Full-time,
            # Term (NTE 2 years)"
            r"\bappointment type term\b",
            r"(?<!long[- ])(?<!short[- ])\bterm ?(?:[-–(,] ?)(?:not[- ]to[- ]exceed|NTE)\b",
            # (s17probe2) a locum tenens holds the place of someone away: a stand-in for a
            # while ("Locum tenens assignment, 3 months", "Locums coder"; not the providers a
            # records office credentials: "locum tenens physicians"); a short-term assignment
            # and a summer job end on a set date as a season does ("short-term disability" and
            # "summer hours" are other words)
            r"\blocum(?:s| tenens)\b(?= ?(?:positions?|roles?|jobs?|assignments?|coders?|"
            r"abstractors?|basis|opportunit(?:y|ies)|\(|,|/|-|–|$))",
            r"\b(?:type|status|employment|position)\s?:\s?locum(?:s| tenens)\b",
            r"\bshort[- ]term (?:assignment|position|role|job|engagement|project|placement)s?\b",
            r"\bsummer (?:jobs?|positions?|roles?|hires?|help|employment|staff(?:ers?)?)\b",
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
            "Limited duration (12 months)",
            "Limited-duration appointment",
            "A 12-month fixed-term post covering a leave",
            "Fixed term (9 months)",
            "Fixed term 12 months",
            "Fixed-term six months",
            "Fixed term",
            "Worker Sub-Type: Fixed Term",
            "Work Type: Part Time (Fixed Term)",
            "This is an interim position while we recruit a permanent lead.",
            "Interim assignment: 3 months",
            "Appointment type Term - Not to exceed 13 months",
            "Full-time, Term (NTE 2 years)",
            "Schedule: full time; term - not to exceed 1 year",
            "Locum tenens assignment, 3 months",
            "Locums coder",
            "Locum tenens",
            "Employment type: Locum tenens",
            "Short-term assignment (8 weeks)",
            "a short-term project scanning old charts",
            "Summer job (June-August)",
            "Summer help needed in our records room",
        ),
        near_misses=(
            "You will receive a temporary password on your first day.",
            "Temporary badge issued until your photo ID is ready",
            "Move loose reports into the temporary file folder",
            "temp agency",
            "Temporary help agencies need not apply.",
            "Regular/Temporary: Regular",
            "seasonal flu shots",
            "long-term care coding",
            "medical terminology",
            "limited-term memory",
            "Term of the contract is one year",
            "short-term disability",
            "Temporary disability insurance",
            "a limited duration of exposure",
            "fixed-term deposit accounts",
            "a fixed term 5 year deposit",
            "30-year fixed term mortgage",
            "Life insurance (fixed term)",
            "Fixed-term 18 month contract",
            "fixed term life insurance",
            "In the interim, scan charts into the EHR.",
            "interim billing of long stays",
            "Appointment type Permanent",
            "long-term (not to exceed the plan's limit) disability",
            "The term of the lease, not to exceed two years",
            "Credential locum tenens physicians and allied staff.",
            "short-term disability",
            "short-term goals and long-term plans",
            "Summer hours: 7-3:30",
            "Summer internship",
            "summer Fridays off",
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
            "fixed-term",
            "fixed term",
            "interim",
            "locum",
            "short-term",
            "short term",
            "summer",
            ": term",
            ":term",
            # a line opening with it ("Term - NTE 4 years" under its field label): a bare "term"
            # is in most postings' "terminology"
            "\nterm",
            "type term",
            "term - n",
            "term (n",
            "term, n",
            "term -n",
            "term-n",
            "term – n",
        ),
    ),
    Rule(
        "contract",
        (
            # "we run registries for hospitals under contract": the employer's business with
            # its clients, not this job's terms
            r"(?<!under )(?<!under a )\bcontract(?:[- ]to[- ](?:hire|perm))?\b(?= ?(?:position|"
            r"role|job|assignment|opportunity|work|basis|,|:|\)|\.|$|/|-|–|\(|\d|to))",
            r"\b(?:\d{1,2}[- ](?:week|month)|W-?2|1099) contract\b",
            r"\bcontractor\b",
            # a job board's "Contract length: 12 months" / "Contract duration: 6 months"
            r"\bcontract (?:length|duration|term)\s?:",
            # a travel assignment is a fixed-term contract ("Travel Assignment: Inpatient Coder")
            r"\btravel (?:assignments?|contracts?|positions?|coder|jobs?|roles?)\b",
            # paid on a 1099, as an independent contractor is (s17probe2): "This is a 1099
            # position", "Tax Terms: 1099", "paid as a 1099 coder"; a W-2 is any employee, and
            # 1099 forms are paperwork ("process 1099 forms for vendors")
            r"\b1099\b(?= ?(?:positions?|roles?|jobs?|basis|opportunit(?:y|ies)|status|"
            r"independent|workers?|coders?|abstractors?|consultants?)\b)",
            r"\b(?:tax terms?|employment|job type|type|status|classification)\s?:\s?"
            r"(?:W-?2\s?(?:/|or|,)\s?)?1099\b",
            r"\b(?:paid|hired|engaged|work|working) (?:as|on) an? 1099\b",
            # freelance work offered as the job: "Freelance coder", "on a freelance basis",
            # "Job type: Freelance" (not the applicant's past work: "freelance writing experience")
            r"\bfreelance\b(?= ?(?:coders?|abstractors?|positions?|roles?|jobs?|basis|contracts?|"
            r"opportunit(?:y|ies)|/|,|\)|$))",
            r"\b(?:type|status|employment)\s?:\s?freelance\b",
        ),
        examples=(
            "Contract position",
            "13-week contract",
            "independent contractor",
            "Contract length: 6 months",
            "Contract duration: 13 weeks",
            "Travel assignment",
            "travel coder",
            "This is a 1099 position.",
            "Tax Terms: 1099",
            "Tax terms: W2/1099",
            "paid as a 1099 independent coder",
            "Freelance coder",
            "on a freelance basis",
            "Job type: Freelance",
        ),
        near_misses=(
            "Process 1099 forms for vendors.",
            "We issue W-2s and 1099s in January.",
            "1099-MISC reporting for the billing office",
            "Tax Term: W2",
            "Freelance writing experience a plus.",
            "former freelance medical transcriptionists welcome",
            "contract law",
            "We run hospital cancer registries under contract.",
            "Our coders serve 40 hospitals under a contract, with remote staff.",
            "Travel between our three clinics",
            "travel reimbursement",
            "travel to the clinics as needed",
        ),
        triggers=("contract",),
    ),
    Rule(
        "internship",
        # an internship the applicant has done is schooling, not this job's type: "internship
        # or practicum in an acute care HIM department", "completed an internship",
        # "internship experience", "a professional practice experience (internship)"
        (
            r"(?<!completed )(?<!completed an )(?<!completion of an )(?<!prior )(?<!previous )"
            r"(?<!past )(?<!experience \()(?<!practicum or )(?<!practicum/)(?<!externship or )"
            r"(?<!externship/)\binternship\b(?! ?(?:or|and|/) ?(?:an? )?(?:practicum|externship|"
            r"clinical rotation|professional practice)| experience\b)",
            r"\bintern\b",
            # a student's unpaid placement offered as the job: "HIM Externship (unpaid, 160
            # hours)", "a 12-week externship for coding students"; one done before is schooling
            r"(?<!completed )(?<!completed an )(?<!completion of an )(?<!prior )(?<!previous )"
            r"(?<!past )(?<!practicum or )(?<!internship or )(?<!internship/)\bexternship\b"
            r"(?! ?(?:or|and|/) ?(?:an? )?(?:practicum|internship|clinical rotation|professional "
            r"practice)| experience\b| (?:sites?|students|completed|hours "
            r"(?:completed|required))\b)",
        ),
        examples=(
            "Summer internship",
            "HIM intern",
            "Paid internship, 10 weeks",
            "This internship is open to students in an HIT program.",
            "HIM Externship (unpaid, 160 hours)",
            "This is a 12-week externship for coding students.",
        ),
        near_misses=(
            "internal candidates",
            "Internship or practicum in an acute care HIM department",
            "Completed HIM practicum or internship preferred",
            "Prior internship in a hospital HIM department a plus",
            "Internship experience in coding preferred",
            "professional practice experience (internship) in an HIM department",
            "externship/internship in a coding setting",
            "completed an internship in health information",
            "Completed externship in a hospital HIM department required",
            "Externship experience preferred",
            "We are an approved externship site for the college",
            "6-month medical records externship completed",
        ),
        triggers=("intern", "extern"),
    ),
)
