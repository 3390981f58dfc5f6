"""The scalar values sources send, read one way for every format: dates (the one date parser,
and Workday's relative text), booleans, numbers and text."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta

from dateutil import parser as _dateparser

_RELATIVE_RE = re.compile(
    r"posted\s+(?:(today)|(yesterday)|(\d+)(\+)?\s+days?\s+ago)", re.IGNORECASE
)


def parse_date(value: object) -> datetime | None:
    """A naive-UTC datetime from any date the sources send, else None: the one date parser of
    the formats (and of the spiders' sitemap lastmod and ``since``).

    ISO 8601 with Z or an offset is turned into UTC; a value without a zone is taken as given
    (the sources state none), so it is kept naive. The three USAJOBS eras, Lever's and Ashby's
    epoch milliseconds and the US "MM/DD/YYYY" of JobSpy's CSVs:

    >>> parse_date("2016-06-08T00:00:00Z"), parse_date("2018-09-11")
    (datetime.datetime(2016, 6, 8, 0, 0), datetime.datetime(2018, 9, 11, 0, 0))
    >>> parse_date("2024-06-12T23:59:59.9970")
    datetime.datetime(2024, 6, 12, 23, 59, 59, 997000)
    >>> parse_date("2017-01-24T19:33:17-05:00"), parse_date(1751461040734)
    (datetime.datetime(2017, 1, 25, 0, 33, 17), datetime.datetime(2025, 7, 2, 12, 57, 20, 734000))
    >>> parse_date("11/20/2026"), parse_date("soon"), parse_date(True), parse_date(1e300)
    (datetime.datetime(2026, 11, 20, 0, 0), None, None, None)
    """
    parsed: datetime
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:  # epoch milliseconds; 1e300 raises OverflowError, not ValueError
            return datetime.fromtimestamp(value / 1000.0, tz=UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = _dateparser.isoparse(value.strip())
    except ValueError:
        try:
            parsed = _dateparser.parse(value.strip())
        except (ValueError, OverflowError):
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def parse_bool(value: object) -> bool | None:
    """Real booleans, or the strings sources use for them ("True", "false", "1", "0" in CSVs);
    None for anything else.

    >>> parse_bool(True), parse_bool(" False"), parse_bool("1"), parse_bool("yes"), parse_bool(1)
    (True, False, True, None, None)
    """
    if isinstance(value, bool):
        return value
    if not isinstance(value, str):
        return None
    low = value.strip().lower()
    return True if low in {"true", "1"} else False if low in {"false", "0"} else None


def scalar_text(value: object) -> str:
    """A string stripped, a number as written; anything else (a dict, a list, a bool) is no text.

    >>> scalar_text(" RHIT "), scalar_text(12), scalar_text(1.5)
    ('RHIT', '12', '1.5')
    >>> scalar_text(True), scalar_text(None), scalar_text({"@value": "x"})
    ('', '', '')
    """
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def parse_number(value: object) -> float | None:
    """A finite number from a number or text with thousands commas ("52,000.00"); else None.

    >>> parse_number("52,000.00"), parse_number(17), parse_number(""), parse_number("nan")
    (52000.0, 17.0, None, None)
    """
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", "").strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_relative_posted(text: object, *, now: datetime) -> datetime | None:
    """Workday's "Posted Today" / "Posted Yesterday" / "Posted 3 Days Ago" relative to `now`.

    "Posted 30+ Days Ago" is a floor, not a date: it gives None (the posting is at least 30 days
    old, and no date we could return would be right).

    >>> now = datetime(2026, 11, 26, 20, 0)
    >>> parse_relative_posted("Posted 3 Days Ago", now=now)
    datetime.datetime(2026, 11, 23, 0, 0)
    >>> parse_relative_posted("Posted 30+ Days Ago", now=now) is None
    True
    """
    if not isinstance(text, str):
        return None
    m = _RELATIVE_RE.search(text)
    if m is None or m.group(4):
        return None
    days = 0 if m.group(1) else 1 if m.group(2) else int(m.group(3))
    if now.tzinfo is not None:
        now = now.astimezone(UTC).replace(tzinfo=None)
    day = (now - timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day)
