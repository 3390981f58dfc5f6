"""Lever Postings API payloads -> Postings (docs/sources.md, Lever).

The title is ``text``; ``createdAt`` is epoch milliseconds; requirements live in ``lists[]`` (HTML
``<li>`` fragments without ``<ul>``), so the description joins description + lists + additional.
``categories.commitment`` pairs the type with contract words ("Full-time Regular"): every type it
names is a hint. Locations are read with the posting's ISO-2 ``country`` ("Toronto, Ontario" with
"CA" is Toronto, Canada).
"""

from __future__ import annotations

import html
from typing import Any

from schemas import Hints, Location, Posting
from scrapers.formats._common import FormatError, bodies, employment_types, pay, workplace
from scrapers.formats._locations import is_remote_text, parse_location
from scrapers.formats._values import parse_date

SOURCE = "lever"


def jobs(payload: Any) -> list[dict[str, Any]]:
    """The postings of a ``/v0/postings/{site}?mode=json`` page (a bare JSON array)."""
    if not isinstance(payload, list):
        raise FormatError(f"lever page is not a JSON array but {type(payload).__name__}")
    return [p for p in payload if isinstance(p, dict)]


def parse(payload: Any, *, board: str) -> list[Posting]:
    return [posting(p, board=board) for p in jobs(payload)]


def body_html(p: dict[str, Any]) -> str:
    """description + each list as a heading and a <ul> + additional."""
    parts = [p.get("description") or ""]
    for item in p.get("lists") or []:
        if not isinstance(item, dict):
            continue
        heading = str(item.get("text") or "").strip().rstrip(":").strip()
        if heading:
            parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.append(f"<ul>{(item.get('content') or '').strip()}</ul>")
    parts.append(p.get("additional") or "")
    return "\n".join(x for x in parts if x)


def posting(p: dict[str, Any], *, board: str, employer: str | None = None) -> Posting:
    if not isinstance(p.get("id"), str) or not p["id"]:
        raise FormatError("lever posting without an id")
    text, clean = bodies(body_html(p))
    cats = v if isinstance(v := p.get("categories"), dict) else {}
    names = cats.get("allLocations") or ([cats["location"]] if cats.get("location") else [])
    country = p.get("country") if isinstance(p.get("country"), str) else None
    locations: list[Location] = []
    for name in names:
        loc = parse_location(name, country=country)
        if loc is not None and (loc.city or loc.state):
            locations.append(loc)
    any_remote = any(isinstance(n, str) and is_remote_text(n) for n in names)
    hints = Hints()
    sr = p.get("salaryRange")
    if isinstance(sr, dict):
        pr = pay(sr.get("min"), sr.get("max"), sr.get("interval"), sr.get("currency"))
        if pr is not None:
            hints.pay = pr
            hints.fields["pay"] = "salaryRange"
    types = employment_types(cats.get("commitment"))
    if types:
        hints.employment_types = types  # type: ignore[assignment]
        hints.fields["employment_types"] = "categories.commitment"
    wp = workplace(p.get("workplaceType"))
    if wp:
        hints.workplace = wp  # type: ignore[assignment]
        hints.fields["workplace"] = "workplaceType"
    return Posting(
        source=SOURCE,
        external_id=p["id"],
        url=str(p.get("hostedUrl") or ""),
        apply_url=p.get("applyUrl"),
        title=str(p.get("text") or "").strip(),
        # Lever sends no company name: the sources file may give one, else the site token.
        employer=employer or board,
        description=text,
        description_html=clean,
        locations=locations,
        # with no arrangement given, a location that only says "Remote" still says it
        remote=(wp == "remote") if wp is not None else (True if any_remote else None),
        posted_at=parse_date(p.get("createdAt")),
        hints=hints,
        raw={
            "salaryRange": sr,
            "salaryDescriptionPlain": p.get("salaryDescriptionPlain"),
            "commitment": cats.get("commitment"),
            "workplaceType": p.get("workplaceType"),
            "team": cats.get("team"),
            "department": cats.get("department"),
        },
    )
