"""Human-readable pay, places and match summaries (rows and CSV cells), shared by the CLI, the
demo and the web pages; requirement and verdict rows are himjobs._requirements'."""

from __future__ import annotations

from typing import Any

from schemas import MatchResult, Pay, Posting


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


#: Joins a cell's explanations: each is "what the posting asks; what you have" (a "; " inside),
#: so "; " between them would not show where one ends. One line, for pipes and 80 columns.
EXPLANATION_SEP = " | "


def verdict_lists(result: MatchResult) -> dict[str, list[str]]:
    """What is missing (explanations), unknown (labels) and relaxed (explanations), as lists:
    JSON keeps them so; a cell joins them with EXPLANATION_SEP."""
    return {
        "missing": [v.explanation for v in result.missing],
        "unknown": [v.label for v in result.verdicts if v.status == "unknown"],
        "relaxed": list(result.relaxed),
    }


def match_row(result: MatchResult) -> dict[str, Any]:
    """One match as cells (text, CSV, DataFrame); missing / unknown / relaxed each one cell."""
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
        **{k: EXPLANATION_SEP.join(v) for k, v in verdict_lists(result).items()},
        "url": (p.apply_url or p.url) if p else "",
    }


#: One CSV column per verdict field, in this order, holding the field's status.
VERDICT_COLUMNS = {
    "education_required": "verdict_education",
    "education_preferred": "verdict_education_preferred",
    "experience_years_required": "verdict_experience",
    "experience_years_preferred": "verdict_experience_preferred",
    "certifications": "verdict_certifications",
    "skills": "verdict_skills",
    "location": "verdict_location",
    "workplace": "verdict_workplace",
    "shifts": "verdict_shifts",
    "employment_types": "verdict_employment_types",
    "pay": "verdict_pay",
    "closing_date": "verdict_closing_date",
}
#: When a field has several verdicts (certification groups), the column shows the worst.
_WORST = {"not_met": 0, "unknown": 1, "met": 2}
#: The facts a spreadsheet filters on, each in a column of its own.
FACT_COLUMNS = [
    "pay_min_per_hour",
    "pay_max_per_hour",
    "city",
    "state",
    "workplace",
    "shift",
    "type",
    "posted",
    "closes",
]


def _hourly_bounds(pay: Pay | None) -> tuple[str, str]:
    if pay is None:
        return "", ""
    lo, hi = pay.hourly()
    return ("" if lo is None else f"{lo:.2f}"), ("" if hi is None else f"{hi:.2f}")


def fact_cells(posting: Posting | None) -> dict[str, str]:
    """The posting's pay per hour, place, workplace, shift, type and dates as separate cells."""
    if posting is None:
        return dict.fromkeys(FACT_COLUMNS, "")
    req = posting.requirements
    pay = req.pay if req is not None and req.pay is not None else posting.hints.pay
    lo, hi = _hourly_bounds(pay)
    workplace = req.workplace if req is not None else None
    if workplace is None and posting.remote:
        workplace = "remote"
    return {
        "pay_min_per_hour": lo,
        "pay_max_per_hour": hi,
        "city": "; ".join(dict.fromkeys(loc.city for loc in posting.locations if loc.city)),
        "state": "; ".join(dict.fromkeys(loc.state for loc in posting.locations if loc.state)),
        "workplace": workplace or "",
        "shift": "; ".join(req.shifts) if req is not None else "",
        "type": "; ".join(req.employment_types) if req is not None else "",
        "posted": posting.posted_at.date().isoformat() if posting.posted_at else "",
        "closes": posting.valid_through.date().isoformat() if posting.valid_through else "",
    }


def verdict_cells(result: MatchResult) -> dict[str, str]:
    """One cell per verdict field: met, not_met or unknown (blank when the posting is silent)."""
    cells = dict.fromkeys(VERDICT_COLUMNS.values(), "")
    for v in result.verdicts:
        column = VERDICT_COLUMNS.get(v.field)
        if column is None:
            continue
        now = cells[column]
        if not now or _WORST[v.status] < _WORST[now]:
            cells[column] = v.status
    return cells
