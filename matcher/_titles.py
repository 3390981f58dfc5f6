"""Title vocabulary for the relevance filter: records roles kept, and the drop words of
matcher/_drop_words.py and setting words of matcher/_context_words.py (both re-exported here, so
the filter reads one vocabulary).

Data only; the rules that read it live in matcher/_relevance.py. All entries are lower case and
already in the normalised form that ``_relevance.normalise_title`` produces (abbreviations
expanded, levels and shift words removed).
"""

from __future__ import annotations

from matcher._context_words import (
    ACUTE_CARE_CONTEXT,
    CLINICAL_IMAGING_CONTEXT,
    CLINICAL_IMAGING_TITLE_WORDS,
    CONTEXT_NOT_HEALTH,
    HEALTH_CONTEXT,
    LONG_TERM_CARE_CONTEXT,
    NON_HEALTH_CONTEXT,
    RECORDS_CONTEXT,
)
from matcher._drop_words import (
    BILLING_TASK_WORDS,
    CODING_WORDS,
    CORE_WORDS,
    DROP_WORDS,
    DUAL_PARTNER_WORDS,
    FRONT_END_WORDS,
    ROI_OTHER_MEANING_WORDS,
    SETTING_PHRASES,
    SOFT_DROP_WORDS,
)

# Abbreviations expanded before matching; keys are whole tokens after punctuation is removed.
# Multi-token keys are matched as phrases first ("med rec" before "rec").
ABBREVIATIONS: dict[str, str] = {
    "med rec": "medical records",
    "med recs": "medical records",
    "medrec": "medical records",
    "medrecs": "medical records",
    "med records": "medical records",
    "med record": "medical records",
    "mr clerk": "medical records clerk",
    "h i m": "health information management",
    "him": "health information management",
    "hims": "health information management",
    "roi": "release of information",
    "hit": "health information technician",
    "rhit": "health information technician",
    "health info": "health information",
    "info": "information",
    "mgmt": "management",
    "mgt": "management",
    "tech": "technician",
    "techs": "technician",
    "spec": "specialist",
    "coord": "coordinator",
    "clk": "clerk",
    "asst": "assistant",
    "rep": "representative",
    "admin": "administrative",
    "ehr": "electronic health records",
    "emr": "electronic medical records",
    "pro fee": "professional fee",
    "profee": "professional fee",
    "ed": "emergency department",
    "rn": "registered nurse",
    "lpn": "licensed practical nurse",
    "cma": "certified medical assistant",
    "cna": "certified nursing assistant",
    "vp": "vice president",
    "record": "records",
    "recs": "records",
    "tumour": "tumor",
    # the enterprise master patient index; "MPI" alone is read by its setting (AMBIGUOUS_HEADS)
    "empi": "enterprise mpi",
    # entry-level markers read as one word, so "Coding Trainee", "Coding Apprentice", "Coder in
    # Training" and "Medical Coding Intern" share the vocabulary entries below
    "apprentice": "trainee",
    "intern": "trainee",
    "internship": "trainee",
    "extern": "trainee",
    "externship": "trainee",
    "in training": "trainee",
    "recordss": "records",
    "&": "and",
}

# Real words one typo from a vocabulary word, read as themselves ("Abstract Reviewer" for a
# conference is no "abstractor"), and never taken for an entry word ("Documentation Specialist",
# a nurse's or a quality reviewer's title, is no "document specialist"; a "Vet Clinic" is no
# "clinical" one).
NOT_TYPOS: frozenset[str] = frozenset(["abstract", "trained", "documentation", "clinic"])

# Tokens that say nothing about the role: levels, shifts, schedules, workplace, credentials.
NOISE_TOKENS: frozenset[str] = frozenset(
    [
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "vi",
        "1",
        "2",
        "3",
        "4",
        "5",
        "sr",
        "senior",
        "jr",
        "junior",
        "level",
        "lead",
        "prn",
        "per",
        "diem",
        "nights",
        "night",
        "days",
        "day",
        "evenings",
        "evening",
        "weekends",
        "weekend",
        "shift",
        "shifts",
        "1st",
        "2nd",
        "3rd",
        "full",
        "part",
        "time",
        "ft",
        "pt",
        "fulltime",
        "parttime",
        "remote",
        "hybrid",
        "onsite",
        "on",
        "site",
        "wfh",
        "temporary",
        "temp",
        "hire",
        "contract",
        "float",
        "pool",
        "gs",
        "cpc",
        "cpc-a",
        "cca",
        "ccs",
        "rhia",
        "ccs-p",
    ]
)

# Records work named in a title: any of these followed by a clerk-level role noun is a records
# role (employers pair the head and the noun freely: "Patient Records Assistant", "Chart
# Completion Coordinator", "Health Information Associate"), so the kept titles are their product,
# not a list of the pairs seen so far.
RECORDS_HEADS: tuple[str, ...] = (
    "medical records",
    "health records",
    "patient records",
    "clinical records",
    "health information",
    "chart completion",
    "chart prep",
    "chart preparation",
    # the master patient index: HIM's duplicate-record and patient-identity work (session 13)
    "master patient index",
    "patient identity",
)
# Registries whose registrars and registry staff abstract patient records (docs/relevance.md
# "Registry roles"); other registries (vital records, birth, voter) are civil, not health records.
REGISTRY_HEADS: tuple[str, ...] = (
    "cancer registry",
    "tumor registry",
    "trauma registry",
    "oncology registry",
)
# Clerk-level role nouns. Management (director, manager, supervisor) is dropped by DROP_WORDS.
ROLE_NOUNS: tuple[str, ...] = (
    "clerk",
    "specialist",
    "technician",
    "coordinator",
    "assistant",
    "associate",
    "analyst",
    "representative",
    "processor",
)
# What a coder codes or where: "Inpatient Coder", "Pro Fee Coding Trainee".
CODER_KINDS: tuple[str, ...] = (
    "medical",
    "inpatient",
    "outpatient",
    "professional fee",
    "professional",
    "emergency department",
    "surgical",
    "radiology",
    "risk adjustment",
    # named by the code set or payment system (session 13: "HCC Coder", "DRG Coder", "ICD-10 Coder")
    "hcc",
    "drg",
    "icd",
    "cpt",
    "hcpcs",
)
# Records heads whose director, manager or supervisor is kept in long-term care
# (docs/relevance.md "Management"): a nursing home's "Medical Records Director" is its records
# clerk by another name.
LONG_TERM_CARE_HEADS: tuple[str, ...] = (
    "medical records",
    "health information management",
    "health information",
    "health records",
)
# The management ranks that LONG_TERM_CARE_HEADS may carry (DROP_WORDS elsewhere).
LONG_TERM_CARE_RANKS: frozenset[str] = frozenset(["director", "manager", "supervisor"])
# A rank over several buildings is management even in long-term care ("Regional Director of
# Health Information" of a nursing home chain).
LONG_TERM_CARE_SCOPE_WORDS: frozenset[str] = frozenset(
    ["regional", "corporate", "district", "divisional", "area", "national", "multi", "multisite"]
)

# Kept titles. A title whose words contain one of these (allowing typos) is a records role.
KEEP_TITLES: tuple[str, ...] = (
    *(f"{head} {noun}" for head in RECORDS_HEADS for noun in ROLE_NOUNS),
    *(f"{head} {noun}" for head in REGISTRY_HEADS for noun in (*ROLE_NOUNS, "abstractor")),
    "medical records retrieval specialist",
    "medical records administration specialist",
    "medical records coder",
    "medical records trainee",
    "medical records",
    "health information management",
    "health information management analyst",
    "electronic health records specialist",
    "electronic medical records clerk",
    "electronic medical records specialist",
    "release of information specialist",
    "release of information clerk",
    "release of information coordinator",
    "release of information",
    # coders at any level and the coders who check coders' work (docs/relevance.md "Coders")
    "coding associate",
    "coding specialist",
    "coding technician",
    "coding analyst",
    "coding reviewer",
    "coding validator",
    *(f"{kind} coder" for kind in CODER_KINDS),
    # an entry-level coder named by the work ("Inpatient Coding Trainee"); a bare "Coding
    # Trainee" is ambiguous (software bootcamps train coders too)
    *(f"{kind} coding trainee" for kind in CODER_KINDS),
    "medical coding specialist",
    "medical coding associate",
    "billing and coding specialist",
    "coding auditor",
    "cancer registrar",
    "tumor registrar",
    "trauma registrar",
    "oncology data specialist",
)

# Titles that name a records task (scanning, indexing, document imaging). docs/domain.md counts
# these clerks among records roles, so a bare title with no text is kept; with a text they are read
# as AMBIGUOUS_TITLES are, and a clinical imaging setting (CLINICAL_IMAGING_CONTEXT with no
# RECORDS_CONTEXT) drops them: a "Scanning Technician" in radiology runs CT or ultrasound scans.
RECORDS_TASK_TITLES: tuple[str, ...] = (
    "scanning clerk",
    "scanning specialist",
    "scanning technician",
    "scanning associate",
    "scanning assistant",
    "scanning coordinator",
    "indexing clerk",
    "indexing specialist",
    "indexing technician",
    "indexing associate",
    "indexing assistant",
    "imaging clerk",
    "document imaging specialist",
    "document imaging clerk",
    "document imaging technician",
    "document imaging associate",
    "document scanning clerk",
)

# Heads of titles that are records roles only in a health setting, with any clerk-level noun:
# "Records Assistant", "Document Specialist" (session 13), "MPI Analyst" (an MPI technician in a
# factory inspects welds by magnetic particles).
AMBIGUOUS_HEADS: tuple[str, ...] = ("records", "document", "mpi")

# Titles that are records roles only in a health setting: the title itself or the text must name
# one (``HEALTH_CONTEXT``) and no non-health setting may dominate (``NON_HEALTH_CONTEXT``).
AMBIGUOUS_TITLES: tuple[str, ...] = (
    *(f"{head} {noun}" for head in AMBIGUOUS_HEADS for noun in ROLE_NOUNS),
    "records management specialist",
    "file clerk",
    "filing clerk",
    "data entry clerk",
    "correspondence specialist",
    "deficiency analyst",
    "deficiency clerk",
    "chart analyst",
    "forms analyst",
    "birth certificate clerk",
    "coder",
    "coding trainee",
    # abstracts data from patient records (quality measures, registries) in a hospital; a title or
    # lease abstractor does the same with deeds and leases
    "abstractor",
)


__all__ = [
    "ABBREVIATIONS",
    "ACUTE_CARE_CONTEXT",
    "BILLING_TASK_WORDS",
    "AMBIGUOUS_HEADS",
    "AMBIGUOUS_TITLES",
    "CLINICAL_IMAGING_CONTEXT",
    "CLINICAL_IMAGING_TITLE_WORDS",
    "CODER_KINDS",
    "CODING_WORDS",
    "CONTEXT_NOT_HEALTH",
    "CORE_WORDS",
    "DROP_WORDS",
    "DUAL_PARTNER_WORDS",
    "FRONT_END_WORDS",
    "HEALTH_CONTEXT",
    "KEEP_TITLES",
    "LONG_TERM_CARE_CONTEXT",
    "LONG_TERM_CARE_HEADS",
    "LONG_TERM_CARE_RANKS",
    "LONG_TERM_CARE_SCOPE_WORDS",
    "NOISE_TOKENS",
    "NON_HEALTH_CONTEXT",
    "NOT_TYPOS",
    "RECORDS_CONTEXT",
    "RECORDS_HEADS",
    "RECORDS_TASK_TITLES",
    "REGISTRY_HEADS",
    "ROI_OTHER_MEANING_WORDS",
    "ROLE_NOUNS",
    "SETTING_PHRASES",
    "SOFT_DROP_WORDS",
]
