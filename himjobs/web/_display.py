"""How a posting's facts read on the page: hourly pay, place, dates, requirement rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from himjobs._present import evidence_words, location_text
from matcher import path_summary
from schemas import MatchResult, Posting, Requirements
from schemas.vocab import CERTIFICATIONS, EDUCATION_LABELS

STATUS_LABELS = {"met": "met", "not_met": "not met", "unknown": "unknown"}


def hourly_pay(posting: Posting) -> str:
    """Pay per hour as text, or "Pay not stated".

    >>> from schemas import Pay
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


def evidence_view(posting: Posting, field: str, text: str | None) -> dict[str, Any] | None:
    """A verdict's evidence for the page: the posting's sentence (a quote), or the structured
    field it came from in words ("from the posting's structured data: workplace remote")."""
    if not text:
        return None
    req = posting.requirements
    ev = req.evidence.get(field) if req is not None else None
    if ev is not None and ev.source == "structured" and ev.text == text:
        value = getattr(req, field, None)
        return {"quote": False, "text": evidence_words(field, ev, posting=posting, value=value)}
    return {"quote": True, "text": text}


def requirement_rows(
    req: Requirements | None, posting: Posting | None = None
) -> list[dict[str, Any]]:
    """Requirement rows shown when no profile was given, so there are no verdicts to show."""
    if req is None:
        return []
    rows: list[dict[str, Any]] = []

    def add(label: str, level: str, value: str, field: str) -> None:
        ev = req.evidence.get(field)
        structured = ev is not None and ev.source == "structured"
        words = (
            evidence_words(field, ev, posting=posting, value=getattr(req, field, None))
            if structured
            else None
        )
        rows.append(
            {
                "label": label,
                "level": level,
                "value": value,
                "evidence": None if ev is None or structured else ev.text,
                "source": words,
            }
        )

    if req.education_required:
        add("Education", "required", EDUCATION_LABELS[req.education_required], "education_required")
    if req.education_preferred:
        add(
            "Education",
            "preferred",
            EDUCATION_LABELS[req.education_preferred],
            "education_preferred",
        )
    if req.experience_years_required is not None:
        add(
            "Experience",
            "required",
            _years(req.experience_years_required),
            "experience_years_required",
        )
    if req.experience_years_preferred is not None:
        add(
            "Experience",
            "preferred",
            _years(req.experience_years_preferred),
            "experience_years_preferred",
        )
    for cert in req.certifications:
        names = " or ".join(f"{c} ({CERTIFICATIONS[c][0]})" for c in cert.any_of)
        if cert.within_months is not None:
            names += f", within {cert.within_months} months of hire"
        rows.append(
            {
                "label": "Certification",
                "level": cert.level,
                "value": names,
                "evidence": cert.evidence.text if cert.evidence else None,
            }
        )
    # qualification paths and residence limits (issue 14): one row per way to qualify
    for path in req.paths:
        rows.append(
            {
                "label": f"{path.label.capitalize()} path",
                "level": "one of",
                "value": path_summary(path),
                "evidence": path.evidence.text if path.evidence else None,
            }
        )
    if req.residence_states:
        add(
            "Residence",
            "required",
            "open only to residents of " + ", ".join(req.residence_states),
            "residence_states",
        )
    if req.shifts:
        add("Shifts", "stated", ", ".join(s.replace("_", " ") for s in req.shifts), "shifts")
    if req.workplace:
        add("Workplace", "stated", req.workplace.replace("_", "-"), "workplace")
    if req.employment_types:
        add(
            "Employment",
            "stated",
            ", ".join(t.replace("_", " ") for t in req.employment_types),
            "employment_types",
        )
    return rows


def _years(value: float) -> str:
    return f"{value:g} year{'' if value == 1 else 's'}"


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
