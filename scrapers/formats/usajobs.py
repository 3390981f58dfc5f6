"""USAJOBS Search API response -> Postings, and the page loop as pure functions (docs/sources.md).

The description is built from the announcement's own text fields (``UserArea.Details`` and the
descriptor's ``QualificationSummary``), each under its heading, so the extractor reads the
qualifications without the job page's furniture. ``TeleworkEligible`` / ``RemoteIndicator`` give
the workplace hint, ``PositionSchedule`` (and a temporary ``PositionOfferingType``) the employment
types. A duty location that is negotiable or "anywhere" makes the posting remote: it may be
done from anywhere in the country (docs/sources.md). ``WithinArea`` (with ``CommuteDistance``)
limits applicants to those living within the duty station's commuting area: a sentence under
"Who may apply" says so, so the reader and the extractor see it (not a state list, so not
``residence_states``).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from matcher.text import html_to_text, looks_like_html, sanitize_html
from schemas.models import Hints, Location, Pay, Posting
from schemas.vocab import state_code
from scrapers import settings as defaults
from scrapers.formats._values import parse_bool, parse_date, parse_number

SOURCE = "usajobs"
API_PATH = "/api/search"
RESULTS_PER_PAGE = 500
#: 0675 Medical Records Technician; options: 0669 Medical Records Administration and
#: 0679 Medical Support Assistance.
DEFAULT_SERIES = ("0675",)
API_HOST = "data.usajobs.gov"
KEY_ENV = "HIMJOBS_USAJOBS_KEY"
EMAIL_ENV = "HIMJOBS_USAJOBS_EMAIL"

#: RateIntervalCode (and the 2016 spelled-out form) -> (our pay period, divisor to reach it).
#: Bi-weekly halves to a week. PD (per day) and WC (without compensation) have no period in our
#: vocabulary and no hours to convert with, so they give no pay hint; raw keeps them.
RATE_INTERVALS: dict[str, tuple[str, float]] = {
    "PA": ("year", 1.0),
    "PER YEAR": ("year", 1.0),
    "PH": ("hour", 1.0),
    "PER HOUR": ("hour", 1.0),
    "PW": ("week", 1.0),
    "PER WEEK": ("week", 1.0),
    "BW": ("week", 2.0),
    "BI-WEEKLY": ("week", 2.0),
    "PM": ("month", 1.0),
    "PER MONTH": ("month", 1.0),
}

#: PositionSchedule code -> employment type. 3 (shift work) and 6 (multiple schedules) say
#: nothing about the type; job sharing is a form of part-time work in OPM's terms.
SCHEDULE_CODES: dict[str, str] = {
    "1": "full_time",
    "2": "part_time",
    "4": "per_diem",
    "5": "part_time",
}
SCHEDULE_NAMES: dict[str, str] = {
    "full-time": "full_time",
    "part-time": "part_time",
    "intermittent": "per_diem",
    "job sharing": "part_time",
    "full time": "full_time",
    "part time": "part_time",
}
#: Words of a PositionLocation that name no duty station but say the job can be placed (or
#: done) anywhere: "Location Negotiable After Selection", "Anywhere in the U.S. (remote job)".
ANYWHERE_WORDS = ("negotiable", "anywhere")
#: PositionOfferingType codes meaning a time-limited appointment (temporary or term).
TEMPORARY_OFFERING_CODES = frozenset({"15321", "15318", "15322"})
TEMPORARY_OFFERING_WORDS = ("temporary", "term")

#: Details fields read into the description, in this order, with their headings.
DESCRIPTION_SECTIONS: tuple[tuple[str, str], ...] = (
    ("JobSummary", "Summary"),
    ("MajorDuties", "Duties"),
    ("QualificationSummary", "Qualifications"),
    ("Education", "Education"),
    ("Requirements", "Requirements"),
    ("KeyRequirements", "Key requirements"),
)
#: heading and sentence for an announcement open only within a commuting area (WithinArea)
AREA_HEADING = "Who may apply"
AREA_TEXT = "Only applicants who live within the local commuting area of the duty station"


class MissingCredentials(ValueError):
    """The USAJOBS API key or its registered e-mail address is not configured."""


def credentials(environ: Mapping[str, str]) -> tuple[str, str]:
    """(api key, e-mail) from the environment, or an error naming the missing variables.

    >>> credentials({"HIMJOBS_USAJOBS_KEY": "k", "HIMJOBS_USAJOBS_EMAIL": "me@example.org"})
    ('k', 'me@example.org')
    >>> credentials({"HIMJOBS_USAJOBS_KEY": "k"})
    Traceback (most recent call last):
    ...
    scrapers.formats.usajobs.MissingCredentials: USAJOBS needs HIMJOBS_USAJOBS_EMAIL set ...
    """
    key = environ.get(KEY_ENV, "").strip()
    email = environ.get(EMAIL_ENV, "").strip()
    missing = [name for name, value in ((KEY_ENV, key), (EMAIL_ENV, email)) if not value]
    if missing:
        raise MissingCredentials(
            f"USAJOBS needs {' and '.join(missing)} set (an API key from "
            "developer.usajobs.gov and the e-mail address it was registered with)"
        )
    return key, email


def request_headers(key: str, email: str) -> dict[str, str]:
    """The three headers the API requires; Authorization-Key must only ever go to API_HOST."""
    return {"Host": API_HOST, "User-Agent": email, "Authorization-Key": key}


def parse_search(payload: Mapping[str, Any]) -> list[Posting]:
    """Every posting of one search response page."""
    result = payload.get("SearchResult") or {}
    items = result.get("SearchResultItems") or []
    return [p for p in (parse_item(item) for item in items) if p is not None]


def parse_item(item: Mapping[str, Any]) -> Posting | None:
    """One SearchResultItems entry, or None when it lacks an id or a title."""
    desc = item.get("MatchedObjectDescriptor") or {}
    external_id = str(item.get("MatchedObjectId") or "").strip()
    title = str(desc.get("PositionTitle") or "").strip()
    if not external_id or not title:
        return None
    details = (desc.get("UserArea") or {}).get("Details") or {}
    body_html = _description_html(desc, details)
    indicator = parse_bool(details.get("RemoteIndicator"))
    remote = indicator
    entries = desc.get("PositionLocation") or []
    if not remote and any(_is_anywhere(e) for e in entries if isinstance(e, Mapping)):
        # A negotiable duty station is chosen with the selectee: where the applicant lives does
        # not rule them out, which is what ``remote`` tells the matcher. The workplace hint
        # still comes from the telework flags only.
        remote = True
    apply_uris = desc.get("ApplyURI") or []
    return Posting(
        source=SOURCE,
        external_id=external_id,
        url=str(desc.get("PositionURI") or f"https://www.usajobs.gov/job/{external_id}"),
        apply_url=(apply_uris[0] if apply_uris else None) or details.get("ApplyOnlineUrl") or None,
        title=title,
        employer=str(desc.get("OrganizationName") or desc.get("DepartmentName") or "") or None,
        description=html_to_text(body_html),
        description_html=sanitize_html(body_html) or None,
        locations=_locations(entries),
        remote=remote,
        posted_at=parse_date(desc.get("PublicationStartDate")),
        valid_through=parse_date(desc.get("ApplicationCloseDate")),
        hints=_hints(desc, details, remote=indicator),
        raw=_raw(desc, details),
    )


def next_page_params(
    params: Mapping[str, str],
    payload: Mapping[str, Any],
    *,
    max_pages: int = defaults.HIMJOBS_MAX_PAGES,
) -> dict[str, str] | None:
    """Query parameters of the next page, or None when this page was the last.

    Stops when Page >= int(NumberOfPages), the page has no items, the page is short of
    ResultsPerPage, or max_pages is reached.

    >>> page = {"SearchResult": {"SearchResultCount": 500, "SearchResultItems": [{}] * 500,
    ...         "UserArea": {"NumberOfPages": "3"}}}
    >>> next_page_params({"Page": "1", "ResultsPerPage": "500"}, page)
    {'Page': '2', 'ResultsPerPage': '500'}
    >>> next_page_params({"Page": "3", "ResultsPerPage": "500"}, page) is None
    True
    """
    result = payload.get("SearchResult") or {}
    items = result.get("SearchResultItems") or []
    page = int(params.get("Page", "1"))
    per_page = int(params.get("ResultsPerPage", str(RESULTS_PER_PAGE)))
    pages = _int((result.get("UserArea") or {}).get("NumberOfPages"))
    count = _int(result.get("SearchResultCount"))
    if not items or page >= max_pages:
        return None
    if pages is not None and page >= pages:
        return None
    if (count if count is not None else len(items)) < per_page:
        return None
    return {**params, "Page": str(page + 1)}


def search_params(
    *, series: tuple[str, ...] = DEFAULT_SERIES, keyword: str | None = None, days: int | None = None
) -> dict[str, str]:
    """First-page query parameters: series joined with ';' as the API wants.

    >>> search_params(series=("0675", "0669"), keyword="medical records")["JobCategoryCode"]
    '0675;0669'
    """
    params = {
        "JobCategoryCode": ";".join(series),
        "ResultsPerPage": str(RESULTS_PER_PAGE),
        "Page": "1",
    }
    if keyword:
        params["Keyword"] = keyword
    if days is not None:
        params["DatePosted"] = str(max(0, min(60, days)))
    return params


def _description_html(desc: Mapping[str, Any], details: Mapping[str, Any]) -> str:
    parts: list[str] = []
    for key, heading in DESCRIPTION_SECTIONS:
        # QualificationSummary sits on the descriptor; older and newer captures also carry it
        # in Details.
        value = desc.get(key) if key == "QualificationSummary" else None
        value = value or details.get(key)
        values = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
        values = [v.strip() for v in values if v.strip()]
        if not values:
            continue
        parts.append(f"<h3>{heading}</h3>")
        if len(values) > 1:
            parts.append("<ul>" + "".join(f"<li>{_fragment(v)}</li>" for v in values) + "</ul>")
        else:
            parts.append(f"<p>{_fragment(values[0])}</p>")
    if (area := commuting_area(details)) is not None:
        parts.append(f"<h3>{AREA_HEADING}</h3><p>{html.escape(area)}</p>")
    return "\n".join(parts)


def commuting_area(details: Mapping[str, Any]) -> str | None:
    """The sentence for an announcement open only to applicants living within the duty
    station's commuting area (WithinArea true; CommuteDistance in miles when above 0), or None.

    >>> commuting_area({"WithinArea": "True", "CommuteDistance": "50"})[-34:]
    'duty station (50 miles) may apply.'
    >>> commuting_area({"WithinArea": "False", "CommuteDistance": "0"}) is None
    True
    """
    if not parse_bool(details.get("WithinArea")):
        return None
    distance = parse_number(details.get("CommuteDistance"))
    within = f" ({distance:g} miles)" if distance and distance > 0 else ""
    return f"{AREA_TEXT}{within} may apply."


def _fragment(text: str) -> str:
    """Text fields carry newlines and sometimes markup: keep markup, escape plain text."""
    if looks_like_html(text):
        return text
    return html.escape(text).replace("\n", "<br>")


def _locations(entries: list[Mapping[str, Any]]) -> list[Location]:
    out: list[Location] = []
    for entry in entries:
        region = str(entry.get("CountrySubDivisionCode") or "").strip()
        state = state_code(region) if region else None
        city_field = str(entry.get("CityName") or "").strip()
        city = city_field.split(",")[0].strip() if city_field else None
        # Negotiable / anywhere locations carry no real city (and Longitude 0).
        if city and any(w in city.lower() for w in ANYWHERE_WORDS):
            city = None
        if city and state and city.upper().endswith(f" {state}"):
            city = city[: -len(state)].rstrip()  # "Washington DC, District of Columbia"
        country_name = str(entry.get("CountryCode") or "").strip()
        country = "US" if country_name in {"United States", "US", "USA"} else (country_name or None)
        loc = Location(city=city, state=state, country=country)
        if loc not in out:
            out.append(loc)
    return out


def _is_anywhere(entry: Mapping[str, Any]) -> bool:
    names = (entry.get("LocationName"), entry.get("CityName"))
    return any(isinstance(n, str) and any(w in n.lower() for w in ANYWHERE_WORDS) for n in names)


def _hints(desc: Mapping[str, Any], details: Mapping[str, Any], *, remote: bool | None) -> Hints:
    fields: dict[str, str] = {}
    pay = _pay(desc.get("PositionRemuneration") or [])
    if pay is not None:
        fields["pay"] = "PositionRemuneration"
    types: list[str] = []
    for sched in desc.get("PositionSchedule") or []:
        code = str(sched.get("Code") or "").strip()
        name = str(sched.get("Name") or "").strip().lower()
        kind = SCHEDULE_CODES.get(code) or SCHEDULE_NAMES.get(name)
        if kind:
            types.append(kind)
            fields["employment_types"] = "PositionSchedule"
    for offer in desc.get("PositionOfferingType") or []:
        code = str(offer.get("Code") or "").strip()
        name = str(offer.get("Name") or "").lower()
        if code in TEMPORARY_OFFERING_CODES or any(
            w in name.split() for w in TEMPORARY_OFFERING_WORDS
        ):
            types.append("temporary")
            fields["employment_types"] = "PositionSchedule+PositionOfferingType"
    telework = parse_bool(details.get("TeleworkEligible"))
    workplace = None
    if remote:
        workplace, fields["workplace"] = "remote", "RemoteIndicator"
    elif telework:
        # Telework-eligible federal jobs are on-site jobs with some days at home.
        workplace, fields["workplace"] = "hybrid", "TeleworkEligible"
    elif remote is False and telework is False:
        workplace, fields["workplace"] = "on_site", "RemoteIndicator+TeleworkEligible"
    return Hints(employment_types=types, workplace=workplace, pay=pay, fields=fields)


def _pay(entries: list[Mapping[str, Any]]) -> Pay | None:
    for entry in entries:
        code = str(entry.get("RateIntervalCode") or "").strip().upper()
        period = RATE_INTERVALS.get(code)
        lo, hi = parse_number(entry.get("MinimumRange")), parse_number(entry.get("MaximumRange"))
        if period is None or (not lo and not hi):
            continue
        name, div = period
        lo = None if not lo else round(lo / div, 2)
        hi = None if not hi else round(hi / div, 2)
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        return Pay(min=lo, max=hi, period=name)
    return None


def _raw(desc: Mapping[str, Any], details: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "PositionID": desc.get("PositionID"),
        "JobCategory": [c.get("Code") for c in desc.get("JobCategory") or []],
        "JobGrade": [g.get("Code") for g in desc.get("JobGrade") or []],
        "LowGrade": details.get("LowGrade"),
        "HighGrade": details.get("HighGrade"),
        "PromotionPotential": details.get("PromotionPotential"),
        "PositionRemuneration": list(desc.get("PositionRemuneration") or []),
        "PositionSchedule": list(desc.get("PositionSchedule") or []),
        "PositionOfferingType": list(desc.get("PositionOfferingType") or []),
        "TeleworkEligible": details.get("TeleworkEligible"),
        "RemoteIndicator": details.get("RemoteIndicator"),
        "DepartmentName": desc.get("DepartmentName"),
        "WhoMayApply": (details.get("WhoMayApply") or {}).get("Name"),
        "WithinArea": details.get("WithinArea"),
        "CommuteDistance": details.get("CommuteDistance"),
    }


def _int(value: object) -> int | None:
    f = parse_number(value)
    return None if f is None else int(f)
