"""Write the demo's recorded source responses: postings composed from `_demo_corpus`, rendered
in each source's documented wire format (docs/sources.md), plus a routes manifest for the
replay server. Deterministic: the same seed writes the same files.

    python -m himjobs._demo_data himjobs/demo_data   # regenerate the bundled set
"""

from __future__ import annotations

import html
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from himjobs import _demo_corpus as C

PER_SOURCE = 200
SEED = 20261126
NOW = datetime(2026, 11, 20, 9, 0, 0)
US_STATE_NAMES = {
    "TX": "Texas",
    "OK": "Oklahoma",
    "LA": "Louisiana",
    "NM": "New Mexico",
    "AZ": "Arizona",
    "CO": "Colorado",
    "OH": "Ohio",
    "NC": "North Carolina",
    "CA": "California",
    "FL": "Florida",
    "PA": "Pennsylvania",
    "ID": "Idaho",
    "KY": "Kentucky",
}
#: Stands for where a posting's own page is published: the replay server writes the demo's
#: link base there (himjobs._demo.SITE, served by `himjobs serve` after the demo), so a stored
#: link does not name the replay server's port, which is closed once the crawl is over.
SITE = "{{SITE}}"
#: the line every recorded page ends with: nobody takes it for a job they can apply to
DEMO_NOTE = (
    "Recorded for the himjobs demo: this employer and this posting were written by the himjobs "
    "authors; there is nothing to apply to."
)
# Page sizes the spiders ask for (docs/sources.md): Lever limit, Workday limit (max 20).
LEVER_LIMIT = 100
WORKDAY_LIMIT = 20


@dataclass
class Spec:
    """One generated posting and the requirements it states."""

    n: int
    title: str
    relevant: bool
    employer: str
    city: str
    state: str
    paragraphs: list[str]
    bullets: list[str]
    truth: dict[str, Any] = field(default_factory=dict)
    pay: dict[str, Any] | None = None
    employment: list[str] = field(default_factory=list)
    workplace: str | None = None
    posted: datetime = NOW

    def html(self) -> str:
        parts = [f"<p>{html.escape(p)}</p>" for p in self.paragraphs[:1]]
        parts.append("<p><strong>Qualifications</strong></p><ul>")
        parts += [f"<li>{html.escape(b)}</li>" for b in self.bullets]
        parts.append("</ul>")
        parts += [f"<p>{html.escape(p)}</p>" for p in self.paragraphs[1:]]
        return "".join(parts)

    def page(self, extra_head: str = "") -> str:
        """The posting's own page on the employer's site, as the demo recorded it."""
        title = html.escape(self.title)
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{title} | {html.escape(self.employer)}</title>{extra_head}</head><body>"
            f"<h1>{title}</h1><p>{html.escape(self.employer)} · "
            f"{html.escape(self.city)}, {self.state}</p>{self.html()}"
            f"<p><em>{html.escape(DEMO_NOTE)}</em></p></body></html>"
        )

    def text(self) -> str:
        lines = self.paragraphs[:1] + ["Qualifications:"] + [f"- {b}" for b in self.bullets]
        return "\n".join(lines + self.paragraphs[1:])


def _pick(rng: random.Random, options: tuple[str, ...]) -> str | None:
    return rng.choice(options) if options else None


def make_spec(rng: random.Random, n: int, employer: str | None = None) -> Spec:
    relevant = rng.random() < 0.85
    title = rng.choice(C.RECORDS_TITLES if relevant else C.OTHER_TITLES)
    employer = employer or rng.choice(C.EMPLOYERS)[0]
    city, state = rng.choice(C.PLACES)
    posted = NOW - timedelta(days=rng.randint(0, 40), hours=rng.randint(0, 23))
    if not relevant:
        text = C.OTHER_ROLE_TEXT[title]
        return Spec(n, title, False, employer, city, state, [text], [], posted=posted)
    truth: dict[str, Any] = {}
    bullets: list[str] = []
    for options, value in (rng.choice(C.EDUCATION), rng.choice(C.EXPERIENCE)):
        sentence = _pick(rng, options)
        if sentence:
            bullets.append(sentence)
            truth.update(value)
    cert_options, cert_truth = rng.choice(C.CERTIFICATIONS)
    sentence = _pick(rng, cert_options)
    if sentence:
        bullets.append(sentence)
    truth["certifications"] = cert_truth if sentence else []
    skills: list[str] = []
    for skill_sentence, ids in rng.sample(C.SKILL_SENTENCES, k=rng.randint(1, 3)):
        bullets.append(skill_sentence)
        skills += ids
    truth["skills"] = skills
    schedule: list[str] = []
    emp_options, employment = rng.choice(C.EMPLOYMENT)
    schedule.append(rng.choice(emp_options))
    shift_options, shifts = rng.choice(C.SHIFTS)
    shift_sentence = _pick(rng, shift_options)
    if shift_sentence:
        schedule.append(shift_sentence)
    truth["shifts"] = shifts if shift_sentence else []
    work_options, workplace = rng.choice(C.WORKPLACE)
    work_sentence = _pick(rng, work_options)
    if work_sentence:
        schedule.append(work_sentence)
    truth["workplace"] = workplace if work_sentence else None
    pay_template, pay_kind = rng.choice(C.PAY)
    lo = round(rng.uniform(15.5, 21.0), 2)
    hi = round(lo + rng.uniform(2.0, 6.0), 2)
    pay: dict[str, Any] | None = None
    if pay_kind == "hour_range":
        pay = {"min": lo, "max": hi, "period": "hour"}
    elif pay_kind == "year_range":
        lo_y, hi_y = round(lo * 2080, -2), round(hi * 2080, -2)
        pay = {"min": lo_y, "max": hi_y, "period": "year"}
    elif pay_kind == "hour_single":
        pay = {"min": lo, "max": lo, "period": "hour"}
    elif pay_kind == "hour_upto":
        pay = {"min": None, "max": hi, "period": "hour"}
    if pay_template:
        lo_y, hi_y = int(round(lo * 2080, -2)), int(round(hi * 2080, -2))
        schedule.append(pay_template.format(lo=lo, hi=hi, lo_y=lo_y, hi_y=hi_y))
    truth.update(employment_types=employment, pay=pay)
    intro = (
        f"{employer} is hiring a {title} to support our Health Information Management team in "
        f"{city}, {state}. " + " ".join(rng.sample(C.DUTIES, 2))
    )
    paragraphs = [intro, " ".join(schedule), rng.choice(C.BENEFITS)]
    return Spec(
        n,
        title,
        True,
        employer,
        city,
        state,
        paragraphs,
        bullets,
        truth,
        pay,
        employment,
        truth["workplace"],
        posted,
    )


def _iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S")


class Writer:
    """Collects files and routes under one output folder."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.routes: list[dict[str, Any]] = []
        #: the postings' own pages that no crawl fetches (path under SITE -> page): site.json
        self.pages: dict[str, str] = {}

    def public_page(self, path: str, spec: Spec) -> str:
        """Record ``spec``'s own page at ``path`` under SITE; its URL."""
        self.pages[path] = spec.page()
        return SITE + path

    def add(
        self,
        rel: str,
        body: str | bytes,
        *,
        path: str,
        method: str = "GET",
        query: dict[str, str] | None = None,
        json_body: dict[str, Any] | None = None,
        content_type: str = "application/json; charset=utf-8",
    ) -> None:
        target = self.out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
        route: dict[str, Any] = {"method": method, "path": path, "file": rel}
        if query:
            route["query"] = query
        if json_body:
            route["json"] = json_body
        route["content_type"] = content_type
        self.routes.append(route)


#: Employment type -> USAJOBS PositionSchedule (Name, Code) and PositionOfferingType (Name, Code).
#: Temporary and contract work have no schedule of their own: "Multiple Schedules" (6) says
#: nothing, and a temporary appointment shows in the offering type, as on real announcements.
_USAJOBS_SCHEDULE = {
    "full_time": ("Full-time", "1"),
    "part_time": ("Part-time", "2"),
    "per_diem": ("Intermittent", "4"),
    "temporary": ("Multiple Schedules", "6"),
    "contract": ("Multiple Schedules", "6"),
}
_USAJOBS_OFFERING = {"temporary": ("Temporary", "15321")}
#: Details.KeyRequirements on real announcements are conditions of employment, not qualifications.
_USAJOBS_KEY_REQUIREMENTS = [
    "You must be a U.S. citizen to apply for this job.",
    "Subject to a background/suitability investigation.",
]


def write_usajobs(w: Writer, specs: list[Spec]) -> None:
    items = []
    for s in specs:
        kind = s.employment[0] if s.employment else "full_time"
        schedule = _USAJOBS_SCHEDULE.get(kind, ("Full-time", "1"))
        offering = _USAJOBS_OFFERING.get(kind, ("Permanent", "15317"))
        grade = 4 if s.truth.get("education_required") in (None, "high_school") else 5
        pay = {4: ("36115.0", "46955.0"), 5: ("40332.0", "52434.0")}[grade]
        details = {
            "JobSummary": s.paragraphs[0],
            "WhoMayApply": {"Name": "United States Citizens", "Code": ""},
            "LowGrade": str(grade),
            "HighGrade": str(grade),
            "PromotionPotential": str(grade + 1),
            "SubAgencyName": "Veterans Health Administration",
            "OrganizationCodes": "VATA/VHA",
            "Relocation": "False",
            "HiringPath": ["public"],
            "TotalOpenings": "1",
            # the summary is JobSummary; MajorDuties carries the rest, not a second copy
            "MajorDuties": s.paragraphs[1:2],
            "Education": " ".join(b for b in s.bullets if "degree" in b or "diploma" in b),
            "Requirements": "Conditions of employment: U.S. citizenship; background check.",
            "KeyRequirements": _USAJOBS_KEY_REQUIREMENTS,
            "TeleworkEligible": s.workplace in ("remote", "hybrid"),
            "RemoteIndicator": s.workplace == "remote",
        }
        uri = w.public_page(f"/usajobs/GetJob/ViewDetails/{880000 + s.n}", s)
        descriptor = {
            "PositionID": f"VHA-{26000 + s.n}-MRT",
            "PositionTitle": s.title,
            "PositionURI": uri,
            "ApplyURI": [f"{uri}?PostingChannelID="],
            "PositionLocationDisplay": f"{s.city}, {US_STATE_NAMES.get(s.state, s.state)}",
            "PositionLocation": [
                {
                    "LocationName": f"{s.city}, {US_STATE_NAMES.get(s.state, s.state)}",
                    "CountryCode": "United States",
                    "CountrySubDivisionCode": US_STATE_NAMES.get(s.state, s.state),
                    "CityName": f"{s.city}, {US_STATE_NAMES.get(s.state, s.state)}",
                    "Longitude": -97.74,
                    "Latitude": 30.27,
                }
            ],
            "OrganizationName": "Veterans Health Administration",
            "DepartmentName": "Department of Veterans Affairs",
            "JobCategory": [{"Name": "Medical Records Technician", "Code": "0675"}],
            "JobGrade": [{"Code": "GS"}],
            "PositionSchedule": [{"Name": schedule[0], "Code": schedule[1]}],
            "PositionOfferingType": [{"Name": offering[0], "Code": offering[1]}],
            "QualificationSummary": " ".join(s.bullets) or s.paragraphs[0],
            "PositionRemuneration": [
                {
                    "MinimumRange": pay[0],
                    "MaximumRange": pay[1],
                    "RateIntervalCode": "PA",
                    "Description": "Per Year",
                }
            ],
            "PositionStartDate": s.posted.strftime("%Y-%m-%dT00:00:00.0000"),
            "PositionEndDate": (s.posted + timedelta(days=14)).strftime("%Y-%m-%dT23:59:59.9970"),
            "PublicationStartDate": s.posted.strftime("%Y-%m-%dT00:00:00.0000"),
            "ApplicationCloseDate": (s.posted + timedelta(days=14)).strftime(
                "%Y-%m-%dT23:59:59.9970"
            ),
            "PositionFormattedDescription": [
                {
                    "Label": "Dynamic Teaser",
                    "LabelDescription": "Hit highlighting for keyword searches.",
                }
            ],
            "UserArea": {"Details": details, "IsRadialSearch": False},
        }
        items.append(
            {
                "MatchedObjectId": str(880000 + s.n),
                "MatchedObjectDescriptor": descriptor,
                "RelevanceRank": 0,
            }
        )
    body = {
        "LanguageCode": "EN",
        "SearchParameters": {},
        "SearchResult": {
            "SearchResultCount": len(items),
            "SearchResultCountAll": len(items),
            "SearchResultItems": items,
            "UserArea": {"NumberOfPages": "1", "IsRadialSearch": False},
        },
    }
    w.add(
        "usajobs/search-page1.json",
        json.dumps(body, indent=1),
        path="/api/search",
        query={"Page": "1"},
    )


def write_greenhouse(w: Writer, specs: list[Spec]) -> None:
    boards = list(GREENHOUSE_BOARDS)
    for i, token in enumerate(boards):
        jobs = []
        for s in specs[i :: len(boards)]:
            page = w.public_page(f"/greenhouse/{token}/jobs/{4100000 + s.n}", s)
            jobs.append(
                {
                    "absolute_url": page,
                    "data_compliance": [
                        {
                            "type": "gdpr",
                            "requires_consent": False,
                            "requires_processing_consent": False,
                            "requires_retention_consent": False,
                            "retention_period": None,
                            "demographic_data_consent_applies": False,
                        }
                    ],
                    "internal_job_id": 2200000 + s.n,
                    "location": {"name": f"{s.city}, {s.state}"},
                    "metadata": None,
                    "id": 4100000 + s.n,
                    "updated_at": _iso(s.posted) + "-05:00",
                    "requisition_id": f"REQ-{s.n:05d}",
                    "title": s.title,
                    "company_name": s.employer,
                    "first_published": _iso(s.posted) + "-05:00",
                    "language": "en",
                    # Greenhouse escapes its own markup once on the wire.
                    "content": html.escape(s.html(), quote=True),
                    "departments": [
                        {
                            "id": 90,
                            "name": "Health Information Management",
                            "parent_id": None,
                            "child_ids": [],
                        }
                    ],
                    "offices": [
                        {
                            "id": 70 + i,
                            "name": s.city,
                            "location": f"{s.city}, {s.state}",
                            "parent_id": None,
                            "child_ids": [],
                        }
                    ],
                }
            )
        body = {"jobs": jobs, "meta": {"total": len(jobs)}}
        w.add(
            f"greenhouse/{token}.json", json.dumps(body, indent=1), path=f"/v1/boards/{token}/jobs"
        )


_LEVER_COMMITMENT = {
    "full_time": "Full-time",
    "part_time": "Part-time",
    "per_diem": "Per Diem",
    "temporary": "Temporary",
    "contract": "Contract",
}
_LEVER_WORKPLACE = {
    "on_site": "on-site",
    "remote": "remote",
    "hybrid": "hybrid",
    None: "unspecified",
}


def write_lever(w: Writer, specs: list[Spec]) -> None:
    postings = []
    for s in specs:
        uid = f"5e1f{s.n:04d}-7c2a-4b61-9d0e-{s.n:012d}"
        hosted = w.public_page(f"/lever/harborpointmedical/{uid}", s)
        item: dict[str, Any] = {
            "additionalPlain": s.paragraphs[-1] + "\n",
            "additional": f"<div>{html.escape(s.paragraphs[-1])}</div>",
            "categories": {
                "commitment": _LEVER_COMMITMENT.get(s.employment[0], "Full-time")
                if s.employment
                else "Full-time",
                "department": "Health Information",
                "location": f"{s.city}, {s.state}",
                "team": "HIM Operations",
                "allLocations": [f"{s.city}, {s.state}"],
            },
            "createdAt": int(s.posted.timestamp() * 1000),
            "descriptionPlain": s.paragraphs[0] + "\n",
            "description": f"<div>{html.escape(s.paragraphs[0])}</div>",
            "id": uid,
            "lists": [
                {
                    "text": "What you bring: ",
                    "content": "".join(f"<li>{html.escape(b)}</li>" for b in s.bullets),
                },
                {
                    "text": "Schedule and pay",
                    "content": f"<li>{html.escape(s.paragraphs[1])}</li>"
                    if len(s.paragraphs) > 2
                    else "",
                },
            ],
            "text": s.title,
            "country": "US",
            "workplaceType": _LEVER_WORKPLACE[s.workplace],
            "opening": f"<div>{html.escape(s.paragraphs[0])}</div>",
            "openingPlain": s.paragraphs[0],
            "descriptionBody": "",
            "descriptionBodyPlain": "",
            "hostedUrl": hosted,
            # the apply form of a recorded posting is its page (himjobs._demo.recorded_page)
            "applyUrl": f"{hosted}/apply",
        }
        if s.pay and s.pay["min"] is not None and s.n % 2 == 0:
            interval = "per-hour-wage" if s.pay["period"] == "hour" else "per-year-salary"
            item["salaryRange"] = {
                "currency": "USD",
                "interval": interval,
                "min": s.pay["min"],
                "max": s.pay["max"],
            }
        postings.append(item)
    for page, start in enumerate(range(0, len(postings) + 1, LEVER_LIMIT)):
        chunk = postings[start : start + LEVER_LIMIT]
        w.add(
            f"lever/harborpointmedical-{page}.json",
            json.dumps(chunk, indent=1),
            path="/v0/postings/harborpointmedical",
            query={"skip": str(start)},
        )


_WORKDAY_TIME = {"full_time": "Full time", "part_time": "Part time"}
_WORKDAY_REMOTE = {"on_site": "On-site", "remote": "Remote", "hybrid": "Hybrid"}


def write_workday(w: Writer, specs: list[Spec]) -> None:
    tenant, site = "pecanvalley", "PVHS_Careers"
    base = f"/wday/cxs/{tenant}/{site}"
    summaries = []
    for s in specs:
        slug = s.title.replace(",", "").replace(" ", "-").replace("/", "-")
        path = f"/job/{s.city}-{s.state}/{slug}_R{70000 + s.n}"
        days = (NOW - s.posted).days
        posted_on = (
            "Posted Today"
            if days == 0
            else "Posted Yesterday"
            if days == 1
            else "Posted 30+ Days Ago"
            if days > 30
            else f"Posted {days} Days Ago"
        )
        summaries.append(
            {
                "title": s.title,
                "externalPath": path,
                "locationsText": f"{s.state} - {s.city}",
                "postedOn": posted_on,
                "bulletFields": [f"R{70000 + s.n}"],
            }
        )
        info: dict[str, Any] = {
            "id": f"{s.n:032x}",
            "title": s.title,
            "jobDescription": s.html(),
            "location": f"{s.state} - {s.city}",
            "postedOn": posted_on,
            "startDate": s.posted.strftime("%Y-%m-%d"),
            "timeType": _WORKDAY_TIME.get(s.employment[0], "Full time")
            if s.employment
            else "Full time",
            "jobReqId": f"R{70000 + s.n}",
            "jobPostingId": f"{slug}_R{70000 + s.n}",
            "jobPostingSiteId": site,
            "country": {
                "descriptor": "United States of America",
                "id": "bc33aa3152ec42d4995f4791a106ed09",
            },
            "canApply": True,
            "posted": True,
            "includeResumeParsing": True,
            "jobRequisitionLocation": {
                "descriptor": f"{s.state} - {s.city}",
                "country": {
                    "descriptor": "United States of America",
                    "id": "bc33aa3152ec42d4995f4791a106ed09",
                    "alpha2Code": "US",
                },
            },
            "externalUrl": w.public_page(f"/workday/{tenant}/{site}{path}", s),
            "questionnaireId": "9f0c1d2e3a4b",
        }
        if s.workplace:
            info["remoteType"] = _WORKDAY_REMOTE[s.workplace]
        detail = {
            "jobPostingInfo": info,
            "hiringOrganization": {"name": "100 Pecan Valley Health System", "url": ""},
            "similarJobs": [],
            "userAuthenticated": False,
        }
        # Workday serialises markup with \u003C / \u003E escapes.
        body = json.dumps(detail, indent=1).replace("<", "\\u003C").replace(">", "\\u003E")
        w.add(f"workday/detail/R{70000 + s.n}.json", body, path=base + path)
    total = len(summaries)
    for page, offset in enumerate(range(0, total + 1, WORKDAY_LIMIT)):
        chunk = summaries[offset : offset + WORKDAY_LIMIT]
        listing = {
            "total": total if page == 0 else 0,
            "jobPostings": chunk,
            "facets": []
            if page
            else [
                {
                    "facetParameter": "timeType",
                    "descriptor": "Time Type",
                    "values": [{"descriptor": "Full time", "id": "ft01", "count": total}],
                }
            ],
            "userAuthenticated": False,
        }
        w.add(
            f"workday/list-{page}.json",
            json.dumps(listing, indent=1),
            method="POST",
            path=f"{base}/jobs",
            json_body={"offset": offset},
        )


_SCHEMA_TYPES = {
    "full_time": "FULL_TIME",
    "part_time": "PART_TIME",
    "per_diem": "PER_DIEM",
    "temporary": "TEMPORARY",
    "contract": "CONTRACTOR",
}
_SCHEMA_EDU = {
    "high_school": "high school",
    "certificate": "professional certificate",
    "associate": "associate degree",
}


def write_jsonld(w: Writer, specs: list[Spec]) -> None:
    urls = []
    for s in specs:
        job: dict[str, Any] = {
            "@context": "https://schema.org/",
            "@type": "JobPosting",
            "title": s.title,
            # the page's public address (the crawl fetches it from the replay server)
            "url": f"{SITE}/careers/jobs/{s.n:05d}",
            "description": s.html(),
            "identifier": {"@type": "PropertyValue", "name": s.employer, "value": f"CR-{s.n:05d}"},
            "datePosted": s.posted.strftime("%Y-%m-%d"),
            "validThrough": (s.posted + timedelta(days=45)).strftime("%Y-%m-%dT23:59"),
            "hiringOrganization": {"@type": "Organization", "name": s.employer},
            "jobLocation": {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": s.city,
                    "addressRegion": s.state,
                    "addressCountry": "US",
                },
            },
        }
        if s.employment:
            job["employmentType"] = [_SCHEMA_TYPES[t] for t in s.employment]
        if s.workplace == "remote":
            job["jobLocationType"] = "TELECOMMUTE"
        if s.pay and s.n % 3 == 0:
            value: dict[str, Any] = {
                "@type": "QuantitativeValue",
                "unitText": s.pay["period"].upper(),
            }
            if s.pay["min"] is not None:
                value["minValue"] = s.pay["min"]
            value["maxValue"] = s.pay["max"]
            job["baseSalary"] = {"@type": "MonetaryAmount", "currency": "USD", "value": value}
        edu = s.truth.get("education_required")
        if edu in _SCHEMA_EDU and s.n % 2 == 0:
            job["educationRequirements"] = {
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": _SCHEMA_EDU[edu],
            }
        page_path = f"/careers/jobs/{s.n:05d}"
        graph = {
            "@context": "https://schema.org",
            "@graph": [{"@type": "Organization", "name": s.employer}, job],
        }
        block = json.dumps(graph if s.n % 4 == 0 else job, indent=1)
        page = s.page(f'<script type="application/ld+json">{block}</script>').replace(
            "</body>", "<script>window.dataLayer = [];</script></body>"
        )
        w.add(
            f"jsonld/jobs/{s.n:05d}.html",
            page,
            path=page_path,
            content_type="text/html; charset=utf-8",
        )
        urls.append((page_path, s.posted.strftime("%Y-%m-%d")))
    entries = "".join(
        f"<url><loc>{{{{BASE}}}}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in urls
    )
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    )
    w.add(
        "jsonld/sitemap.xml", sitemap, path="/careers/sitemap.xml", content_type="application/xml"
    )
    robots = "User-agent: *\nDisallow: /private/\nSitemap: {{BASE}}/careers/sitemap.xml\n"
    w.add("robots.txt", robots, path="/robots.txt", content_type="text/plain")


# One employer per board, as on the real sources; the JSON-LD site is a staffing agency's.
GREENHOUSE_BOARDS = {
    "bluebonnethealth": "Bluebonnet Regional Medical Center",
    "gulfcoastclinics": "Gulf Coast Family Clinics",
    "cedarridgechildrens": "Cedar Ridge Children's Hospital",
    "recordbridge": "RecordBridge Health Information Services",
}


def _employer(source: str, k: int) -> str | None:
    if source == "usajobs":
        return "Veterans Health Administration"
    if source == "greenhouse":
        return list(GREENHOUSE_BOARDS.values())[k % len(GREENHOUSE_BOARDS)]
    if source == "lever":
        return "Harbor Point Medical Group"
    if source == "workday":
        return "Pecan Valley Health System"
    return None


SOURCES = ("usajobs", "greenhouse", "lever", "workday", "jsonld")


def generate(out: Path, *, per_source: int = PER_SOURCE, seed: int = SEED) -> dict[str, Any]:
    """Write every source's files, routes.json and truth.json (expected values) under ``out``."""
    rng = random.Random(seed)
    w = Writer(out)
    truth: dict[str, Any] = {}
    writers = (write_usajobs, write_greenhouse, write_lever, write_workday, write_jsonld)
    for i, (name, write) in enumerate(zip(SOURCES, writers, strict=True)):
        specs = [make_spec(rng, i * 10000 + k, _employer(name, k)) for k in range(per_source)]
        write(w, specs)
        truth[name] = [
            {"n": s.n, "title": s.title, "relevant": s.relevant, "state": s.state, "truth": s.truth}
            for s in specs
        ]
    (out / "routes.json").write_text(json.dumps(w.routes, indent=1), encoding="utf-8")
    (out / "site.json").write_text(json.dumps(w.pages, indent=0), encoding="utf-8")
    (out / "truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    return {"routes": len(w.routes), "postings": per_source * len(SOURCES)}


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "himjobs/demo_data")
    print(generate(target))
