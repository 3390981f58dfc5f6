"""The match pages: the postings a profile qualifies for (filters, sort, pages) and one posting
with its requirements, verdicts and highlighted evidence."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from himjobs._present import is_remote
from himjobs._requirements import requirement_rows, verdict_rows
from himjobs.web import _display as display
from himjobs.web import _forms as forms
from himjobs.web._highlight import render_body
from himjobs.web._render import BackendDep, blank_form, form_page, int_param, page
from himjobs.web._render import profile_from_query as from_query
from schemas import MatchResult

router = APIRouter()

PER_PAGE = 20
#: Matches read from the backend per request; filters, sorting and pages work on these.
MATCH_LIMIT = 500
SORTS = {"score": "Best match", "pay": "Highest pay", "posted": "Newest", "title": "Title"}
SHOWS = {"all": "Eligible and near misses", "eligible": "Eligible only", "near": "Near misses only"}


@router.get("/matches", response_class=HTMLResponse)
def matches(request: Request, backend: BackendDep) -> HTMLResponse:
    if not forms.has_profile(request.query_params):
        # no profile in the link: ask for one rather than list a default profile's matches
        return blank_form(
            request,
            notice="Fill in your profile first: the matches are the postings "
            "you qualify for, so we need to know what you have.",
        )
    values, profile, errors = from_query(request)
    if profile is None:
        return form_page(request, values, errors, status=422)
    q = request.query_params
    show = q.get("show") or "all"
    show = show if show in SHOWS else "all"
    sort = q.get("sort") or "score"
    sort = sort if sort in SORTS else "score"
    remote_only = q.get("remote") == "on"
    page_no = int_param(q.get("page"), 1)
    results = [r for r in backend.matches(profile, limit=MATCH_LIMIT) if r.posting]
    # counted before the view's filters, so the near-miss view still says how many qualify
    counts = {
        "eligible": sum(1 for r in results if r.eligible),
        "fits": sum(1 for r in results if r.eligible and not r.relaxed),
        "near": sum(1 for r in results if not r.eligible),
    }
    if show == "eligible":
        results = [r for r in results if r.eligible]
    elif show == "near":
        results = [r for r in results if not r.eligible]
    if remote_only:
        results = [r for r in results if r.posting and is_remote(r.posting)]
    results = _sorted(results, sort)
    total = len(results)
    pages = max((total + PER_PAGE - 1) // PER_PAGE, 1)
    page_no = min(page_no, pages)
    shown = results[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    seen = {
        r.posting.id: backend.first_seen(r.posting.id)
        for r in shown
        if r.posting and r.posting.id is not None
    }
    opts = {"show": show, "sort": sort, "remote": "on" if remote_only else ""}
    return page(
        request,
        "matches.html",
        values=values,
        profile_qs=forms.query_string(values),
        shown=shown,
        total=total,
        eligible_count=sum(1 for r in results if r.eligible),
        page_no=page_no,
        pages=pages,
        counts=counts,
        first=(page_no - 1) * PER_PAGE + 1 if shown else 0,
        last=(page_no - 1) * PER_PAGE + len(shown),
        show=show,
        sort=sort,
        remote_only=remote_only,
        first_seen=seen,
        SORTS=SORTS,
        SHOWS=SHOWS,
        page_qs=lambda n: forms.query_string(values, **opts, page=n),
    )


@router.get("/postings/{posting_id}", response_class=HTMLResponse)
def posting_detail(request: Request, posting_id: int, backend: BackendDep) -> HTMLResponse:
    posting = backend.get(posting_id)
    if posting is None:
        return page(request, "not_found.html", 404, what=f"posting {posting_id}")
    result: MatchResult | None = None
    values: forms.FormValues | None = None
    if forms.has_profile(request.query_params):
        values, profile, _ = from_query(request)
        if profile is not None:
            result = backend.match(posting, profile)
    body = render_body(
        posting.description_html,
        posting.description,
        display.evidence_sentences(posting, result),
    )
    return page(
        request,
        "posting.html",
        posting=posting,
        result=result,
        body=body,
        rows=requirement_rows(posting.requirements, posting),
        verdicts=verdict_rows(result) if result is not None else [],
        apply_url=display.apply_link(posting),
        first_seen=backend.first_seen(posting_id),
        profile_qs=forms.query_string(values) if values else "",
    )


def _sorted(results: list[MatchResult], sort: str) -> list[MatchResult]:
    """Eligible first, then near misses; within each, the order the user chose."""

    def key(r: MatchResult) -> tuple[Any, ...]:
        p = r.posting
        assert p is not None
        if sort == "pay":
            inner: Any = -display.hourly_low(p)
        elif sort == "posted":
            inner = -(p.posted_at.timestamp() if p.posted_at else 0.0)
        elif sort == "title":
            inner = p.title.lower()
        else:
            inner = -r.score
        return (not r.eligible, len(r.missing), inner)

    return sorted(results, key=key)
