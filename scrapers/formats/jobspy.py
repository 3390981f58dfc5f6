"""JobSpy CSV exports (Indeed, LinkedIn, ZipRecruiter... scraped by the user) -> Postings.

Columns are the ones JobSpy's ``scrape_jobs`` DataFrame carries, in its order (``DESIRED_ORDER`` in
``jobspy/__init__.py``); its README writes them with ``to_csv(quoting=csv.QUOTE_NONNUMERIC,
escapechar="\\\\", index=False)``, which is the dialect read here.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from matcher.text import html_to_text, looks_like_html, normalise_text, sanitize_html
from schemas.models import Hints, Location, Pay, Posting
from schemas.vocab import state_code
from scrapers.formats._values import parse_bool, parse_date, parse_number

SOURCE_PREFIX = "jobspy"
COLUMNS: tuple[str, ...] = (
    "id",
    "site",
    "job_url",
    "job_url_direct",
    "title",
    "company",
    "location",
    "date_posted",
    "job_type",
    "salary_source",
    "interval",
    "min_amount",
    "max_amount",
    "currency",
    "is_remote",
    "job_level",
    "job_function",
    "listing_type",
    "emails",
    "description",
    "company_industry",
    "company_url",
    "company_logo",
    "company_url_direct",
    "company_addresses",
    "company_num_employees",
    "company_revenue",
    "company_description",
    "skills",
    "experience_range",
    "company_rating",
    "company_reviews_count",
    "vacancy_count",
    "work_from_home_type",
)
#: JobSpy JobType values (the first of each enum tuple) -> our employment types. "nights",
#: "summer", "other" and "volunteer" are not employment types here.
JOB_TYPES: dict[str, str] = {
    "fulltime": "full_time",
    "parttime": "part_time",
    "contract": "contract",
    "temporary": "temporary",
    "internship": "internship",
    "perdiem": "per_diem",
}
#: CompensationInterval -> pay period. "daily" has no period here and is left out (raw keeps it).
INTERVALS: dict[str, str] = {
    "hourly": "hour",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
}
RAW_COLUMNS = (
    "site",
    "job_type",
    "salary_source",
    "interval",
    "min_amount",
    "max_amount",
    "currency",
    "is_remote",
    "job_level",
    "job_function",
    "listing_type",
    "company_industry",
    "work_from_home_type",
    "experience_range",
)
COUNTRY_NAMES = {"usa": "US", "us": "US", "united states": "US"}
_MARKDOWN_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MARKDOWN_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")
_MISSING = {"", "nan", "none", "null", "nat"}


def read_csv(source: str | Path | Iterable[str]) -> list[Posting]:
    """Postings of a JobSpy CSV (a path, CSV text, or lines); rows without a title are skipped."""
    if isinstance(source, Path):
        text = source.read_text(encoding="utf-8-sig")
        lines: Iterable[str] = io.StringIO(text, newline="")
    elif isinstance(source, str):
        lines = io.StringIO(source.lstrip("\ufeff"), newline="")
    else:
        lines = source
    reader = csv.DictReader(lines, escapechar="\\", doublequote=True)
    return [p for p in (parse_row(row) for row in reader) if p is not None]


def parse_row(row: Mapping[str, str | None]) -> Posting | None:
    """One CSV row as a Posting."""
    get = _getter(row)
    title, job_url = get("title"), get("job_url")
    if not title or not job_url:
        return None
    site = (get("site") or "unknown").lower()
    body = get("description") or ""
    remote = parse_bool(get("is_remote"))
    hints = _hints(get, remote=remote)
    return Posting(
        source=f"{SOURCE_PREFIX}:{site}",
        external_id=get("id") or job_url,
        url=job_url,
        apply_url=get("job_url_direct") or job_url,
        title=title,
        employer=get("company"),
        description=html_to_text(body) if looks_like_html(body) else _markdown_text(body),
        description_html=sanitize_html(body) if looks_like_html(body) else None,
        locations=[loc] if (loc := parse_location(get("location") or "")) else [],
        remote=remote,
        posted_at=parse_date(get("date_posted")),
        hints=hints,
        raw={k: get(k) for k in RAW_COLUMNS if get(k) is not None},
    )


def parse_location(text: str) -> Location | None:
    """JobSpy's display_location: "City, ST, USA", "City, ST", "ST, USA", "Toronto, ON, Canada".

    >>> parse_location("Tulsa, OK, USA")
    Location(city='Tulsa', state='OK', country='US')
    >>> parse_location("Toronto, ON, Canada")
    Location(city='Toronto', state=None, country='Canada')
    """
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return None
    country: str | None = None
    if len(parts) >= 2 or parts[-1].lower() in COUNTRY_NAMES:
        last = parts[-1]
        if last.lower() in COUNTRY_NAMES:
            country, parts = "US", parts[:-1]
        elif state_code(last) is None or len(parts) == 3:
            country, parts = last, parts[:-1]
    state = None
    if parts and country in (None, "US") and state_code(parts[-1]):
        state, parts = state_code(parts[-1]), parts[:-1]
        country = "US"
    city = parts[0] if parts else None
    if city and city.lower() in {"remote", "anywhere"}:
        city = None
    if city is None and state is None and country is None:
        return None
    return Location(city=city, state=state, country=country)


Getter = Callable[[str], "str | None"]


def _getter(row: Mapping[str, str | None]) -> Getter:
    def get(key: str) -> str | None:
        value = (row.get(key) or "").strip()
        return None if value.lower() in _MISSING else value

    return get


def _hints(get: Getter, *, remote: bool | None) -> Hints:
    fields: dict[str, str] = {}
    types: list[str] = []
    for part in (get("job_type") or "").split(","):
        kind = JOB_TYPES.get(part.strip().lower())
        if kind and kind not in types:
            types.append(kind)
    if types:
        fields["employment_types"] = "job_type"
    pay = None
    period = INTERVALS.get((get("interval") or "").lower())
    lo, hi = parse_number(get("min_amount")), parse_number(get("max_amount"))
    # Pay JobSpy read out of the description is not structured data: the extractor reads the text
    # itself, so only direct data becomes a hint (raw keeps both).
    direct = get("salary_source") in (None, "direct_data")
    if direct and period and (lo is not None or hi is not None):
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        currency = (get("currency") or "USD").upper()
        pay = Pay(min=lo, max=hi, period=period, currency=currency)
        fields["pay"] = "min_amount/max_amount"
    workplace = None
    if remote:
        workplace, fields["workplace"] = "remote", "is_remote"
    return Hints(employment_types=types, workplace=workplace, pay=pay, fields=fields)


def _markdown_text(body: str) -> str:
    """JobSpy's default description is markdown: drop escapes and emphasis marks, keep the text."""
    text = _MARKDOWN_EMPHASIS_RE.sub(r"\2", _MARKDOWN_ESCAPE_RE.sub(r"\1", body))
    return normalise_text(text)
