"""Words that drop a title, or say what a title's words mean, for the relevance filter: other
occupations, management, IT and non-health records settings; care settings that are no occupation;
"ROI" as return on investment; soft drop words and the records words that override them.

Data only, like matcher/_titles.py (which re-exports these lists; the rules that read them live
in matcher/_relevance.py). Entries are lower case, in the normalised form of a title.
"""

from __future__ import annotations

# Records of the staff, not of patients (session 13): HR files, payroll, physicians' credentials
# ("Employee Records Coordinator", "Medical Staff Records Clerk" at a hospital); "HR" is read as
# human resources unless a number comes first ("12 hr nights"). Drop words (DROP_WORDS), and also
# office work a records clerk may share a dual title with (DUAL_PARTNER_WORDS).
STAFF_RECORDS_WORDS: tuple[str, ...] = (
    "human resources",
    "employee records",
    "employee file",
    "employee files",
    "employment records",
    "payroll",
    "medical staff",
    "credentialing",
    # quality-system documents (procedures, drawings), not patient records; read before the
    # ambiguous "document specialist"
    "document control",
)

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
    *STAFF_RECORDS_WORDS,
    # a legal occupation or setting named in the title (session 13): a paralegal gathers records
    # for a law firm's cases ("Medical Records Retrieval Paralegal"). Not "litigation": a hospital's
    # release-of-information staff answer subpoenas too.
    "paralegal",
    "attorney",
    "lawyer",
    "law firm",
    "law office",
    "law clerk",
    # animal patients (session 13): DOMAIN.md's field is human health care (ICD-10, HIPAA, RHIT)
    "veterinary",
    "veterinarian",
    "animal",
    "equine",
    "vet clinic",
    "vet hospital",
    "document control",
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

# Drop words a records role can share a dual title with (session 13): clinical support roles that
# need no licence a records clerk lacks ("Medical Transcriptionist / Medical Records Clerk",
# "Medical Assistant / Medical Records Clerk") and the staff's records ("Credentialing / Medical
# Records Coordinator"). Such a title is kept as its records part, as FRONT_END_WORDS are.
# Licensed roles (nurse, LPN, physician, therapist, pharmacist) and non-health settings stay
# dropped with any partner.
DUAL_PARTNER_WORDS: frozenset[str] = frozenset(
    ["medical assistant", "transcriptionist", "transcription", "scribe", *STAFF_RECORDS_WORDS]
)

# Billing tasks (session 13): a title naming one is billing work even when it names the records
# department it sits in ("Charge Capture Specialist - HIM"); only coding work beside it
# (CODING_WORDS) or a dual title's records part ("Charge Entry / Medical Records Clerk") keeps it.
BILLING_TASK_WORDS: tuple[str, ...] = (
    "charge capture",
    "charge entry",
    "charge poster",
    "charge posting",
    "charge review",
    "charge reconciliation",
    "chargemaster",
    "charge master",
    "charge description master",
    "payment poster",
    "payment posting",
    "cash poster",
    "cash posting",
)
CODING_WORDS: tuple[str, ...] = ("coding", "coder")

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
        # session 13: "ROI Consultant - Value Engineering", "Savings & ROI Analyst"
        "value",
        "savings",
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
