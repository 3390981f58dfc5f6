"""Human-readable rendering of requirements and match results, shared by the CLI and the demo."""

from __future__ import annotations

from typing import Any

from schemas import MatchResult, Pay, Posting, Requirements
from schemas.vocab import EDUCATION_LABELS


def pay_text(pay: Pay | None) -> str:
    """'$18.50-$22.75/hour' or '' when not stated."""
    if pay is None:
        return ""

    def money(v: float) -> str:
        return f"${v:,.0f}" if v >= 1000 else f"${v:,.2f}"

    lo, hi = pay.min, pay.max
    if lo is not None and hi is not None and lo != hi:
        figure = f"{money(lo)}-{money(hi)}"
    elif lo is not None:
        figure = money(lo)
    else:
        figure = f"up to {money(hi or 0)}"
    return f"{figure}/{pay.period}"


def hourly_text(pay: Pay | None) -> str:
    if pay is None:
        return ""
    lo, hi = pay.hourly()
    if lo is not None and hi is not None and lo != hi:
        return f"${lo:.2f}-${hi:.2f}"
    value = lo if lo is not None else hi
    return f"${value:.2f}" if value is not None else ""


def requirement_rows(req: Requirements) -> list[dict[str, Any]]:
    """One row per stated requirement: field, value, level, where it came from, evidence."""
    rows: list[dict[str, Any]] = []

    def add(field: str, value: Any, level: str = "") -> None:
        if value in (None, [], ""):
            return
        ev = req.evidence.get(field)
        rows.append(
            {
                "field": field,
                "value": value,
                "level": level,
                "from": ev.source if ev else "",
                "evidence": ev.text if ev else "",
            }
        )

    add("education_required", EDUCATION_LABELS.get(req.education_required or "", None), "required")
    add(
        "education_preferred",
        EDUCATION_LABELS.get(req.education_preferred or "", None),
        "preferred",
    )
    if req.education_substitutable:
        add("education_substitutable", "experience may substitute")
    add("experience_years_required", req.experience_years_required, "required")
    add("experience_years_preferred", req.experience_years_preferred, "preferred")
    for group in req.certifications:
        value = " or ".join(group.any_of)
        if group.within_months is not None:
            value += f" (within {group.within_months} months of hire)"
        rows.append(
            {
                "field": "certification",
                "value": value,
                "level": group.level,
                "from": group.evidence.source if group.evidence else "",
                "evidence": group.evidence.text if group.evidence else "",
            }
        )
    add("employment_types", req.employment_types)
    add("workplace", req.workplace)
    add("shifts", req.shifts)
    add("pay", pay_text(req.pay))
    add("skills", req.skills)
    return rows


def is_remote(posting: Posting) -> bool:
    req = posting.requirements
    return bool(posting.remote) or (req is not None and req.workplace == "remote")


def location_text(posting: Posting) -> str:
    """ "Remote", or every location as "City, ST" joined by "; ", or "" when none is stated."""
    if is_remote(posting):
        return "Remote"
    names = [", ".join(p for p in (loc.city, loc.state) if p) for loc in posting.locations]
    return "; ".join(n for n in names if n)


BADGE = {"met": "✔", "not_met": "✘", "unknown": "?"}


def verdict_badges(result: MatchResult) -> str:
    """Compact verdict summary: '✔ education · ✘ RHIT · ? pay'."""
    return " · ".join(f"{BADGE[v.status]} {v.label}" for v in result.verdicts)


def match_row(result: MatchResult) -> dict[str, Any]:
    p = result.posting
    req = p.requirements if p else None
    return {
        "id": p.id if p else result.posting_id,
        "title": p.title if p else "",
        "employer": (p.employer or "") if p else "",
        "where": location_text(p) if p else "",
        "pay_per_hour": hourly_text(req.pay if req else None),
        "eligible": "yes" if result.eligible else "no",
        "score": result.score,
        "verdicts": verdict_badges(result),
        "missing": "; ".join(v.explanation for v in result.missing),
        "unknown": "; ".join(v.label for v in result.verdicts if v.status == "unknown"),
        "relaxed": "; ".join(result.relaxed),
        "url": (p.apply_url or p.url) if p else "",
    }
