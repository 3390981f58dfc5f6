"""The controlled vocabularies every himjobs package speaks (docs/design.md "Public API").

Values here are part of the public contract: other tools store and compare them.
"""

from __future__ import annotations

from typing import Final, Literal

# The records the credential and skill rules are built from: matcher reads them through these
# names (a package's _private modules stay inside it).
from schemas._rule import Credential as Credential
from schemas._rule import Rule as Rule
from schemas._rules_credentials import CREDENTIALS as CREDENTIALS
from schemas._rules_skills import SKILL_RULES as SKILL_RULES

# --- education -------------------------------------------------------------------------------

EducationLevel = Literal["high_school", "certificate", "associate", "bachelor", "master"]
ProfileEducation = Literal["none", "high_school", "certificate", "associate", "bachelor", "master"]

#: The ladder, lowest first. A rank is the index; "none" (a candidate without a diploma) is 0.
EDUCATION_LADDER: Final[tuple[str, ...]] = (
    "none",
    "high_school",
    "certificate",
    "associate",
    "bachelor",
    "master",
)
EDUCATION_RANK: Final[dict[str, int]] = {level: i for i, level in enumerate(EDUCATION_LADDER)}

EDUCATION_LABELS: Final[dict[str, str]] = {
    "none": "no diploma",
    "high_school": "high school diploma or GED",
    "certificate": "post-secondary certificate",
    "associate": "associate degree",
    "bachelor": "bachelor's degree",
    "master": "master's degree",
}

#: Years of full-time schooling above high school each level stands for (docs/design.md,
#: "Qualification paths", combinations): a certificate ~1 year (30 semester hours), an associate
#: degree 2 (60), a bachelor's 4 (120). A master's is counted as 6.
SCHOOLING_YEARS: Final[dict[str, float]] = {
    "none": 0.0,
    "high_school": 0.0,
    "certificate": 1.0,
    "associate": 2.0,
    "bachelor": 4.0,
    "master": 6.0,
}
#: Semester hours per year of full-time schooling (federal combinations count hours: 60 = 2 years).
SEMESTER_HOURS_PER_YEAR: Final = 30.0

#: The subject a path's education must be in, where the posting names one. "health_information"
#: is HIT / HIM / medical records; "coding" a medical coding programme (an HIT / HIM degree
#: covers coding too, see STUDY_FIELD_COVERS).
StudyField = Literal["health_information", "coding", "healthcare"]
STUDY_FIELDS: Final[tuple[str, ...]] = ("health_information", "coding", "healthcare")
STUDY_FIELD_LABELS: Final[dict[str, str]] = {
    "health_information": "health information technology / management",
    "coding": "medical coding",
    "healthcare": "a health-related field",
}
#: A field of study -> the required fields it satisfies (an HIT degree includes coding courses
#: and is health-related; a coding programme is health-related).
STUDY_FIELD_COVERS: Final[dict[str, frozenset[str]]] = {
    "health_information": frozenset({"health_information", "coding", "healthcare"}),
    "coding": frozenset({"coding", "healthcare"}),
    "healthcare": frozenset({"healthcare"}),
}
#: Words of a profile's free-text field_of_study, lowest-case, that name each field (the first
#: field whose words match wins).
STUDY_FIELD_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        "health_information",
        (
            "health information",
            "health info",
            "medical record",
            "medical records",
            "hit",
            "him",
            "rhit",
            "rhia",
            "himt",
            "health records",
            "health informatics",
        ),
    ),
    ("coding", ("coding", "coder", "billing and coding", "billing & coding")),
    (
        "healthcare",
        (
            "health",
            "healthcare",
            "medical",
            "nursing",
            "clinical",
            "allied",
            "pharmacy",
            "anatomy",
        ),
    ),
)

# --- experience kinds ------------------------------------------------------------------------

#: What experience a requirement asks for, narrowest first; each kind lies inside the next
#: (docs/design.md "Experience kind"): coding < records (HIM, release of information, registry,
#: scanning) < healthcare (medical office, patient access, clinical) < any.
ExperienceKind = Literal["coding", "records", "healthcare", "any"]
EXPERIENCE_KINDS: Final[tuple[str, ...]] = ("coding", "records", "healthcare", "any")
EXPERIENCE_KIND_RANK: Final[dict[str, int]] = {k: i for i, k in enumerate(EXPERIENCE_KINDS)}
EXPERIENCE_KIND_LABELS: Final[dict[str, str]] = {
    "coding": "coding",
    "records": "medical records",
    "healthcare": "healthcare",
    "any": "work",
}

# --- certifications --------------------------------------------------------------------------

#: code -> (full name, issuing body), from the records of schemas._rules_credentials (one per
#: credential: add one there). Codes are upper-case and part of the contract.
CERTIFICATIONS: Final[dict[str, tuple[str, str]]] = {c.code: (c.name, c.body) for c in CREDENTIALS}
CERTIFICATION_CODES: Final[frozenset[str]] = frozenset(CERTIFICATIONS)

#: A generic "AHIMA certification" / "AAPC certification" with no code means any of these.
GENERIC_CERTIFICATIONS: Final[dict[str, tuple[str, ...]]] = {
    "AHIMA": ("RHIT", "RHIA", "CCA", "CCS"),
    "AAPC": ("CPC", "COC", "CPC-A"),
}

#: Which held credential also satisfies a requirement for another one. Only where the issuing
#: body's own ladder makes it so:
#: - RHIA -> RHIT: both are AHIMA's registered HIM credentials; RHIA is the bachelor-level one and
#:   its exam covers the RHIT domains, so an employer asking for RHIT accepts an RHIA.
#: - CCS -> CCA: AHIMA positions CCA as the entry step below CCS (same coding domains, lower bar).
#: - CPC -> CPC-A: an apprentice becomes a CPC by removing the "-A"; the full credential is the
#:   same exam plus experience.
#: Nothing else is assumed: a CPC does not meet "CCS required", and an RHIT does not meet RHIA.
CERTIFICATION_SATISFIES: Final[dict[str, frozenset[str]]] = {
    "RHIA": frozenset({"RHIT"}),
    "CCS": frozenset({"CCA"}),
    "CPC": frozenset({"CPC-A"}),
}


def credentials_covered(held: set[str] | frozenset[str]) -> frozenset[str]:
    """Codes a candidate holding ``held`` satisfies, through CERTIFICATION_SATISFIES.

    >>> sorted(credentials_covered({"RHIA", "CBCS"}))
    ['CBCS', 'RHIA', 'RHIT']
    """
    covered = set(held)
    for code in held:
        covered |= CERTIFICATION_SATISFIES.get(code, frozenset())
    return frozenset(covered)


#: What a candidate must have before sitting for a credential (docs/domain.md): the education level,
#: the field it must be in (None: any), and the credential's own name for advice. Credentials not
#: listed have no education prerequisite beyond what postings ask.
CERTIFICATION_PREREQUISITES: Final[dict[str, tuple[str, str | None]]] = {
    # an associate degree from a CAHIIM-accredited HIT / HIM programme
    "RHIT": ("associate", "health_information"),
    # a bachelor's degree from a CAHIIM-accredited HIM programme
    "RHIA": ("bachelor", "health_information"),
}


# --- employment, workplace, shifts, pay ------------------------------------------------------

EmploymentType = Literal[
    "full_time", "part_time", "per_diem", "temporary", "contract", "internship"
]
EMPLOYMENT_TYPES: Final[tuple[str, ...]] = (
    "full_time",
    "part_time",
    "per_diem",
    "temporary",
    "contract",
    "internship",
)

Workplace = Literal["on_site", "hybrid", "remote"]
WORKPLACES: Final[tuple[str, ...]] = ("on_site", "hybrid", "remote")

Shift = Literal["day", "evening", "night", "weekend", "rotating"]
SHIFTS: Final[tuple[str, ...]] = ("day", "evening", "night", "weekend", "rotating")

PayPeriod = Literal["hour", "week", "month", "year"]
PAY_PERIODS: Final[tuple[str, ...]] = ("hour", "week", "month", "year")

#: Hours per pay period, to compare pay as hourly (a full-time year is 2,080 hours).
HOURS_PER_PERIOD: Final[dict[str, float]] = {
    "hour": 1.0,
    "week": 40.0,
    "month": 2080.0 / 12.0,
    "year": 2080.0,
}

RequirementLevel = Literal["required", "preferred"]
VerdictStatus = Literal["met", "not_met", "unknown"]
ValueSource = Literal["structured", "text"]

# --- skills ----------------------------------------------------------------------------------

#: Normalised skill ids -> a label for people, from the records of schemas._rules_skills (one per
#: skill, with its patterns: add one there).
SKILLS: Final[dict[str, str]] = {r.id: r.label for r in SKILL_RULES}
SKILL_IDS: Final[frozenset[str]] = frozenset(SKILLS)

# --- places ----------------------------------------------------------------------------------

US_STATES: Final[dict[str, str]] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "DC": "District of Columbia",
    "PR": "Puerto Rico",
    "GU": "Guam",
    "VI": "U.S. Virgin Islands",
    "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}
STATE_BY_NAME: Final[dict[str, str]] = {name.lower(): code for code, name in US_STATES.items()}


def state_code(value: str) -> str | None:
    """Two-letter code for a US state given as code or full name, else None.

    >>> state_code("tx"), state_code("New York"), state_code("Texass")
    ('TX', 'NY', None)
    """
    v = value.strip()
    if v.upper() in US_STATES:
        return v.upper()
    return STATE_BY_NAME.get(v.lower())
