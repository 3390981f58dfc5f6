"""Substitution phrasings: experience standing in for schooling ("or equivalent experience",
"an equivalent combination of education and experience"), one record whose matches make
education_substitutable, and the schooling-above-the-diploma and experience-kind words the route
readers share (matcher._paths_lieu, matcher._paths_inline). Split from matcher._rules_education
(one record per level) when it passed 400 lines; tests/matcher/test_rules.py checks the record's
patterns against its examples and near misses.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.vocab import Rule

#: How an offer of one qualification for another says "for": "in lieu of", "in place of",
#: "instead of" (the route readers, the substitution record and the credential offers share it).
IN_PLACE_OF: Final = "(?:in lieu of|in place of|instead of)"
#: ... and the verbs an offer says it with: "may replace", "may take the place of" (session 13).
REPLACE: Final = "(?:replace|take the place of)"

#: A refused offer: "An associate degree will not be accepted in place of experience", "A degree
#: does not meet this requirement", "education is not accepted" (matcher._paths_schooling and
#: matcher._paths_restate read what is offered with it).
REFUSED_RE: Final = re.compile(r"\b(?:not|never|no|cannot)\b|n't\b", re.I)

#: Schooling above the diploma named with no level ("post-secondary education", "post-high school
#: coursework", "college courses"): no education level of its own (a flat requirement of it
#: is left alone), but schooling a bare offer of experience may replace (matcher._paths_lieu).
ABOVE_DIPLOMA_RE: Final = re.compile(
    r"\bpost[- ]?(?:secondary|high[- ]school)\b|\bcollege (?:course ?work|courses|credits?|study|"
    r"education)\b",
    re.I,
)

#: The words that may name the kind of the equivalent experience ("or equivalent coding
#: experience", "or equivalent medical records experience"): up to two words, none a conjunction
#: or a figure ("or equivalent and two years of experience" joins another requirement).
EXPERIENCE_KIND_WORDS: Final = r"(?:(?!(?:and|or|plus|with|of|in)\b)[a-z-]+ ){0,2}?"

#: "Or equivalent experience", "equivalent combination of education and experience": experience
#: may stand in for the education. One rule; its matches make education_substitutable.
SUBSTITUTION_RULE: Final = Rule(
    "substitution",
    (
        r"equivalent combination",
        r"combination of (?:education|training) and (?:work )?experience",
        r"or (?:an? )?equivalent " + EXPERIENCE_KIND_WORDS + "experience",
        # "degree / equivalent experience", "or an equivalent amount of work experience", "or
        # equivalent work history", "or equivalent (2 years of related experience)"
        r"(?:degree|education) ?/ ?(?:an? )?equivalent (?:work |related |relevant )?experience",
        r"or (?:an? )?equivalent (?:amount|level|number of years) of (?:[a-z-]+ ){0,2}?experience",
        r"or (?:an? )?equivalent (?:work|employment|job) history",
        r"or (?:the )?equivalent \((?:\d|one|two|three|four|five|six)[\w+'-]* "
        r"(?:[\w+'-]+ ){0,5}?experience\b",
        r"(?:relevant |related |work |equivalent )?experience (?:may|can|will) (?:be )?"
        r"(?:substitute[ds]?|used|accepted|considered)"
        r"(?: for| " + IN_PLACE_OF + r")? "
        # "... may substitute for the associate degree (on a year-for-year basis)"
        r"(?:the |a |an )?(?:(?:required |associate'?s? |bachelor'?s? |college |two-year |"
        r"four-year ){1,2})?(?:education|degree|diploma|certificate|"
        # "... will be considered in place of the bachelor's": the degree by its level alone
        r"(?:associate|bachelor|master)'s(?= ?(?:[.;,)]|$))|"
        # "... may substitute for the coding program"
        r"(?:[\w-]+ ){0,2}?program)\b",
        # "each year of experience may substitute for one year of college"
        r"(?:relevant |related |work |equivalent )?experience (?:may|can|will) (?:be )?"
        r"substitute[ds]? for (?:one|each|a) year of (?:college|education|schooling)",
        # "... of outpatient coding may be accepted in place of formal education"
        r"(?:in lieu|instead|in place) of (?:the |a |an )?(?:degree|education|certificate|"
        r"formal education)",
        # "In lieu of the bachelor's degree, ...", "instead of a two-year degree" (blind28)
        r"(?:in lieu|instead|in place) of (?:the |a |an )?(?:required )?(?:associate'?s?|"
        r"bachelor'?s?|master'?s?|two-year|four-year|college) degree"
        # (the degree itself, not a stipend or bonus named after it)
        r"(?=\s?[.;,:)]|$| (?:in|requirement|with|plus|and|or)\b)",
        # "... and two years of HIM experience in lieu of the bachelor's": the level alone
        r"(?:in lieu|instead|in place) of (?:the |a |an )?(?:associate|bachelor|master)'s"
        r"(?= ?(?:[.;,)]|$))",
        r"(?:degree|education) or (?:equivalent|comparable) (?:work )?experience",
        # "Associate degree required; equivalent experience may be considered."
        # (the modal left out in a list: "Associate degree required; equivalent experience
        # considered")
        r"(?:equivalent|comparable) (?:work |relevant |related )?experience (?:(?:may|can|will) "
        r"(?:also )?be |is |are )?(?:considered|accepted)\b",
        # "experience may be substituted on a year-for-year basis" (the degree named before it)
        r"experience (?:may|can|will) (?:be )?substituted? (?:on an? )?year[- ]for[- ]year",
        # "will consider equivalent experience": the employer's verb before the offer
        # (opening with "consider": the modal before it would try the rule at every "will",
        # "may" and "can")
        r"consider (?:an? )?(?:equivalent|comparable) (?:work |relevant |related )?experience",
        # abbreviated: "exp. may sub for degree", "3 yrs exp. in lieu"
        r"\bexp\.? (?:may|can) (?:be )?sub(?:stituted?)?\.? (?:for|in lieu of) (?:the |a |an )?"
        r"(?:degree|education|certificate|(?:[\w-]+ ){0,2}?program)",
        r"\bexp\.? in lieu\b",
        # "Post-secondary education ... is required; four years of related experience may
        # substitute.": the schooling named before the bare offer in its sentence
        r"(?:education|degree|diploma|schooling|course ?work)\b[^.]{0,120}\bexperience "
        r"(?:may|can|will) (?:also )?(?:be )?substitute[ds]?(?=\s?(?:[.;)]|$))",
        # "Applicants without a degree must have five years of coding experience"
        r"\bwithout (?:an? |the )?(?:[\w'-]+ ){0,3}?(?:degree|education|diploma|certificate)\b"
        r"[^.;]{0,60}?\bexperience\b",
        # ... the experience named by its work and "instead": "candidates without formal coding
        # education need 5 yrs of inpatient coding instead"
        r"\bwithout (?:an? |the )?(?:[\w'-]+ ){0,3}?(?:degree|education|diploma|certificate)\b"
        r"[^.;]{0,60}?\b(?:years?|yrs?)\b[^.;]{0,40}?\binstead\b",
        # "equivalent work experience accepted in place of the degree"
        r"experience (?:is |are )?(?:accepted|considered) " + IN_PLACE_OF + r" "
        r"(?:the |a |an )?(?:degree|education)",
    ),
    examples=(
        "An equivalent combination of education and experience",
        "combination of training and experience",
        "or equivalent work experience",
        "Associate degree in HIM, or equivalent coding experience.",
        "or an equivalent medical records experience",
        "Experience may substitute for the degree.",
        "Two years of coding experience may substitute for the coding program.",
        "Additional qualifying experience may substitute for the associate degree.",
        "in lieu of a degree",
        "degree or comparable experience",
        "equivalent experience may be considered",
        "Associate degree required; equivalent experience considered.",
        "Associate degree required; experience may be substituted on a year-for-year basis.",
        "equivalent work experience accepted in place of degree",
        "relevant experience considered instead of the degree",
        "Associate degree in HIT; two years of coding experience may substitute.",
        "Applicants without a degree must have at least five years of coding experience.",
        "Each year of relevant experience may substitute for one year of college.",
        "Degree required; experience can be substituted year for year.",
        "Associate degree required; will consider equivalent experience.",
        "Associate's degree req'd; exp. may sub for degree.",
        "Associate's degree / equivalent experience",
        "Associate degree in HIT, or an equivalent amount of work experience.",
        "Degree in HIM or equivalent work history.",
        "Associate degree or equivalent (2 years of relevant work experience).",
        "Associate degree required or 3 yrs exp. in lieu.",
        "Four or more years of outpatient coding may be accepted in place of formal education.",
        "Those without a coding certificate need 4 years of coding instead.",
        "Four years of HIM experience will be considered in place of the bachelor's.",
        "An associate degree and two years of HIM experience in lieu of the bachelor's.",
        "In lieu of the bachelor's degree, we will consider an associate degree plus seven years.",
        "Instead of a four-year degree, six years of coding experience will do.",
        "In place of the required associate degree: three years of records work.",
        "Coding certificate required; 2 yrs coding exp may substitute for the certificate.",
    ),
    near_misses=(
        "High school diploma or equivalent.",
        "High school diploma or equivalent and two years of coding experience.",
        "GED or equivalent with experience in a clinic.",
        "CPC required; two years of coding experience may substitute.",
        "Associate degree required; experience may substitute for the CPC.",
        "Applicants without experience are welcome to apply with a degree.",
        "We will consider applicants with experience in Epic.",
        "Each year of experience earns one extra day of leave.",
        "High school diploma or equivalent (GED) and one year of experience.",
        "HS diploma or equivalent (no experience needed).",
        "Applicants without a degree are welcome; years of service count instead of seniority.",
        "A bachelor's degree is accepted in lieu of the CPC.",
        "Instead of a bachelor's diploma frame, staff receive a pin.",
        "A shift differential is paid in lieu of the college degree stipend.",
    ),
    # "experience may be accepted for the degree": the verb after "experience", rarer than it
    triggers=(
        "equivalent",
        "combination",
        "substitut",
        "in lieu",
        "comparable",
        "in place",
        "experience may",
        "experience can",
        "experience will",
        "instead of",
        "without",
        "exp. may",
        "exp may",
        "exp. can",
        "exp can",
        "exp. in lieu",
        "exp in lieu",
    ),
)
