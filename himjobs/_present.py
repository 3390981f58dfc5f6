"""Human-readable rendering of requirements and match results, shared by the CLI and the demo."""

from __future__ import annotations

from typing import Any

from schemas import MatchResult, Pay, Posting, Requirements
from schemas.models import Evidence
from schemas.vocab import EDUCATION_LABELS, SKILLS


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


#: What a requirement field is called in a sentence ("employment type FULL_TIME").
FIELD_WORDS = {
    "education_required": "education",
    "education_preferred": "preferred education",
    "education_substitutable": "education substitution",
    "experience_years_required": "years of experience",
    "experience_years_preferred": "preferred years of experience",
    "employment_types": "employment type",
    "workplace": "workplace",
    "shifts": "shift",
    "pay": "pay",
    "skills": "skills",
    "certifications": "credential",
}


def _raw_value(raw: Any, path: str) -> Any:
    """The value at a dotted path ("categories.commitment") of a source's raw record."""
    node = raw
    for key in path.split("."):
        if isinstance(node, list) and node:
            node = node[0]
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    if isinstance(node, list):
        node = ", ".join(str(v) for v in node if not isinstance(v, (dict, list)))
    return None if isinstance(node, dict) or node in ("", None) else node


def evidence_words(
    field: str, ev: Evidence | None, *, posting: Posting | None = None, value: Any = None
) -> str:
    """Where a value came from, in words: the posting's sentence, quoted, or "from the posting's
    structured data: employment type FULL_TIME" (never a bare key such as categories.commitment).
    """
    if ev is None:
        return ""
    if ev.source != "structured":
        return f"\u201c{ev.text}\u201d"
    found = _raw_value(posting.raw, ev.text) if posting is not None else None
    shown = found if found is not None else _cell_text(value)
    words = FIELD_WORDS.get(field, field.replace("_", " "))
    return f"from the posting's structured data: {words} {shown}".rstrip()


def _cell_text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def skill_sentences(posting: Posting | None, skills: list[str]) -> dict[str, str]:
    """For each skill the first sentence of the posting that names it (matcher's patterns)."""
    from matcher import skill_sentences as sentences

    if posting is None or not skills:
        return {}
    return sentences(posting.description or "", skills)


def requirement_rows(req: Requirements, posting: Posting | None = None) -> list[dict[str, Any]]:
    """One row per stated requirement: field, value, level, from (text / structured), evidence
    (as stored, for CSV and tools) and in_words (what people read; readable_rows)."""
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
                "in_words": evidence_words(field, ev, posting=posting, value=value),
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
                "in_words": evidence_words(
                    "certifications", group.evidence, posting=posting, value=value
                ),
            }
        )
    add("employment_types", req.employment_types)
    add("workplace", req.workplace)
    add("shifts", req.shifts)
    add("pay", pay_text(req.pay))
    quotes = skill_sentences(posting, req.skills)
    for skill in req.skills:
        quote = f"\u201c{quotes[skill]}\u201d" if skill in quotes else ""
        rows.append(
            {
                "field": "skill",
                "value": SKILLS.get(skill, skill),
                "level": "",
                "from": "text" if quote else "",
                "evidence": quotes.get(skill, ""),
                "in_words": quote,
            }
        )
    return rows


def readable_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """requirement_rows for people: field names in words, the evidence in words."""
    return [{**r, "field": r["field"].replace("_", " "), "evidence": r["in_words"]} for r in rows]


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
