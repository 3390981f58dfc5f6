"""Helpers shared by the format parsers: HTML bodies, pay and type words, the payload shape check
(places are read in scrapers/formats/_locations.py).

Vocabulary maps (source words -> our vocabularies) live here as data, one place for all formats.
"""

from __future__ import annotations

import re
from typing import Any

from matcher.text import html_to_text, sanitize_html
from schemas import Pay


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


def require(payload: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    """payload[key] checked for type, else FormatError naming the field."""
    if not isinstance(payload, dict):
        raise FormatError(f"expected an object with {key!r}, got {type(payload).__name__}")
    value = payload.get(key)
    if not isinstance(value, kind):
        raise FormatError(f"field {key!r} missing or not {kind}")
    return value
