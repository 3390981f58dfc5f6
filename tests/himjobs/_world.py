"""A small SQLite store and profile for the output tests (postings written for these tests;
employers and places are made up)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from schemas import Posting
from storage import Store
from tests.storage._factory import certs, hourly, posting

PROFILE = """\
education = "high_school"
experience_years = 1
state = "TX"
workplaces = ["on_site", "remote"]
shifts = ["day"]
employment_types = ["part_time"]
"""

LONG_TITLE = "Health Information Management Technician Specialist"


def _p(ext: str, title: str, **kw: object) -> Posting:
    kw.setdefault("locations", [("Lubbock", "TX")])
    kw.setdefault("posted_at", datetime(2026, 3, 1))
    kw.setdefault("education_required", "high_school")
    return posting(ext, title=title, **kw)  # type: ignore[arg-type]


POSTINGS = [
    _p(
        "fits",
        "Medical Records Specialist",
        shifts=["day"],
        employment_types=["part_time"],
        workplace="on_site",
        pay=hourly(19, 21),
    ),
    _p(
        "night",
        LONG_TITLE,
        shifts=["night"],
        employment_types=["part_time"],
        workplace="on_site",
        pay=hourly(24, 24),
    ),
    _p(
        "fulltime",
        "Release of Information Coordinator",
        shifts=["day"],
        employment_types=["full_time"],
        workplace="on_site",
        pay=hourly(18),
    ),
    _p(
        "rhit",
        "Coding Technician",
        shifts=["day"],
        employment_types=["part_time"],
        certifications=certs((["RHIT"], "required", None)),
    ),
]
#: A posting whose closing date has passed (still stored: no crawl has taken it down).
EXPIRED = _p("expired", "Chart Filing Clerk", shifts=["day"], employment_types=["part_time"])
EXPIRED = EXPIRED.model_copy(update={"valid_through": datetime(2026, 1, 15)})


def build(tmp: Path) -> str:
    """A finished crawl run holding the postings above; the profile as me.toml. Returns the URL."""
    url = f"sqlite:///{tmp / 'jobs.db'}"
    with Store(url) as store:
        run = store.start_run(["greenhouse:lakeside"])
        store.upsert([*POSTINGS, EXPIRED], run_id=run)
        store.finish_run(run, status="ok", counts={"greenhouse:lakeside": {"stored": 5}})
    (tmp / "me.toml").write_text(PROFILE, encoding="utf-8")
    return url
