"""SmartRecruiters Posting API payloads -> Postings (docs/sources.md, SmartRecruiters).

The list has no descriptions: the spider asks for each posting's detail, whose
``jobAd.sections.*.text`` hold the HTML. ``location.country`` is lower-case ("us").
"""

from __future__ import annotations

import html
from typing import Any

from schemas import Hints, Location, Posting
from schemas.vocab import state_code
from scrapers.formats._common import FormatError, bodies, employment_type, require
from scrapers.formats._locations import country_name
from scrapers.formats._values import parse_date

SOURCE = "smartrecruiters"
SECTION_ORDER = ("companyDescription", "jobDescription", "qualifications", "additionalInformation")


def page(payload: Any) -> tuple[list[dict[str, Any]], int, int]:
    """(postings, offset, totalFound) of one list page."""
    content = require(payload, "content", list)
    total = payload.get("totalFound")
    offset = payload.get("offset")
    return (
        [c for c in content if isinstance(c, dict)],
        offset if isinstance(offset, int) else 0,
        total if isinstance(total, int) else 0,
    )


def is_last_page(payload: Any) -> bool:
    """Stop rule: ``offset + len(content) >= totalFound`` or an empty page."""
    items, offset, total = page(payload)
    return not items or offset + len(items) >= total


def posting(detail: dict[str, Any], *, board: str) -> Posting:
    """One posting detail response -> Posting."""
    if not isinstance(detail.get("id"), str) or not detail["id"]:
        raise FormatError("smartrecruiters posting without an id")
    sections = ((detail.get("jobAd") or {}).get("sections")) or {}
    parts: list[str] = []
    for key in SECTION_ORDER:
        sec = sections.get(key)
        if isinstance(sec, dict) and sec.get("text"):
            title = sec.get("title")
            if title:
                parts.append(f"<h3>{html.escape(str(title))}</h3>")
            parts.append(str(sec["text"]))
    text, clean = bodies("\n".join(parts))
    loc = v if isinstance(v := detail.get("location"), dict) else {}
    country = country_name(loc.get("country"))  # "us" -> "US", "ca" -> "Canada"
    region = loc.get("region")
    state = state_code(region) if isinstance(region, str) and country == "US" else None
    locations = []
    if loc.get("city") or state:
        locations.append(Location(city=loc.get("city"), state=state, country=country))
    remote = loc.get("remote") if isinstance(loc.get("remote"), bool) else None
    hints = Hints()
    toe = v if isinstance(v := detail.get("typeOfEmployment"), dict) else {}
    et = employment_type(toe.get("label")) or employment_type(toe.get("id"))
    if et:
        hints.employment_types = [et]  # type: ignore[list-item]
        hints.fields["employment_types"] = "typeOfEmployment"
    if remote:
        hints.workplace = "remote"
        hints.fields["workplace"] = "location.remote"
    company = v if isinstance(v := detail.get("company"), dict) else {}
    return Posting(
        source=SOURCE,
        external_id=detail["id"],
        url=str(detail.get("postingUrl") or ""),
        apply_url=detail.get("applyUrl"),
        title=str(detail.get("name") or "").strip(),
        employer=company.get("name") or board,
        description=text,
        description_html=clean,
        locations=locations,
        remote=remote,
        posted_at=parse_date(detail.get("releasedDate")),
        hints=hints,
        raw={
            "typeOfEmployment": detail.get("typeOfEmployment"),
            "experienceLevel": detail.get("experienceLevel"),
            "refNumber": detail.get("refNumber"),
            "location": loc or None,
        },
    )
