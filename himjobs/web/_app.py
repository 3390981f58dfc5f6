"""The FastAPI app: server-rendered pages over a Backend (the Store and the matcher).

The pages are APIRouters, one module per group (``_routes_profile``: the form;
``_routes_matches``: matches and one posting; ``_routes_status``: gaps and crawl runs;
``_recorded``: the demo postings' recorded pages); each route gets the backend through
``Depends(get_backend)`` (``_render``), so a test can swap it with ``app.dependency_overrides``.
The stylesheet is served from ``static/``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from himjobs.web import _recorded, _routes_matches, _routes_profile, _routes_status
from himjobs.web import _security as security
from himjobs.web._backend import Backend
from himjobs.web._render import HERE


def create_app(
    backend: Backend,
    *,
    profile_dir: Path | str | None = None,
    allowed_hosts: Iterable[str] | None = None,
) -> FastAPI:
    """The web app over ``backend``; the profile file lives in ``profile_dir`` (~/.himjobs).
    Only requests naming one of ``allowed_hosts`` (default 127.0.0.1, localhost, ::1) in their
    Host header are answered."""
    app = FastAPI(title="himjobs", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.backend = backend
    app.state.profile_dir = (
        Path(profile_dir).expanduser() if profile_dir else Path.home() / ".himjobs"
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    # Host/Origin checks, security headers and plain error pages (himjobs/web/_security.py).
    security.protect(app, hosts=security.host_names(allowed_hosts))
    for module in (_routes_profile, _routes_matches, _routes_status, _recorded):
        app.include_router(module.router)
    return app
