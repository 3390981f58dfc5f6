"""Helpers shared by the format parsers: dates, HTML bodies, locations, pay and type words.

Vocabulary maps (source words -> our vocabularies) live here as data, one place for all formats.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from dateutil import parser as _dateparser

from matcher.text import html_to_text, sanitize_html
from schemas import Location, Pay
from schemas.vocab import state_code


class FormatError(ValueError):
    """A payload that is not in the source's documented shape."""


#: Source words for employment type -> schemas.vocab EmploymentType (keys lower-case, no spaces).
EMPLOYMENT_WORDS: dict[str, str] = {
    "fulltime": "full_time",
    "full-time": "full_time",
    "full_time": "full_time",
    "parttime": "part_time",
    "part-time": "part_time",
    "part_time": "part_time",
    "perdiem": "per_diem",
    "per-diem": "per_diem",
    "prn": "per_diem",
    "temporary": "temporary",
    "temp": "temporary",
    "seasonal": "temporary",
    "contract": "contract",
    "contractor": "contract",
    "intern": "internship",
    "internship": "internship",
}

#: Source words for workplace -> schemas.vocab Workplace.
WORKPLACE_WORDS: dict[str, str] = {
    "onsite": "on_site",
    "on-site": "on_site",
    "on_site": "on_site",
    "hybrid": "hybrid",
    "remote": "remote",
}

#: Pay interval words (Lever salaryRange.interval, Ashby "1 YEAR") -> PayPeriod, or None to skip.
PAY_INTERVALS: dict[str, str] = {
    "per-year-salary": "year",
    "per-month-salary": "month",
    "per-week-salary": "week",
    "per-hour-wage": "hour",
    "1 year": "year",
    "1 month": "month",
    "1 week": "week",
    "1 hour": "hour",
    "year": "year",
    "month": "month",
    "week": "week",
    "hour": "hour",
}

_COUNTRY_US = {"us", "usa", "united states", "united states of america", "u.s.", "u.s.a."}


def employment_type(word: str | None) -> str | None:
    """Our employment type for a source's word, else None.

    >>> employment_type("Full-time"), employment_type("FullTime"), employment_type("Weird")
    ('full_time', 'full_time', None)
    """
    if not word:
        return None
    return EMPLOYMENT_WORDS.get(word.strip().lower().replace(" ", ""))


def workplace(word: str | None) -> str | None:
    if not word:
        return None
    return WORKPLACE_WORDS.get(word.strip().lower().replace(" ", ""))


def pay(low: Any, high: Any, interval: str | None, currency: str | None) -> Pay | None:
    """A Pay from structured min/max/interval, or None when the interval is unknown or empty."""
    period = PAY_INTERVALS.get((interval or "").strip().lower())
    lo = float(low) if isinstance(low, int | float) and low > 0 else None
    hi = float(high) if isinstance(high, int | float) and high > 0 else None
    if period is None or (lo is None and hi is None):
        return None
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Pay(min=lo, max=hi, period=period, currency=(currency or "USD").upper())


def parse_datetime(value: Any) -> datetime | None:
    """ISO strings (any offset) or epoch milliseconds -> naive UTC datetime, else None.

    >>> parse_datetime(1751461040734)
    datetime.datetime(2025, 7, 2, 12, 57, 20, 734000)
    >>> parse_datetime("2026-03-02T10:15:00-05:00")
    datetime.datetime(2026, 3, 2, 15, 15)
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000.0, tz=UTC).replace(tzinfo=None)
    if isinstance(value, str):
        try:
            dt: datetime = _dateparser.isoparse(value.strip())
        except ValueError:
            return None
        if dt.tzinfo is not None:
            dt = dt.astimezone(UTC).replace(tzinfo=None)
        return dt
    return None


def bodies(markup: str) -> tuple[str, str | None]:
    """(plain text, sanitised HTML) of a posting body."""
    if not markup or not markup.strip():
        return "", None
    return html_to_text(markup), sanitize_html(markup)


_REMOTE_RE = re.compile(r"\bremote\b", re.I)


def parse_location(text: str | None, *, country: str | None = None) -> Location | None:
    """'City, ST' / 'City, State' / 'City, ST, USA' -> Location; other text is kept as the city.

    >>> parse_location("Tulsa, OK")
    Location(city='Tulsa', state='OK', country='US')
    >>> parse_location("Boise, Idaho, United States")
    Location(city='Boise', state='ID', country='US')
    >>> parse_location("Remote") is None, parse_location("Remote - US") is None
    (True, True)
    """
    if not text or not text.strip():
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if parts and parts[-1].lower() in _COUNTRY_US:
        parts = parts[:-1]
        country = "US"
    if not parts or (len(parts) == 1 and _REMOTE_RE.fullmatch(parts[0])):
        return Location(city=None, state=None, country=country) if country else None
    if len(parts) >= 2:
        code = state_code(parts[-1])
        if code:
            return Location(city=", ".join(parts[:-1]), state=code, country="US")
    code = state_code(parts[0]) if len(parts) == 1 else None
    if code:
        return Location(city=None, state=code, country="US")
    if _REMOTE_RE.search(text):
        # "Remote - US", "Remote (US)": no place, only the remote flag (set by the caller).
        return None
    return Location(city=", ".join(parts), state=None, country=country)


def is_remote_text(text: str | None) -> bool:
    return bool(text and _REMOTE_RE.search(text))


def require(payload: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    """payload[key] checked for type, else FormatError naming the field."""
    if not isinstance(payload, dict):
        raise FormatError(f"expected an object with {key!r}, got {type(payload).__name__}")
    value = payload.get(key)
    if not isinstance(value, kind):
        raise FormatError(f"field {key!r} missing or not {kind}")
    return value
