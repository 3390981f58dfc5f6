"""Word lists, aliases and bounded patterns the requirement extractor reads (vocabulary as data).

The rules a newcomer extends are records elsewhere, one per rule (docs/extraction.md, "How to
add"): credentials and skills in schemas._rules_credentials / schemas._rules_skills, education
phrasings in matcher._rules_education, level cues and heading words in matcher._rules_cues,
employment / workplace / shift words in matcher._rules_job. This module builds the regexes the
field rules share from them, and keeps the patterns of level, scope, education and experience
(credential codes and names are built in matcher._lexicon_codes; the context a credential is
stated in is in matcher._lexicon_certs; what is no experience requirement, experience waived or
figures that are no experience, in matcher._lexicon_not_experience).

Every pattern here is linear: no nested unbounded quantifiers, every gap is bounded ({0,N}).
"""

from __future__ import annotations

import re
from typing import Final

from matcher._abbreviations import ABBREVIATION_DOT
from matcher._lexicon_codes import CERT_CODE_RE, GENERIC_CERT_RE
from matcher._rules import alternation, lookahead
from matcher._rules_cues import (
    CERT_OFF_SCOPE_CUES,
    IDEAL_CUES,
    NEGATION_CUES,
    OFF_SCOPE_CUES,
    PREFERRED_CUES,
    REQUIRED_CUES,
    STRICT_REQUIRED_CUES,
)
from matcher._rules_cues import (
    SECTION_WORDS as SECTION_WORDS,
)
from matcher._rules_education import EDUCATION_RULES
from matcher._rules_substitution import REPLACE, SUBSTITUTION_RULE

# --- sentences and sections ------------------------------------------------------------------

#: A sentence longer than this is cut into pieces: rules never look further than this.
MAX_SENTENCE_CHARS: Final = 400
#: Postings are capped before splitting (a 1 MB input reads only this much).
MAX_INPUT_CHARS: Final = 100_000
#: Words in a clause that make a mention preferred / required (matcher._rules_cues).
PREFERRED_RE: Final = alternation(PREFERRED_CUES.patterns)
IDEAL_RE: Final = alternation(IDEAL_CUES.patterns)
REQUIRED_RE: Final = alternation(REQUIRED_CUES.patterns)
STRICT_REQUIRED_RE: Final = alternation(STRICT_REQUIRED_CUES.patterns, end=r"\b")
#: Clause-level negation of a requirement ("RHIT not required", "no degree required").
NEGATION_RE: Final = alternation(NEGATION_CUES.patterns, end=r"\b")
#: A clause that talks about someone else, or about help toward a credential: not a requirement.
OFF_SCOPE_RE: Final = alternation(OFF_SCOPE_CUES.patterns, end=r"\b")
#: The same for credentials, with the cues only credentials read (matcher._rules_cues).
CERT_OFF_SCOPE_RE: Final = alternation(
    (*OFF_SCOPE_CUES.patterns, *CERT_OFF_SCOPE_CUES.patterns), end=r"\b"
)

# --- education -------------------------------------------------------------------------------

#: (level, pattern) — a mention of an education level (matcher._rules_education).
EDUCATION_PATTERNS: Final[tuple[tuple[str, str], ...]] = tuple(
    (rule.id, rule.pattern) for rule in EDUCATION_RULES
)
#: "Or equivalent experience" / "equivalent combination of education and experience".
SUBSTITUTION_RE: Final = alternation(SUBSTITUTION_RULE.patterns)

#: Education offered in place of experience (federal grades): not an education requirement.
EDU_FOR_EXPERIENCE_RE: Final = re.compile(
    r"\beducation\b[^.;]{0,60}\bsubstitut\w*|\b(?:in lieu|instead) of (?:the )?"
    # "in lieu of one year of the required experience"
    r"(?:(?:one|two|three|four|six|\d{1,2})(?: \(\d{1,2}\))? (?:years?|months?) of (?:the )?)?"
    r"(?:required )?(?:specialized |general )?experience|"
    r"\b(?:above|beyond) (?:the )?high school\b|"
    r"\bsubstitut\w* (?:for|in place of) (?:up to )?"
    # "may substitute for one year of the required experience"
    r"(?:(?:one|two|three|four|six|\d{1,2})(?: \(\d{1,2}\))? (?:years?|months?) of )?"
    r"(?:the )?(?:required )?(?:specialized |general |clerical |work )?experience|"
    # "may substitute for the full two years", "in place of all 24 months": the years asked
    # (not "for two years of college": schooling)
    r"\b(?:substitut\w* for|in place of|" + REPLACE + r") (?:the |all |all of the )?"
    r"(?:full |entire )?"
    r"(?:one|two|three|four|\d{1,2})(?: \(\d{1,2}\))? (?:years?|months?)\b"
    r"(?! of (?:college|education|school|study|coursework|university))|"
    # "an associate degree in HIT may replace one year (of the experience)"
    r"\b(?:may|can|will) (?:also )?" + REPLACE + r" (?:up to )?"
    r"(?:[\w-]+ (?:years?|months?)|(?:the |some )?(?:required )?experience)\b",
    re.I,
)

#: The employer speaking about itself or its people ("our coders", "join us"): schooling named in
#: such a clause with no level cue is a passing mention, not a requirement.
EMPLOYER_VOICE_RE: Final = re.compile(r"\b(?:we|we're|we've|our|us)\b", re.I)
#: Words that address or describe the candidate: a sentence holding one is about the job's
#: requirements, whoever speaks ("Our ideal candidate has a diploma", "we need a coder with").
CANDIDATE_VOICE_RE: Final = re.compile(
    r"\b(?:you|your|you'll|you're|candidates?|applicants?|hires?|hiring|looking for|seeking|"
    r"needs?|qualif\w*|requir\w*|must|should)\b",
    re.I,
)
#: A field label ahead ("... or GED Preferred Education: Associate's Degree", a flattened table
#: row): its cue word is the next field's, so a mention's phrase ends before it.
LABEL_AHEAD_RE: Final = re.compile(
    r"\s(?=(?:preferred|required|minimum|desired|additional)\s(?:[\w/-]+\s){0,2}?[\w/-]+\s?:)",
    re.I,
)
#: Schooling that may still be under way: "Associate degree (in progress acceptable)",
#: "(completed or in progress)": not held by everyone, so not a requirement.
IN_PROGRESS_AFTER_RE: Final = re.compile(
    r"^[^.;]{0,40}?\b(?:(?:completed|complete|finished) )?(?:or )?(?:currently )?in progress\b|"
    # "Associate degree in HIT, or current enrollment in an HIT program"
    r"^[^.;]{0,40}?\bor (?:current |currently )?(?:enrollment|enrolment|enrolled)\b",
    re.I,
)
#: Where a clause around a mention ends: "Join our team - HS diploma/GED" is two clauses.
CLAUSE_BREAK_RE: Final = re.compile(r"[!?:;(),]| [-–—] ")

# --- experience ------------------------------------------------------------------------------

NUMBER_WORDS: Final[dict[str, float]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
    # "one and a half years" (s17probe2: the "a half" alone read 0.5); "a year and a half" is
    # the unit's half (EXPERIENCE_RE's group "half")
    "one and a half": 1.5,
    "two and a half": 2.5,
    "three and a half": 3.5,
    "four and a half": 4.5,
    "five and a half": 5.5,
    "1 and a half": 1.5,
    "2 and a half": 2.5,
    "3 and a half": 3.5,
    "a couple of": 2,  # "a couple of years of experience in a medical office"
    "half a": 0.5,
    "a half": 0.5,
    "several": 0,
}
_NUM = (
    r"(?:\d{1,2}(?:\.\d)?|"
    + "|".join(
        sorted((re.escape(w) for w in NUMBER_WORDS if w != "several"), key=len, reverse=True)
    )
    + r")"
)

#: "1+ years", "one (1) year", "2-3 years", "at least six months", "12 months".
EXPERIENCE_RE: Final = re.compile(
    # the lookahead (generated from the number words) rejects most positions with one class test
    lookahead(_NUM) + r"\b(?P<n>" + _NUM + r")(?: ?\(\d{1,2}\))?\+?"
    # "two of the last five years": the figure is the two, in the unit of the window (which
    # says how recent, no figure of its own)
    r"(?: of the (?:last|past|previous|preceding|most recent) " + _NUM + r"(?: ?\(\d{1,2}\))?)?"
    r"(?: ?(?:-|–|to|or) ?(?P<n2>" + _NUM + r")(?: ?\(\d{1,2}\))?\+?)?"
    # "one full year of specialized experience" (federal)
    r"[ -]?(?:\+ ?)?(?:full(?:[- ]time)? |plus |or more |years? or more )?"
    # weeks: federal "52 weeks of specialized experience" (read only when tied to experience)
    # "2 yrs. in auditing is a plus": the abbreviation's dot does not end the figure's words
    r"(?P<unit>years?|yrs?\.?|months?|mos?\.?|weeks?)(?:\b|(?<=\.)(?= [a-z]))"
    # "2 yrs+ hospital coding": the "+" after the unit (session 18)
    r"\+?"
    # "a year and a half of experience": the unit's half (matcher._experience_context)
    r"(?P<half> and a half\b)?"
    # "substituted on a year-for-year basis": the rate schooling counts at, no figure
    r"(?![- ]for[- ](?:years?|months?)\b)"
    # the figure's words run to the clause's end; a dot with a word right after it is an
    # abbreviation's, inside the sentence ("2 to 3 yrs billing exp. preferred": split_sentences
    # ends no sentence there)
    r"(?=(?P<tail>[^.;]{0,90}(?:\.(?= [a-z])[^.;]{0,60})?))",
    re.I,
)
# Final[tuple[...]], not bare Final: mypyc would box a fresh tuple at each read (-28k, s10fin)
#: Words a sentence holding an experience figure or cue contains (EXPERIENCE_RE's units and
#: ZERO_EXPERIENCE_RE's words): the experience rules run only on sentences holding one.
EXPERIENCE_TRIGGERS: Final[tuple[str, ...]] = (
    "year",
    "yr",
    "month",
    "mo.",
    "mos",
    "mo+",
    "week",
    "experience",
    # "exp" abbreviated: "healthcare exp helpful but not required" (its own word only)
    "exp ",
    "exp.",
    "entry",
    "train",
    "new grad",
    "recent grad",
)
#: A second figure that borrows the unit of the one before it and carries its own level cue:
#: "one year minimum, two preferred", "6 months required and 12 preferred", "1 year, ideally 2",
#: "1 year (2 preferred)", "1 yr req, 2 pref".
#: Only a cue right after the bare number counts ("2 references preferred" is no figure).
EXPERIENCE_ELIDED_RE: Final = re.compile(
    # "(": an aside, "At least 1 year (2 preferred) of coding", "2 years minimum (3+ ideal)"
    r"(?:,|\band\b|\bbut\b|/|\()\s?(?:"
    r"\b(?!an?\b)(?P<n>" + _NUM + r")\+?(?: or more)? ?"
    # a job board's shorthand: "1 yr req, 2 pref" (s17probe2)
    r"(?:(?:is|are) )?(?:(?P<req>required|minimum|needed|req'd|req)|preferred|pref'd|pref|"
    r"desired|ideal|a plus)"
    r"\b|"
    r"(?:ideally|preferably) (?!an?\b)(?P<n_ideal>" + _NUM + r")\+?"
    r"(?=\s?(?:[.,;)!]|$)))",
    re.I,
)
#: The tail must tie the figure to experience...
EXPERIENCE_TAIL_RE: Final = re.compile(
    # "2-3 years under their belt in a busy HIM department": time served, said colloquially
    r"\b(?:experience|experienced|exp\b|working (?:in|as|with)|work in|under (?:their|your|"
    r"the|his or her) belts?|"
    # "2 years' work history in medical records" (s17probe2)
    r"(?:work|employment) history\b|"
    r"employment in|in a (?:medical|"
    r"healthcare|health care|hospital|clinical|physician|office)|"
    # "a year or more in an acute care hospital HIM department", "two years in an outpatient
    # clinic": the setting after an article and a word or two that describe it
    r"in an? (?:(?:busy|large|small|community|teaching|acute[- ]care|outpatient|inpatient|"
    r"ambulatory|multi-?specialty|specialty|rural|urban) ){1,2}(?:medical|healthcare|health care|"
    r"hospital|clinical|clinic|physician|office|setting)\b)|"
    # "one year as a coder", "18 months as a registrar" (s17probe2)
    r"^ as an? (?:[\w-]+ ){0,3}(?:coder|biller|abstractor|registrar|clerk|specialist|"
    r"technician|analyst)s?\b|"
    # "2+ years of acute care chart analysis": years of records work
    # (no verb or time word between: "6 months may apply for remote work" is no work asked)
    # (nor another subject: "for 15 years and our HIM team has won ..." is the employer's)
    r"^ (?:of )?(?:(?!(?:may|can|will|must|to|before|after|until|then|you|we|our|their|its|"
    # (an abbreviation in brackets among them: "2+ yrs of risk adjustment (HCC) coding")
    r"they|us)\b)(?:[\w/-]+|\([a-z]{2,6}\)) ){0,4}"
    r"(?:coding|analysis|abstracting|abstraction|records|billing|"
    r"registration|HIM|release of information|ROI|registry|work|clerical|office|administrative|"
    r"scanning|indexing|filing|data entry|chart prep\w*|scheduling|transcription|"
    # general office / customer-facing work asked as such is experience too (issue 15)
    r"customer[- ]service(?! excellence| award)|customer[- ]facing|front desk|front office|"
    # "three (3) years in health information management", "two years in patient access"
    r"health information management|patient access|revenue cycle|"
    r"reception|call cent(?:er|re)|retail|patient[- ]facing|"
    # revenue-cycle work: "two years of claims and denial follow-up"
    r"claims|denials?|collections|accounts receivable|A/R)\b",
    re.I,
)
#: ...or experience comes just before ("Experience: 2 years", "experience of at least 1 year").
EXPERIENCE_HEAD_RE: Final = re.compile(
    # "Experienced records clerk wanted (2+ yrs)": an ad's opening word, and only a figure in
    # parentheses after the role ("our experienced coders (10 years average tenure)" is none)
    # "Looking for an experienced coder (3+ yrs)": the hire described with an article
    # "exp. req'd: 2 yrs": the abbreviation's dot is no clause end (not an expiry: "exp. date")
    # ("Records experience req'd, min. 2 yrs": an abbreviation's dot is no clause end either)
    # (two such dots at most, "Exp. req.: min. 1 yr."; the gap's plain parts are possessive:
    # backing off into one leaves a character that is neither a dot nor the end, so nothing is
    # lost, and the engine tries no place in it again)
    r"\b(?:experience\b|exp\b(?:\.(?! ?(?:date|\d)))?)[^.;]{0,50}+"
    r"(?:" + ABBREVIATION_DOT + r"[^.;]{0,40}+){0,2}$|"
    r"(?:^\W{0,3}|\ban? )experienced\b[^.;()]{0,50}\(\s?$|"
    # "has worked in a medical office before (1 year)": the work, its length in parentheses
    r"\b(?:candidates?|applicants?|you|who|someone) (?:has|have) worked (?:in|as|at|for)\b"
    r"[^.;()]{0,50}\(\s?$|"
    # "Must have worked in a medical office for at least a year": the work, then its length
    # "The right candidate will have worked ...", "who have been working in HIM for ..."
    r"(?:\b(?:must|should|will|you|who|candidates?|applicants?|need to) (?:has|have)|"
    # (not time with the employer: "who have worked at our clinic for one year earn ...")
    r"^\W{0,3}having) (?:worked|been working) (?:in|as|at|with)\b"
    r"(?![^.;()]{0,50}\b(?:us|our|here)\b)[^.;()]{0,50}"
    r"\bfor (?:at least |a minimum of |over |more than )?$|"
    # "Coded for at least two of the last five years" (a requirement line opening with the
    # work), "who have worked for two of the past four years": the work, then how long
    r"(?:^\W{0,3}|\b(?:must|should|will|you|who|candidates?|applicants?|need to) (?:has|have) )"
    r"(?:coded|worked|been coding|been working)"
    r"(?![^.;()]{0,40}\b(?:us|our|here)\b)(?: [^.;()]{0,40}?)? for "
    r"(?:at least |a minimum of |over |more than )?$|"
    # "The ideal person has spent at least two years around medical charts"
    r"\b(?:person|candidates?|applicants?|you|who|someone) (?:has|have) spent "
    r"(?:at least |a minimum of |over |more than )?$|"
    # "someone who has handled release of information requests for at least a year"
    r"\b(?:candidates?|applicants?|you|who|someone) (?:has|have) (?:handled|processed|managed|"
    r"performed|coded|abstracted)\b(?![^.;()]{0,60}\b(?:us|our|here)\b)[^.;()]{0,60}"
    r"\bfor (?:at least |a minimum of |over |more than )?$",
    re.I,
)
#: A career-site field whose value is a bare count of years: "Years of experience: 3",
#: "Experience (years): 2", "Minimum years of experience required: 1-2".
EXPERIENCE_FIELD_RE: Final = re.compile(
    # (abbreviated: "Yrs of exp: 2-3", "Years of exp: 2", "Yrs experience: 3"; session 18)
    r"^(?:minimum |required |min\. |total )?(?:(?:years|yrs)(?: of)? (?:related )?"
    r"(?:experience|exp\.?)(?: required)?|(?:experience|exp\.?) \((?:years|yrs)\))"
    r"\s?:\s?(?P<n>\d{1,2})\+?"
    r"(?:\s?(?:-|–|to)\s?\d{1,2}\+?)?\s*$",
    re.I,
)
#: A figure that is part of a larger one ("five years, including two as a lead"; "one year, six
#: months of which ..."), a ceiling ("less than 1 year"), or a rate ("year-for-year"): the total
#: or nothing counts.
EXPERIENCE_PART_BEFORE_RE: Final = re.compile(
    # "no less than two years" is the floor itself, not a part below it
    # ("incl." abbreviated: "3+ yrs HIM experience, incl. at least 1 yr in Epic"; blind28)
    r"\b(?:including|includes|of which)\b[^.;]{0,25}$|"
    # (the figure right after it: "incl. E/M) - 2 years required" is no part)
    r"\bincl\b\.? ?(?:at least |a minimum of |min(?:imum|\.)? )?$|"
    r"(?<!no )(?<!not )\b(?:less|fewer) than\s?$|"
    r"\bunder\s?$|\bup to\s?$|\$[\d,.]{1,12}\s?(?:-|to)?\s?$|"
    # the experience a degree's "or equivalent" stands for is one route, not everyone's:
    # "associate degree or equivalent (2 years of related experience)"
    r"\b(?:degree|education) or (?:the )?equivalent \(\s?$",
    re.I,
)
EXPERIENCE_PART_AFTER_RE: Final = re.compile(r"^(?: of (?:which|it|them|this|that)\b|-for-)", re.I)
#: "for one year in total", "a total of 18 months": the figure that sums the parts.
EXPERIENCE_TOTAL_RE: Final = re.compile(r"^ (?:in total|total)\b|\btotal of\s?$", re.I)
#: A figure right after a total that narrows it ("three years, one of them in a hospital",
#: "two years of records work (one year in a hospital)", "with at least one in coding"): a
#: smaller figure led in by these words is a part of the total before it.
EXPERIENCE_PART_LEAD_RE: Final = re.compile(
    r"(?:,|\(|\bwith|\bincluding|\bincl\b\.?|\bof which|\bof them|\bof those)\s?"
    r"(?:at least |a minimum of |minimum |no less than )?$",
    re.I,
)
#: Two kinds of experience asked together add up: "one year of clerical experience and one year
#: of medical records experience", "1 year clerical and 6 months medical records experience",
#: "1 year of customer service plus 1 year of HIM experience". The first figure must name its own
#: kind ("two years of experience and one year of Epic" is a total and a part of it).
#: A kind of work: a few words, no level cue and no "of which" ("1 year required and 2 years of
#: coding experience preferred" is two levels, not a sum).
_KIND = (
    r"(?!or\b)[a-z](?:(?!\b(?:required|preferred|desired|minimum|which|including|or)\b)"
    r"[a-z -]){0,39}?"
)
EXPERIENCE_SUM_RE: Final = re.compile(
    r"\b(?P<a>" + _NUM + r")(?: ?\(\d{1,2}\))? (?P<ua>years?|months?)(?: of)?"
    # the first kind is work, not schooling ("one year above high school and 1 year of ...")
    r" (?!(?:of )?experience\b|of\b|(?:above|beyond|after) |(?:college|education|study|"
    r"schooling|coursework)\b)(?P<ka>" + _KIND + r")(?: experience| work)?,?"
    r" (?:and|plus|as well as) (?:an additional |another )?"
    r"(?P<b>" + _NUM + r")(?: ?\(\d{1,2}\))? (?P<ub>years?|months?)(?: of)?"
    r" (?!experience\b)(?P<kb>" + _KIND + r") (?:experience|work)\b",
    re.I,
)
#: Job-board "Experience:" blocks list one area a line with a mark: "Medical records: 2 years
#: (Required)", "Customer service: 1 year (Preferred)"; flattened, each line may keep the label
#: ("Experience: Medical records: 2 years (Required)") or a dash ("Medical records - 2 years").
EXPERIENCE_ITEM_RE: Final = re.compile(
    r"^(?:experience\s?:\s?)?(?P<area>[A-Za-z][\w &/,.'()-]{1,60}?)(?:\s?:|\s[-–])\s?"
    r"(?P<n>" + _NUM + r")\+?\s?"
    # (the level abbreviated: "Coding: 2 yrs (req)", "1 year (pref)"; session 18)
    r"(?P<unit>years?|yrs?|months?)\s?\((?P<level>required|preferred|req'd|req|pref'd|pref)\)"
    r"\W{0,2}$",
    re.I,
)
#: The areas of such a block that are the role's own work (records, coding, a medical office),
#: as against a tool or a topic ("Epic: 1 year", "HIPAA: 1 year", "Customer service: 3 years").
ROLE_WORK_RE: Final = re.compile(
    r"\b(?:medical records?|health (?:information|records?)|HIM|records?|coding|coder|"
    r"release of information|ROI|registry|scanning|medical office|medical (?:front|admin\w*|"
    r"clerical|billing|reception)|health ?care|hospital|clinic(?:al)?|physician|chart\w*|"
    r"patient (?:access|registration))\b",
    re.I,
)

# --- education offered as an alternative to a credential --------------------------------------

# A credential: a code, "AHIMA / AAPC certification", or the word "credential".
_CREDENTIAL = (
    r"(?:" + CERT_CODE_RE.pattern + r"|" + GENERIC_CERT_RE.pattern + r"|(?i:\bcredential\w{0,3}))"
)
#: Schooling offered in place of a credential is not asked of everyone: "Coding credential (CCA
#: or CPC) or completion of an approved coding program", "a coding diploma or NHA CBCS". The
#: credential comes right before "or" (a few words to the mention)...
CREDENTIAL_OR_BEFORE_RE: Final = re.compile(
    _CREDENTIAL + r"\)?\s?,?\s(?i:or)\s(?:[\w'-]{1,20}\s){0,5}$"
)
#: ...or right after it, with no comma between ("coding certificate program or CPC"); not past
#: an "and", which opens another requirement ("an associate degree and holds CCS or CPC"): the
#: group "gap" is read for it (matcher._education; the shortest gap is matched first).
CREDENTIAL_OR_AFTER_RE: Final = re.compile(
    r"^(?P<gap>[\w\s'-]{0,40}?)\s(?i:or)\s(?:[\w'-]{1,20}\s){0,3}?"
    + _CREDENTIAL
    # "Associate in HIM or RHIT eligible": eligibility is the schooling, no credential instead
    + r"(?![\s-]{0,2}(?i:eligib))"
)
