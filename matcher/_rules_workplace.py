"""Workplace words, one record per value (docs/extraction.md, "How to add"): on site, hybrid,
remote, and a negated remote ("not_remote", read as on_site). Split from matcher._rules_job
(employment types) by job in session 11.

To read a new phrasing, add a pattern and an example to that value's record. The ids are
schemas.vocab's WORKPLACES plus "not_remote"; tests/matcher/test_rules.py pins them and checks
every pattern against the examples and near misses. Triggers left out are derived from the
patterns.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.vocab import Rule

#: The ways of reaching people "in person" is one of, beside it: "on the phone and in person", "in
#: person or by email" say how the person serves callers, not where the job is done.
_CHANNELS: Final = ("phone", "email", "e-mail", "mail", "fax", "online", "virtually", "video",
                    "writing", "chat", "portal")  # fmt: skip
_NOT_A_CHANNEL: Final = "".join(
    f"(?<!{re.escape(channel)}{joiner}in.person)"
    for channel in _CHANNELS
    for joiner in (" and ", " or ", ", ", " & ", "/")
) + (
    r"(?!\s?(?:,|/|&|and\b|or\b)\s?(?:by |over |on |via |through |in )?(?:the |a |your )?"
    r"(?:[\w-]+ )?(?:tele)?(?:phones?|e-?mail|mail|fax|video|online|virtual\w*|writing|chat|"
    r"portal)\b)"
)

#: A correctional site's secure zone: "Work location: Blue Ridge Correctional Center, inside
#: the secure perimeter", "duties are performed behind the fence" (a residence "within the I-285
#: perimeter" names no secure zone: no workplace). Part of the on_site record; matcher._schedule
#: runs them apart, only on a sentence holding one of SECURE_ZONE_WORDS (every match holds one):
#: in the record's alternation they slowed its search of every sentence with "within" (~18k
#: instructions a posting, session 12).
SECURE_ZONE_PATTERNS: Final[tuple[str, ...]] = (
    r"\b(?:inside|within|behind) (?:the |a |an )?(?:secure(?:d)?|security|facility|"
    r"institution(?:al)?|prison|correctional) (?:perimeter|fence|walls)\b",
    r"\b(?:inside|behind) the (?:fence|walls)\b(?! of\b)",
)
SECURE_ZONE_WORDS: Final[tuple[str, ...]] = ("perimeter", "fence", "walls")

# Pieces of the hybrid record's split-week patterns (a day count, the site, home, a weekday).
_COUNT: Final = r"(?:[1-4]|one|two|three|four)"
_PER_WEEK: Final = r"(?:(?:per|a|each) week )?"
_OFFICE: Final = r"in[- ](?:the[- ])?office|on[- ]?site|in[- ]person"
_SITE_NAMED: Final = r"in[- ](?:the[- ])?(?:office|clinic|hospital)|on[- ]?site|in[- ]person"
_HOME: Final = r"from home|at home|remote(?:ly)?|telework\w*"
_WEEKDAY: Final = r"(?:on )?(?:mon|tue|wed|thu|fri)\w*"

WORKPLACE_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "not_remote",
        (
            r"\b(?:not|non)[- ](?:a )?remote\b",
            r"\bno (?:remote|telework(?:ing)?|telecommuting)\b",
            r"\bnot (?:eligible for |a )?(?:remote|work[- ]from[- ]home|telework\w*|"
            r"telecommut\w*)",
            r"\bremote work is not\b",
            r"\b(?:remote|telework|teleworking|telecommut\w*)(?: work)?(?: options?)?"
            r"(?: eligib(?:le|ility))?\s?:?\s?(?:is |are )?not (?:available|offered|permitted|"
            r"an option|possible|eligible|authorized|authorised|approved|allowed)",
            r"\bwork(?:ing)?[- ]from[- ]home (?:is )?not (?:available|offered|permitted|an option|"
            r"possible)",
            # a workplace field answered No, or with the site ("Remote Work Option: No", "Remote
            # option: None", "Telework option: On-site")
            r"\b(?:remote job|remote work(?: options?)?|remote options?|telework(?: options?)?|"
            r"telework eligible|remote)\s?:\s?(?:no|none|on[- ]?site|in[- ]office)\b",
            # the federal page's two fields with the value on the same line and no colon
            # ("Remote job No", "Telework eligible No"); only these labels: "remote no ..." in
            # prose is no field
            r"\b(?:remote job|telework eligible) no\b",
            # page and career-site fields answered "No" or "N": "Remote job: No", "Remote
            # Eligible: No", "Remote work eligibility: No", "Telecommute: No", "Work from home
            # eligible: N" ("Remote: N/A" answers nothing)
            r"\b(?:remote|telework|teleworking|telecommut\w*|work from home|work-from-home|WFH)"
            r"(?: work| job)?(?: options?)?(?: eligib(?:le|ility)| available| allowed| offered)?"
            r"\s?:\s?no?\b(?!/)",
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
            "Remote Work Option: No",
            "Remote work option: Not available",
            "Remote option: None",
            "Telework option: On-site",
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
            "Remote work available: No",
            "Telework allowed: N",
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
            # the appointment named the other way round too: "Title 38 Hybrid excepted service"
            r"\bhybrid\b(?<!title 38 hybrid)(?<!title-38 hybrid)"
            r"(?! title\b| (?:paper|electronic|medical|records?|charts?|excepted|appointment|"
            r"EHR|EMR|documentation|filing)\b)",
            r"\btelework eligible(?:\s?:\s?| )yes\b(?!\W{0,4}(?:ad[- ]?hoc\b|(?:as )?determined by|"
            r"occasional\b|situational (?:telework )?only\b))",
            r"\bsituational telework\b(?! only\b)",
            # "Remote: Partially", "Remote work: partial"
            r"\bremote(?: work)?\s?:\s?partial(?:ly)?\b",
            # "Partially remote", "partly remote position"
            r"\b(?:partially|partly|partial) remote\b",
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
            # some days named at the workplace, home "the rest of the week": "In-office Mon/Tue;
            # work from home the rest of the week" (the ";" splits the two)
            r"\b(?:from home|at home|remote(?:ly)?|telework\w*)\b[^.;]{0,20}?\b(?:the )?"
            r"(?:rest|remainder) of the (?:work ?)?week\b",
            # a week split in two counts, site and home, in either order: "3 days in office / 2
            # days from home", "two days remote, three on site" (the second count's "days" may
            # be left out)
            rf"\b{_COUNT} days? {_PER_WEEK}(?:{_OFFICE}|at the (?:clinic|hospital|office|"
            rf"facility))\b[^.;]{{0,25}}?\b{_COUNT}(?: days?)? {_PER_WEEK}(?:{_HOME}|wfh)\b",
            rf"\b{_COUNT} days? {_PER_WEEK}(?:{_HOME}|wfh)\b[^.;]{{0,25}}?\b{_COUNT}(?: days?)? "
            rf"{_PER_WEEK}(?:{_OFFICE})\b",
            # weekdays named at each place: "from home Mondays and Fridays and in the office
            # Tuesday through Thursday", "in the clinic Mon-Wed, remote Thu-Fri"
            rf"\b(?:{_HOME}) {_WEEKDAY}[^.;]{{0,40}}?\b(?:{_SITE_NAMED}) {_WEEKDAY}",
            rf"\b(?:{_SITE_NAMED}) {_WEEKDAY}[^.;]{{0,40}}?\b(?:{_HOME}) {_WEEKDAY}",
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
            "Partially remote",
            "two days per week in the office",
            "on-site, three days",
            "Telework: Eligible 2 days per week",
            "Can I work remotely: Yes - two days a week",
            "Telework: Yes (up to 2 days/week)",
            "two days a week at the hospital, the rest from home",
            "3 days per week in the clinic and the other two days at home",
            "In-office Mon/Tue; work from home the rest of the week",
            "Work arrangement: 3 days in office / 2 days from home",
            "two days remote, three on site",
            "1 day a week on-site and 4 days a week remote",
            "work from home Mondays and Fridays and in the office Tuesday through Thursday",
            "in the clinic Mon-Wed, remote Thu-Fri",
        ),
        near_misses=(
            "Hybrid Title 38 appointment",
            "in the Title 38 Hybrid excepted service",
            "maintain our hybrid paper and electronic record",
            "a hybrid medical record system",
            "two days a week at the clinic",
            "Remote; we meet in person once a quarter",
            "3 days of on-site orientation, then 100% remote",
            "in the office on Monday for orientation. Remote after that",
            "two days on site for training; the job is remote",
        ),
        # the day counts of a hybrid schedule ("two days a week in the office", "on site, one
        # day"): the count with its "day", as the patterns need them (a bare "day" is in most
        # postings' "Monday", "holiday", "days": 4 sentences a posting scanned, 1 in 7 a hit)
        triggers=(
            "hybrid",
            "telework",
            *(f"{n} day" for n in ("1", "2", "3", "4", "one", "two", "three", "four")),
            "of the week",
            "from home mon",
            "remote mon",
            "remotely mon",
            "remote tue",
            "remote thu",
            "remote wed",
            "remote fri",
            "from home tue",
            "from home wed",
            "from home thu",
            "from home fri",
        ),
    ),
    Rule(
        "remote",
        (
            # (a field's label says nothing: "Remote Status" / "Remote Type" over "On-Site",
            # s18seen26; its value says it)
            r"\b(?:fully |100% |completely )?remote\b(?! (?:access|patients?|monitoring|"
            r"sites?|locations?|clinics?|facilit\w+|hospitals?|servers?|status|type)\b)",
            r"\bwork(?:ing)? (?:from|at) home\b",
            r"\bwork[- ]from[- ]home\b",
            r"\bWFH\b",
            r"\btelecommut\w*",
            r"\btelework\b",
            r"\bhome[- ]based\b",
            r"\bwork remotely\b",
            # "Virtual position"; a "virtual visit" is telehealth, not where the job is done
            r"\bvirtual (?:position|role|job|opportunity|team member)\b",
            # "100% virtual", "fully virtual": the whole job (a "virtual visit" names no share)
            r"\b(?:100% |fully |completely )virtual\b",
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
            "100% virtual",
        ),
        near_misses=(
            "remote access to charts",
            "Remote Status",
            "Remote Type",
            "schedules virtual visits",
            "virtual 100% of visits",
        ),
        triggers=("remote", "home", "wfh", "telecommut", "telework", "virtual"),
    ),
    Rule(
        "on_site",
        (
            r"\bon[- ]?site\b(?! (?:parking|cafeteria|gym|fitness|child ?care|daycare|"
            r"training|dining|clinic|pharmacy))",
            # "apply in person" is how to apply, not where the work is; nor is "in person" one
            # of the ways the person serves callers ("on the phone and in person", "in person
            # or by email")
            r"(?<!apply )(?<!applications )\bin[- ]person\b(?! (?:interview|application))"
            + _NOT_A_CHANNEL,
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
            *SECURE_ZONE_PATTERNS,
        ),
        examples=(
            "On-site role",
            "in person",
            "Work location: In person",
            "This role is full-time and in person.",
            "in the office",
            "onsite",
            "Work is performed inside the hospital.",
            "This position is located inside a secure facility.",
            "Work location: Blue Ridge Correctional Center, inside the secure perimeter",
            "All duties are performed within the security perimeter of the prison.",
            "Records office is behind the fence at the state penitentiary.",
            "The records room is inside the fence; staff clear security each morning.",
        ),
        near_misses=(
            "on-site parking",
            "apply in person",
            "Excellent customer service on the phone and in person",
            "Greets patients in person or by phone.",
            "Answers requests by email, fax or in person.",
            "Assist patients in-person and via the portal.",
            "coursework in office administration",
            "This position is located in Denver.",
            "Candidates must live within the I-285 perimeter.",
            "Files are stored inside the walls of the records vault.",
            "We sit on the fence about nothing.",
        ),
        # "in the office" as the pattern spells it: a bare "office" is in most postings ("office
        # work", "medical office"), and its sentences were scanned for nothing
        triggers=(
            "site",
            "person",
            "performed",
            "inside",
            "within",
            "behind",
            "done",
            *(f"in{a}{the}office" for a in (" ", "-") for the in ("", "the ", "the-")),
        ),
    ),
)
