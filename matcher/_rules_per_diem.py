"""The per diem record of the employment terms (docs/extraction.md, "How to add"): the words for
a job worked as needed, with no set hours (PRN, per diem, as needed, federal intermittent,
casual, on-call, relief and pool staff). matcher._rules_terms lists it first among the terms.
"""

from __future__ import annotations

from typing import Final

from schemas.vocab import Rule

PER_DIEM_RULE: Final = Rule(
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
        # (a state page's "Time Base: Intermittent", s17probe2)
        r"\b(?:schedule|type|appointment|tour of duty|status|employment|time base): ?"
        r"intermittent\b",
        # a federal page's field with its value on one line: "Work schedule Intermittent"
        r"\bwork schedule intermittent\b",
        r"\b(?:full|part)[- ]?time ?(?:,|/|or|and) ?intermittent\b",
        r"\bintermittent ?(?:,|/|or|and) ?(?:full|part)[- ]?time\b",
        # beside another as-needed word: "Intermittent, on-call", "On-call / intermittent",
        # "intermittent (PRN)"
        r"\bintermittent ?(?:,|/|or|and|-|\() ?(?:on[- ]call|as[- ]needed|PRN|per[- ]diem|"
        r"casual)\b",
        r"\b(?:on[- ]call|PRN|per[- ]diem|casual) ?(?:,|/|or|and|-) ?intermittent\b",
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
        # (session 18) a title closing on it ("HIM Clerk - Casual", "Records Clerk, Casual"),
        # a line opening on it with its hours after a dash ("Casual - hours vary with
        # census", "Casual - as scheduled"), or beside the hours' type ("Casual part-time");
        # not "Dress code - casual", "Casual, relaxed office"
        r"\b(?:clerk|specialist|technician|tech|coordinator|coder|registrar|abstractor|"
        r"analyst|assistant|associate|rep)s?(?: ?[-–|]|,) ?casual(?=\W{0,2}$| ?[(–-])",
        r"^casual ?[-–] ?(?=(?:as|hours?|hrs|on[- ]call|per diem|prn|var\w*|flexible|no|"
        r"when|days|nights|evenings|weekends|shifts?|schedul\w*)\b)",
        r"\bcasual (?=(?:part|full)[- ]?time\b)",
        # hospitals' as-needed staff are a "pool" too: "Status: Pool", "Employment Type: Pool
        # - Days", "Status: Resource Pool", "a pool position" (not where the job is worked,
        # "Position: Float pool" (session 17), nor a pool of applicants or a swimming pool)
        r"\b(?:status|type|employment|position|schedule|category): ?(?:resource |casual |PRN |"
        r"per[- ]diem )?pool\b",
        # ... the value after its label (matcher._employment takes a field label off): "Pool -
        # Days", "Resource Pool"
        r"^(?:resource |casual )?pool(?=\W{0,2}$| ?[-–(/,])",
        r"(?<!float )(?<!applicant )(?<!candidate )(?<!talent )(?<!swimming )\bpool "
        r"(?:position|role|status|basis|employee)s?\b",
        r"\bon[- ]call (?:position|role|basis|status|employee|pool)\b",
        r"\bon[- ]call,? ?(?:/ ?)?as[- ]needed\b",
        r"\b(?:status|type|employment|position): ?on[- ]call\b",
        r"^(?:casual|on[- ]call)\W{0,2}$",  # the value of a field label, alone on its line
        # relief staff fill in as needed: "Job Status: Relief", "Relief position", "PRN /
        # relief" (not pain or tax relief, nor "break relief for the front desk", a duty)
        r"\b(?:status|type|employment|position|schedule): ?relief\b",
        r"\brelief (?:position|role|pool|staff|status|basis|employee)\b",
        r"\b(?:PRN|per[- ]diem|casual|on[- ]call) ?/ ?relief\b",
        r"^relief\W{0,2}$",
        # hours the employer does not promise: "You will work as needed, with no guaranteed
        # number of hours" (not "work as needed to meet deadlines")
        r"\bno guaranteed (?:number of |minimum )?hours\b",
        r"\bwork as[- ]needed(?=\s?[,.;)]|$)",
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
        "Intermittent, on-call",
        "On-call / intermittent",
        "Intermittent (PRN)",
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
        "Work schedule Intermittent",
        "Time Base: Intermittent",
        "no guaranteed number of hours",
        "You will work as needed.",
        "Job Status: Relief",
        "Relief position, days",
        "PRN/Relief",
        "Relief",
        "HIM Clerk - Casual",
        "Records Clerk, Casual",
        "Casual - hours vary with census",
        "Casual - as scheduled",
        "Casual part-time",
        "Employment Status: Pool",
        "Employment Type: Pool - Days",
        "Status: Resource Pool",
        "a pool position with no set schedule",
        "Pool",
        "Pool - Days",
    ),
    near_misses=(
        "per diem rate",
        "pain relief clinic records",
        "provide break relief for the front desk",
        "tax relief paperwork",
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
        "Dress code - casual",
        "Casual, relaxed office",
        "Casual dress Fridays",
        "Position: Float pool",
        "a float pool position",
        "We keep a pool of qualified applicants.",
        "Applicants placed in the candidate pool",
        "an indoor pool at our wellness center",
        "Pool of applicants reviewed monthly",
    ),
    triggers=(
        "prn",
        "diem",
        "needed",
        "intermittent",
        "casual",
        "on-call",
        "on call",
        "relief",
        "pool",
    ),
)
