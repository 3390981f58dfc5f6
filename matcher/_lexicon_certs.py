"""How a posting states a credential around its code: lists, eligibility, deadlines, turned-down
and other people's credentials, the words that join an any-of group (vocabulary as data); a
credential offered as one route (experience or schooling in its place) is in
matcher._lexicon_cert_routes.

matcher._certs reads these; the codes, names and issuing bodies themselves are built in
matcher._lexicon_codes from the credential records (schemas._rules_credentials). Every pattern
is linear: every gap is bounded ({0,N}).
"""

from __future__ import annotations

import re
from typing import Final

from matcher._lexicon import NUMBER_WORDS
from matcher._rules_substitution import IN_PLACE_OF
from schemas.vocab import CREDENTIALS, GENERIC_CERTIFICATIONS

#: "must meet one of the following:" -- the credentials listed under it are one any-of group.
#: Also "Must hold one of:" and a heading "Certifications (one required):" over bullet lines.
ONE_OF_FOLLOWING_RE: Final = re.compile(
    r"\b(?:(?:one|any|either) of the following|one of these|(?:one|any|either) of(?=\s?:))"
    r"(?: (?:certifications?|credentials?|requirements?|qualifications?))?"
    # "One of the following credentials is required:" (the level before the colon)
    # ("either of the following required:" without the verb too)
    r"(?: (?:(?:is|are) )?(?:required|preferred|needed|accepted|acceptable))?\s?(?:[:(-]|$)|"
    # the kind named, then a clause before the list: "one of the following coding
    # certifications, and this applies at every grade: ..." (a long list may be cut in two)
    r"\b(?:one|any|either) of the following (?:[a-z]+ )?(?:certifications|credentials)\b"
    r"[^.;:]{0,60}:|"
    # "(one required)", "(any one)", "Required certifications (at least one):"
    r"\((?:(?:any|at least) one(?: of (?:these|them))?(?: is)?(?: required)?|one (?:is )?"
    r"required|one of (?:these|the following))\)",
    re.I | re.M,
)
#: A line that opens one of several routes to qualify: "Option A:", "Option 2 -", "Route 1:",
#: "Option II." (matcher._cert_lists: the credentials each route names).
OPTION_LABEL_RE: Final = re.compile(
    r"^\W{0,3}(?:option|route|path|alternative)\s?(?:[A-Z]|\d{1,2}|[IVX]{1,4})\s?[:.)-]", re.I
)
#: Words (lower case) OPTION_LABEL_RE cannot match without.
OPTION_TRIGGERS: Final[tuple[str, ...]] = ("option", "route", "path", "alternative", "pattern")
#: What a route line asks when it asks anything: schooling, experience, a credential (a line
#: with none of these, "Option B: Apply online by Friday", is no route and ends the list).
OPTION_ROUTE_WORDS_RE: Final = re.compile(
    r"\b(?:experience|degree|diploma|ged|education|school\w*|college|universit\w*|semester|"
    r"quarter|credits?|hours|coursework|program\w*|certif\w*|credential\w*|licen[cs]\w*|"
    r"registr\w*|years?|months?)\b",
    re.I,
)
#: Words (lower case, in the sentences joined by newlines) a sentence an "or" closes or opens
#: holds: "... RHIT, OR" / "OR" alone ("...; OR" cut at the semicolon) / "Or a bachelor's ...",
#: "--OR--", "(or)", "- or -" (matcher._cert_routes; found by the posting's one trigger scan).
OR_WORDS: Final[tuple[str, ...]] = (
    " or\n",
    ",or\n",
    "-or\n",
    "\nor\n",
    "\nor ",
    "\nor:",
    "\nor,",
    "(or)",
    "-or-",
    "- or -",
)
#: A list item's mark left alone as a sentence: "B.", "(2)", "ii)".
ITEM_MARK_RE: Final = re.compile(r"^\(?(?:[A-Za-z]|\d{1,2}|[ivx]{1,4})[.)]$")
OR_ROUTE_WORDS_RE: Final = re.compile(
    r"\b(?:experience|degree|diploma|ged|education|school\w*|college|universit\w*|semester|"
    r"coursework|program\w*|years?)\b",
    re.I,
)
#: A deadline stated for every route, inside one of them: "whichever option, all hires must
#: earn the CCA within six months" stays, unlike "those who qualify under Option A must obtain
#: the RHIT within 12 months" (one route's).
ROUTE_FOR_ALL_RE: Final = re.compile(
    r"\b(?:all|every|each|both|either|any|regardless|whichever)\b", re.I
)
#: Words that make "X and Y" a list of credentials any one of which will do ("CCA and CPC-A
#: holders are welcome", "CCS, CPC and RHIT accepted"), not two credentials both asked for
#: ("CPC and CRC required": two groups).
CERT_ANY_OF_WORDS_RE: Final = re.compile(
    r"\b(?:or|either|one of|any of|accept\w*|such as|e\.g|i\.e|including|like|consider\w*|"
    r"welcome\w*|encourag\w*|holders?|candidates?|applicants?|eligib\w*)\b|/",
    re.I,
)
# Final[tuple[...]], not bare Final: mypyc would box a fresh tuple at each read (-28k, s10fin)
#: Words a posting holding such a list contains (lower case): the list rule runs only then.
ONE_OF_TRIGGERS: Final[tuple[str, ...]] = (
    "of the following",
    "one of",
    "any of",
    "either of",
    "one required",
    "one is required",
    "any one)",
    "at least one)",
)
#: A sentence naming the codes a body's certification means: "... a coding certification from
#: AHIMA or AAPC. Acceptable certifications are CCA, CCS, CPC ..." (the codes replace the body's).
CERT_LIST_INTRO_RE: Final = re.compile(
    r"^\W{0,3}(?:the )?(?:acceptable|accepted|approved|qualifying|recognized) (?:coding )?"
    r"(?:certifications?|credentials?)\b",
    re.I,
)
#: The codes a generic body's certification stands for, one body or both.
GENERIC_CODE_SETS: Final = (
    *(frozenset(codes) for codes in GENERIC_CERTIFICATIONS.values()),
    frozenset(c for codes in GENERIC_CERTIFICATIONS.values() for c in codes),
)
#: How far (in sentences) the items of such a list may sit from the line before them.
ONE_OF_ITEM_GAP: Final = 2
#: "RHIT eligible", "eligible to sit for": the schooling qualifies, no credential required.
#: Only when attached to the code: "CTR, or eligible to sit for the CTR exam" still names CTR.
#: "RHIT eligible", "RHIT-eligible", and after a parenthesis: "Registered Health Information
#: Administrator (RHIA) eligible".
ELIGIBLE_AFTER_RE: Final = re.compile(r"^[\s)-]{0,3}(?:exam[- ])?eligib", re.I)
ELIGIBLE_BEFORE_RE: Final = re.compile(
    # "Eligibility for registration as an RHIT": the act named between them
    r"\b(?:eligib\w*|sit|qualif\w*)(?: to (?:sit for|take|test for))?(?: for)?"
    r" (?:(?:registration|certification|credentialing) (?:as |for )?)?(?:the |an? )?$",
    re.I,
)
#: A term that times the eligibility for the exam, not the credential: "Students who will be
#: eligible to sit for the RHIT exam within a year" (the exam named, no act of earning, passing
#: or holding between the code and "within"); "RHIT eligible; must pass the exam within 12
#: months", "CCS-eligible, certified within 9 months", "RHIT-eligible with RHIT within a year"
#: and "RHIT eligible within 6 months of hire" time the credential.
_NO_ACT: Final = (
    r"(?:(?!\b(?:pass|earn|obtain|achiev|attain|get|become|certif|credential|regist|licens|"
    r"acquir|complet|hold|have|has|with)\w*)[^.;])*?"
)
ELIGIBILITY_TERM_RE: Final = re.compile(
    rf"^{_NO_ACT}\b(?:exam\w*|test)\b{_NO_ACT}\bwithin\b",
    re.I,
)
#: The credential held, or eligibility for it: "CCS, or eligible to sit for the CCS exam",
#: "CTR or CTR-eligible", "CPC or be eligible for it". Preferred, the code is preferred; asked of
#: everyone with no deadline, it is asked of no one (an eligible applicant does not hold it:
#: README, "held or eligible" with no deadline is not a requirement; matcher._certs).
ELIGIBLE_ALTERNATIVE_RE: Final = re.compile(
    # ("RHIT/RHIA certification or eligibility required": the credential word before the "or")
    r"^\W{0,3}(?:(?:certification|credential|registration|certificate)s? )?"
    r"(?:(?:is |are )?(?:required|needed|preferred|desired)\W{0,3})?"
    r"or (?:be |being )?(?:[\w-]+ ){0,2}?(?:[A-Za-z]{2,6}-? ?)?eligib",
    re.I,
)
#: A deadline in the next clause, naming no code: "AHIMA credential (RHIT/RHIA) strongly
#: preferred; required within 1 year of hire" (split at the ";"): the group is required with it.
DEADLINE_NEXT_RE: Final = re.compile(
    r"^(?:and |but )?"
    # "If not certified (at hire), must obtain certification within 9 months"
    r"(?:if (?:you are )?not (?:yet |currently )?(?:certified|credentialed)(?: at (?:the time of "
    r")?hire)?,? |"
    # "if you hold neither, you must earn one within 9 months", "if you do not have one yet,"
    r"if (?:you )?(?:(?:do not|don't) (?:hold|have|possess)|(?:hold|have|possess) (?:neither|"
    r"none|no)\b)[^.;,]{0,30}?,? (?:you )?)?"
    # whom the deadline is for, whoever they are: "candidates without one must earn it within 12
    # months", "those who do not hold it must obtain it within six months", "registrars who do
    # not hold it", "staff not yet certified" (the clause after them says what they must do)
    r"(?:(?:[\w-]+ ){1,3}?(?:who (?:do not|don't|does not|are not) (?:yet )?(?:hold|have|"
    r"certified|credentialed)|without|not yet (?:certified|credentialed))\b[^.;]{0,25}?|"
    # ... or eligible for it (blind30): "eligible candidates must obtain it within 6 months",
    # "exam-eligible applicants must pass within a year"
    r"(?:exam[- ])?eligible (?:[\w-]+ ){1,2}?)?"
    # the credential named back: "the credential must be earned within 6 months"
    r"(?:(?:the |this |that |your )?(?:credential|certification|certificate|registration|exam) )?"
    r"(?:(?:it )?(?:is |(?:must|may|can|should) be |to be )?(?:required|obtained|earned|passed)|"
    r"(?:must (?:be )?|(?:be |are )?(?:willing|able) to |agree to )"
    r"(?:obtain|earn|pass|achieve)(?:ed|d)?|"
    # the holder's state, not the act (s18certprobe): "RHIT or eligible; must be credentialed
    # within 6 months of hire", "must become certified within a year" (not "certified in CPR",
    # "certified as a notary": another credential)
    r"must (?:be|become) (?:certified|credentialed)(?! (?:in|as)\b))\b[^.;]{0,20}?"
    r"\bwithin\b|"
    # eligible candidates taken on the condition that they earn it within a term: "Candidates who
    # are CTR-eligible will be considered if the credential is earned within 18 months",
    # "recent graduates eligible for either exam are also considered if they pass it within
    # nine months", "candidates eligible for either exam may be hired and must earn one within 9
    # months of hire" (README: required, within_months N)
    r"^[^.;]{0,100}?\b(?:considered|hired|accepted|welcomed?)\b[^.;]{0,30}?\b(?:if|provided|"
    r"as long as|so long as|on (?:the )?condition|(?:and|but) (?:then )?(?:must|will need to|"
    r"are required to))\b[^.;]{0,40}?\b"
    r"(?:pass|earn|obtain|achiev|acquir)\w*\b[^.;]{0,40}?\bwithin\b",
    re.I,
)
#: A code offered right after an eligible one: "Must be eligible for RHIT certification or hold a
#: CPC-A" (one route of two, asked of no one).
ELIGIBLE_OR_HOLD_RE: Final = re.compile(
    r"^[^.;]{0,30}?\bor (?:hold|have|possess)\w* (?:the |an? |active )?$", re.I
)
#: A deadline for those who already hold another credential: "with CCS obtained within one
#: year if you hold only the RHIT" is a later step for some, not a term for the group.
WITHIN_FOR_HOLDERS_RE: Final = re.compile(
    r"[^.;]{0,12}?\b(?:if|when) (?:you|they|the candidate) (?:only )?(?:hold|have)\b|"
    r"[^.;]{0,12}?\bfor (?:those|candidates|applicants) (?:who (?:only )?hold|holding)\b",
    re.I,
)
#: A later step some take, read in the words right before the code, not what the job asks: "many
#: of our clerks go on to earn the RHIT", "after six months you may earn the CRCR", "may move up
#: ... after earning the CCA" ("RHIT required, and we go on to train you" keeps RHIT).
CERT_LATER_STEP_RE: Final = re.compile(
    r"\b(?:go(?:es)? on to |(?:may|might|could) (?:later |eventually |one day |also )?)"
    r"(?:earn|obtain|pursue|get|achieve|sit for)\b(?: [\w-]+){0,2}\s?$|"
    r"\bafter (?:earning|obtaining|passing|achieving|completing)(?: [\w-]+){0,2}\s?$|"
    # what earning it later brings (s18certprobe): "Pay increase upon earning RHIT", "move to
    # Coder II upon passing the CCS exam", "advance once you earn your CCS" (not "contingent
    # upon passing the CPC", "conditional upon earning": the job's own condition)
    r"(?<!contingent )(?<!conditional )(?<!dependent )(?<!depends )(?<!based )"
    r"\b(?:upon|once you|when you) (?:earn|obtain|pass|achiev)\w*(?: [\w-]+){0,2}\s?$|"
    # what a later grade asks, not this job: "advancement to ROI Specialist II requires the",
    # "promotion to Coder III needs", "to move up to the lead role you will need the"
    r"\b(?:advanc\w*|promot\w*|progress\w*|mov(?:e|es|ing) up|step(?:s|ping)? up) (?:to|into)\b"
    r"[^.;]{0,40}?\b(?:requires?|needs?|will need|calls? for)(?: (?:the|an?|your|their))?\s?$",
    re.I,
)
#: A step for the holders of one credential only: "coders hired with the CCA must earn the CCS
#: within 18 months", "applicants with a CPC-A must pass the CPC", "CCA holders are expected to
#: add the CCS", "if you hold only the RHIT, you must earn the RHIA". Neither code is a
#: requirement of its own: the held one names whom the step is for, the earned one is asked of
#: them only (README: a deadline for some holders only is no term of the group). Group "held"
#: (or "held_first", "held_one", "held_list") spans the held code; the earned code follows.
HOLDERS_STEP_RE: Final = re.compile(
    r"(?:\b(?:with|holding|who (?:only )?(?:hold|have)|if (?:you|they) (?:only )?(?:hold|have))"
    r"(?: only)?(?: the| an?)? (?P<held>(?-i:[A-Z]{2,6}(?:-[A-Z])?))|"
    r"(?P<held_first>(?-i:\b[A-Z]{2,6}(?:-[A-Z])?)) holders|"
    # the held codes in brackets after the holders (s18seen26): "apprentice-level holders (CCA,
    # CPC-A) must upgrade to the CCS or CPC within 24 months"
    r"\bholders \((?P<held_list>(?-i:[A-Z]{2,6}(?:-[A-Z])?(?:,? (?:or |and )?[A-Z]{2,6}"
    r"(?:-[A-Z])?){0,3}))(?=\))|"
    # the holder named by the code with an article: "a CPC-A must earn the full CPC within 24
    # months", "any CCA hired must add the CCS"
    # (not an alternative: "Must have a CPC or must earn the CPC within 6 months")
    r"\b(?:an?|any|each|every) (?P<held_one>(?-i:[A-Z]{2,6}(?:-[A-Z])?))(?![\w-])"
    r"(?!\W{0,3}(?:or|and)\b))\b[^.;]{0,30}?"
    r"\b(?:must|will need to|needs? to|(?:are|is) (?:required|expected) to|should) "
    r"(?:also |then |still )?(?:earn|obtain|pass|add|achieve|get|sit for|"
    r"(?:upgrade|advance|progress|move) to)(?: the| an?)? "
    r"(?:full |complete |unrestricted )?",
    re.I,
)
#: A credential turned away: "CPC-A will not be considered", "CPC-A is not accepted", "RHIT alone
#: does not qualify" (NEGATION_RE covers "not required" and "is not").
CERT_REFUSED_AFTER_RE: Final = re.compile(
    r"^\W{0,3}(?:[\w-]+ ){0,3}?(?:(?:will|would|can|cannot|may|shall) ?not (?:be )?"
    r"(?:considered|accepted|sufficient|enough|qualify\w*)|not (?:accepted|considered|sufficient|"
    r"enough)\b|does not (?:qualify|count|meet)|(?:is|are) ineligible|ineligible)",
    re.I,
)
#: A credential offered beside the one asked: "RHIT required (RHIA also accepted)", "CPC
#: required. CCS accepted as well", "RHIT or CCS; CPC accepted with inpatient experience", "New
#: graduates with CCA considered": one any-of group with the group just before it.
CERT_ALSO_ACCEPTED_AFTER_RE: Final = re.compile(
    # "RHIT or RHIA with inpatient experience also accepted": a condition may come between
    # "A COC may be accepted instead of the CPC": what the employer may take is taken
    # ("RHIT/RHIA plus 3 yrs accepted in place of CCS", "CCS + 2 years of coding also accepted")
    # ("RHIT with a bachelor's degree accepted": an apostrophe in the condition, s18seen26)
    r"^\W{0,3}(?:(?:with|plus|\+|along with|together with|having) [\w +.'\u2019-]{0,40}? )?"
    r"(?:(?:is|are|will be|may be|can be) )?"
    r"(?:also (?:be )?accepted|accepted|also acceptable|"
    r"acceptable|in lieu|(?:also )?considered)\b",
    re.I,
)
#: Holders of a credential said welcome: "apprentices (CPC-A) welcome", "CPC-A holders are
#: welcome". After a required group that names the code already (an AAPC certification is any
#: of CPC, COC, CPC-A) it says they are accepted, no preference of its own (s18seen26).
CERT_WELCOME_AFTER_RE: Final = re.compile(
    r"^\)?\W{0,3}(?:(?:holders?|candidates?|applicants?|coders?) )?(?:are |is )?(?:also )?"
    r"(?:welcome|encouraged to apply)\b",
    re.I,
)
#: The same said before the code: "CPC certification required - will consider CPC-A with 2+
#: years of experience", "CCS required; we also accept the". One group with the group before.
CERT_ALSO_ACCEPTED_BEFORE_RE: Final = re.compile(
    r"\b(?:(?:will|may|would|can|we) (?:also )?(?:consider|accept)|(?:also )?accepting|"
    r"(?:will|may) (?:also )?be (?:considered|accepted):?)\s(?:an? |the |candidates with "
    r"(?:an? |the )?)?$",
    re.I,
)
#: The credential an accepted one stands in for, named back: "CCS required; an RHIT or RHIA is
#: also accepted in place of the CCS", "RHIT accepted instead of the CCS". The code after it is
#: the group already read, not another requirement (matcher._certs).
CERT_REPLACED_BEFORE_RE: Final = re.compile(
    r"\b(?:" + IN_PLACE_OF + r"|as a substitute for|as an alternative to|rather than)\s"
    r"(?:the |an? |your |their )?$",
    re.I,
)
#: A credential accepted before the one the posting names: "CPC-A accepted; CPC preferred",
#: "CCA acceptable, CCS required". The accepted codes meet the requirement the next group
#: names (matcher._certs), so they are one required group with it.
CERT_ACCEPTED_FIRST_RE: Final = re.compile(
    r"^\W{0,3}(?:(?:is|are|will be) )?(?:also )?(?:accepted|acceptable)\b", re.I
)
#: A level word that closes the credential's clause before an off-scope word: "CPC required,
#: bonus after 90 days", "RHIT preferred; tuition help for the CCS" (the bonus and the help are
#: the next clause's, not what the credential is for).
CERT_LEVEL_CLOSES_RE: Final = re.compile(
    r"^[^.;,()]{0,30}?\b(?:required|preferred|needed|mandatory|a must|desired|a plus)\b"
    r"\s?(?:[,;:(]|\s[-–—]\s|$)",
    re.I,
)
#: A level mark that closes a mention's phrase: "RHIT credential or eligible (Preferred)" then
#: another item's "(Required within 30 days)" on the same joined line, "CPC, CCS required
#: (coding program completion preferred)": the cue and deadline after the mark are another's.
CERT_LEVEL_MARK_RE: Final = re.compile(
    r"^[^(.;]{0,40}?\((?:required|preferred|desired|optional|a plus)\b[^()]{0,40}\)|"
    # a parenthesis that prefers something else; "required (new graduates must pass the exam
    # within six months)" is the same credential's
    r"^[^(.;]{0,40}?\brequired(?=\s?\([^()]{0,60}\b(?:preferred|desired|a plus)\b)",
    re.I,
)
#: A body's certification followed by the codes it means: "AAPC certification required: CPC,
#: COC or CRC" (the codes stand for the body, as "AHIMA certification, specifically CCS").
GENERIC_THEN_CODES_RE: Final = re.compile(
    r"^[\s:,(-]{0,3}(?:(?:is |are )?(?:required|preferred|needed)[\s:,(-]{0,3})?"
    r"(?:(?:such as|specifically|namely|including|e\.g\.|i\.e\.)[\s:,(-]{0,3})?$",
    re.I,
)
#: The level a body's cue or a code's clause after it gives: "AAPC certification required (CRC
#: strongly preferred)" names a preferred code beside the required body, not the codes the body
#: means (matcher._certs compares the level before the code with the level after it).
CERT_LEVEL_WORD_RE: Final = re.compile(
    r"\b(?:(?P<required>required|needed|mandatory)|preferred|desired|a plus)\b", re.I
)
#: The rest of a code's clause, up to a closing bracket or the clause's end.
CERT_CLAUSE_REST_RE: Final = re.compile(r"[^().;]{0,60}")
#: A code naming a school programme, not the credential: "graduate of an accredited RHIT
#: program", "an RHIA-eligible programme", "CPC course".
CERT_SCHOOLING_AFTER_RE: Final = re.compile(
    r"^[\s-]{0,2}(?:eligible )?(?:program|programme|school|course|curriculum|track)\b", re.I
)
#: A label that opens a list of requirements: what stands before it is another line.
REQUIREMENTS_LABEL_RE: Final = re.compile(
    r"\b(?:requirements?|qualifications?|must have|required|certifications?|credentials?|"
    r"licensure)\s?:",
    re.I,
)
#: Codes that name another credential when these words follow ("CMA (certified medication
#: aide)" in a nursing home is not the Certified Medical Assistant).
CERT_OTHER_MEANING: Final[dict[str, re.Pattern[str]]] = {
    # also beside a nurse aide's CNA ("CNA or CMA", "CMA/CNA"): the nursing home's medication aide
    "CMA": re.compile(
        r"^\W{0,3}(?:certified )?medication (?:aide|assistant|tech)|^s?\s?(?:/|or|and)\s?CNAs?\b",
        re.I,
    ),
}
#: The same, from the words before the code ("Current CNA or CMA certification a plus").
CERT_OTHER_MEANING_BEFORE: Final[dict[str, re.Pattern[str]]] = {
    # "certified medication aides (CMA)": the plural too
    "CMA": re.compile(r"\b(?:CNA|QMA)s?\s?(?:/|or|and|,)\s?$|\b(?i:medication aides?)\W{0,3}\($"),
}
#: A requirement turned down before the code: "We do not require RHIT for this role".
CERT_NEGATED_BEFORE_RE: Final = re.compile(
    r"\b(?:(?:do|does|did|will) not|don't|doesn't|won't) (?:require|need|ask for)\s"
    r"(?:an? |the |any |your )?$|"
    # "Certification not required (RHIT, CCA)": the codes the negated clause names
    r"\bnot (?:required|needed|necessary|mandatory)\s?[(:]\s?$",
    re.I,
)
_DEADLINE_NUM = (
    r"(?:\d{1,3}|" + "|".join(w for w in NUMBER_WORDS if w not in ("several", "a half")) + r")"
)
_PAREN_NUM = r"(?: ?\(\d{1,3}\))?"  # "six (6) months"
#: "must obtain within 12 months", "within one year of hire", "within your first year", "by the
#: end of the first 90 days" (a first term with no figure is one of its unit); the units as
#: classified ads and staffing bullets shorten them: "within 6 mos", "within 6 mo.", "within 1 yr".
WITHIN_RE: Final = re.compile(
    r"\b(?:within|by the end of) (?:(?:the|your|their) )?"
    r"(?:first (?:(?P<n_first>" + _DEADLINE_NUM + r")" + _PAREN_NUM + r" ?)?|"
    r"(?P<n>" + _DEADLINE_NUM + r")" + _PAREN_NUM + r" ?)"
    r"(?P<unit>months?|years?|days?|mos?|yrs?)\b",
    re.I,
)
#: Joins members of one any-of group: "RHIT or RHIA", "RHIT/RHIA", "CPC, COC, or CCS".
#: Only joining words between them: "CCS (AHIMA) or CPC (AAPC)", "CPC certification or CCS".
CERT_JOIN_RE: Final = re.compile(
    r"^(?:[\s,/()-]|\b(?:or|and/or|and|either|certifi\w{0,8}|credential\w{0,4}|by|from|through|"
    # the issuing bodies of the credential records: "CMA (AAMA) or RMA (AMT)"
    + "|".join(sorted({c.body for c in CREDENTIALS}))
    + r"|the|an?|specifically|namely|such as|including|like|e\.g|i\.e)\b\.?){0,12}$",
    re.I,
)
