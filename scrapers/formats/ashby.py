"""Ashby public job-board API payloads -> Postings (docs/sources.md, Ashby).

One response holds the whole board (no paging). Unlisted jobs (``isListed: false``) are skipped;
``isRemote``, ``workplaceType``, ``address`` and ``compensation`` may be null.
"""

from __future__ import annotations

from typing import Any

from schemas import Hints, Location, Posting
from scrapers.formats._common import (
    FormatError,
    bodies,
    employment_type,
    parse_datetime,
    parse_location,
    pay,
    require,
    workplace,
)

SOURCE = "ashby"


def jobs(payload: Any) -> list[dict[str, Any]]:
    """Listed jobs of a ``/posting-api/job-board/{name}`` response."""
    items = require(payload, "jobs", list)
    return [j for j in items if isinstance(j, dict) and j.get("isListed") is not False]


def parse(payload: Any, *, board: str) -> list[Posting]:
    return [posting(j, board=board) for j in jobs(payload)]


def _address_location(job: dict[str, Any]) -> Location | None:
    addr = ((job.get("address") or {}).get("postalAddress")) or {}
    city, region = addr.get("addressLocality"), addr.get("addressRegion")
    if not (city or region):
        return None
    return parse_location(", ".join(x for x in (city, region, addr.get("addressCountry")) if x))


def posting(job: dict[str, Any], *, board: str) -> Posting:
    if not isinstance(job.get("id"), str) or not job["id"]:
        raise FormatError("ashby job without an id")
    text, clean = bodies(job.get("descriptionHtml") or "")
    if not text and job.get("descriptionPlain"):
        text = str(job["descriptionPlain"]).strip()
    locations: list[Location] = []
    first = _address_location(job) or parse_location(job.get("location"))
    if first is not None and (first.city or first.state):
        locations.append(first)
    for sec in job.get("secondaryLocations") or []:
        if isinstance(sec, dict):
            loc = parse_location(sec.get("location"))
            if loc is not None and (loc.city or loc.state) and loc not in locations:
                locations.append(loc)
    hints = Hints()
    comp = v if isinstance(v := job.get("compensation"), dict) else {}
    for c in comp.get("summaryComponents") or []:
        if isinstance(c, dict) and c.get("compensationType") == "Salary":
            pr = pay(c.get("minValue"), c.get("maxValue"), c.get("interval"), c.get("currencyCode"))
            if pr is not None:
                hints.pay = pr
                hints.fields["pay"] = "compensation.summaryComponents"
                break
    et = employment_type(job.get("employmentType"))
    if et:
        hints.employment_types = [et]  # type: ignore[list-item]
        hints.fields["employment_types"] = "employmentType"
    wp = workplace(job.get("workplaceType"))
    if wp:
        hints.workplace = wp  # type: ignore[assignment]
        hints.fields["workplace"] = "workplaceType"
    remote = job.get("isRemote") if isinstance(job.get("isRemote"), bool) else None
    if remote is None and wp is not None:
        remote = wp == "remote"
    return Posting(
        source=SOURCE,
        external_id=job["id"],
        url=str(job.get("jobUrl") or ""),
        apply_url=job.get("applyUrl"),
        title=str(job.get("title") or "").strip(),
        employer=board,
        description=text,
        description_html=clean,
        locations=locations,
        remote=remote,
        posted_at=parse_datetime(job.get("publishedAt")),
        hints=hints,
        raw={
            "employmentType": job.get("employmentType"),
            "workplaceType": job.get("workplaceType"),
            "isRemote": job.get("isRemote"),
            "compensation": comp or None,
            "department": job.get("department"),
        },
    )
