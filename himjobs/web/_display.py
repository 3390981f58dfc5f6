"""How a posting's facts read on the page: hourly pay, place, dates, the apply link (its
requirement and verdict rows: himjobs._requirements, shared with the CLI)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from himjobs._present import location_text
from schemas import MatchResult, Posting


def hourly_pay(posting: Posting) -> str:
    """Pay per hour as text, or "Pay not stated".

    >>> from schemas import Pay, Requirements
    >>> hourly_pay(Posting(source="s", external_id="1", url="u", title="t",
    ...     requirements=Requirements(pay=Pay(min=41600, max=45760, period="year"))))
    '$20.00–$22.00 an hour'
    """
    pay = posting.requirements.pay if posting.requirements else None
    if pay is None:
        return "Pay not stated"
    lo, hi = pay.hourly()
    if lo is not None and hi is not None and lo != hi:
        return f"${lo:,.2f}–${hi:,.2f} an hour"
    if lo is not None:
        return f"${lo:,.2f} an hour"
    return f"up to ${hi:,.2f} an hour"


def hourly_low(posting: Posting) -> float:
    """The lower hourly figure (or the only one), for sorting; -1 when pay is not stated."""
    pay = posting.requirements.pay if posting.requirements else None
    if pay is None:
        return -1.0
    lo, hi = pay.hourly()
    return lo if lo is not None else (hi or -1.0)


def place(posting: Posting) -> str:
    """ "Remote", or the locations as "City, ST"."""
    return location_text(posting) or "Location not stated"


def day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "not stated"


def evidence_sentences(posting: Posting, result: MatchResult | None) -> list[str]:
    """Every sentence a requirement or verdict was read from."""
    out: list[str] = []
    req = posting.requirements
    if req is not None:
        out += [e.text for e in req.evidence.values()]
        out += [c.evidence.text for c in req.certifications if c.evidence is not None]
    if result is not None:
        out += [v.evidence for v in result.verdicts if v.evidence]
    return out


def apply_link(posting: Posting) -> str | None:
    """The employer's own apply address, only when it is an http(s) URL; a demo posting's
    recorded page (himjobs._demo.SITE) as a path, so it opens on whatever port serves it."""
    for url in (posting.apply_url, posting.url):
        if url and url.strip().lower().startswith(("https://", "http://")):
            return demo_path(url.strip())
    return None


def demo_path(url: str) -> str:
    from himjobs._demo import SITE, SITE_PATH

    return SITE_PATH + url[len(SITE) :] if url.startswith(SITE + "/") else url


def day_time(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return str(value) if value else "—"
