"""GET /demo/...: a demo posting's recorded page, from the bundled himjobs/demo_data only.

The demo's postings are made up and link here (himjobs._demo.SITE), so their "apply" link still
opens the page they were recorded from once the demo's replay server has stopped. Read-only:
the path is looked up among the bundled pages, never opened as a file.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

router = APIRouter()


@router.get("/demo/{path:path}", response_class=HTMLResponse)
def recorded(path: str) -> Response:
    from himjobs._demo import recorded_page

    page = recorded_page("/" + path)
    if page is None:
        return HTMLResponse("<!doctype html><title>Not found</title><p>No such demo page.", 404)
    return HTMLResponse(page)
