"""What keeps other sites out of the local web page, in one place.

- Host check on every request: only the configured host names (default: the bind address,
  127.0.0.1, localhost, ::1) are answered, so a DNS-rebinding page (evil.example resolving to
  127.0.0.1) cannot read ``/profile/load`` or anything else: its requests say ``Host: evil...``.
- Origin check on every state-changing request (POST...): a form posted from another origin
  (``Sec-Fetch-Site`` other than same-origin, ``Origin``/``Referer`` naming another host or
  port, ``Origin: null`` without Sec-Fetch-Site) is refused, so another site cannot overwrite
  the saved profile. Requests without any of these headers come from non-browser clients.
- Request bodies over MAX_BODY bytes and profile fields over their caps are refused, so a saved
  profile always stays under the profile loader's size limit and can be loaded again.
- Security headers on every response, error pages included, and a plain error page (no
  traceback) when the database cannot be read or anything else fails.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from storage import StoreError

#: Host names answered when none are configured (``himjobs serve`` adds its bind address).
DEFAULT_HOSTS = ("127.0.0.1", "localhost", "::1")
#: Sent with every response: the pages need no script at all, and are never framed.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: The profile form is a few KB; anything past this is not a profile.
MAX_BODY = 64 * 1024
#: Caps per profile field (characters for text, entries for choice lists): a saved profile stays
#: far below schemas' MAX_PROFILE_BYTES (256 KiB), so it always loads again.
MAX_TEXT = 200
MAX_CHOICES = 100
MAX_CHOICE_TEXT = 100


def host_names(hosts: Iterable[str] | None, *, bind: str | None = None) -> frozenset[str]:
    """The lower-case host names to answer: ``hosts`` (default DEFAULT_HOSTS) and ``bind``.

    >>> sorted(host_names(None, bind="0.0.0.0"))
    ['0.0.0.0', '127.0.0.1', '::1', 'localhost']
    """
    names = {h.strip().lower().strip("[]") for h in (hosts or DEFAULT_HOSTS) if h.strip()}
    if bind:
        names.add(bind.lower().strip("[]"))
    return frozenset(names)


def _name(netloc: str) -> str:
    """The host name of a Host header value or URL netloc, without port or brackets."""
    return (urlsplit(f"//{netloc}").hostname or "").lower()


def refusal(headers: Headers, method: str, hosts: frozenset[str]) -> tuple[int, str] | None:
    """(status, reason) when a request must be refused, else None."""
    host = headers.get("host", "")
    if _name(host) not in hosts:
        return 400, f"This server does not answer for the host name {host!r}."
    if method.upper() in SAFE_METHODS:
        return None
    cross = (403, "A form from another site cannot change anything here.")
    # Browsers say where a request comes from in Sec-Fetch-Site; our own pages' forms send
    # "same-origin". Their Origin is "null" (the pages' Referrer-Policy is no-referrer), so
    # "null" is judged by Sec-Fetch-Site, and refused by a browser too old to send it.
    site = headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return cross
    origin = headers.get("origin")
    if origin == "null":
        if site is None:
            return cross
    elif origin is not None:
        if urlsplit(origin).netloc.lower() != host.lower():
            return cross
    elif (
        site is None
        and headers.get("referer")
        and urlsplit(headers["referer"]).netloc.lower() != host.lower()
    ):
        return cross
    try:
        length = int(headers.get("content-length") or 0)
    except ValueError:
        return 400, "Bad Content-Length."
    if length > MAX_BODY:
        return 413, f"The form is too large (over {MAX_BODY // 1024} KB)."
    return None


def field_problems(values: dict[str, Any]) -> dict[str, str]:
    """Per-field errors for profile form values over their caps (empty when all fit)."""
    problems: dict[str, str] = {}
    for name, value in values.items():
        if isinstance(value, str) and len(value) > MAX_TEXT:
            problems[name] = f"At most {MAX_TEXT} characters"
        elif isinstance(value, list):
            if len(value) > MAX_CHOICES:
                problems[name] = f"At most {MAX_CHOICES} choices"
            elif any(len(str(v)) > MAX_CHOICE_TEXT for v in value):
                problems[name] = f"Each choice at most {MAX_CHOICE_TEXT} characters"
    return problems


def error_page(status: int, title: str, message: str) -> HTMLResponse:
    """A plain page with the security headers; no template, so it works when nothing else does."""
    body = (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>{html.escape(title)} - himjobs</title>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>"
        '<p><a href="/">Back to your profile</a></p></html>'
    )
    return HTMLResponse(body, status_code=status, headers=SECURITY_HEADERS)


class HostOriginGuard:
    """ASGI middleware applying ``refusal`` before the app sees the request."""

    def __init__(self, app: ASGIApp, *, hosts: frozenset[str]) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refused = refusal(Headers(scope=scope), scope["method"], self.hosts)
            if refused is not None:
                status, reason = refused
                titles = {400: "Bad request", 403: "Forbidden", 413: "Too large"}
                await error_page(status, titles.get(status, "Refused"), reason)(
                    scope, receive, send
                )
                return
        await self.app(scope, receive, send)


def _first_line(err: BaseException) -> str:
    reason = getattr(err, "orig", None) or err
    lines = str(reason).strip().splitlines()
    return lines[0] if lines else type(reason).__name__


def protect(app: FastAPI, *, hosts: frozenset[str]) -> None:
    """Install the host/origin guard, the security headers and the plain error pages."""
    app.add_middleware(HostOriginGuard, hosts=hosts)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    async def database_error(request: Request, exc: Exception) -> Response:
        return error_page(
            503, "The job database cannot be read", f"{_first_line(exc)} (database damaged?)"
        )

    async def any_error(request: Request, exc: Exception) -> Response:
        return error_page(500, "Something went wrong", "The page could not be made.")

    app.add_exception_handler(StoreError, database_error)
    app.add_exception_handler(SQLAlchemyError, database_error)
    app.add_exception_handler(Exception, any_error)
