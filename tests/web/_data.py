"""Postings written for these tests (our own wording), as real schemas objects."""

from __future__ import annotations

from datetime import datetime

from schemas import CertificationRequirement, Evidence, Location, Pay, Posting, Requirements


def text(s: str) -> Evidence:
    return Evidence(source="text", text=s)


HS_SENTENCE = "Applicants need a high school diploma or GED to be considered."
SHIFT_SENTENCE = "Hours are 7:30 to 4:00 with every third Saturday."
RHIT_SENTENCE = "Current RHIT credential from AHIMA is required at hire."
EXP_SENTENCE = "At least one year working with patient charts is required."
EVIL_EVIDENCE = 'Must type 45 wpm <script>alert("ev")</script> accurately.'


def clerk() -> Posting:
    return Posting(
        id=1,
        source="greenhouse",
        external_id="gh-101",
        url="https://boards.example.org/bluebonnet/jobs/101",
        apply_url="https://boards.example.org/bluebonnet/jobs/101/apply",
        title="Medical Records Clerk",
        employer="Bluebonnet Community Health",
        description=f"Join our HIM team in Austin.\n\n{HS_SENTENCE} {SHIFT_SENTENCE}",
        description_html=(
            f"<p>Join our HIM team in Austin.</p><p>{HS_SENTENCE} {SHIFT_SENTENCE}</p>"
        ),
        locations=[Location(city="Austin", state="TX")],
        remote=False,
        posted_at=datetime(2026, 11, 20, 9, 0),
        requirements=Requirements(
            education_required="high_school",
            shifts=["day", "weekend"],
            pay=Pay(min=18.5, max=21.0, period="hour"),
            evidence={"education_required": text(HS_SENTENCE), "shifts": text(SHIFT_SENTENCE)},
        ),
    )


def technician() -> Posting:
    return Posting(
        id=2,
        source="lever",
        external_id="lv-7f3",
        url="https://jobs.example.net/pinecrest/7f3",
        title="Health Information Technician II",
        employer="Pinecrest Regional Hospital",
        description=f"Our records department is growing. {RHIT_SENTENCE}",
        locations=[Location(city="Tyler", state="TX")],  # in reach: Store.matches filters by state
        posted_at=datetime(2026, 11, 24),
        requirements=Requirements(
            education_required="high_school",
            certifications=[
                CertificationRequirement(
                    any_of=["RHIT", "RHIA"], level="required", evidence=text(RHIT_SENTENCE)
                )
            ],
            pay=Pay(min=52000, max=60000, period="year"),
        ),
    )


def roi_remote() -> Posting:
    return Posting(
        id=3,
        source="jsonld",
        external_id="ld-55",
        url="https://careers.example.com/roi/55",
        title="Release of Information Specialist (Remote)",
        employer="RecordBridge Services",
        description=f"Work from home processing record requests. {EXP_SENTENCE}",
        description_html=f"<ul><li>Work from home processing record requests.</li>"
        f"<li>{EXP_SENTENCE}</li></ul>",
        remote=True,
        posted_at=datetime(2026, 11, 22),
        requirements=Requirements(
            experience_years_required=1.0,
            workplace="remote",
            evidence={"experience_years_required": text(EXP_SENTENCE)},
        ),
    )


def far_off() -> Posting:
    """Three things missing for a new clerk: neither eligible nor a near miss."""
    return Posting(
        id=4,
        source="workday",
        external_id="wd-9",
        url="https://wd.example.com/job/9",
        title="HIM Coding Supervisor",
        employer="Gulf Coast Clinics",
        locations=[Location(city="Mobile", state="AL")],
        requirements=Requirements(
            education_required="bachelor",
            experience_years_required=5,
            certifications=[CertificationRequirement(any_of=["CCS"], level="required")],
        ),
    )


EVIL_TITLE = '<script>alert("title")</script>Scanning Clerk <img src=x onerror=alert(1)>'


def hostile() -> Posting:
    """Every field a page shows carries markup that must stay text."""
    return Posting(
        id=5,
        source="jsonld",
        external_id="ld-evil",
        url="https://careers.example.com/evil",
        apply_url='javascript:alert("apply")',
        title=EVIL_TITLE,
        employer='Acme"><svg onload=alert(2)>',
        description="plain",
        description_html=(
            '<p onclick="alert(3)">Scan charts.<script>alert(4)</script></p>'
            '<img src="x" onerror="window.__xss=5">'
            '<a href="javascript:alert(6)">details</a>'
            "<p>" + EVIL_EVIDENCE.replace("<", "&lt;").replace(">", "&gt;") + "</p>"
        ),
        locations=[Location(city='<b onmouseover="alert(7)">Laredo</b>', state="TX")],
        requirements=Requirements(
            education_required="high_school",
            evidence={"education_required": text(EVIL_EVIDENCE)},
        ),
    )


def many_eligible(n: int, start_id: int = 100) -> list[Posting]:
    cities = ["Boise", "Fargo", "Bangor", "Lexington", "Sioux Falls", "Anchorage"]
    return [
        Posting(
            id=start_id + i,
            source="greenhouse",
            external_id=f"bulk-{i}",
            url=f"https://boards.example.org/bulk/{i}",
            title=f"Records Indexing Clerk {i:02d}",
            employer=f"Valley Clinic {i}",
            locations=[Location(city=cities[i % 6], state="ID")],
            posted_at=datetime(2026, 10, 1 + i % 28),
            requirements=Requirements(
                education_required="high_school",
                pay=Pay(min=15 + i * 0.25, max=15 + i * 0.25, period="hour"),
            ),
        )
        for i in range(n)
    ]
