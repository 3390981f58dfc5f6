"""Words that drop a title, or say what a title's words mean, for the relevance filter: other
occupations, management, IT and non-health records settings; care settings that are no occupation;
"ROI" as return on investment; soft drop words and the records words that override them.

Data only, like matcher/_titles.py (which re-exports these lists; the rules that read them live
in matcher/_relevance.py). Entries are lower case, in the normalised form of a title.
"""

from __future__ import annotations

# Words that end the question whatever else the title says: another occupation, management, IT,
# or a non-health records setting. Matched as whole words or phrases in the normalised title.
DROP_WORDS: tuple[str, ...] = (
    # management is not a clerk role (docs/relevance.md "Management"); a long-term care records
    # director is read in matcher/_relevance.py
    "director",
    "manager",
    "supervisor",
    "supervisory",
    "vice president",
    "chief",
    "officer",
    "administrator",
    "educator",
    "instructor",
    # clinical occupations
    "nurse",
    "nursing",
    "medical assistant",
    "scribe",
    "transcriptionist",
    "transcription",
    "physician",
    "pharmacist",
    "therapist",
    # IT and analytics
    "systems",
    "engineer",
    "developer",
    "software",
    "informatics",
    "epic",
    # an analyst of the electronic record builds and supports the system, not the records
    "electronic health records analyst",
    "electronic medical records analyst",
    "exchange",
    # clinical documentation improvement is a nursing role
    "clinical documentation",
    "documentation improvement",
    "documentation integrity",
    # non-health records settings
    "police",
    "court",
    "sheriff",
    "criminal",
    "law enforcement",
    "legal",
    "student",
    "school",
    "vital records",
    "personnel",
    "evidence",
    # records work outside health care named in the title: real estate and title, deeds,
    # genealogy, insurance claims
    "real estate",
    "title company",
    "title insurance",
    "title records",
    "title and escrow",
    "escrow",
    "mortgage",
    "deeds",
    "deed",
    "land records",
    "county recorder",
    "genealogy",
    "genealogical",
    "family history",
    "insurance claims",
    "claims adjuster",
    # front-end and unit clerical roles: FRONT_END_WORDS
    "courier",
    "driver",
)

# Front-end and unit clerical roles: not records work, so a title naming one is dropped, unless
# it is a dual title whose other part is a records role ("Unit Secretary / Medical Records Clerk",
# as "Front Desk / Medical Records Clerk" is kept through SOFT_DROP_WORDS; s12cert).
FRONT_END_WORDS: tuple[str, ...] = (
    "patient access",
    "unit secretary",
    "unit clerk",
    "health unit coordinator",
    "ward clerk",
    "registration",
)

# Care settings named in a title ("Medical Records Clerk - Skilled Nursing Facility"): the place,
# not the occupation, so their "nursing" is no nursing job. Removed before the drop words are read.
SETTING_PHRASES: tuple[str, ...] = (
    "skilled nursing facility",
    "skilled nursing center",
    "skilled nursing",
    "nursing home",
    "nursing facility",
    "nursing center",
    "nursing and rehabilitation center",
    "nursing and rehabilitation",
    "nursing and rehab",
    "nursing care center",
    "nursing care",
)

# "ROI" means release of information, except in a title that also names marketing or finance
# work, where it is return on investment.
ROI_OTHER_MEANING_WORDS: frozenset[str] = frozenset(
    [
        "marketing",
        "advertising",
        "investment",
        "investments",
        "investor",
        "investors",
        "sales",
        "media",
        "campaign",
        "campaigns",
        "pricing",
        "business",
        "finance",
        "digital",
        "growth",
        "ecommerce",
        "brand",
        # not "financial" or "fiscal": hospitals put release of information under patient
        # financial or fiscal services
        "capital",
        "portfolio",
        "profit",
        "profitability",
        "budget",
    ]
)

# Words that drop a title unless it also names records or coding work
# ("Medical Records Clerk/Receptionist" stays; "Medical Receptionist" goes).
SOFT_DROP_WORDS: tuple[str, ...] = (
    "billing",
    "biller",
    "collector",
    "collections",
    "receptionist",
    "front desk",
    "scheduler",
    "claims",
    "secretary",
    "patient registrar",
    "admitting",
)

# A title naming one of these is records or coding work, which overrides SOFT_DROP_WORDS.
CORE_WORDS: tuple[str, ...] = (
    "records",
    "coding",
    "coder",
    "health information",
    "release of information",
)
