"""Results as pandas DataFrames, one row per posting, for notebooks and spreadsheets.

Needs the optional extra: `pip install 'himjobs[pandas]'`. The columns are the CSV columns of
`himjobs match -f csv` and `himjobs search -f csv` (pay per hour as numbers, one column per
fact and per verdict field), so a DataFrame filters the way a spreadsheet does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from himjobs._present import (
    FACT_COLUMNS,
    VERDICT_COLUMNS,
    fact_cells,
    hourly_text,
    location_text,
)
from schemas import MatchResult, Posting

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("himjobs.frames needs pandas: pip install 'himjobs[pandas]'") from None
    return pandas


def _numbers(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("pay_min_per_hour", "pay_max_per_hour"):
        row[key] = float(row[key]) if row.get(key) else None
    for key in ("posted", "closes"):
        row[key] = row[key] or None
    return row


def postings_to_dataframe(postings: Iterable[Posting]) -> pd.DataFrame:
    """One row per posting: id, source, title, employer, where, pay per hour, the facts
    (pay_min_per_hour ... closes), education, experience, certifications, url."""
    rows = []
    for p in postings:
        req = p.requirements
        certs = [" or ".join(c.any_of) for c in req.required_certifications()] if req else []
        rows.append(
            _numbers(
                {
                    "id": p.id,
                    "source": p.source,
                    "external_id": p.external_id,
                    "title": p.title,
                    "employer": p.employer,
                    "where": location_text(p),
                    "pay_per_hour": hourly_text(req.pay if req else None),
                    **fact_cells(p),
                    "education": req.education_required if req else None,
                    "experience_years": req.experience_years_required if req else None,
                    "certifications": "; ".join(certs),
                    "url": p.apply_url or p.url,
                }
            )
        )
    columns = [
        "id",
        "source",
        "external_id",
        "title",
        "employer",
        "where",
        "pay_per_hour",
        *FACT_COLUMNS,
        "education",
        "experience_years",
        "certifications",
        "url",
    ]
    return _pandas().DataFrame(rows, columns=columns)


def matches_to_dataframe(results: Iterable[MatchResult]) -> pd.DataFrame:
    """One row per match result (e.g. `Store.matches(...)`, matches then near misses): the
    posting's facts, eligible, score, fits_preferences, one status column per verdict field,
    and what is missing, unknown or relaxed."""
    from himjobs._present import match_row, verdict_cells

    rows = []
    for r in results:
        base = match_row(r)
        rows.append(
            _numbers(
                {
                    "id": base["id"],
                    "title": base["title"],
                    "employer": base["employer"],
                    "where": base["where"],
                    "pay_per_hour": base["pay_per_hour"],
                    **fact_cells(r.posting),
                    "eligible": r.eligible,
                    "score": r.score,
                    "fits_preferences": r.eligible and not r.relaxed,
                    **verdict_cells(r),
                    "missing": base["missing"],
                    "unknown": base["unknown"],
                    "relaxed": base["relaxed"],
                    "url": base["url"],
                }
            )
        )
    columns = [
        "id",
        "title",
        "employer",
        "where",
        "pay_per_hour",
        *FACT_COLUMNS,
        "eligible",
        "score",
        "fits_preferences",
        *VERDICT_COLUMNS.values(),
        "missing",
        "unknown",
        "relaxed",
        "url",
    ]
    return _pandas().DataFrame(rows, columns=columns)


__all__ = ["matches_to_dataframe", "postings_to_dataframe"]
