"""The FastAPI app: server-rendered pages over a Backend (the Store and the matcher)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from himjobs._distance import miles_text
from himjobs._present import is_remote
from himjobs.web import _display as display
from himjobs.web import _forms as forms
from himjobs.web import _security as security
from himjobs.web._backend import Backend
from himjobs.web._chart import Bar, bar_chart
from himjobs.web._highlight import render_body
from himjobs.web._recorded import router as recorded_router
from schemas import CandidateProfile, MatchResult
from schemas.vocab import (
    CERTIFICATIONS,
    EDUCATION_LABELS,
    EDUCATION_LADDER,
    EMPLOYMENT_TYPES,
    PAY_PERIODS,
    SHIFTS,
    SKILLS,
    US_STATES,
    WORKPLACES,
)

HERE = Path(__file__).parent
PER_PAGE = 20
#: Matches read from the backend per request; filters, sorting and pages work on these.
MATCH_LIMIT = 500
SORTS = {"score": "Best match", "pay": "Highest pay", "posted": "Newest", "title": "Title"}
SHOWS = {"all": "Eligible and near misses", "eligible": "Eligible only", "near": "Near misses only"}


def _templates() -> Jinja2Templates:
    # Autoescape on for every template, whatever its extension.
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.globals.update(
        EDUCATION_LADDER=EDUCATION_LADDER,
        EDUCATION_LABELS=EDUCATION_LABELS,
        CERTIFICATIONS=CERTIFICATIONS,
        WORKPLACES=WORKPLACES,
        SHIFTS=SHIFTS,
        EMPLOYMENT_TYPES=EMPLOYMENT_TYPES,
        PAY_PERIODS=PAY_PERIODS,
        US_STATES=US_STATES,
        SKILLS=SKILLS,
        STATUS_LABELS=display.STATUS_LABELS,
        hourly_pay=display.hourly_pay,
        place=display.place,
        day=display.day,
        evidence_view=display.evidence_view,
        miles_of=miles_text,
        selected=forms.selected,
        cert_list=[(code, f"{code}: {name}") for code, (name, _body) in CERTIFICATIONS.items()],
        word_list=lambda items: [
            (v, v.replace("_", " ").replace("on site", "on-site")) for v in items
        ],
    )
    env.filters["words"] = lambda v: str(v).replace("_", " ").replace("on site", "on-site")
    return Jinja2Templates(env=env)


def _profile_from_query(
    request: Request,
) -> tuple[forms.FormValues, CandidateProfile | None, dict[str, str]]:
    values = forms.read_form(request.query_params, request.query_params.getlist)
    profile, errors = forms.to_profile(values)
    return values, profile, errors


def _int(value: str | None, default: int, *, low: int = 1) -> int:
    try:
        return max(int(value or default), low)
    except ValueError:
        return default


def create_app(
    backend: Backend,
    *,
    profile_dir: Path | str | None = None,
    allowed_hosts: Iterable[str] | None = None,
) -> FastAPI:
    """The web app over ``backend``; the profile file lives in ``profile_dir`` (~/.himjobs).
    Only requests naming one of ``allowed_hosts`` (default 127.0.0.1, localhost, ::1) in their
    Host header are answered."""
    pdir = Path(profile_dir).expanduser() if profile_dir else Path.home() / ".himjobs"
    templates = _templates()
    app = FastAPI(title="himjobs", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(recorded_router)  # the demo postings' recorded pages

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def form_page(
        request: Request,
        values: forms.FormValues,
        errors: dict[str, str],
        *,
        status: int = 200,
        notice: str | None = None,
    ) -> HTMLResponse:
        return page(
            request,
            "profile.html",
            status,
            values=values,
            errors=errors,
            notice=notice,
            profile_file=forms.profile_path(pdir),
            FIELD_LABELS=forms.FIELD_LABELS,
        )

    # Host/Origin checks, security headers and plain error pages (himjobs/web/_security.py).
    security.protect(app, hosts=security.host_names(allowed_hosts))

    @app.get("/", response_class=HTMLResponse)
    def profile_form(request: Request) -> HTMLResponse:
        if forms.has_profile(request.query_params):
            values, _, _ = _profile_from_query(request)
        else:
            values = forms.from_profile(CandidateProfile())
        return form_page(request, values, {})

    @app.post("/profile", response_model=None)
    async def submit_profile(request: Request) -> Response:
        data = await request.form()
        values = forms.read_form(data, data.getlist)
        profile, errors = forms.to_profile(values)
        errors = {**errors, **security.field_problems(values)}
        if profile is None or errors:
            return form_page(request, values, errors, status=422)
        if data.get("action") == "save":
            try:
                path = forms.save_profile(profile, pdir)
            except OSError as err:
                return form_page(
                    request, values, {"form": f"Could not save: {err.strerror}"}, status=500
                )
            return form_page(request, values, {}, notice=f"Profile saved to {path}.")
        return RedirectResponse(f"/matches?{forms.query_string(values)}", status_code=303)

    @app.get("/profile/load", response_class=HTMLResponse)
    def load_profile(request: Request) -> HTMLResponse:
        profile, problem = forms.load_saved(pdir)
        if profile is None:
            values = forms.from_profile(CandidateProfile())
            return form_page(request, values, {"form": problem or "No saved profile."}, status=404)
        notice = f"Loaded your profile from {forms.profile_path(pdir)}."
        return form_page(request, forms.from_profile(profile), {}, notice=notice)

    @app.get("/matches", response_class=HTMLResponse)
    def matches(request: Request) -> HTMLResponse:
        if not forms.has_profile(request.query_params):
            # no profile in the link: ask for one rather than list a default profile's matches
            return form_page(
                request,
                forms.from_profile(CandidateProfile()),
                {},
                notice="Fill in your profile first: the matches are the postings "
                "you qualify for, so we need to know what you have.",
            )
        values, profile, errors = _profile_from_query(request)
        if profile is None:
            return form_page(request, values, errors, status=422)
        q = request.query_params
        show = q.get("show") or "all"
        show = show if show in SHOWS else "all"
        sort = q.get("sort") or "score"
        sort = sort if sort in SORTS else "score"
        remote_only = q.get("remote") == "on"
        page_no = _int(q.get("page"), 1)
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
        base = forms.query_string(values)
        opts = {"show": show, "sort": sort, "remote": "on" if remote_only else ""}
        return page(
            request,
            "matches.html",
            values=values,
            profile_qs=base,
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

    @app.get("/postings/{posting_id}", response_class=HTMLResponse)
    def posting_detail(request: Request, posting_id: int) -> HTMLResponse:
        posting = backend.get(posting_id)
        if posting is None:
            return page(request, "not_found.html", 404, what=f"posting {posting_id}")
        result: MatchResult | None = None
        values: forms.FormValues | None = None
        if forms.has_profile(request.query_params):
            values, profile, _ = _profile_from_query(request)
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
            rows=display.requirement_rows(posting.requirements, posting),
            apply_url=display.apply_link(posting),
            first_seen=backend.first_seen(posting_id),
            profile_qs=forms.query_string(values) if values else "",
        )

    @app.get("/gaps", response_class=HTMLResponse)
    def gaps_page(request: Request) -> HTMLResponse:
        values, profile, errors = _profile_from_query(request)
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

    @app.get("/crawl", response_class=HTMLResponse)
    def crawl_status(request: Request) -> HTMLResponse:
        runs = [_run_view(r) for r in backend.runs(20)]
        return page(request, "crawl.html", runs=runs, sources=backend.sources())

    return app


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
