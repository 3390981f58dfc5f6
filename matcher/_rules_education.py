"""Education phrasings, one record per level of the ladder (docs/extraction.md, "How to add").

To read a new phrasing of a level ("equivalency diploma"), add a pattern and an example sentence
to that level's record. The level regex, its first-letter lookahead and the trigger words are
built from these records (matcher._rules); tests/matcher/test_rules.py checks every pattern
against the examples and near misses. Patterns are bounded: every gap is {0,N}.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.vocab import CERTIFICATION_CODES, Rule

#: Words before "certificate" that make it no schooling: a document (vital records, a typing or
#: keyboarding test, a CPR / BLS card, a vaccination record); the diploma's equivalent ("GED
#: certificate", "equivalency certificate", "(HSE) certificate": the high-school rule names it,
#: and matcher._paths_parts.education_level, a reader of the levels above high school alone,
#: would take it for one); a credential or a card ("a valid RHIT certificate", "food handler
#: certificate", "first aid certificate").
_NOT_SCHOOLING_BEFORE: Final = (
    "birth",
    "death",
    "marriage",
    "typing",
    "keyboarding",
    "cpr",
    "bls",
    "vaccination",
    "immunization",
    "ged",
    "ged)",
    "hse)",
    "hiset",
    "equivalency",
    "equivalence",
    "proficiency",
    "development)",
    "handler",
    "handlers",
    "aid",
    "aed",
    "acls",
    # an aide's card ("certified medication aide certificate", "nurse aide certificate"): a
    # state course of weeks, not the certificate level's year of schooling (docs/design.md)
    "aide",
    "aide)",
    *sorted(c.lower() for c in CERTIFICATION_CODES),
    # the code in brackets after its name: "certified medication aide (CMA) certificate"
    *sorted(f"{c.lower()})" for c in CERTIFICATION_CODES),
)
#: One lookbehind a word, tried after "certificate" matched.
_NOT_SCHOOLING_CERTIFICATES: Final = "".join(
    f"(?<!{re.escape(word)} certificate)" for word in _NOT_SCHOOLING_BEFORE
)

#: One record per level, highest first (the order the level regex tries them).
EDUCATION_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "master",
        (
            r"\bmaster'?s\b",
            r"\bmaster(?:'s)? degree\b",
            r"\bmaster of\b",
            r"\bmasters? in\b",
            r"\bM\.?S\.? (?:in|degree)\b",
            r"\bMHA\b",
            r"\bMBA\b",
        ),
        examples=(
            "Master's preferred.",
            "Master degree in HIM",
            "Master of Health Administration",
            "masters in informatics",
            "M.S. in health informatics",
            "MHA a plus",
            "MBA preferred",
        ),
        near_misses=("Maintain the master patient index.",),
        triggers=("master", "mha", "mba", "m.s"),
    ),
    Rule(
        "bachelor",
        (
            r"\bbachelor'?s?(?: degree)?\b",
            r"\bB\.?S\.? (?:in|degree)\b",
            r"\bBA/BS\b",
            r"\bBS/BA\b",
            r"\b(?:4|four)[- ](?:year|yr\.?) (?:college )?degree\b",
            r"\bundergraduate degree\b",
            r"\bcollege degree\b",
            r"\bbaccalaureate\b",
            # dotted pairs: "B.A. or B.S.", "B.S./B.A."
            r"\bB\.[AS]\. ?(?:or|/) ?B\.[AS]\.",
            # the programme a credential's exam asks: RHIA sits on a bachelor's in HIM
            # (docs/domain.md): "graduate of an accredited RHIA program" (session 16, s16probe)
            # (written from "program", whose "p" the lookahead of every level holds already:
            # an "r" there cost each word opening with one a try, +1.5% of extract)
            r"(?:(?<=RHIA )|(?<=RHIA-)|(?<=RHIA eligible )|(?<=RHIA-eligible ))"
            r"program(?:me)?s?\b(?! (?:director|coordinator|chair|faculty|instructor|manager)s?\b)",
        ),
        examples=(
            "Bachelor's degree required.",
            "B.S. in HIM",
            "BS in Health Information Administration",
            "BA/BS or BS/BA",
            "four-year college degree",
            "4-yr degree",
            "undergraduate degree",
            "college degree",
            "Baccalaureate degree from an accredited college",
            "BS/BA in health information management",
            "B.A. or B.S. required",
            "B.S./B.A. in HIM",
            "Graduate of an accredited RHIA program",
            "completion of an RHIA-eligible program",
        ),
        near_misses=("four year old program", "RHIA preferred", "RHIA program director"),
        # "\nbs ": a line that opens with it ("BS in Health Information Administration")
        triggers=(
            "bachelor",
            "b.s",
            " bs ",
            "\nbs ",
            "ba/",
            "bs/",
            "degree",
            "college",
            "undergraduate",
            "baccalaureate",
            "b.a.",
        ),
    ),
    Rule(
        "associate",
        (
            r"\bassociate'?s?(?: of applied science)? degree\b",
            # a practice's name is not the degree: "Harbor Pediatric / Northside Medical /
            # Coastal Cardiology / Family Medicine / Women's Health Associates in <city>"
            r"(?<!ic )(?<!al )(?<!gy )(?<!ine )(?<!health )(?<!care )(?<!eye )\bassociates? in\b",
            r"\bassociate of (?:applied )?(?:science|arts)\b",
            r"(?<!coding )(?<!access )(?<!information )(?<!roi )(?<!records )(?<!care )(?<!team )"
            r"\bassociate(?:'s)?\b(?= ?(?:or\b|and\b|in\b|degree|level|program|\(|,|/))",
            # the closing dot is part of it ("A.A.S. preferred": the cue follows the dot)
            r"\bA\.?A\.?S\b\.?",
            r"\bA\.S\. degree",
            # "AA degree", "A.A. degree", "AA/AS", "AS/AA": the associate of arts, one
            # alternative (a word opening with "a" fails it at its second letter, where three
            # alternatives were tried one by one: speed only, the same matches)
            r"\bA\.?(?:A\.?(?: degree\b|/A\.?S\.?(?![\w.]))|S\.?/A\.?A\.?(?![\w.]))",
            # dotted only: "as in" is a common phrase
            r"\bA\.S\.(?= in\b)",
            r"\b(?:2|two)[- ](?:year|yr\.?) (?:college )?degree\b",
            # Puerto Rico: "grado asociado"
            r"\bgrado asociado\b",
            r"\b(?:2|two) years of (?:college|post[- ]secondary|higher education|"
            r"post[- ]high[- ]school (?:education|study|schooling))\b",
            r"\bdegree in health information",
            r"\bHIT degree\b",
            # CAHIIM accredits degree programmes, the least of them the associate in HIT
            # (docs/domain.md): "graduate of a CAHIIM-accredited HIM program"
            r"\bCAHIIM[- ](?:accredited|approved) (?:[\w-]+ ){0,3}?(?:program|programme|degree)\b",
            # ... and the programme the RHIT exam asks, an associate in HIT: "Graduation from an
            # accredited RHIT program" (session 16, s16probe)
            # (written from "program", whose "p" the lookahead of every level holds already:
            # an "r" there cost each word opening with one a try, +1.5% of extract)
            r"(?:(?<=RHIT )|(?<=RHIT-)|(?<=RHIT eligible )|(?<=RHIT-eligible ))"
            r"program(?:me)?s?\b(?! (?:director|coordinator|chair|faculty|instructor|manager)s?\b)",
            r"\bassociate-level\b",
            # Workday's "Associates or better", and the abbreviation "Assoc. degree"
            r"\bassociate'?s? (?:degree )?or (?:better|higher|above)\b",
            r"\bassoc\.? degree\b",
            # the bare word as the value of an education or level field: "Required Education:
            # Associates", "Preferred: Associate's" (under an "Education" heading)
            r"(?:(?<=education: )|(?<=preferred: )|(?<=required: )|(?<=desired: ))"
            r"associate'?s?\b(?=\s?(?:$|\(|;|,|\.|/))",
            # the bare word opening a clause and closed by its level cue: "GED required;
            # associate preferred", "HS diploma or equivalent; Associate's preferred"
            r"(?:^|(?<=[;,:] ))associate'?s?(?= (?:(?:is |are )?(?:strongly )?(?:preferred|"
            r"required|desired|a plus)\b))",
        ),
        examples=(
            "Associate's degree required.",
            "Preferred: Associate's",
            "Associates or better in Health Information Technology",
            "Assoc. degree in HIT",
            "associates in HIT",
            "Associate of Applied Science",
            "Associate or bachelor's",
            "AAS in HIT",
            "A.S. degree",
            "AA degree preferred",
            "A.A. degree",
            "AA/AS in any field",
            "AS/AA degree",
            "A.S. in Health Information Technology",
            "two-year degree",
            "2 yr degree",
            "Grado asociado en sistemas de información de salud",
            "two years of college",
            "degree in health information",
            "HIT degree",
            "Graduate of a CAHIIM-accredited HIM program",
            "Graduation from an accredited RHIT program",
            "graduate of an RHIT-eligible program",
            "associate-level schooling",
            "Required Education: Associates",
            "GED required; associate preferred",
            "HS diploma or equivalent; Associate's preferred",
        ),
        near_misses=(
            "Preferred: Associate Director approval",
            "Patient access associate",
            "coding associate role",
            "We value our associates",
            "Title: Associate",
            "Harbor Pediatric Associates in Duluth",
            "Women's Health Associates in Reno",
            "Continuing education: associates attend yearly training",
            "Registration associate preferred",
            "Our associates are required to attend training",
            "RHIT preferred",
            "Reports to the RHIT program director",
        ),
        triggers=(
            "associate",
            "a.s",
            "aas",
            "aa ",
            "a.a",
            "aa/",
            "/aa",
            "college",
            "secondary",
            "school",
            "higher education",
            "degree",
            "cahiim",
        ),
    ),
    Rule(
        "certificate",
        (
            # "certificate" first (a literal the engine skips to), then what may stand before it
            # (_NOT_SCHOOLING_BEFORE: a document, the diploma's equivalent, a credential or a
            # card)
            r"\bcertificate"
            + _NOT_SCHOOLING_CERTIFICATES
            + r"(?: program)?\b(?! of (?:completion|insurance))",
            r"\b(?:coding|medical records|HIM|billing|medical assist\w{0,3}|medical office|"
            r"medical administrative) (?:program|diploma)\b",
            r"\bvocational(?:[/ -]technical)? (?:program|training|school|degree|diploma|"
            r"certificate)\b",
            r"\btrade school\b",
            r"\bpost[- ]secondary (?:training|program|certificate)\b",
            r"\bcertification program\b",
            # a nursing programme (diploma, ADN or BSN) is at least the certificate level; the
            # diploma is a nursing school's, not high school's
            r"\b(?:nursing|practical nurse|LPN) (?:program|programme|diploma|school)\b",
        ),
        examples=(
            "Coding certificate program",
            "medical assisting diploma",
            "vocational training",
            "Vocational/Technical Degree (Preferred)",
            "trade school",
            "post-secondary training",
            "certification program",
            "graduate of an accredited nursing program (diploma, ADN or BSN)",
        ),
        near_misses=(
            "certificate of insurance",
            "nursing home",
            "birth and death certificate data",
            "typing certificate (35 wpm)",
            "CPR certificate",
            "a valid RHIT certificate",
            "food handler certificate",
            "possession of a GED certificate",
            "a high school equivalency certificate",
            "GED (General Educational Development) certificate",
            "a certified medication aide (CMA) certificate",
            "nurse aide certificate",
        ),
        triggers=("certificate", "program", "diploma", "vocational", "secondary"),
    ),
    # the GED spelled out, and the state equivalency / proficiency certificates federal standards
    # list beside the diploma; "post-high school" / "above high school" schooling is not this level
    Rule(
        "high_school",
        (
            # its acronym in brackets before the document: "General Educational Development
            # (GED) certificate", "high school equivalency (HSE) certificate"
            r"\bgeneral (?:education(?:al)?|equivalency) (?:development|diploma)\b"
            r"(?: \([A-Z]{2,6}\))?(?: (?:equivalency |equivalence )?(?:certificate|diploma|test))?",
            r"\b(?:equivalency|proficiency)(?: \([A-Z]{2,6}\))? certificate\b",
            # "some high school" is not the diploma
            # "coursework completed after high school" is schooling above it
            r"(?<!post-)(?<!post )(?<!above )(?<!beyond )(?<!some )(?<!after )\bhigh[- ]school\b",
            r"\bH\.?S\.?(?= ?(?:diploma|dipl?\b|/|graduate|grad\b|or|degree|equiv))",
            # "H.S." closing its sentence ("Requirements: H.S. Diploma." is split after it)
            r"\bH\.S\.(?=\s?$)",
            # "a GED certificate / credential" is the GED, not a certificate programme
            # ... inside its own brackets or beside another test's name: "(GED) certificate",
            # "(GED/HiSET) certificate", "GED (General Educational Development) certificate"
            r"\bGED\b(?:/[A-Z]\w{1,5})?\)?(?: \(general [a-z ]{5,30}\))?"
            r"(?: (?:certificate|credential|diploma)\b)?",
            r"\bHSD\b",
            # the bare abbreviation with its cue: "HS pref.", "HS req'd", "HS required" (a terse
            # ad; the cue tells it from other capitals)
            r"\bHS(?= (?:req|pref|required|preferred|needed|a must)\b)",
            r"\bHiSET\b",
            r"(?<!post-)(?<!post )\bsecondary (?:school|education)\b",
            # Puerto Rico: "cuarto año de escuela superior", "diploma de escuela superior"
            r"\bescuela superior\b",
            # "education beyond the twelfth grade" is schooling above the diploma
            r"(?<!above the )(?<!beyond the )(?<!above )(?<!beyond )\b(?:12th|twelfth) grade\b",
            # the bare word opening its clause with a cue or as a field's value: "Diploma
            # required.", "Education: Diploma"; a programme's diploma names its field
            # ("coding diploma", "diploma in medical assisting")
            r"(?:^|(?<=[;,:] ))(?:an? )?diploma(?= (?:(?:is |are )?(?:required|needed|a must|"
            r"preferred|desired)\b)|\s?$)",
        ),
        examples=(
            "General Educational Development certificate",
            "proficiency certificate",
            "High school diploma",
            "HS diploma",
            "HS grad",
            "GED",
            "possession of a GED certificate",
            "General Educational Development (GED) certificate",
            "GED (General Educational Development) certificate",
            "high school equivalency (HSE) certificate",
            "an equivalent (GED/HiSET) certificate",
            "HSD required",
            "HS pref.",
            "HS req'd",
            "HiSET",
            "secondary school",
            "Secondary education completion",
            "Diploma de cuarto año de escuela superior",
            "HS Dip or equiv",
            "HS dipl. req'd.",
            "Requirements: H.S.",
            "12th grade",
            "completion of the twelfth grade",
            "Diploma required.",
            "Education: Diploma",
        ),
        near_misses=(
            "two years of post-high school education",
            "Medical coding diploma required.",
            "Diploma in medical assisting required.",
            "A diploma from an accredited coding program",
            "grade 12 students",
            "education beyond the twelfth grade",
            "Education: some high school",
            "including coursework completed after high school",
            "post-secondary education",
            "HS students welcome",
        ),
        triggers=(
            "school",
            " ged",
            "/ged",
            "(ged",
            "\nged",
            "h.s",
            " hs ",
            "\nhs ",
            " hs/",
            "hs dip",
            "diploma",
            "certificate",
            "hiset",
            "hsd",
            "secondary",
            "grade",
        ),
    ),
)
