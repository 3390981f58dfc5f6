"""Employment words for a job's hours (full-time, part-time, an FTE figure), one record per value
(docs/extraction.md, "How to add"), and EMPLOYMENT_RULES, every employment value's record. The
words for the terms a job is offered on (per diem, temporary, contract, internship) are in
matcher._rules_terms, the workplace words in matcher._rules_workplace, the shift words, when the
job is worked rather than on what terms, in matcher._rules_shift.

To read a new phrasing ("casual" as per diem), add a pattern and an example to that value's
record. The ids are schemas.vocab's EMPLOYMENT_TYPES; tests/matcher/test_rules.py pins them and
checks every pattern against the examples and near misses. Triggers left out are derived from the
patterns.
"""

from __future__ import annotations

import re
from typing import Final

# the workplace words live in matcher._rules_workplace (split out by job, session 11)
from matcher._rules_terms import TERMS_RULES
from matcher._rules_workplace import WORKPLACE_RULES as WORKPLACE_RULES
from schemas.vocab import Rule

#: The full-time words: a fraction of an FTE in a sentence holding them is the full-time job's
#: ("Full-time (0.9 FTE)"), not part-time (matcher._schedule).
#: ("Full Time Equivalent (FTE) .8" spells the measure out: no full-time word)
FULL_TIME_WORD_RE: Final = re.compile(
    r"\bfull[- ]?time\b(?! ?(?:or|/|&) ?part)(?! equivalent)", re.I
)
#: A line that only calls the job full-time, with its label or not ("Status: Full Time",
#: "Full-time"): an FTE alone on the line above it is the full-time job's (session 18).
FULL_TIME_LINE_RE: Final = re.compile(
    r"^(?:[\w /&-]{1,30}:\s?)?(?:regular\s)?full[- ]?time\W{0,2}$", re.I
)
#: A sentence that is only an FTE figure: "(0.9 FTE)", "FTE: 0.8".
FTE_ALONE_RE: Final = re.compile(
    r"^\W{0,2}(?:fte\s?[:-]?\s?)?\d?\.\d{1,2}(?:\s?fte)?\W{0,2}$", re.I
)

#: A week's hours under 30 ("24 hrs/wk", "20-25 hours a week", "Hours: 20 per week",
#: "Hours per week: 24"): under 30 is part-time by both US measures (the BLS counts under 35 a
#: week part-time; the ACA's full-time employee works 30 or more), 30 to 34 they disagree on
#: (nothing). 35 or more gives no full-time either: the labelled sets read "40 hrs/wk" beside a
#: contract or a season as only that term, and so hours are read only where the posting states
#: no type in words (matcher._employment: "Temporary, 20 hrs/wk" is temporary). Not a floor
#: ("at least 20 hours"), the hours of an activity ("8-12 hours a week of scanning", overtime)
#: or a rate of past work ("credited at 20 hours a week for a year").
WEEK_HOURS_PATTERNS: Final[tuple[str, ...]] = (
    r"(?<![\d.,$])(?<!least )(?<!than )(?<!over )(?<!minimum )(?<!exceed )(?<!at )"
    r"(?<!rate of )(?:[1-9]|[12]\d)(?: ?(?:[-–—]|to) ?(?:[1-9]|[12]\d))? ?(?:hours?|hrs?)"
    r"\.? ?(?:/ ?|per |a |each )(?:week|wk)\b(?! ?(?:of\b|overtime\b|for (?:a|an|one|\d+) "
    r"(?:year|month)s?\b))",
    r"\bhours ?: ?(?:[1-9]|[12]\d)(?: ?[-–—] ?(?:[1-9]|[12]\d))? ?(?:/ ?|per |a )"
    r"(?:week|wk)\b",
    r"\b(?:(?:hours|hrs) ?(?:per |a |/ ?)(?:week|wk)|weekly hours) ?: ?(?:[1-9]|[12]\d)"
    r"(?: ?[-–—] ?(?:[1-9]|[12]\d))?(?![\d.:])",
    # (session 18) a pay period's hours under 60 ("48 hrs/pay period", "Hours per pay period:
    # 40", "Scheduled Hours: 48 per pay period"): under 30 a week whether the period is two weeks
    # or half a month; 80 is the full-time fortnight. The free figure from 16 up: leave accrues
    # a few hours a pay period ("PTO accrues at 4 hours per pay period")
    r"(?<![\d.,$])(?<!least )(?<!than )(?<!over )(?<!minimum )(?<!exceed )(?<!at )"
    r"(?:1[6-9]|[2-5]\d)(?: ?(?:[-–—]|to) ?(?:1[6-9]|[2-5]\d))? ?(?:hours?|hrs?)\.? ?"
    r"(?:/ ?|per |a |each )pay ?period\b",
    r"\bhours ?(?:/ ?|per |a |each )pay ?period ?: ?(?:[1-9]|[1-5]\d)(?![\d.:])",
    r"\bhours ?: ?(?:[1-9]|[1-5]\d)(?: ?[-–—] ?(?:[1-9]|[1-5]\d))? ?(?:/ ?|per |a |each )"
    r"pay ?period\b",
)
#: Their record: part-time read from the hours, only where no type is stated in words
#: (matcher._employment runs it last, and only then). Kept out of EMPLOYMENT_RULES (one record a
#: value) and run apart, so a posting that states its type never reads its "hour" sentences for it.
WEEK_HOURS_RULE: Final = Rule(
    "part_time",
    WEEK_HOURS_PATTERNS,
    examples=(
        "Records clerk, 24 hrs/wk",
        "Scanning clerk, 20-25 hours a week, mornings",
        "16 hours per week",
        "Hours: 20 per week",
        "Hours per week: 24",
        "Weekly hours: 12-16",
        "Records clerk, 48 hrs/pay period",
        "Scheduled hours per pay period: 48",
        "Scheduled Hours: 40 per pay period",
    ),
    near_misses=(
        "Clinic hours: 8-5",
        "Code 20 per week of charts",
        "40 hrs/wk",
        "32 hours a week",
        "37.5 hours per week",
        "at least 20 hours a week",
        "8-12 hours a week of scanning",
        "up to 10 hours a week overtime",
        "credited at 20 hours a week for a year",
        "Hours per week: 40",
        "Hours per pay period: 80",
        "72 hours per pay period",
        "PTO accrues at 4 hours per pay period",
        "accrue 6 hours per pay period",
        "at least 40 hours per pay period",
    ),
    triggers=("hour", "hrs"),
)

#: The job's noun an ad's "FT" / "PT" follows ("records clerk, FT", "Health Information Clerk
#: PT"), in its own group with an optional plural.
_JOB_NOUN: Final = (
    r"\b(?:clerk|specialist|technician|coordinator|coder|registrar|abstractor|analyst)s?"
)

#: What follows "FT or PT" when both are offered: a bracket's or the line's end, or the openings
#: ("FT or PT available", "(FT or PT)", "FT and PT openings"; not "the FT and PT patterns").
_BOTH_OFFERED: Final = (
    r"(?=\W{0,2}$|[),.;]| (?:available|openings?|positions?|roles?|jobs?|schedules?|"
    r"considered|options?)\b)"
)

_HOURS_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "full_time",
        # "one year of full-time experience", "full-time academic study": a measure of what
        # the applicant did, not this job's type
        (
            # ("12 full-time equivalents" count a team; "Full-time equivalent: 0.5" is a share)
            r"\bfull[- ]?time\b(?! (?:(?:work|paid|clerical|professional|equivalent) )?"
            r"experience\b| equivalents?\b| (?:academic|college|undergraduate|graduate) |"
            r" (?:study|education|schooling|coursework)\b)",
            # "FT days", "FT nights": the schedule after it, as for "PT mornings"
            r"\bFT\b(?=\s*(?:/|,|position|role|job|\()| (?:days|nights|evenings|mornings|"
            r"hours|schedule|shifts?)\b)",
            # an ad's weekdays or clock hours after it: "FT M-F 8-5", "FT Mon-Fri", "FT 7a-3:30p"
            # (not a length: "6 FT 8-10 in")
            r"(?<![\d.])(?<!\d )\bFT (?=(?:M ?[-–/] ?F|Mon(?:day)?s? ?[-–] ?Fri(?:day)?s?)\b|"
            r"\d{1,2}(?::\d\d)? ?(?:a\.?m?\.?|p\.?m?\.?)? ?[-–] ?\d{1,2}(?::\d\d)? ?(?:a|p)\.?m?\b|"
            r"\d{1,2}(?::\d\d)? ?[-–] ?\d{1,2}(?::\d\d)?\b(?! ?(?:in|inches|ft|feet|lbs?)\b))",
            # a full-time equivalent of 1 ("FTE: 1.0", "1.0 FTE") is the whole week
            r"\bFTE\s?[:-]?\s?1(?:\.0{1,2})?(?![\d.])",
            r"(?<![\d.])1\.0{1,2}\s?FTE\b",
            r"\bfull[- ]?time equivalent\s?(?:\(FTE\))?\s?[:-]?\s?1(?:\.0{1,2})?(?![\d.])",
            # a university or state page's share of the week: "Percent of time: 100%"
            r"\b(?:percent(?: of)? time|appointment percent(?:age)?|FTE)\s?:\s?100\s?%",
            # the value of a field alone ("Status: FT", the label taken off: matcher._furniture)
            r"^FT$",
            # with its benefits ("FT w/ benefits", "FT + benefits"), in brackets after a title
            # ("Coder (FT)"), or closing a title ("Records Clerk - FT"); not a length ("6 (ft)")
            r"\bFT\b(?=,? ?(?:w/|with|plus|\+|and|incl\.?|including) ?(?:full )?benefits\b|"
            # "FT-Benefitted", "FT benefited", "FT benefits-eligible" (s17probe2)
            r" ?[-–/]? ?(?:benefit+ed|benefits?[- ]eligible)\b)",
            r"(?<![\d.])(?<!\d )\(FT\)",
            r"(?<=[a-z] [-–|] )FT(?=\.?$|\. )",
            # after a comma closing a title ("Medical Records Clerk, FT"); not a time zone
            r"(?<=[a-z], )(?<![ap]m, )FT(?=\.?$|\. )",
            # opening a title: "FT Medical Records Clerk", "FT Coder" (a records job's noun after)
            r"^FT (?=(?:[\w-]+ ){0,3}(?:clerk|specialist|technician|coordinator|coder|"
            r"registrar|abstractor|analyst|associate|assistant)s?\b)",
            # a classified ad: the hiring verb, then FT and the job ("Radiology group seeks FT
            # file room clerk", "now hiring an FT coder"; not a place: "seeking Ft Myers
            # residents"), or FT listed after the job ("records clerk, FT, M-F 8-5")
            r"\b(?:seeks|seeking|hiring|hires|needs) (?:an? )?FT "
            r"(?!(?:Myers|Worth|Lauderdale|Collins|Wayne|Smith|Pierce|Lee)\b)"
            r"(?=(?:[\w-]+ ){0,3}(?:clerk|"
            r"specialist|technician|coordinator|coder|registrar|abstractor|analyst|associate|"
            r"assistant)s?\b)",
            _JOB_NOUN + r", "
            r"FT\b(?=,|\.|;| ?[-–(])",
            # (session 18) closing a title right after the job's noun ("Health Information Clerk
            # FT"), and beside PT ("FT or PT available", "FT and PT openings")
            _JOB_NOUN + r" "
            r"FT(?=\.?$)",
            r"\bFT(?= (?:or|and|&) PT" + _BOTH_OFFERED + ")",
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
            "Full-time equivalent: 1.0",
            "Percent of time: 100%",
            "FT position",
            "full-time, experience preferred",
            "FT days",
            "FT nights",
            "FT M-F 8-5",
            "MED RECS CLK - FT. Nursing home seeks a clerk.",
            "FT Mon-Fri, days",
            "FT 7a-3:30p",
            "FT",
            "FT w/ benefits",
            "FT Medical Records Clerk",
            "FT Coder",
            "Coder, FT with benefits",
            "FT + benefits",
            "Status: FT-Benefitted",
            "FT benefits-eligible position",
            "Remote Coder (FT)",
            "Medical Records Clerk - FT",
            "Scanning Clerk, FT",
            "Radiology group seeks FT file rm clerk",
            "Now hiring an FT records technician.",
            "Imaging center seeks records clerk, FT, M-F 8-5.",
            "Hiring: coder, FT (remote)",
            "Health Information Clerk FT",
            "FT or PT available",
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
            "a team of 12 full-time equivalents",
            "Full-time equivalent: 0.5",
            "0.5 FTE",
            "full or partial payment",
            "ceiling height 9 (ft)",
            "shelving 6 FT 8-10 in deep",
            "lift boxes to 5 ft 3-4 times an hour",
            "Fort Myers - FT Myers",
            "Clinic seeking FT Myers residents for its records clerk job",
            "Hiring FT Worth area coders",
            "Records clerk, FTE count 12",
            "FT benefits package details",
            "File clerk lifts boxes onto shelving 6 ft high",
            "the FT and PT patterns",
        ),
        triggers=("full", " ft", "\nft", "/ft", "(ft"),
    ),
    Rule(
        "part_time",
        (
            # (not past work credited to the years asked: "experience gained in part-time work
            # counts", "part-time or volunteer roles count", s18seen26)
            r"\bpart[- ]?time\b(?! (?:(?:work|paid) )?experience\b| equivalent\b| study\b|"
            r" (?:or [\w-]+ )?(?:work|jobs?|roles?|employment)\)?,? (?:also )?(?:counts?\b|"
            r"(?:is|are|will be) (?:also )?(?:counted|credited|prorated|accepted)\b|qualif))",
            # "hiring a part-timer" (one person: "part-timers" are a staff)
            r"\bpart[- ]?timer\b",
            # opening a title: "PT Medical Records Clerk", "PT Scanning Clerk" (not "PT Aide",
            # "PT Clinic": therapy)
            r"^PT (?=(?:[\w-]+ ){0,3}(?:clerk|specialist|technician|coordinator|coder|"
            r"registrar|abstractor|analyst|associate)s?\b)",
            r"(?<=FT/)PT\b",
            r"^PT$",
            # "PT mornings", "PT 20 hrs": the schedule after it; "PT department" is therapy
            r"\bPT\b(?= (?:position|role|job|mornings?|afternoons?|evenings?|days|nights|"
            r"weekends?|hours|schedule|shifts?)\b|(?:,? | ?\( ?)(?:(?:approx(?:imately|\.)?|about|"
            # (the range with a hyphen or a dash: "PT 20-25 hrs/wk", "PT 20–25 hrs/wk")
            r"around|up to|~) ?)?\d{1,2}(?:[-–—]\d{1,2})? ?(?:hrs|hours|"
            r"days? ?(?:/ ?|a |per |each )?(?:wk|week))\b)",
            # beside another type ("PT/PRN", "PRN/PT", "PT/FT", "Per Diem / PT"); with its
            # benefits ("PT w/ benefits", "PT, no benefits")
            r"\bPT ?/ ?(?=PRN\b|per[- ]diem\b|FT\b|full\b|temp|casual\b|on[- ]call\b)",
            # beside its schedule ("Position: PT/Days", "PT/Evenings"; "PT/OT" is therapy)
            r"\bPT ?/ ?(?=(?:days|nights|evenings|mornings|afternoons|weekends)\b)",
            # an ad's hiring verb before it: "office seeks PT medical records clerk" (not a
            # physical therapy aide or clinic: "hiring PT aides")
            r"\b(?:seeks|seeking|hiring|hires|needs) (?:an? )?PT\b"
            r"(?! (?:aides?|assistants?|techs?|technicians?|clinic|department|dept|therap\w*)\b)",
            r"\b(?:PRN|per[- ]diem|temp|casual) ?/ ?PT\b",
            # listed after the job in a classified ad: "seeks records clerk, PT, Tues/Thurs/Sat
            # 8-2", "Coder, PT - 3 days" (not therapy: "Outpatient rehab, PT")
            _JOB_NOUN + r", "
            r"PT\b(?=,|\.|;| ?[-–(])",
            _JOB_NOUN + r" "
            r"PT(?=\.?$)",
            r"(?:(?<=\bFT or )|(?<=\bFT and )|(?<=\bFT & ))PT" + _BOTH_OFFERED,
            r"\bPT\b(?=,? ?(?:w/|with|no|plus|\+|and|incl\.?|including) ?(?:full |partial )?"
            r"benefits\b| ?[-–/]? ?(?:benefit+ed|benefits?[- ]eligible)\b)",
            # in brackets after a weekly figure or a title ("20 hrs/wk (PT)", "Coder (PT)"): not
            # Pacific Time after clock hours ("8:00-4:30 (PT)", "9am-5pm (PT)"), nor therapy
            r"(?<![\d.])(?<!\d )(?<![ap]m)(?<![ap]m )(?<![ap]\.m\.)(?<![ap]\.m\. )(?<!time )"
            r"(?<!zone )(?<!therapy )(?<!therapist )(?<!therapists )\(PT\)",
            # closing a title ("Patient Access Rep - PT"); not a time zone after clock hours
            r"(?<=[a-z] [-–|] )(?<![ap]m [-–|] )PT(?=\.?$|\. )",
            # after a comma closing a title ("Medical Records Clerk, PT"); not a time zone
            # after clock hours ("9 am - 5 pm, PT") nor therapy ("Outpatient rehab, PT")
            r"(?<=[a-z], )(?<![ap]m, )(?<!rehab, )(?<!therapy, )(?<!rehabilitation, )"
            r"PT(?=\.?$|\. )",
            # a fraction of a full-time equivalent ("FTE: 0.6", ".5 FTE") is part of the week
            r"\bFTE\s?[:-]?\s?0?\.[1-9]\d?(?![\d.])",
            # spelled out: "Full-time equivalent: 0.5", "Full Time Equivalent (FTE) .8"
            r"\bfull[- ]?time equivalent\s?(?:\(FTE\))?\s?[:-]?\s?0?\.[1-9]\d?(?![\d.])",
            r"(?<![\d.])0?\.[1-9]\d?\s?FTE\b",
            # ... and a share under the whole: "Percent of time: 50%", "Appointment percent: 75%"
            r"\b(?:percent(?: of)? time|appointment percent(?:age)?|FTE)\s?:\s?[1-9]\d?\s?%",
        ),
        examples=(
            "Part time",
            "FT/PT",
            "PT position",
            "PT mornings, 8-12",
            "PT 20 hrs/week",
            "PT 20–25 hrs/wk, mornings",
            "PT, approx 25 hrs/wk",
            "PT, about 20-24 hours a week",
            "PT (20 hrs)",
            "PT",
            "PT (approx. 24 hours/week)",
            "CODER/BILLER - PT, 3 days/wk",
            "PT 2 days a week",
            "PT (3 days per week)",
            "Status: PT/PRN",
            "PRN/PT",
            "Per Diem / PT",
            "PT w/ benefits",
            "Position: PT-Benefitted, days",
            "PT Benefited",
            "20 hrs/wk (PT)",
            "Medical Records Clerk (PT)",
            "Patient Access Rep - PT",
            "Lakeside Clinic - Medical Records Clerk, PT",
            "Pediatric office seeks PT medical records clerk",
            "PT Medical Records Clerk",
            "PT Scanning Clerk - Imaging Center",
            "We are hiring a part-timer for our records room",
            "Now hiring a PT scanning clerk",
            "FTE: 0.6",
            "FTE - 0.5",
            "FTE .5",
            "0.75 FTE",
            "Full-time equivalent: 0.5",
            "Full Time Equivalent (FTE) .8",
            "Percent of time: 50%",
            "Appointment Percent: 75%",
            "FTE: 60%",
            "Position: PT/Days",
            "PT/Evenings",
            "Dental office seeks records clerk, PT, Tues/Thurs/Sat 8-2.",
            "Scanning technician, PT (mornings)",
            "Coder, PT - 3 days a week",
            "Health Information Clerk PT",
            "FT and PT openings",
        ),
        near_misses=(
            "PT exercises",
            "Pt.",
            "or its part-time equivalent",
            "part-time experience counts",
            "experience gained in part-time work counts",
            "Experience from part-time jobs is accepted.",
            "part-time or volunteer roles count toward the two years",
            "Part-time employment will be prorated.",
            "PT department",
            "Rehab clinic hiring PT aides",
            "PT 2 visits",
            "PT (2 visits a week)",
            "FTE: 1.0",
            "FTE 0.05 reserve",
            "3.5 FTE coders",
            "PT 3 days post-op",
            "Hours: 8:00-4:30 (PT)",
            "Schedule 9am-5pm (PT)",
            "Pacific time (PT)",
            "physical therapy (PT) notes",
            "Hours 8-5, 9:00 am - PT",
            "Hours: 9 am - 5 pm, PT",
            "Outpatient rehab, PT",
            "PT Aide",
            "PT Clinic Front Desk",
            "Benefits for part-timers",
            "PT/OT clinic",
            "Pull and file pt charts, scan x-rays.",
            "Front desk assistant, PT clinic",
            "Records clerk, pts seen daily",
            "Percent of time spent scanning: 50%",
            "Travel percent: 10%",
            "PT benefits our patients",
            "Knowledge of PT benefit verification",
            "Rehab Aide PT",
            "Outpatient Rehab Clinic PT",
            "the FT and PT patterns",
        ),
        triggers=("part", " pt", "\npt", "/pt", "(pt"),
    ),
)

#: Every employment value's record: the hours first, then the terms (matcher._rules_terms).
EMPLOYMENT_RULES: Final[tuple[Rule, ...]] = _HOURS_RULES + TERMS_RULES
