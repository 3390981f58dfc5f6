"""Greenhouse Job Board API payloads -> Postings (docs/sources.md, Greenhouse).

``content`` arrives HTML-entity-escaped once: one ``html.unescape`` gives the HTML. The board's
own intro/conclusion blocks (``div.content-intro`` / ``div.content-conclusion``) are boilerplate
shared by every post of a board and are dropped. Pay comes only from ``pay_input_ranges``
(in cents). The employer is ``company_name``; responses without one (the 2013 ones) take the
name the sources file gives the board, else the board token, which at least tells two boards'
postings apart (docs/sources.md).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import lxml.html
from lxml import etree

from schemas import Hints, Location, Posting
from scrapers.formats._common import FormatError, bodies, employment_types, pay, require, workplace
from scrapers.formats._locations import is_remote_text, parse_location
from scrapers.formats._values import parse_date

SOURCE = "greenhouse"
BOILERPLATE_CLASSES = ("content-intro", "content-conclusion")
#: metadata field names (lower-case) that carry an employment type or a workplace
EMPLOYMENT_FIELDS = ("employment type", "employment_type", "job type", "time type")
WORKPLACE_FIELDS = ("workplace type", "location type", "remote status", "work location type")


def jobs(payload: Any) -> list[dict[str, Any]]:
    """The job objects of a ``/v1/boards/{token}/jobs`` response."""
    items = require(payload, "jobs", list)
    return [j for j in items if isinstance(j, dict)]


def parse(payload: Any, *, board: str) -> list[Posting]:
    """All postings of a list response (``content=true``)."""
    return [posting(job, board=board) for job in jobs(payload)]


def strip_boilerplate(markup: str) -> str:
    """Drop the board-wide intro/conclusion divs from a post's HTML.

    >>> strip_boilerplate('<div class="content-intro"><p>We are Acme.</p></div><p>Scan charts.</p>')
    '<p>Scan charts.</p>'
    """
    if "content-intro" not in markup and "content-conclusion" not in markup:
        return markup
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup
    for cls in BOILERPLATE_CLASSES:
        for el in root.xpath(
            f'//div[contains(concat(" ", normalize-space(@class), " "), " {cls} ")]'
        ):
            el.drop_tree()
    inner = (root.text or "") + "".join(
        etree.tostring(child, encoding="unicode", method="html") for child in root
    )
    return inner


def _metadata(job: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for m in job.get("metadata") or []:
        if isinstance(m, dict) and isinstance(m.get("name"), str):
            out[m["name"].strip().lower()] = m.get("value")
    return out


def _company(job: dict[str, Any]) -> str | None:
    name = job.get("company_name")
    return name.strip() or None if isinstance(name, str) else None


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value if isinstance(value, str) else None


def _hint_from_metadata(
    hints: Hints,
    field: str,
    meta: dict[str, Any],
    names: tuple[str, ...],
    read: Callable[[str | None], Any],
) -> None:
    """Set ``field`` of ``hints`` from the first custom field in ``names`` that ``read`` makes
    sense of (boards name the same field differently), and say which one it came from."""
    for name in names:
        value = read(_first_text(meta.get(name)))
        if value:
            setattr(hints, field, value)
            hints.fields[field] = f"metadata:{name}"
            return


def posting(
    job: dict[str, Any],
    *,
    board: str,
    detail: dict[str, Any] | None = None,
    employer: str | None = None,
) -> Posting:
    """One job object (plus its detail response, for ``pay_input_ranges``) -> Posting.

    ``employer``: the board's name from the sources file, used when the job has no
    ``company_name``.
    """
    if not isinstance(job.get("id"), int):
        raise FormatError("greenhouse job without an integer id")
    markup = strip_boilerplate(html.unescape(job.get("content") or ""))
    text, clean = bodies(markup)
    loc_name = (
        (job.get("location") or {}).get("name") if isinstance(job.get("location"), dict) else None
    )
    locations: list[Location] = []
    for piece in (loc_name or "").replace(";", "|").split("|"):
        loc = parse_location(piece)
        if loc is not None and (loc.city or loc.state):
            locations.append(loc)
    meta = _metadata(job)
    ranges = (detail or {}).get("pay_input_ranges") or job.get("pay_input_ranges") or []
    hints = Hints()
    if ranges and isinstance(ranges[0], dict):
        r = ranges[0]
        lo, hi = r.get("min_cents"), r.get("max_cents")
        # Greenhouse gives yearly amounts in cents; the period is not stated, so a small figure
        # (under 1,000 dollars) is read as hourly.
        dollars = [v / 100 for v in (lo, hi) if isinstance(v, int)]
        period = "hour" if dollars and max(dollars) < 1000 else "year"
        p = pay(
            lo / 100 if isinstance(lo, int) else None,
            hi / 100 if isinstance(hi, int) else None,
            period,
            r.get("currency_type"),
        )
        if p is not None:
            hints.pay = p
            hints.fields["pay"] = "pay_input_ranges"
    _hint_from_metadata(hints, "employment_types", meta, EMPLOYMENT_FIELDS, employment_types)
    _hint_from_metadata(hints, "workplace", meta, WORKPLACE_FIELDS, workplace)
    remote: bool | None = None
    if hints.workplace is not None:
        remote = hints.workplace == "remote"
    elif is_remote_text(loc_name):
        remote = True
    raw: dict[str, Any] = {
        "location": loc_name,
        "metadata": job.get("metadata"),
        "pay_input_ranges": ranges or None,
        "requisition_id": job.get("requisition_id"),
        "departments": [d.get("name") for d in job.get("departments") or [] if isinstance(d, dict)],
    }
    return Posting(
        source=SOURCE,
        external_id=str(job["id"]),
        url=str(job.get("absolute_url") or ""),
        apply_url=job.get("absolute_url"),
        title=str(job.get("title") or "").strip(),
        employer=_company(job) or employer or board,
        description=text,
        description_html=clean,
        locations=locations,
        remote=remote,
        posted_at=parse_date(job.get("first_published") or job.get("updated_at")),
        hints=hints,
        raw=raw,
    )
