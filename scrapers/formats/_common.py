"""Helpers shared by the format parsers: HTML bodies, locations, pay and type words.

Vocabulary maps (source words -> our vocabularies) live here as data, one place for all formats.
"""

from __future__ import annotations

import re
from typing import Any

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
    """Our employment type for a source's word, else None (the first of several, see below).

    >>> employment_type("Full-time"), employment_type("FullTime"), employment_type("Weird")
    ('full_time', 'full_time', None)
    """
    if not word:
        return None
    exact = EMPLOYMENT_WORDS.get(word.strip().lower().replace(" ", ""))
    if exact:
        return exact
    found = employment_types(word)
    return found[0] if found else None


_WORD_RE = re.compile(r"[a-z]+")


def employment_types(phrase: str | None) -> list[str]:
    """Every employment type a source's phrase names, in order.

    ATS commitment fields pair the type with words about the contract ("Full-time Regular",
    "Part Time - Temporary"): each word, and each pair of adjacent words ("full" + "time"), is
    looked up; words that are not types ("regular", "permanent") are ignored.

    >>> employment_types("Full-time Regular"), employment_types("Part Time / Per Diem")
    (['full_time'], ['part_time', 'per_diem'])
    >>> employment_types("Internal transfer"), employment_types(None)
    ([], [])
    """
    if not phrase:
        return []
    words = _WORD_RE.findall(phrase.lower())
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i] + words[i + 1] if i + 1 < len(words) else ""
        kind = EMPLOYMENT_WORDS.get(pair)
        step = 2 if kind else 1
        kind = kind or EMPLOYMENT_WORDS.get(words[i])
        if kind and kind not in out:
            out.append(kind)
        i += step
    return out


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


#: Currency marks in pay summaries -> ISO code. "$" alone is read as USD (our boards are American);
#: the prefixed dollars say otherwise.
CURRENCY_MARKS: dict[str, str] = {
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
}
CURRENCY_CODES = frozenset({"USD", "CAD", "AUD", "NZD", "EUR", "GBP", "JPY", "INR", "CHF"})
#: Period words of a pay summary ("per month", "/hr", "annually") -> PayPeriod.
SUMMARY_PERIODS: dict[str, str] = {
    "year": "year",
    "yr": "year",
    "annum": "year",
    "annually": "year",
    "yearly": "year",
    "month": "month",
    "mo": "month",
    "monthly": "month",
    "week": "week",
    "wk": "week",
    "weekly": "week",
    "hour": "hour",
    "hr": "hour",
    "hourly": "hour",
}
_MARK_RE = "|".join(re.escape(m) for m in sorted(CURRENCY_MARKS, key=len, reverse=True))
_SUMMARY_AMOUNT_RE = re.compile(
    rf"(?P<mark>{_MARK_RE})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<frac>\d{{1,2}}))?"
    r"\s?(?P<mult>[kKmM](?![a-zA-Z]))?"
)
_SUMMARY_PERIOD_RE = re.compile(
    r"(?:\b(?:per|an?|every)\s+|/\s?)(year|yr|annum|month|mo|week|wk|hour|hr)\b"
    r"|\b(annually|yearly|monthly|weekly|hourly)\b",
    re.I,
)
_SUMMARY_CODE_RE = re.compile(r"\b(" + "|".join(sorted(CURRENCY_CODES)) + r")\b")
_UP_TO_RE = re.compile(r"\bup to\b", re.I)
#: Summaries list parts with bullets: "$120K – $150K • Offers Equity".
_SUMMARY_PARTS_RE = re.compile(r"\s*[•|;]\s*")


def pay_from_summary(text: str | None) -> Pay | None:
    """A Pay from a one-line compensation summary, or None when it lacks a currency, an amount
    or a period (a figure without its period is not guessed at).

    >>> pay_from_summary("€3K – €4K per month")
    Pay(min=3000.0, max=4000.0, period='month', currency='EUR')
    >>> pay_from_summary("$22.50/hr • Offers Equity")
    Pay(min=22.5, max=22.5, period='hour', currency='USD')
    >>> pay_from_summary("$150K – $180K • Offers Equity") is None, pay_from_summary("$0 per hour")
    (True, None)
    """
    if not text:
        return None
    for part in _SUMMARY_PARTS_RE.split(text):
        found = _SUMMARY_PERIOD_RE.search(part)
        if not found:
            continue
        period = SUMMARY_PERIODS[(found.group(1) or found.group(2)).lower()]
        amounts: list[float] = []
        currency: str | None = None
        for m in _SUMMARY_AMOUNT_RE.finditer(part[: found.start()]):
            value = float(m.group("num").replace(",", "") + "." + (m.group("frac") or "0"))
            mult = (m.group("mult") or "").lower()
            value *= 1000.0 if mult == "k" else 1_000_000.0 if mult == "m" else 1.0
            amounts.append(value)
            currency = currency or (CURRENCY_MARKS[m.group("mark")] if m.group("mark") else None)
        code = _SUMMARY_CODE_RE.search(part)
        currency = currency or (code.group(1) if code else None)
        if currency is None or not amounts:
            continue
        lo, hi = (amounts[0], amounts[1]) if len(amounts) > 1 else (amounts[0], amounts[0])
        if len(amounts) == 1 and _UP_TO_RE.search(part):
            lo = 0.0  # "up to $X" gives only the top (pay() drops a zero bound)
        return pay(lo, hi, period, currency)
    return None


def bodies(markup: str) -> tuple[str, str | None]:
    """(plain text, sanitised HTML) of a posting body."""
    if not markup or not markup.strip():
        return "", None
    return html_to_text(markup), sanitize_html(markup)


_REMOTE_RE = re.compile(r"\bremote\b", re.I)

#: Country codes and names sources send (Lever ``country`` ISO-2, Ashby ``addressCountry`` names)
#: -> the name we store. The US is stored as "US" (Location's default); other countries by their
#: English name. Only codes seen from the ATS boards we crawl; an unknown value is kept as sent.
COUNTRY_CODES: dict[str, str] = {
    "CA": "Canada",
    "GB": "United Kingdom",
    "UK": "United Kingdom",
    "IE": "Ireland",
    "AU": "Australia",
    "NZ": "New Zealand",
    "IN": "India",
    "MX": "Mexico",
    "PH": "Philippines",
    "DE": "Germany",
    "FR": "France",
    "NL": "Netherlands",
    "ES": "Spain",
    "PT": "Portugal",
    "IT": "Italy",
    "PL": "Poland",
    "CZ": "Czechia",
    "SE": "Sweden",
    "NO": "Norway",
    "FI": "Finland",
    "DK": "Denmark",
    "IL": "Israel",
    "SG": "Singapore",
    "JP": "Japan",
    "BR": "Brazil",
    "PR": "Puerto Rico",
}
_COUNTRY_NAMES = {name.lower(): name for name in COUNTRY_CODES.values()}
#: Canadian provinces and territories, names and postal codes (none is also a US state code), so
#: "Toronto, Ontario" or "Halifax, NS" is a Canadian city and not a city with an unknown state.
CA_PROVINCES: frozenset[str] = frozenset(
    {
        "alberta",
        "ab",
        "british columbia",
        "bc",
        "manitoba",
        "mb",
        "new brunswick",
        "nb",
        "newfoundland and labrador",
        "newfoundland",
        "nl",
        "nova scotia",
        "ns",
        "northwest territories",
        "nt",
        "nunavut",
        "nu",
        "ontario",
        "on",
        "prince edward island",
        "pe",
        "quebec",
        "québec",
        "qc",
        "saskatchewan",
        "sk",
        "yukon",
        "yt",
    }
)
#: A place named alone that is a city first and a state second on job boards ("New York" is
#: the city an office is in); other bare state names stay states ("Texas" -> TX).
CITIES_NAMED_LIKE_STATES: dict[str, tuple[str, str]] = {
    "new york": ("New York", "NY"),
    "new york city": ("New York", "NY"),
    "nyc": ("New York", "NY"),
}


def country_name(value: Any) -> str | None:
    """A source's country (code or name) as we store it: "US", else the English name.

    >>> country_name("CA"), country_name("United States"), country_name("Czechia"), country_name("")
    ('Canada', 'US', 'Czechia', None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    if v.lower() in _COUNTRY_US:
        return "US"
    return COUNTRY_CODES.get(v.upper()) or _COUNTRY_NAMES.get(v.lower()) or v


def _named_country(part: str) -> str | None:
    """The country a location's last part names in full ("Canada", "USA"), never a 2-letter
    code: "San Diego, CA" is California."""
    low = part.strip().lower()
    if low in _COUNTRY_US:
        return "US"
    return _COUNTRY_NAMES.get(low)


def parse_location(text: str | None, *, country: str | None = None) -> Location | None:
    """'City, ST' / 'City, State' / 'City, ST, USA' -> Location; other text is kept as the city.

    ``country`` is what the source says about the posting's country (a code or a name); a US
    state in the text still makes the place American.

    >>> parse_location("Tulsa, OK")
    Location(city='Tulsa', state='OK', country='US')
    >>> parse_location("Boise, Idaho, United States")
    Location(city='Boise', state='ID', country='US')
    >>> parse_location("Toronto, Ontario")
    Location(city='Toronto', state=None, country='Canada')
    >>> parse_location("New York")
    Location(city='New York', state='NY', country='US')
    >>> parse_location("Remote") is None, parse_location("Remote - US") is None
    (True, True)
    """
    if not text or not text.strip():
        return None
    country = country_name(country)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    named = _named_country(parts[-1]) if parts else None
    if named:
        parts = parts[:-1]
        country = named
    if not parts or (len(parts) == 1 and _REMOTE_RE.fullmatch(parts[0])):
        return Location(city=None, state=None, country=country) if country else None
    if len(parts) >= 2:
        code = state_code(parts[-1])
        if code:
            return Location(city=", ".join(parts[:-1]), state=code, country="US")
        if parts[-1].lower() in CA_PROVINCES and country in (None, "Canada"):
            return Location(city=", ".join(parts[:-1]), state=None, country="Canada")
    if len(parts) == 1 and country in (None, "US"):
        city_state = CITIES_NAMED_LIKE_STATES.get(parts[0].lower())
        if city_state:
            return Location(city=city_state[0], state=city_state[1], country="US")
        code = state_code(parts[0])
        if code:
            return Location(city=None, state=code, country="US")
    if _REMOTE_RE.search(text):
        # "Remote - US", "Remote (US)": no place, only the remote flag (set by the caller).
        return None
    return Location(city=", ".join(parts), state=None, country=country)


def address_location(postal: Any) -> Location | None:
    """A schema.org-style PostalAddress (addressLocality / addressRegion / addressCountry) ->
    Location. The region is a US state only in the US (or with no country): "Washington" with
    region "VA" is the city in Virginia, and "Ontario" in Canada is no state of ours.

    >>> address_location({"addressLocality": "Washington", "addressRegion": "VA",
    ...                   "addressCountry": "United States"})
    Location(city='Washington', state='VA', country='US')
    >>> address_location({"addressLocality": "Toronto", "addressRegion": "ON",
    ...                   "addressCountry": "Canada"})
    Location(city='Toronto', state=None, country='Canada')
    """
    if not isinstance(postal, dict):
        return None
    city = _text_field(postal.get("addressLocality"))
    region = _text_field(postal.get("addressRegion"))
    country = country_name(postal.get("addressCountry"))
    state = state_code(region) if region and country in (None, "US") else None
    if state is not None:
        country = "US"
    elif region and country is None and region.lower() in CA_PROVINCES:
        country = "Canada"
    if not (city or state or country):
        return None
    return Location(city=city, state=state, country=country)


def _text_field(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


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
