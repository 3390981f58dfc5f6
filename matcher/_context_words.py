"""Setting words for the relevance filter: what places a posting in health care, outside it, in
clinical imaging, or in records work, read in its title and its text.

Data only, like matcher/_titles.py (which re-exports these lists; the rules that read them live
in matcher/_relevance.py). The title lists say what a title names; these say where the job is,
which decides the titles that are records roles only in some settings (AMBIGUOUS_TITLES,
RECORDS_TASK_TITLES). Entries are lower case, in the normalised form of a title.
"""

from __future__ import annotations

# Words in a title or posting text that place the job in a health setting.
HEALTH_CONTEXT: tuple[str, ...] = (
    "medical",
    "health",
    "hospital",
    "clinic",
    # "clinical records", "clinical documentation"; not in CONTEXT_NOT_HEALTH's phrases
    "clinical",
    "patient",
    "nursing home",
    "nursing and rehab",
    "healthcare",
    "health care",
    "hipaa",
    "ehr",
    "emr",
    "epic",
    "cerner",
    "meditech",
    "physician",
    "surgery",
    "surgical",
    "dental",
    "dermatology",
    "pediatric",
    "oncology",
    "cancer",
    "charts",
    "him",
    "release of information",
    "rehabilitation",
    "behavioral",
    "home care",
    "va",
    "veterans",
    "radiology",
    "imaging center",
    # a setting named by its kind of care, and the code sets only health care uses (session 13:
    # "HCC Coder" at a "primary care network")
    "primary care",
    "urgent care",
    "hospice",
    "dialysis",
    "ambulatory",
    "orthopedic",
    "orthopaedic",
    "cardiology",
    "icd",
    "hcpcs",
    "drg",
)

# Words that place an ambiguous title outside health care.
NON_HEALTH_CONTEXT: tuple[str, ...] = (
    "police",
    "sheriff",
    "court",
    "law firm",
    "law office",
    "attorney",
    "legal",
    "school",
    "student",
    "university",
    "college",
    "motor vehicles",
    "dmv",
    "corrections",
    "inmate",
    "city government",
    "county clerk",
    "insurance company",
    "insurance broker",
    "bank",
    "warehouse",
    "manufacturing",
    "construction",
    "accounting",
    "bootcamp",
    "game studio",
    "software",
    "museum",
    "library",
    "archives",
    "real estate",
    "title company",
    "title insurance",
    "escrow",
    "mortgage",
    "deeds",
    "genealogy",
    "genealogical",
    "insurance claims",
    "marketing",
    "advertising",
    "investment",
    "investors",
    # coding there is sorting survey answers into codes, not diagnoses
    "market research",
    "survey research",
    "opinion research",
    "polling",
    # trial data and study records for sponsors, not patient records
    "clinical trial",
    "clinical research",
    "clinical study",
    "clinical studies",
    # animal patients (session 13): DOMAIN.md's field is human health care
    "veterinary",
    "veterinarian",
    "animal",
)

# Phrases holding a HEALTH_CONTEXT word that do not place a job in health care; each holds exactly
# one such word, which is not counted ("non-clinical" duties of a law firm's file clerk).
CONTEXT_NOT_HEALTH: tuple[str, ...] = (
    "non clinical",
    "non-clinical",
    "clinical trial",
    "clinical research",
    "clinical study",
    "clinical studies",
    # an animal hospital or clinic (its animal or veterinary word counts as non-health)
    "animal hospital",
    "animal clinic",
    "veterinary hospital",
    "veterinary clinic",
    "veterinary medical",
    "pet hospital",
    "vet clinic",
    "vet hospital",
)

# Long-term care settings, where the records director is the building's records clerk
# (docs/relevance.md "Management"), and the acute settings whose records director runs a department.
LONG_TERM_CARE_CONTEXT: tuple[str, ...] = (
    "skilled nursing",
    "nursing home",
    "nursing facility",
    "nursing center",
    "nursing and rehabilitation",
    "nursing and rehab",
    "nursing & rehabilitation",
    "nursing & rehab",
    "long term care",
    "long-term care",
    "ltc",
    "snf",
    "assisted living",
)
ACUTE_CARE_CONTEXT: tuple[str, ...] = (
    "hospital",
    "medical center",
    "health system",
)

# Clinical imaging: a scanning or imaging title in this setting is a clinical role, not records.
CLINICAL_IMAGING_CONTEXT: tuple[str, ...] = (
    "radiology",
    "radiologic",
    "x ray",
    "x-ray",
    "xray",
    "ct scan",
    "ct scans",
    "ct technologist",
    "computed tomography",
    "cat scan",
    "mri",
    "ultrasound",
    "sonography",
    "sonographer",
    "mammography",
    "nuclear medicine",
    "echocardiography",
    "diagnostic imaging",
    "medical imaging",
    "imaging center",
)

# In a title "CT" is the scanner; in a posting text it is as often Connecticut.
CLINICAL_IMAGING_TITLE_WORDS: tuple[str, ...] = ("ct", "pet", "cat")

# Words that place a scanning or imaging title in records work whatever else the text says.
RECORDS_CONTEXT: tuple[str, ...] = (
    "records",
    "record",
    "him",
    "health information",
    "release of information",
    "document",
    "documents",
    "chart",
    "charts",
    "paper",
)
