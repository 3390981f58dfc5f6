"""The pages about the whole store rather than one posting: what would open more postings (gaps)
and how the crawls went."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from himjobs.web import _display as display
from himjobs.web import _forms as forms
from himjobs.web._chart import Bar, bar_chart
from himjobs.web._render import BackendDep, form_page, page, profile_from_query

router = APIRouter()


@router.get("/gaps", response_class=HTMLResponse)
def gaps_page(request: Request, backend: BackendDep) -> HTMLResponse:
    values, profile, errors = profile_from_query(request)
    if profile is None:
        return form_page(request, values, errors, status=422)
    found = sorted(backend.gaps(profile), key=lambda g: -int(g.postings))
    bars = [
        Bar(
            str(g.label),
            int(g.postings),
            f"median ${g.median_hourly_pay:,.2f}/h" if g.median_hourly_pay else "",
        )
        for g in found
    ]
    chart = bar_chart(
        bars,
        title="Postings each step would open",
        desc="; ".join(f"{b.label}: {b.value} postings {b.note}".strip() for b in bars)
        or "No step would open more postings.",
    )
    return page(
        request, "gaps.html", gaps=found, chart=chart, profile_qs=forms.query_string(values)
    )


@router.get("/crawl", response_class=HTMLResponse)
def crawl_status(request: Request, backend: BackendDep) -> HTMLResponse:
    runs = [_run_view(r) for r in backend.runs(20)]
    return page(request, "crawl.html", runs=runs, sources=backend.sources())


def _run_view(run: Any) -> dict[str, Any]:
    """A crawl run (object or mapping) as plain values for the template."""

    def get(name: str) -> Any:
        return run.get(name) if isinstance(run, dict) else getattr(run, name, None)

    counts = get("counts") or {}
    errors = get("errors")
    if isinstance(errors, int):
        errors = [f"{errors} errors"] if errors else []
    elif isinstance(errors, str):
        errors = [errors]
    elif isinstance(errors, dict):
        errors = [f"{k}: {v}" for k, v in errors.items()]
    rows = []
    for source, value in counts.items() if isinstance(counts, dict) else []:
        if isinstance(value, dict):
            value = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in value.items())
        rows.append((str(source), str(value)))
    started, finished = get("started_at"), get("finished_at")
    return {
        "id": get("id"),
        "status": get("status") or "unknown",
        "started": display.day_time(started),
        "finished": display.day_time(finished),
        "counts": rows,
        "errors": [str(e) for e in (errors or [])],
    }
