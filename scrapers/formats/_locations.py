"""Places as sources send them -> Location(city, state, country), one way for every format
(docs/sources.md, "Places"): a free-text location ("Austin, TX", "Remote - US", "Toronto, ON,
Canada"), a schema.org PostalAddress, country codes and names, Canadian provinces, cities named
like a state; and whether a text says the job is remote.
"""

from __future__ import annotations

import re
from typing import Any

from schemas import Location
from schemas.vocab import state_code

_COUNTRY_US = {"us", "usa", "united states", "united states of america", "u.s.", "u.s.a."}
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
