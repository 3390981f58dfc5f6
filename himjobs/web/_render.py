"""What every page router shares: the Jinja environment, the page and profile-form responses,
and the dependencies that hand a route its backend and profile folder (``Depends``).

The backend comes from ``get_backend``, which reads the one ``create_app`` was given; a test can
swap it with ``app.dependency_overrides[get_backend] = lambda: other`` (FastAPI's way).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from himjobs._distance import miles_text
from himjobs._requirements import STATUS_LABELS
from himjobs.web import _display as display
from himjobs.web import _forms as forms
from himjobs.web._backend import Backend
from schemas import CandidateProfile
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


def get_backend(request: Request) -> Backend:
    """The app's Backend (the Store and the matcher): a FastAPI dependency."""
    backend: Backend = request.app.state.backend
    return backend


def get_profile_dir(request: Request) -> Path:
    """The folder the profile file is saved in (~/.himjobs unless create_app was told)."""
    folder: Path = request.app.state.profile_dir
    return folder


BackendDep = Annotated[Backend, Depends(get_backend)]
ProfileDirDep = Annotated[Path, Depends(get_profile_dir)]


def _words(value: Any) -> str:
    return str(value).replace("_", " ").replace("on site", "on-site")


@cache
def templates() -> Jinja2Templates:
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
        STATUS_LABELS=STATUS_LABELS,
        hourly_pay=display.hourly_pay,
        place=display.place,
        day=display.day,
        miles_of=miles_text,
        selected=forms.selected,
        cert_list=[(code, f"{code}: {name}") for code, (name, _body) in CERTIFICATIONS.items()],
        word_list=lambda items: [(v, _words(v)) for v in items],
    )
    env.filters["words"] = _words
    return Jinja2Templates(env=env)


def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    return templates().TemplateResponse(request, name, ctx, status_code=status)


def form_page(
    request: Request,
    values: forms.FormValues,
    errors: dict[str, str],
    *,
    status: int = 200,
    notice: str | None = None,
) -> HTMLResponse:
    """The profile form, filled with ``values``, with the errors beside their fields."""
    return page(
        request,
        "profile.html",
        status,
        values=values,
        errors=errors,
        notice=notice,
        profile_file=forms.profile_path(get_profile_dir(request)),
        FIELD_LABELS=forms.FIELD_LABELS,
    )


def blank_form(request: Request, *, status: int = 200, **kw: Any) -> HTMLResponse:
    """The profile form for a default (empty) profile."""
    return form_page(request, forms.from_profile(CandidateProfile()), {}, status=status, **kw)


def profile_from_query(
    request: Request,
) -> tuple[forms.FormValues, CandidateProfile | None, dict[str, str]]:
    values = forms.read_form(request.query_params, request.query_params.getlist)
    profile, errors = forms.to_profile(values)
    return values, profile, errors


def int_param(value: str | None, default: int, *, low: int = 1) -> int:
    try:
        return max(int(value or default), low)
    except ValueError:
        return default
