"""Workday career sites (CXS JSON): list/detail payloads -> Postings, paging (docs/sources.md)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from matcher.text import html_to_text, sanitize_html
from schemas.models import Hints, Location, Posting
from schemas.vocab import US_STATES, state_code
from scrapers import settings as defaults
from scrapers.formats._values import parse_date, parse_relative_posted

SOURCE = "workday"
#: Workday answers 400 to a larger limit.
PAGE_LIMIT = 20
#: Workday clamps `total` here; a board at this total probably holds more postings.
TOTAL_CAP = 2000

TIME_TYPES: dict[str, str] = {"full time": "full_time", "part time": "part_time"}
REMOTE_TYPES: dict[str, str] = {
    "on-site": "on_site",
    "onsite": "on_site",
    "on site": "on_site",
    "hybrid": "hybrid",
    "remote": "remote",
    "fully remote": "remote",
    "virtual": "remote",
}
#: Words in a location string that mean "no fixed site" rather than a city.
REMOTE_PLACE_WORDS = ("virtual", "remote", "work from home", "telecommute")
COUNTRY_WORDS = frozenset({"us", "usa", "united states", "united states of america"})
_MULTI_RE = re.compile(r"^\d+\s+locations?$", re.IGNORECASE)
# Commas and spaced dashes separate parts; a bare hyphen only after a leading code ("NC-Raleigh",
# "US-TX-Dallas") so "Winston-Salem" stays one city.
_PART_SPLIT_RE = re.compile(r"\s*,\s*|\s+[-–]\s+")
_CODE_PREFIX_RE = re.compile(r"^([A-Z]{2,3})-(.+)$")
_CODE_SUFFIX_RE = re.compile(r"^(.+[a-z])-([A-Z]{2})$")
#: "114 Bayou Regional Health System, Inc.": a numeric company code before the legal name.
_ENTITY_CODE_RE = re.compile(r"^\d{2,5}\s+(?=\S)")
_SITE_HOST_RE = re.compile(r"^wd\d+\.myworkdaysite\.com$")
_SITE_PATH_RE = re.compile(
    r"^/(?:[a-z]{2}-[A-Z]{2}/)?recruiting/(?P<tenant>[^/]+)/(?P<site>[^/]+)/?$"
)
_BOARD_PATH_RE = re.compile(r"^/(?:[a-z]{2}-[A-Z]{2}/)?(?P<site>[^/]+)/?$")


@dataclass(frozen=True)
class Board:
    """A Workday career site named by its public URL."""

    host: str
    tenant: str
    site: str

    @property
    def site_url(self) -> str:
        if self.host.endswith(".myworkdaysite.com"):
            return f"https://{self.host}/recruiting/{self.tenant}/{self.site}"
        return f"https://{self.host}/{self.site}"

    def list_path(self) -> str:
        return f"/wday/cxs/{self.tenant}/{self.site}/jobs"

    def detail_path(self, external_path: str) -> str:
        return f"/wday/cxs/{self.tenant}/{self.site}{external_path}"


@dataclass(frozen=True)
class ListEntry:
    """One jobPostings entry of a list page."""

    title: str
    external_path: str
    locations_text: str
    posted_on: str
    bullet_fields: tuple[str, ...]


def parse_board_url(url: str) -> Board:
    """Board from https://TENANT.wdN.myworkdayjobs.com/[en-US/]SITE.

    >>> parse_board_url("https://acmehealth.wd5.myworkdayjobs.com/en-US/Careers")
    Board(host='acmehealth.wd5.myworkdayjobs.com', tenant='acmehealth', site='Careers')

    Some tenants live on the shared host instead (``/recruiting/TENANT/SITE``):

    >>> parse_board_url("https://wd3.myworkdaysite.com/en-US/recruiting/acmehealth/Careers").tenant
    'acmehealth'
    """
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if _SITE_HOST_RE.match(host) and (s := _SITE_PATH_RE.match(parts.path)) is not None:
        return Board(host=host, tenant=s.group("tenant"), site=s.group("site"))
    m = _BOARD_PATH_RE.match(parts.path)
    if not host.endswith(".myworkdayjobs.com") or m is None:
        raise ValueError(
            f"not a Workday career-site URL (https://TENANT.wdN.myworkdayjobs.com/SITE): {url!r}"
        )
    return Board(host=host, tenant=host.split(".")[0], site=m.group("site"))


def list_body(
    offset: int, *, search_text: str = "", facets: Mapping[str, list[str]] | None = None
) -> dict[str, Any]:
    """JSON body of a list POST."""
    return {
        "appliedFacets": dict(facets or {}),
        "limit": PAGE_LIMIT,
        "offset": offset,
        "searchText": search_text,
    }


def parse_list(payload: Mapping[str, Any]) -> list[ListEntry]:
    """The postings of one list page (entries without an externalPath are skipped)."""
    out: list[ListEntry] = []
    for job in payload.get("jobPostings") or []:
        path = str(job.get("externalPath") or "")
        if not path:
            continue
        out.append(
            ListEntry(
                title=str(job.get("title") or ""),
                external_path=path,
                locations_text=str(job.get("locationsText") or ""),
                posted_on=str(job.get("postedOn") or ""),
                bullet_fields=tuple(str(b) for b in job.get("bulletFields") or []),
            )
        )
    return out


def first_page_total(payload: Mapping[str, Any]) -> tuple[int, bool]:
    """(total, clamped) from the first list page; clamped means the board may hold more postings
    than Workday will page through (narrow with searchText or facets).

    >>> first_page_total({"total": 2000, "jobPostings": []})
    (2000, True)
    """
    try:
        total = int(payload.get("total") or 0)
    except (TypeError, ValueError):
        total = 0
    return total, total >= TOTAL_CAP


def next_offset(
    offset: int,
    payload: Mapping[str, Any],
    *,
    first_total: int,
    page: int,
    max_pages: int = defaults.HIMJOBS_MAX_PAGES,
) -> int | None:
    """Offset of the next list page, or None to stop.

    `first_total` is the first page's `total` (later pages say 0); `page` counts pages done.

    >>> next_offset(0, {"jobPostings": [{}] * 20, "total": 0}, first_total=45, page=1)
    20
    >>> next_offset(40, {"jobPostings": [{}] * 5, "total": 0}, first_total=45, page=3) is None
    True
    """
    postings = payload.get("jobPostings") or []
    if not postings or page >= max_pages:
        return None
    nxt = offset + len(postings)
    return None if nxt >= first_total else nxt


def parse_detail(
    payload: Mapping[str, Any],
    *,
    board: Board,
    crawled_at: datetime,
    entry: ListEntry | None = None,
    employer: str | None = None,
) -> Posting | None:
    """One detail payload (GET {detail_path}) as a Posting, or None without a title.

    `crawled_at` anchors the relative postedOn text, used only when startDate is missing;
    `employer` is the board's display name (hiringOrganization.name is an internal entity code).
    """
    info = payload.get("jobPostingInfo") or {}
    title = str(info.get("title") or (entry.title if entry else "")).strip()
    req_id = str(info.get("jobReqId") or info.get("jobPostingId") or info.get("id") or "").strip()
    if not title or not req_id:
        return None
    path = entry.external_path if entry else ""
    url = str(info.get("externalUrl") or f"{board.site_url}{path}")
    body = str(info.get("jobDescription") or "")
    place_texts = [str(info.get("location") or "")] + [
        str(x) for x in info.get("additionalLocations") or []
    ]
    if not place_texts[0] and entry:
        place_texts[0] = entry.locations_text
    country = ((info.get("jobRequisitionLocation") or {}).get("country") or {}).get("alpha2Code")
    locations: list[Location] = []
    for text in place_texts:
        loc = parse_location(text, country=country)
        if loc is not None and loc not in locations:
            locations.append(loc)
    hints, remote = _hints(info, place_texts)
    posted_on = str(info.get("postedOn") or (entry.posted_on if entry else ""))
    posted_at = parse_date(info.get("startDate")) or parse_relative_posted(
        posted_on, now=crawled_at
    )
    org = (payload.get("hiringOrganization") or {}).get("name")
    return Posting(
        source=SOURCE,
        external_id=f"{board.tenant}/{board.site}/{req_id}",
        url=url,
        apply_url=url,
        title=title,
        employer=employer or entity_name(org) or board.tenant,
        description=html_to_text(body),
        description_html=sanitize_html(body) or None,
        locations=locations,
        remote=remote,
        posted_at=posted_at,
        valid_through=parse_date(info.get("endDate")),
        hints=hints,
        raw={
            "timeType": info.get("timeType"),
            "remoteType": info.get("remoteType"),
            "jobReqId": info.get("jobReqId"),
            "jobPostingId": info.get("jobPostingId"),
            "postedOn": posted_on or None,
            "location": info.get("location"),
            "additionalLocations": list(info.get("additionalLocations") or []),
            "hiringOrganization": org,
            "bulletFields": list(entry.bullet_fields) if entry else [],
        },
    )


def entity_name(name: object) -> str | None:
    """hiringOrganization.name without Workday's leading company code.

    >>> entity_name("072 PGIM Investments,LLC")
    'PGIM Investments,LLC'
    >>> entity_name("3M Health Information Systems")
    '3M Health Information Systems'
    """
    if not isinstance(name, str) or not name.strip():
        return None
    return _ENTITY_CODE_RE.sub("", name.strip()) or None


def parse_location(text: str, *, country: str | None = None) -> Location | None:
    """A Location from Workday's free-form place strings, or None when it names no place.

    >>> parse_location("TX - Houston")
    Location(city='Houston', state='TX', country='US')
    >>> parse_location("NC-Virtual Office")
    Location(city=None, state='NC', country='US')
    >>> parse_location("Winston-Salem, NC").city, parse_location("US-TX-Dallas").city
    ('Winston-Salem', 'Dallas')
    >>> parse_location("2 Locations") is None
    True
    """
    text = text.strip()
    if not text or _MULTI_RE.match(text):
        return None
    parts: list[str] = []
    for part in _PART_SPLIT_RE.split(text):
        while (m := _CODE_PREFIX_RE.match(part)) is not None:
            parts.append(m.group(1))
            part = m.group(2)
        if (m := _CODE_SUFFIX_RE.match(part)) is not None and m.group(2) in US_STATES:
            parts.extend([m.group(1), m.group(2)])  # "El Paso-TX"
            continue
        parts.append(part.strip())
    parts = [p for p in parts if p and p.lower() not in COUNTRY_WORDS]
    # A two-letter code beats a full name: in "New York, NY" the city is the name.
    state_idx = next((i for i, p in enumerate(parts) if p.upper() == p and p in US_STATES), None)
    if state_idx is None:
        state_idx = next((i for i, p in enumerate(parts) if state_code(p)), None)
    state = state_code(parts[state_idx]) if state_idx is not None else None
    rest = [p for i, p in enumerate(parts) if i != state_idx]
    city = next((p for p in rest if not _is_remote_place(p) and not p.isdigit()), None)
    if city is None and state is None:
        return None
    return Location(city=city, state=state, country=(country or "US"))


def _is_remote_place(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in REMOTE_PLACE_WORDS) or low in {"office", "home"}


def _hints(info: Mapping[str, Any], place_texts: list[str]) -> tuple[Hints, bool | None]:
    fields: dict[str, str] = {}
    types: list[str] = []
    kind = TIME_TYPES.get(str(info.get("timeType") or "").strip().lower())
    if kind:
        types.append(kind)
        fields["employment_types"] = "timeType"
    workplace = REMOTE_TYPES.get(str(info.get("remoteType") or "").strip().lower())
    if workplace:
        fields["workplace"] = "remoteType"
    elif any(_is_remote_place(t) for t in place_texts if t):
        # "NC-Virtual Office": the only remote signal some tenants give.
        workplace, fields["workplace"] = "remote", "location"
    remote = None if workplace is None else workplace == "remote"
    return Hints(employment_types=types, workplace=workplace, fields=fields), remote
