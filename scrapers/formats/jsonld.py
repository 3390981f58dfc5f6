"""schema.org JobPosting in JSON-LD (career-site pages) -> Postings (docs/sources.md, JSON-LD).

Blocks are read with extruct; one malformed block is skipped (and counted) without losing the
others on the page, and ``@graph`` containers are flattened here because extruct does not. The
structured hints (employmentType, baseSalary, ...) are read in scrapers/formats/_jsonld_hints.py.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import extruct
import lxml.html

from matcher.text import html_to_text, looks_like_html, normalise_text, sanitize_html
from schemas.models import Location, Posting
from schemas.vocab import state_code
from scrapers.formats._guards import http_url
from scrapers.formats._jsonld_hints import hints
from scrapers.formats._values import parse_date, scalar_text

logger = logging.getLogger(__name__)

SOURCE = "jsonld"

US_NAMES = frozenset({"us", "usa", "united states", "united states of america"})
_TRAILING_JUNK_RE = re.compile(r"[;\s]+$")
#: An unreadable block whose raw text says this may have held a posting ("JobPosting",
#: "schema.org/JobPosting", any case).
_NAMES_JOB_RE = re.compile(r"jobposting", re.IGNORECASE)


@dataclass
class JsonLdPage:
    """The JSON-LD nodes of one page (``@graph`` flattened) and how many blocks were unreadable,
    with the parser's message for each (``errors``: "block 3: Expecting value: line 1 ...") and
    the numbers of the unreadable blocks whose raw text names JobPosting (``job_blocks``: those
    may have held a posting; a broken BreadcrumbList or Organization block does not)."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    malformed: int = 0
    errors: list[str] = field(default_factory=list)
    job_blocks: list[int] = field(default_factory=list)
    #: JobPosting urls dropped for a scheme other than http(s) (javascript:, data:, file:)
    unsafe_urls: int = 0


def read_jsonld(page_html: str | bytes, *, base_url: str | None = None) -> JsonLdPage:
    """Every JSON-LD node of a page; malformed blocks are repaired when trivial, else counted."""
    try:
        items = extruct.extract(page_html, base_url=base_url, syntaxes=["json-ld"], errors="strict")
        return JsonLdPage(nodes=list(_flatten(items["json-ld"])))
    except (ValueError, RecursionError):  # RecursionError: a block nested past the limit
        pass  # at least one block is broken: read them one by one below
    result = JsonLdPage()
    tree = lxml.html.fromstring(page_html)
    for number, script in enumerate(tree.xpath('//script[@type="application/ld+json"]'), 1):
        text = script.text_content()
        data, error = _load_block(text)
        if error is not None:
            result.malformed += 1
            result.errors.append(f"block {number}: {error}")
            if _NAMES_JOB_RE.search(text):
                result.job_blocks.append(number)
            logger.debug("unreadable JSON-LD block on %s: %s", base_url, error)
            continue
        result.nodes.extend(_flatten(data if isinstance(data, list) else [data]))
    return result


def parse_page(page_html: str | bytes, url: str) -> list[Posting]:
    """The JobPostings a page embeds (zero, one or several)."""
    return postings_from(read_jsonld(page_html, base_url=url), url)


def postings_from(page: JsonLdPage, url: str) -> list[Posting]:
    """The JobPostings among nodes already read (lets a caller see ``page.malformed`` too)."""
    by_id = {n["@id"]: n for n in page.nodes if isinstance(n.get("@id"), str)}
    postings: list[Posting] = []
    used_ids: set[str] = set()
    for node in page.nodes:
        if not _is_type(node, "JobPosting"):
            continue
        if (
            scalar_text(node.get("url"))
            and http_url(scalar_text(node.get("url")), base=url) is None
        ):
            page.unsafe_urls += 1  # parse_job_posting falls back to the page's own URL
        posting = parse_job_posting(node, url=url, refs=by_id)
        if posting is None:
            continue
        if posting.external_id in used_ids:
            # Several postings without identifiers on one page: keep them apart by position.
            posting.external_id = f"{posting.external_id}#{len(postings) + 1}"
        used_ids.add(posting.external_id)
        postings.append(posting)
    return postings


def parse_job_posting(
    node: Mapping[str, Any], *, url: str, refs: Mapping[str, Mapping[str, Any]] | None = None
) -> Posting | None:
    """One JobPosting node as a Posting, or None without a title."""
    refs = refs or {}
    title = scalar_text(node.get("title")) or scalar_text(node.get("name"))
    if not title:
        return None
    body = _description(scalar_text(node.get("description")))
    # http(s) or nothing: a javascript:, data: or file: url would reach exports as a link.
    page_url = http_url(scalar_text(node.get("url")), base=url) or url
    remote = _is_telecommute(node.get("jobLocationType"))
    locations = _job_locations(node.get("jobLocation"), refs)
    if not locations and remote:
        # A remote posting names where applicants may live instead of where the job is.
        locations = _job_locations(node.get("applicantLocationRequirements"), refs)
    return Posting(
        source=SOURCE,
        external_id=_external_id(node.get("identifier"), url),
        url=page_url,
        apply_url=page_url,
        title=title,
        employer=_organisation(node.get("hiringOrganization"), refs),
        description=html_to_text(body) if looks_like_html(body) else normalise_text(body),
        description_html=sanitize_html(body) or None,
        locations=locations,
        remote=True if remote else None,
        posted_at=parse_date(node.get("datePosted")),
        valid_through=parse_date(node.get("validThrough")),
        hints=hints(node, remote=remote),
        raw={
            k: node[k]
            for k in (
                "baseSalary",
                "employmentType",
                "educationRequirements",
                "experienceRequirements",
                "experienceInPlaceOfEducation",
                "jobLocationType",
                "applicantLocationRequirements",
                "validThrough",
                "identifier",
                "directApply",
            )
            if k in node
        },
    )


def is_expired(posting: Posting, *, now: datetime) -> bool:
    """validThrough in the past means the employer has closed the posting."""
    return posting.valid_through is not None and posting.valid_through < now


# --- reading blocks ----------------------------------------------------------------------------


def _load_block(text: str) -> tuple[Any, str | None]:
    """(data, None) by json.loads with control characters allowed, after dropping a trailing
    ';'; else (None, the parser's message for the block as written)."""
    first: str | None = None
    for candidate in (text, _TRAILING_JUNK_RE.sub("", text.strip())):
        try:
            return json.loads(candidate, strict=False), None
        except ValueError as exc:
            first = first or str(exc)
        except RecursionError:
            first = first or "nested deeper than the parser's recursion limit"
    return None, first


def _flatten(items: list[Any]) -> Iterator[dict[str, Any]]:
    for item in items:
        if isinstance(item, list):
            yield from _flatten(item)
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from _flatten(graph)
            elif isinstance(graph, dict):
                yield from _flatten([graph])
            if any(k != "@context" and k != "@graph" for k in item):
                yield item


def _is_type(node: Mapping[str, Any], name: str) -> bool:
    types = node.get("@type")
    values = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and re.split(r"[/:#]", t)[-1] == name for t in values)


# --- fields ------------------------------------------------------------------------------------


def _description(raw: str) -> str:
    """HTML as given, or decoded once when the site escaped its markup (``&lt;p&gt;``)."""
    if not looks_like_html(raw) and looks_like_html(html.unescape(raw)):
        return html.unescape(raw)
    return raw


def _resolve(value: Any, refs: Mapping[str, Mapping[str, Any]]) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in refs:
        return refs[value["@id"]]
    if isinstance(value, str) and value in refs:
        return refs[value]
    return value


def _organisation(value: Any, refs: Mapping[str, Mapping[str, Any]]) -> str | None:
    value = _resolve(value, refs)
    if isinstance(value, list) and value:
        value = _resolve(value[0], refs)
    if isinstance(value, dict):
        return scalar_text(value.get("name")) or None
    return scalar_text(value) or None


def _external_id(identifier: Any, url: str) -> str:
    values = identifier if isinstance(identifier, list) else [identifier]
    for ident in values:
        if isinstance(ident, dict):
            value = scalar_text(ident.get("value")) or scalar_text(ident.get("@value"))
        else:
            value = scalar_text(ident)
        if value:
            return f"{urlsplit(url).hostname or ''}:{value}"
    return url


def _is_telecommute(value: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    return any(isinstance(v, str) and v.strip().upper() == "TELECOMMUTE" for v in values)


def _job_locations(value: Any, refs: Mapping[str, Mapping[str, Any]]) -> list[Location]:
    out: list[Location] = []
    for place in value if isinstance(value, list) else [value]:
        loc = _location(_resolve(place, refs), refs)
        if loc is not None and loc not in out:
            out.append(loc)
    return out


def _location(place: Any, refs: Mapping[str, Mapping[str, Any]]) -> Location | None:
    if not isinstance(place, dict):
        return None
    if _is_type(place, "State"):
        code = state_code(scalar_text(place.get("name")))
        return Location(state=code, country="US") if code else None
    if _is_type(place, "Country"):
        return Location(country=_country(place))
    address = _resolve(place.get("address"), refs) if "address" in place else place
    if isinstance(address, str):
        address = _address_from_text(address)
    if not isinstance(address, dict):
        return None
    city = scalar_text(address.get("addressLocality")) or None
    region = scalar_text(address.get("addressRegion"))
    country = _country(address.get("addressCountry"))
    state = state_code(region) if region else None
    if country not in (None, "US") and state is not None:
        state = None  # "ON" in Canada is Ontario, not a US state code
    if state is not None and country is None:
        country = "US"
    if city is None and state is None and country is None:
        return None
    return Location(city=city, state=state, country=country)


def _address_from_text(text: str) -> dict[str, str]:
    """ "Dayton, OH" or "Dayton, Ohio 45402" as PostalAddress fields (a text address is legal)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) < 2:
        return {"addressLocality": parts[0]} if parts else {}
    region = re.sub(r"\s+\d{5}(-\d{4})?$", "", parts[1])
    return {"addressLocality": parts[0], "addressRegion": region}


def _country(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    name = scalar_text(value)
    if not name:
        return None
    return "US" if name.lower() in US_NAMES else name
