"""Realistic synthetic Postings with Requirements for the benchmarks (all text made up here).

>>> ps = list(generate(3, seed=1))
>>> len(ps), len({p.external_id for p in ps}), all(p.requirements for p in ps)
(3, 3, True)
>>> sum(bool(p.requirements.paths) for p in generate(700, seed=1)) in range(70, 131)
True
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from schemas import (
    CertificationRequirement,
    Combination,
    Location,
    Pay,
    Posting,
    QualificationPath,
    Requirements,
)

TITLES = (
    "Medical Records Clerk",
    "Medical Records Specialist",
    "Health Information Technician",
    "HIM Clerk",
    "Release of Information Specialist",
    "Medical Records Technician",
    "Entry-Level Medical Coder",
    "Health Information Clerk II",
    "Records Coordinator - HIM",
    "Coding Specialist I",
    "ROI Associate",
    "Patient Records Assistant",
)
EMPLOYERS = (
    "Lakeside Regional Health",
    "Northwind Family Clinics",
    "Pinecrest Medical Center",
    "Harbor View Hospital",
    "Sunvale Orthopedics",
    "Cedar Ridge Behavioral Health",
    "Meadowbrook Surgical Partners",
    "Riverbend Community Hospital",
    "Summit Records Services",
    "Bluebonnet Pediatrics",
    "Granite State Health Network",
    "Prairie Oaks Rehabilitation",
)
PLACES = (
    ("Tulsa", "OK"),
    ("Austin", "TX"),
    ("Houston", "TX"),
    ("Dallas", "TX"),
    ("Omaha", "NE"),
    ("Kansas City", "MO"),
    ("St. Louis", "MO"),
    ("Denver", "CO"),
    ("Phoenix", "AZ"),
    ("Columbus", "OH"),
    ("Cleveland", "OH"),
    ("Nashville", "TN"),
    ("Atlanta", "GA"),
    ("Orlando", "FL"),
    ("Tampa", "FL"),
    ("Charlotte", "NC"),
    ("Richmond", "VA"),
    ("Pittsburgh", "PA"),
    ("Albany", "NY"),
    ("Buffalo", "NY"),
    ("Sacramento", "CA"),
    ("Fresno", "CA"),
    ("Portland", "OR"),
    ("Spokane", "WA"),
    ("Boise", "ID"),
    ("Madison", "WI"),
    ("Des Moines", "IA"),
    ("Louisville", "KY"),
    ("Jackson", "MS"),
    ("Little Rock", "AR"),
    ("Albuquerque", "NM"),
    ("Salt Lake City", "UT"),
    ("Reno", "NV"),
    ("Billings", "MT"),
    ("Anchorage", "AK"),
    ("Honolulu", "HI"),
    ("Providence", "RI"),
    ("Hartford", "CT"),
    ("Burlington", "VT"),
    ("Portland", "ME"),
)
SOURCES = (
    "greenhouse:lakeside",
    "lever:northwind",
    "workday:pinecrest",
    "usajobs",
    "smartrecruiters:harborview",
    "ashby:summit",
    "jsonld:riverbend",
)
DUTIES = (
    "Scan, index and quality-check paper records into the electronic health record.",
    "Process release of information requests from patients, attorneys and insurers.",
    "Track chart deficiencies and remind providers of unsigned documentation.",
    "Assign ICD-10-CM and CPT codes to outpatient encounters.",
    "Merge duplicate medical record numbers and correct misfiled documents.",
    "Answer phone and portal requests for records with courtesy and accuracy.",
    "Retrieve and refile charts for audits, surveys and continuity of care.",
    "Abstract discharge data for registries and quality reporting.",
    "Prepare records for storage, retention and secure destruction.",
    "Verify patient identity before every disclosure, following HIPAA.",
)
PERKS = (
    "We offer medical, dental and vision coverage from day one.",
    "Tuition assistance is available after ninety days.",
    "Our team works in a quiet office next to the main campus.",
    "Free parking and an on-site cafeteria.",
    "Paid time off starts accruing on your first shift.",
)
EDU_TEXT = {
    None: "",
    "high_school": "High school diploma or GED required.",
    "certificate": "A certificate in health information or medical coding is required.",
    "associate": "Associate degree in health information technology required.",
    "bachelor": "Bachelor's degree in health information management required.",
}
CERT_GROUPS = (
    (("RHIT", "RHIA"), "RHIT or RHIA"),
    (("CPC", "CCA"), "CPC or CCA"),
    (("CCS",), "CCS"),
    (("RHIT",), "RHIT"),
    (("CBCS", "CPC", "CCA"), "CBCS, CPC or CCA"),
)
BASE = datetime(2026, 11, 1, 8, 0)
#: Share of postings stating alternative qualification paths by default: federal announcements
#: all do (docs/design.md, "Qualification paths"), and USAJOBS is one source in seven here.
PATH_SHARE = 1 / len(SOURCES)


def _path(label: str, **fields: object) -> QualificationPath:
    return QualificationPath.model_validate({"label": label, **fields})


#: Route sets (with the sentence stating them) a path posting gets, federal ones most often.
ROUTE_SETS: tuple[tuple[int, list[QualificationPath], str], ...] = (
    (
        5,
        [
            _path("experience", experience_years=1, experience_kind="records"),
            _path("education", education="associate", education_field="health_information"),
            _path(
                "combination",
                combination=Combination(
                    experience_years=1, schooling_years=2, experience_kind="records"
                ),
            ),
        ],
        "You must meet ONE of the following: one year of creditable records experience; OR an "
        "associate degree in health information technology; OR an equivalent combination.",
    ),
    (
        3,
        [
            _path("experience", experience_years=1, experience_kind="healthcare"),
            _path("education", education="bachelor"),
            _path(
                "combination",
                combination=Combination(experience_years=1, schooling_years=4, hours_above_60=True),
            ),
        ],
        "Qualify with one year of specialized experience, OR a four-year course of study above "
        "high school, OR a combination of both.",
    ),
    (
        2,
        [
            _path("education", education="associate", education_field="health_information"),
            _path("experience", experience_years=2, experience_kind="records"),
        ],
        "Associate degree in HIT or two years of medical records experience.",
    ),
    (
        1,
        [
            _path(
                "certification",
                certifications=[CertificationRequirement(any_of=["RHIT"], level="required")],
            ),
            _path("experience", experience_years=2, experience_kind="coding"),
        ],
        "RHIT credential, or two years of coding experience.",
    ),
)


def _requirements(r: random.Random, path_share: float) -> tuple[Requirements, list[str]]:
    lines: list[str] = []
    paths: list[QualificationPath] = []
    if r.random() < path_share:
        # the flat fields say what every route shares: here nothing of schooling or experience
        _, paths, sentence = r.choices(ROUTE_SETS, [w for w, _, _ in ROUTE_SETS])[0]
        lines.append(sentence)
        edu, years = None, None
    else:
        edu = r.choices(
            (None, "high_school", "certificate", "associate", "bachelor"), (3, 10, 2, 3, 1)
        )[0]
        if edu:
            lines.append(EDU_TEXT[edu])
        years = r.choices((None, 0.0, 0.5, 1.0, 2.0, 3.0, 5.0), (3, 4, 2, 4, 3, 2, 1))[0]
        if years is not None:
            lines.append(
                "No experience needed; we train."
                if years == 0
                else f"At least {years:g} years of medical records experience."
            )
    certs = []
    if not paths and r.random() < 0.4:
        codes, text = r.choice(CERT_GROUPS)
        within = r.choice((None, None, None, 6, 12))
        certs.append(
            CertificationRequirement(any_of=list(codes), level="required", within_months=within)
        )
        lines.append(f"{text} required" + (f" within {within} months of hire." if within else "."))
    if r.random() < 0.3:
        codes, text = r.choice(CERT_GROUPS)
        certs.append(CertificationRequirement(any_of=list(codes), level="preferred"))
        lines.append(f"{text} preferred.")
    workplace = r.choices((None, "on_site", "hybrid", "remote"), (3, 8, 2, 2))[0]
    shifts = r.sample(("day", "evening", "night", "weekend", "rotating"), r.choice((0, 1, 1, 2)))
    employment = r.sample(
        ("full_time", "part_time", "per_diem", "temporary", "contract"), r.choice((0, 1, 1, 1, 2))
    )
    pay = None
    if r.random() < 0.6:
        if r.random() < 0.7:
            lo = round(r.uniform(14, 24), 2)
            pay = Pay(min=lo, max=round(lo + r.uniform(0, 6), 2), period="hour")
            lines.append(f"Pay: ${pay.min:.2f} - ${pay.max:.2f} per hour.")
        else:
            lo = r.randrange(30000, 52000, 500)
            pay = Pay(min=lo, max=lo + r.randrange(0, 12000, 500), period="year")
            lines.append(f"Salary range ${pay.min:,.0f} to ${pay.max:,.0f} a year.")
    skills = r.sample(("icd10", "cpt", "hipaa", "medical_terminology", "epic", "typing"), 2)
    req = Requirements(
        education_required=edu,
        education_substitutable=bool(paths),
        experience_years_required=years,
        certifications=certs,
        paths=paths,
        employment_types=employment,
        workplace=workplace,
        shifts=shifts,
        pay=pay,
        skills=skills,
    )
    return req, lines


def generate(
    n: int, *, seed: int = 0, start: int = 0, path_share: float = PATH_SHARE
) -> Iterator[Posting]:
    """``n`` postings with external ids ``start``..``start+n-1``, the same for the same seed;
    about ``path_share`` of them state alternative qualification paths (ROUTE_SETS)."""
    r = random.Random(seed)
    for i in range(start, start + n):
        req, lines = _requirements(r, path_share)
        source = SOURCES[i % len(SOURCES)]
        employer = r.choice(EMPLOYERS)
        title = r.choice(TITLES)
        places = r.sample(PLACES, r.choices((1, 2, 3), (8, 2, 1))[0])
        duties = r.sample(DUTIES, 4)
        description = " ".join(
            [f"{employer} is hiring a {title}."] + duties + lines + [r.choice(PERKS)]
        )
        yield Posting(
            source=source,
            external_id=f"{i:08d}",
            url=f"https://careers.example.test/{source.replace(':', '/')}/{i}",
            apply_url=f"https://careers.example.test/apply/{i}",
            title=title,
            employer=employer,
            description=description,
            locations=[Location(city=c, state=s) for c, s in places],
            remote=True if req.workplace == "remote" else None,
            posted_at=BASE - timedelta(minutes=r.randrange(0, 90 * 24 * 60)),
            raw={"id": i, "department": "Health Information Management", "board": source},
            requirements=req,
        )
