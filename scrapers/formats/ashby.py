"""Ashby public job-board API payloads -> Postings (docs/sources.md, Ashby).

One response holds the whole board (no paging). Unlisted jobs (``isListed: false``) are skipped;
``isRemote``, ``workplaceType``, ``address`` and ``compensation`` may be null.

Places come from the address blocks (the job's and each secondary location's) where there is
one, the location text otherwise. ``isRemote`` is taken as sent, also beside a ``Hybrid``
workplace (the job may be done away from its listed places; the hint keeps the hybrid arrangement);
with null flags a location text saying "Remote" makes the job remote. Pay comes from the
structured ``summaryComponents``, else from the one-line ``compensationTierSummary``
(docs/sources.md).
"""

from __future__ import annotations

from typing import Any

from schemas import Hints, Location, Pay, Posting
from scrapers.formats._common import (
    FormatError,
    bodies,
    employment_types,
    pay,
    pay_from_summary,
    require,
    workplace,
)
from scrapers.formats._locations import address_location, is_remote_text, parse_location
from scrapers.formats._values import parse_date

SOURCE = "ashby"


def jobs(payload: Any) -> list[dict[str, Any]]:
    """Listed jobs of a ``/posting-api/job-board/{name}`` response."""
    items = require(payload, "jobs", list)
    return [j for j in items if isinstance(j, dict) and j.get("isListed") is not False]


def parse(payload: Any, *, board: str) -> list[Posting]:
    return [posting(j, board=board) for j in jobs(payload)]


def _place(text: Any, address: Any) -> Location | None:
    """The address block's place when it has one, else the location text's.

    A text-only place must name a city or a state; an address block naming only a country
    ("European Union") is kept, as the one structured fact about where the job is.
    """
    postal = address.get("postalAddress") if isinstance(address, dict) else None
    loc = address_location(postal)
    if loc is not None:
        return loc
    loc = parse_location(text if isinstance(text, str) else None)
    return loc if loc is not None and (loc.city or loc.state) else None


def _pay(comp: dict[str, Any]) -> tuple[Pay | None, str]:
    for c in comp.get("summaryComponents") or []:
        if isinstance(c, dict) and c.get("compensationType") == "Salary":
            pr = pay(c.get("minValue"), c.get("maxValue"), c.get("interval"), c.get("currencyCode"))
            if pr is not None:
                return pr, "compensation.summaryComponents"
    for key in ("compensationTierSummary", "scrapeableCompensationSalarySummary"):
        text = comp.get(key)
        pr = pay_from_summary(text) if isinstance(text, str) else None
        if pr is not None:
            return pr, f"compensation.{key}"
    return None, ""


def posting(job: dict[str, Any], *, board: str) -> Posting:
    if not isinstance(job.get("id"), str) or not job["id"]:
        raise FormatError("ashby job without an id")
    text, clean = bodies(job.get("descriptionHtml") or "")
    if not text and job.get("descriptionPlain"):
        text = str(job["descriptionPlain"]).strip()
    locations: list[Location] = []
    texts = [job.get("location")]
    first = _place(job.get("location"), job.get("address"))
    if first is not None:
        locations.append(first)
    for sec in job.get("secondaryLocations") or []:
        if isinstance(sec, dict):
            texts.append(sec.get("location"))
            loc = _place(sec.get("location"), sec.get("address"))
            if loc is not None and loc not in locations:
                locations.append(loc)
    hints = Hints()
    comp = v if isinstance(v := job.get("compensation"), dict) else {}
    hints.pay, pay_field = _pay(comp)
    if hints.pay is not None:
        hints.fields["pay"] = pay_field
    types = employment_types(job.get("employmentType"))
    if types:
        hints.employment_types = types  # type: ignore[assignment]
        hints.fields["employment_types"] = "employmentType"
    wp = workplace(job.get("workplaceType"))
    if wp:
        hints.workplace = wp  # type: ignore[assignment]
        hints.fields["workplace"] = "workplaceType"
    remote = job.get("isRemote") if isinstance(job.get("isRemote"), bool) else None
    if remote is None and wp is not None:
        remote = wp == "remote"
    if remote is None and any(isinstance(t, str) and is_remote_text(t) for t in texts):
        remote = True  # "Remote (world)" with null flags
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
        posted_at=parse_date(job.get("publishedAt")),
        hints=hints,
        raw={
            "employmentType": job.get("employmentType"),
            "workplaceType": job.get("workplaceType"),
            "isRemote": job.get("isRemote"),
            "compensation": comp or None,
            "department": job.get("department"),
        },
    )
