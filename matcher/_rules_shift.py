"""Shift words, one record per value (docs/extraction.md, "How to add"): when the job is worked
(matcher._rules_job and matcher._rules_workplace have its terms: employment type and workplace).

To read a new phrasing ("PM shift" as evening), add a pattern and an example to that value's
record. The ids are schemas.vocab's SHIFTS; tests/matcher/test_rules.py pins them and checks
every pattern against the examples and near misses. Triggers left out are derived from the
patterns. Clock hours ("7p-7a") and day spans ("Wed-Sun") are read by matcher._schedule with
the patterns of matcher._lexicon_job.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.vocab import Rule

#: A count before "days" makes them a length of time, not the day shift: "on site for the first
#: 60 days, then hybrid", "three days, remote the other two", "PTO: 20 days, plus holidays"
#: (matcher._schedule reads it before a day match).
DAY_COUNT_BEFORE_RE: Final = re.compile(
    r"(?:\b\d{1,3}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fourteen|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|few|several|many|some|"
    r"couple of|number of))(?: (?:business|working|work|calendar|paid|consecutive|more))?\s?$",
    re.I,
)

#: Lists of differentials: "Shift differentials: evenings $1.50/hr, nights $2.25/hr, weekends
#: $1.00/hr", "differentials for evening, night and weekend shifts", "Evening/Night
#: Differential: $2.00", "Night and weekend differentials": every shift in such a list is an
#: add-on's, not one the job works (matcher._schedule reads the list around a differential
#: named in the sentence; "Night differential" alone is its clause's already).
_SHIFT_WORD: Final = (
    r"(?:evenings?|nights?|overnights?|weekends?|holidays?|days?|saturdays?|sundays?|second|"
    r"third|2nd|3rd|pm|noc)"
)
_DIFF_WORD: Final = r"\b(?:differentials?|diffs?|premiums?)\b"
#: A differential, then a list of shifts, amounts and glue reaching the shift word (searched
#: in the words before it; a full stop only as a decimal point, so no next sentence).
DIFF_LIST_BEFORE_RE: Final = re.compile(
    _DIFF_WORD + r"(?:[\s,:/&()+$%\d-]|\.(?=\d)|\b(?:and|or|per|an|a|hour|hr|hourly|shifts?|"
    r"hours|work(?:ed)?|all|any|for|on|of|the|up to|extra|" + _SHIFT_WORD + r")\b){0,60}$",
    re.I,
)
#: The shift word, then the differential, right after it or after a list of shift words closed
#: by "and" / "or" / "/" ("Evening/Night Differential", "evening, night and weekend
#: differentials"); "Evenings, differential eligible" and "8a-4p, weekend premium" keep theirs.
DIFF_LIST_AFTER_RE: Final = re.compile(
    r"(?:(?:\s?,\s?" + _SHIFT_WORD + r"\b){0,3},?\s?(?:and|or|&|/)\s?" + _SHIFT_WORD + r"\b)?"
    r"\s?(?:shifts? )?" + _DIFF_WORD,
    re.I,
)

#: The department's teams, not this job's shift: "Our hospital runs day, evening and night teams
#: in HIM; this opening is on the day team", "HIM is staffed by evening and night crews". A
#: shift word in a list closed by "teams" / "crews" (plural: the set the department keeps)...
OTHER_TEAMS_AFTER_RE: Final = re.compile(
    r"(?:(?:\s?,\s?|\s?(?:and|or|&|/)\s?)" + _SHIFT_WORD + r"\b){0,3},?\s?"
    r"(?:(?:and|or|&|/)\s?" + _SHIFT_WORD + r"\s)?(?:shift )?(?:teams|crews)\b",
    re.I,
)
#: ...after the department's verb, with no opening between ("We have openings on our day and
#: evening teams" offers the job on one of them).
OTHER_TEAMS_BEFORE_RE: Final = re.compile(
    r"\b(?:runs?|operates?|has|have|keeps?|maintains?|staffs?|(?:is |are )?staffed (?:by|with)|"
    r"(?:is |are )?(?:split|divided) (?:into|across)|(?:is |are )?made up of)\s"
    r"(?!(?:[\w-]+\s){0,4}?(?:openings?|vacanc\w+|positions?|roles?|spots?)\b)"
    r"(?:[\w'-]+\s){0,4}$",
    re.I,
)

SHIFT_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "day",
        (
            r"\bday(?:time)?[- ]?shifts?\b",
            r"\bdays? (?:only|shift)\b",
            r"\bfirst shift\b",
            r"\b1st shift\b",
            r"\bdaytime\b",
            r"(?:shifts?|schedules?|hours)\W{1,3}days?\b",
            r"\bdays,",
            r"\bdays? ?(?:and|/|or|&) ?(?:evenings?|nights?|weekends?)\b",
            # the day shift with the weekends it adds: "days with every other weekend", "days
            # plus alternating weekends", "days + one weekend a month" (a figure before it
            # counts days: "15 days plus weekends off" is no shift)
            r"(?<!\d )(?<!\d)\bdays,? (?:with|plus|\+|including) (?:(?:every|each|other|"
            r"alternat\w*|rotating|some|occasional|one|1|every-other|second|third|fourth|2nd|"
            r"3rd|4th) ){0,3}weekends?\b",
            r"^days?\b(?! (?:off|per|a|each|of)\b)",
            r"\b(?:time|PRN|diem|shifts?)[ ,/-]{1,3}days\b",
            # a shift label with the shift's number as its value: "Shift: 1st", "Shift - First"
            r"\bshifts?\s?[:#-]\s?(?:1st|first)\b(?! (?:of|day|week|month))",
            r"\bshifts?\s?:\s?AM\b|\bAM shift\b",
            # "PT mornings", "mornings only", "morning shift"; one "morning huddle" is no shift
            r"\bmornings\b|\bmorning shifts?\b",
            # the shift closing a line after a comma: "40 hours per week, days."
            r"(?<=, )days(?=\.?\s?$)",
            # a field of a pipe- or dot-separated line: "Full-Time | Days | $21.00/hr", "Full
            # time \u2022 Days" (the space written " ?", not "\s?": the sentence must then hold
            # "| day", "|day", ... a test before the scan, matcher._need)
            r"[|\u2022\u00b7] ?days?(?=\s?(?:[|\u2022\u00b7]|$))",
            # the shift after the weekdays it is worked: "Monday - Friday days", "M-F days",
            # "Mon-Fri, days" ("Monday-Friday, 5 days a week" is a count)
            r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|"
            r"sat|sun|M-F|weekdays?)\.?,? days\b(?! (?:off|per|a|each|of)\b)",
        ),
        examples=(
            "Day shift",
            "days only",
            "first shift",
            "1st shift",
            "daytime hours",
            "Schedule: days",
            "days, Monday to Friday",
            "days and evenings",
            "rotating days/evenings",
            "Part-time, 30 hrs/week, days with every other weekend",
            "Full-time days plus alternating weekends",
            "Schedule is days, with every third weekend",
            "days + one weekend",
            "Shift: 1st",
            "Shift: AM",
            "Days",
            "full time, days",
            "PT mornings",
            "morning shift",
            "40 hours per week, days.",
            "Full-Time | Days | $21.00/hr",
            "Part time | Days",
            "Part time \u2022 Days",
            "Full time|Days|Remote",
            "Schedule: Monday - Friday days; weekend call",
            "M-F days",
            "Tues-Sat, days",
            "Tuesday - Saturday days",
            "Full time | Days | Hybrid",
        ),
        near_misses=(
            "Monday through Friday",
            "Shift: first week of training",
            "join our morning huddle",
            "Paid time off: 25 days.",
            "Orientation lasts 10 days.",
            "Monday-Friday, 5 days a week",
            "Friday days off rotate",
            "PTO: 15 days plus weekends off",
            "Part time | Days per week: 3",
            "Days per week: 4",
        ),
        triggers=("day", "first", "1st", "morning"),
    ),
    Rule(
        "evening",
        (
            r"\bevenings?\b",
            # classified-ad shorthand: "eves & every other wknd", "eve shift" (not a holiday eve)
            r"(?<!year's )(?<!years )(?<!christmas )\beves\b",
            r"\beve\.? shifts?\b",
            r"\bsecond shift\b",
            r"\b2nd shift\b",
            r"\bswing shift\b",
            r"\bPM shift\b",
            r"\bshifts?\s?[:#-]\s?(?:2nd|second)\b(?! (?:of|day|week|month))",
            r"\bshifts?\s?:\s?PM\b",
        ),
        examples=(
            "Evenings",
            "second shift",
            "2nd shift",
            "swing shift",
            "PM shift",
            "Shift: 2nd",
            "Shift - Second",
            "Shift: PM",
            "eves & every other wknd",
            "PT, eves",
            "eve shift 3p-11p",
        ),
        near_misses=(
            "5 PM deadline",
            "Shift: second week on days",
            "Shift starts 7 AM",
            "closed on Christmas and New Year's eves",
        ),
        triggers=(
            "evening",
            "second",
            "2nd",
            "swing",
            "pm shift",
            "eves",
            "eve shift",
            "eve. shift",
        ),
    ),
    Rule(
        "night",
        (
            r"\bnights?\b",
            # the work that came in overnight is no shift: "a huddle on the overnight queue",
            # "the overnight faxes", "overnight admissions" ("overnight work" is one)
            r"\bovernights?\b(?! (?:(?:work ?)?queues?|backlogs?|mail|faxe?s?|admissions?|"
            r"discharges?|requests?|orders?|reports?|census|batch(?:es)?|results|stays?|travel|"
            r"deliver(?:y|ies)|shipping|courier|documents?|scans?|charts?|records?)\b)",
            # shorthand: "nites", "nite shift"
            r"\bnites?\b",
            r"\bthird shift\b",
            r"\b3rd shift\b",
            r"\bgraveyard\b",
            r"\bnoc shift\b",
            r"\bshifts?\s?[:#-]\s?(?:3rd|third)\b(?! (?:of|day|week|month))",
        ),
        examples=(
            "Nights",
            "overnight",
            "overnight work, 11p start",
            "Overnights, 3 x 12",
            "third shift",
            "3rd shift",
            "graveyard",
            "NOC shift",
            "Shift - Third",
            "Nites, 3 x 12",
            "nite shift",
        ),
        near_misses=(
            "knights",
            "Mornings start with a huddle on the overnight queue",
            "index the overnight faxes and admissions",
            "overnight travel to the regional office",
            "work the overnight discharges first",
        ),
        triggers=("night", "third", "3rd", "graveyard", "noc", "nite"),
    ),
    Rule(
        "weekend",
        (
            # "the queue grows after a holiday weekend" is a time of year, not a shift
            r"(?<!holiday )(?<!long )\bweekends?\b",
            # shorthand: "every other wknd", "wkends"
            r"(?<!holiday )(?<!long )\bwk-?e?nds?\b",
            r"\bsaturdays?\b",
            r"\bsundays?\b",
            r"\bsat(?:urday)?/sun(?:day)?\b",
            # "Sat" alone is often the verb ("sat for the exam"): the day in a list of weekday
            # abbreviations ("Tues/Thurs/Sat mornings", "Mon, Wed, Sat") or before a clock time
            r"\b(?:mon|tues?|wed|thu(?:rs?)?|fri)\.?(?:/|, ?| ?& ?| and )"
            r"(?:(?:mon|tues?|wed|thu(?:rs?)?|fri)\.?(?:/|, ?| ?& ?| and )){0,3}sat\b",
            r"\bsat\.? ?\d{1,2}(?::\d\d)? ?(?:am\b|a\.m\.|[-–])",
            # "plus every other Sat morning", "alternate Sats", "Sat mornings"
            r"\b(?:every (?:other|second|third|fourth|2nd|3rd|4th)|alternat(?:e|ing)|one|some|"
            r"occasional) sats?\b",
            r"\bsats? (?:mornings?|afternoons?|shifts?)\b",
        ),
        examples=(
            "Every other weekend",
            "Saturdays",
            "Sunday",
            "Sat/Sun",
            "Tues/Thurs/Sat mornings",
            "Mon, Wed, Sat",
            "Sat 8am-12pm",
            "plus every other Sat morning",
            "Tu/Th 8-4:30 + every 3rd Sat.",
            "alternate Sats",
            "Sat mornings",
            "every other wknd",
            "wkends req'd",
            "wk-end rotation",
        ),
        near_misses=(
            "weekday",
            "She sat for the RHIT exam",
            "Tues/Thurs mornings",
            "sat 3 days",
            "the queue grows after a holiday weekend",
            "over the long weekend",
            "over the long wknd",
        ),
        triggers=("weekend", "saturday", "sunday", "sat", "wknd", "wkend", "wk-end", "wk-nd"),
    ),
    Rule(
        "rotating",
        (
            # (not weekends or holidays taken in turn, a duty's name between too: "rotating
            # manager-on-duty weekends", "rotating supervisor weekends", s18seen26)
            r"\brotating\b(?! (?:(?!(?:shifts?|and|or|days?|evenings?|nights?)\b)[\w-]+ ){0,2}"
            r"(?:weekends?|holidays))",
            r"\brotation (?:of|between) shifts\b",
            r"\bvariable shifts?\b",
            # a turn between named shifts: "Day/Evening rotation", "days and nights rotating"
            r"\b(?:days?|evenings?|nights?)\s?(?:/|&|and)\s?(?:days?|evenings?|nights?)"
            r"\s(?:rotation|rotating)\b",
        ),
        examples=(
            "Rotating shifts",
            "rotation between shifts",
            "variable shift",
            "Day/Evening rotation",
            "days and nights rotating",
            "rotating shifts and weekends",
            "rotating nights and weekends",
        ),
        near_misses=(
            "rotating weekends",
            "day rotation on the unit",
            "rotating manager-on-duty weekends",
            "rotating supervisor weekends",
            "rotating on-call holidays",
        ),
        triggers=("rotat", "variable"),
    ),
)
