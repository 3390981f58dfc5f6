"""Serve recorded source responses on 127.0.0.1, for the demo and for offline runs.

A folder holds the recorded bodies and `routes.json`, a list of routes:
``{"method", "path", "query"?: {k: v}, "json"?: {k: v}, "file", "content_type", "status"?}``.
A request matches a route when method and path are equal and every listed query parameter and
top-level JSON body field has the listed value (other parameters are ignored, as a real API
ignores parameters it does not page on). ``{{BASE}}`` in a body becomes the server's own URL,
``{{SITE}}`` the address the postings' own pages are published under (by default the server's
own URL too). Those pages are the folder's HTML routes and `site.json` (path -> page, for the
postings no crawl fetches a page of); `Routes.page` finds one, for this server and for
`himjobs serve` (which shows a demo posting's page after the demo's server has stopped).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import TCPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

MAX_BODY = 1_000_000
#: a recorded posting's apply address is its page plus this (Lever's form): the same page
APPLY_SUFFIX = "/apply"


def fill(data: bytes, *, base: str, site: str | None = None) -> bytes:
    """``data`` with the placeholders filled: {{BASE}} -> ``base``, {{SITE}} -> ``site``."""
    return data.replace(b"{{BASE}}", base.encode()).replace(
        b"{{SITE}}", (base if site is None else site).encode()
    )


class Routes:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.routes: list[dict[str, Any]] = json.loads((folder / "routes.json").read_text("utf-8"))
        self._by_path: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for route in self.routes:
            self._by_path.setdefault((route["method"], route["path"].lower()), []).append(route)
        site = folder / "site.json"
        self.pages: dict[str, str] = json.loads(site.read_text("utf-8")) if site.is_file() else {}

    def page(self, path: str) -> bytes | None:
        """The recorded page of a posting at ``path`` (decoded, no query), or None. Only the
        folder's HTML routes and site.json answer: never a file named by the request."""
        key = path.removesuffix(APPLY_SUFFIX)
        if key in self.pages:
            return self.pages[key].encode("utf-8")
        for route in self._by_path.get(("GET", key.lower()), []):
            if str(route.get("content_type", "")).startswith("text/html"):
                file: str = route["file"]
                return (self.folder / file).read_bytes()
        return None

    def find(
        self, method: str, path: str, query: dict[str, str], body: Any
    ) -> dict[str, Any] | None:
        for route in self._by_path.get((method, path.lower()), []):
            if any(query.get(k) != v for k, v in route.get("query", {}).items()):
                continue
            want = route.get("json", {})
            if want and (
                not isinstance(body, dict) or any(body.get(k) != v for k, v in want.items())
            ):
                continue
            return route
        return None


def _handler(routes: Routes, site: str | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "himjobs-replay/1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            pass  # the crawl reports what it fetched; the server stays quiet

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            body: Any = None
            length = int(self.headers.get("Content-Length") or 0)
            if 0 < length <= MAX_BODY:
                try:
                    body = json.loads(self.rfile.read(length))
                except ValueError:
                    body = None
            # Routes name decoded paths ("El Paso-TX"); clients send them percent-encoded.
            route = routes.find(method, unquote(parts.path), query, body)
            page = routes.page(unquote(parts.path)) if route is None and method == "GET" else None
            if page is not None:
                route, data = {"content_type": "text/html; charset=utf-8"}, page
            elif route is not None:
                data = (routes.folder / route["file"]).read_bytes()
            else:
                payload = b'{"ok":false,"error":"Document not found"}'
                self.send_response(404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            if b"{{" in data:
                # serve() below always builds a TCP server; the stub types the base class's
                # address loosely (it could be a Unix path), so narrow it to (host, port).
                assert isinstance(self.server, TCPServer)
                host, port = self.server.server_address[:2]
                data = fill(data, base=f"http://{host!s}:{port}", site=site)
            self.send_response(int(route.get("status", 200)))
            self.send_header("Content-Type", route.get("content_type", "application/json"))
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if method != "HEAD":
                self.wfile.write(data)

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def do_HEAD(self) -> None:
            self._serve("GET")

    return Handler


class _Server(ThreadingHTTPServer):
    # socketserver's default listen backlog is 5: a crawler opening 16+ connections at once
    # would see some refused or reset, and a test or demo would fail for nothing.
    request_queue_size = 128
    daemon_threads = True


@contextmanager
def serve(folder: Path, *, site: str | None = None) -> Iterator[str]:
    """Serve ``folder`` on a free port of 127.0.0.1 in a thread; yields the base URL.
    ``site``: what {{SITE}} becomes (default: the base URL)."""
    server = _Server(("127.0.0.1", 0), _handler(Routes(folder), site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="himjobs-replay", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()
