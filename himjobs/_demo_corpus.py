"""Building blocks of the demo's postings, all written by us: employers, places, and the ways a
posting states each requirement. `_demo_data` combines them into each source's wire format.

Every phrasing carries the value it states, so the generated fixtures know their own truth.
"""

from __future__ import annotations

from typing import Any, Final

# (title, relevant) — most are records roles; some are the roles a records search also finds.
RECORDS_TITLES: Final[tuple[str, ...]] = (
    "Medical Records Clerk",
    "Medical Records Specialist",
    "Medical Records Technician",
    "Health Information Technician",
    "HIM Clerk",
    "Health Information Management Specialist I",
    "Release of Information Specialist",
    "ROI Specialist - Remote",
    "Scanning and Indexing Clerk",
    "Medical Records Coordinator",
    "Health Information Clerk",
    "Coding Associate",
    "Medical Records Clerk - PRN",
    "Records Technician, Health Information",
    "Health Information Specialist",
    "Medical Records Assistant",
    "HIM Technician II",
    "Document Imaging Specialist - Health Information",
)
OTHER_TITLES: Final[tuple[str, ...]] = (
    "Registered Nurse - Medical Surgical",
    "Medical Assistant",
    "Court Records Clerk",
    "Police Records Specialist",
    "Software Engineer, Clinical Data Platform",
    "Patient Care Technician",
    "Pharmacy Technician",
    "Student Records Specialist",
)

EMPLOYERS: Final[tuple[tuple[str, str], ...]] = (
    ("Bluebonnet Regional Medical Center", "hospital"),
    ("Gulf Coast Family Clinics", "clinic"),
    ("Pecan Valley Health System", "hospital"),
    ("Lone Star Orthopedic Associates", "practice"),
    ("Prairie View Senior Living", "nursing_home"),
    ("RecordBridge Health Information Services", "vendor"),
    ("Cedar Ridge Children's Hospital", "hospital"),
    ("Mesa Verde Community Health", "clinic"),
    ("Northwind Staffing Partners", "staffing"),
    ("Harbor Point Medical Group", "practice"),
    ("Great Lakes University Health", "hospital"),
    ("Sierra Foothills Rehabilitation", "nursing_home"),
)

# city, state — Texas weighs heavily because the demo profile lives there.
PLACES: Final[tuple[tuple[str, str], ...]] = (
    ("Austin", "TX"),
    ("Houston", "TX"),
    ("San Antonio", "TX"),
    ("Dallas", "TX"),
    ("El Paso", "TX"),
    ("Lubbock", "TX"),
    ("Corpus Christi", "TX"),
    ("Waco", "TX"),
    ("Tulsa", "OK"),
    ("Shreveport", "LA"),
    ("Albuquerque", "NM"),
    ("Phoenix", "AZ"),
    ("Denver", "CO"),
    ("Columbus", "OH"),
    ("Raleigh", "NC"),
    ("Sacramento", "CA"),
    ("Orlando", "FL"),
    ("Pittsburgh", "PA"),
    ("Boise", "ID"),
    ("Louisville", "KY"),
)

# Each option: (phrasing variants, truth). Truth keys follow schemas.Requirements.
EDUCATION: Final[tuple[tuple[tuple[str, ...], dict[str, Any]], ...]] = (
    (
        (
            "High school diploma or GED required.",
            "Must have a high school diploma or equivalent.",
            "Education: H.S. diploma/GED.",
        ),
        {"education_required": "high_school"},
    ),
    (
        (
            "High school diploma or GED required; completion of a medical records or coding "
            "certificate program preferred.",
            "A high school diploma is required. A certificate in medical billing and coding is "
            "a plus.",
        ),
        {"education_required": "high_school", "education_preferred": "certificate"},
    ),
    (
        (
            "Associate degree in Health Information Technology or a medical coding certificate "
            "required.",
            "Requires a certificate in health information or an associate degree in a related "
            "field.",
        ),
        {"education_required": "certificate"},
    ),
    (
        (
            "Associate degree in Health Information Technology (HIT) required.",
            "Must hold an associate's degree in health information management or technology.",
        ),
        {"education_required": "associate"},
    ),
    (
        (
            "High school diploma required; associate degree in HIT preferred.",
            "Minimum education is a high school diploma or GED. An associate degree in health "
            "information is preferred.",
        ),
        {"education_required": "high_school", "education_preferred": "associate"},
    ),
    (
        (
            "Associate degree or equivalent combination of education and experience.",
            "Associate degree required, or an equivalent combination of education and experience.",
        ),
        {"education_required": "associate", "education_substitutable": True},
    ),
    ((), {}),
)

EXPERIENCE: Final[tuple[tuple[tuple[str, ...], dict[str, Any]], ...]] = (
    (
        (
            "No experience required - we will train the right person.",
            "Entry level position; training provided.",
            "New graduates welcome, no prior experience necessary.",
        ),
        {"experience_years_required": 0.0},
    ),
    (
        (
            "At least six months of experience in a medical office or clinic.",
            "Minimum of 6 months of experience in a healthcare setting required.",
        ),
        {"experience_years_required": 0.5},
    ),
    (
        (
            "One (1) year of experience in medical records or a physician office required.",
            "1+ years of experience in a healthcare environment.",
            "Requires a minimum of one year of medical records experience.",
        ),
        {"experience_years_required": 1.0},
    ),
    (
        (
            "2-3 years of experience in health information management required.",
            "Two years of experience with release of information or HIM processes required.",
        ),
        {"experience_years_required": 2.0},
    ),
    (
        (
            "One year of experience in a hospital HIM department preferred.",
            "Prior medical records experience (1 year) is preferred but not required.",
        ),
        {"experience_years_preferred": 1.0},
    ),
    ((), {}),
)

CERTIFICATIONS: Final[tuple[tuple[tuple[str, ...], list[dict[str, Any]]], ...]] = (
    ((), []),
    ((), []),
    (
        (
            "RHIT or RHIA certification required.",
            "Current RHIT or RHIA credential from AHIMA is required.",
        ),
        [{"any_of": ["RHIT", "RHIA"], "level": "required"}],
    ),
    (
        ("RHIT preferred.", "Registered Health Information Technician (RHIT) preferred."),
        [{"any_of": ["RHIT"], "level": "preferred"}],
    ),
    (
        (
            "CCA certification required or must be obtained within 12 months of hire.",
            "Must obtain the Certified Coding Associate (CCA) credential within one year of hire.",
        ),
        [{"any_of": ["CCA"], "level": "required", "within_months": 12}],
    ),
    (
        (
            "CBCS or CPC certification preferred.",
            "A billing and coding credential (CBCS or CPC) is preferred.",
        ),
        [{"any_of": ["CBCS", "CPC"], "level": "preferred"}],
    ),
    (
        (
            "RHIT eligible candidates are encouraged to apply.",
            "Graduates eligible to sit for the RHIT exam are welcome.",
        ),
        [],
    ),
    (
        ("AHIMA certification preferred.",),
        [{"any_of": ["RHIT", "RHIA", "CCA", "CCS"], "level": "preferred"}],
    ),
    (
        ("CCA or CPC certification required.",),
        [{"any_of": ["CCA", "CPC"], "level": "required"}],
    ),
)

SHIFTS: Final[tuple[tuple[tuple[str, ...], list[str]], ...]] = (
    (("Day shift, 8:00 AM - 4:30 PM.", "Hours: 8am-5pm, Monday through Friday."), ["day"]),
    (("Evening shift, 3:00 PM - 11:30 PM.", "Second shift (3p-11p)."), ["evening"]),
    (("Night shift, 7p-7a.", "Overnight hours 7:00 PM to 7:00 AM."), ["night"]),
    (("Day shift with every other weekend.",), ["day", "weekend"]),
    (("Rotating shifts, including holidays.",), ["rotating"]),
    (("Monday to Friday schedule.",), []),
    ((), []),
)

EMPLOYMENT: Final[tuple[tuple[tuple[str, ...], list[str]], ...]] = (
    (("Full-time, 40 hours per week.", "This is a full time position."), ["full_time"]),
    (("Part-time, 20 hours per week.",), ["part_time"]),
    (("PRN / as needed.", "Per diem position."), ["per_diem"]),
    (("Temp-to-hire assignment.",), ["temporary"]),
    (("Contract position, 6 months.",), ["contract"]),
)

WORKPLACE: Final[tuple[tuple[tuple[str, ...], str | None], ...]] = (
    (("This position is on-site.", "Work is performed on site at our main campus."), "on_site"),
    (
        (
            "This is a fully remote, work from home position; a secure high-speed internet "
            "connection is required.",
            "Remote role open to residents of Texas, Oklahoma and Louisiana.",
        ),
        "remote",
    ),
    (("Hybrid: two days in the office, three days from home.",), "hybrid"),
    ((), None),
)

# pay: (template, truth) — templates are formatted with lo/hi.
PAY: Final[tuple[tuple[str, str | None], ...]] = (
    ("Pay: ${lo:.2f} - ${hi:.2f} per hour.", "hour_range"),
    ("Compensation: ${lo_y:,} - ${hi_y:,} annually.", "year_range"),
    ("Starting pay ${lo:.2f}/hr.", "hour_single"),
    ("Pay up to ${hi:.2f} an hour, depending on experience.", "hour_upto"),
    (
        "Pay is competitive and based on experience (DOE). Shift differential of $2.00/hour for "
        "nights.",
        None,
    ),
    ("", None),
)

SKILL_SENTENCES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("Knowledge of medical terminology and HIPAA regulations.", ("medical_terminology", "hipaa")),
    ("Familiarity with ICD-10 and CPT coding.", ("icd10", "cpt")),
    ("Experience with Epic is a plus.", ("epic",)),
    ("Cerner or Meditech experience preferred.", ("cerner", "meditech")),
    ("Typing speed of at least 40 words per minute.", ("typing",)),
    (
        "Accurate scanning and indexing of documents into the electronic health record.",
        ("scanning_indexing",),
    ),
    (
        "Process release of information requests according to state and federal law.",
        ("release_of_information",),
    ),
)

DUTIES: Final[tuple[str, ...]] = (
    "Retrieve, file and maintain patient charts in a timely and confidential manner.",
    "Prepare records for scanning, then verify image quality and patient identifiers.",
    "Answer requests from patients, attorneys and insurers for copies of records.",
    "Track incomplete charts and notify providers of missing signatures.",
    "Merge duplicate medical record numbers and correct misfiled documents.",
    "Assist the coding team by abstracting data and assembling discharged records.",
    "Greet visitors to the HIM department and route phone calls.",
    "Audit records for completeness against documentation standards.",
)

BENEFITS: Final[tuple[str, ...]] = (
    "We offer medical, dental and vision coverage, paid time off and a 403(b) with match.",
    "Benefits include tuition assistance toward your RHIT or CCA credential.",
    "Sign-on bonus of $1,000 for eligible new hires.",
    "Enjoy free parking, an employee wellness program and career ladders.",
)

OTHER_ROLE_TEXT: Final[dict[str, str]] = {
    "Registered Nurse - Medical Surgical": (
        "Provide direct patient care on a 32-bed medical surgical unit. Current RN license and "
        "BLS certification required. Two years of acute care nursing experience preferred."
    ),
    "Medical Assistant": (
        "Room patients, take vital signs and assist providers with procedures. CCMA or CMA "
        "certification required. Completion of a medical assistant program required."
    ),
    "Court Records Clerk": (
        "Maintain court case files, docket filings and respond to public records requests for "
        "the county clerk's office. High school diploma required."
    ),
    "Police Records Specialist": (
        "Process incident reports and warrant records for the police department. Must pass a "
        "background check. One year of clerical experience required."
    ),
    "Software Engineer, Clinical Data Platform": (
        "Design and build services for our clinical data platform in Python and Go. Bachelor's "
        "degree in computer science and 3+ years of experience required."
    ),
    "Patient Care Technician": (
        "Assist nurses with patient care, vital signs and mobility. CNA certification required. "
        "Rotating shifts."
    ),
    "Pharmacy Technician": (
        "Fill prescriptions and manage inventory in an outpatient pharmacy. State pharmacy "
        "technician registration required."
    ),
    "Student Records Specialist": (
        "Maintain transcripts and enrollment records for the registrar's office of a community "
        "college. Associate degree preferred."
    ),
}
