"""A local HTTP server for spider tests: recorded responses by a routes table, plus faults.

Run as ``python -m tests.mockserver``: binds 127.0.0.1 on a free port and prints its base URL
(``http://127.0.0.1:PORT``) as the first stdout line, like Scrapy's own tests/mockserver. The
``mockserver`` pytest fixture (tests/scrapers/conftest.py) starts it once a session.

Routing
-------
Routes come from every ``tests/fixtures/*/routes.json`` file (a JSON list) and from routes tests
add at run time (``MockServer.add_route`` -> ``POST /__routes``); run-time routes win, newest
first, then file routes in file order. A route is an object:

- ``method``: "GET" (default) or "POST" ...
- ``path``: exact path, percent-decoded ("/v1/boards/acme/jobs", "/posting-api/job-board/Big Co");
  or ``path_prefix``: any path starting with it.
- ``query``: optional subset of query parameters, {"Page": "2"}; every listed key must equal the
  request's (first) value, others are ignored. A key mapped to null must be absent.
- ``json``: optional subset of a JSON request body, compared recursively on dict keys
  (Workday: {"offset": 20}).
- ``file``: response body from tests/fixtures/<file>; or ``body``: a string; or ``json_body``.
- ``status`` (200), ``headers`` ({name: value}), ``content_type`` ("application/json").
  In header values ``{base}`` becomes this server's URL and ``{alt_base}`` the same server as
  ``http://localhost:PORT`` (another host name, for cross-host redirect tests).
- ``fault``: optional {"kind": ...}:
    - ``fail_then_ok``: first ``failures`` hits answer ``status`` (500) with optional
      ``retry_after`` header, then the normal response. Counted per route (per ``key`` if given).
    - ``delay``: sleep ``seconds`` before answering (or until ``POST /__release``).
    - ``drop``: close the connection without a response.  ``reset``: close with a TCP RST.
    - ``partial``: headers announce the full length, half the body is sent, connection closed.
    - ``truncate``: a complete response whose body is the first half of the payload (bad JSON).
    - ``control_chars``: raw control characters injected into the body.
    - ``huge``: streams ``mb`` megabytes (no Content-Length when ``"chunked": true``).
    - ``redirect``: answers ``status`` (302) with Location ``location`` (templated as above).
    - ``expand``: builds a body too big or odd to route as text: each key of ``with`` found in the
      payload is replaced by ``{"text": T, "times": N}`` (T repeated N times, e.g. "[" 100,000
      times for JSON nested past the recursion limit, or an 11 MB JSON-LD block) or by
      ``{"hex": "ff fe"}`` (raw bytes, e.g. invalid UTF-8).
    - ``sitemap_fanout``: (with ``path_prefix`` instead of ``path``) a sitemapindex generated for
      any path under the prefix, listing ``fanout`` new child sitemaps one level down
      (``/fan/root.xml`` -> ``{site}/fan/root/0.xml`` ...), never ending: a hostile site.
      ``site`` (default this server) is the scheme and host the children are named under.

Control endpoints: ``GET /__log`` (JSON list of {method, path, query, headers} of every request),
``POST /__reset`` (clears log, counters and run-time routes), ``POST /__routes`` (adds one route),
``POST /__release`` (ends every ``delay`` now, until the next reset: a test need not sit out a
delay once it has seen what the delay was for).
Unmatched paths answer 404 with ``{"ok": false, "error": "Document not found"}`` (Lever's body);
``/robots.txt`` is 404 (allow all) unless routed.
"""

from __future__ import annotations

import json
import socket
import struct
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

FIXTURES = Path(__file__).with_name("fixtures")
NOT_FOUND = b'{"ok":false,"error":"Document not found"}'


def load_file_routes() -> list[dict[str, Any]]:
    routes: list[dict[str, Any]] = []
    for f in sorted(FIXTURES.glob("*/routes.json")):
        routes.extend(json.loads(f.read_text(encoding="utf-8")))
    return routes


def subset(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and subset(v, actual[k]) for k, v in expected.items()
        )
    return bool(expected == actual)


class State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.file_routes = load_file_routes()
        self.runtime_routes: list[dict[str, Any]] = []
        self.counters: dict[str, int] = {}
        self.log: list[dict[str, Any]] = []
        #: set by POST /__release: every delay still waiting answers now, later ones at once
        self.released = threading.Event()

    def reset(self) -> None:
        with self.lock:
            self.released.clear()
            self.runtime_routes.clear()
            self.counters.clear()
            self.log.clear()


STATE = State()


class Handler(BaseHTTPRequestHandler):
    server_version = "himjobs-mock/1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # quiet: tests read /__log instead

    def do_GET(self) -> None:
        self.handle_any()

    def do_POST(self) -> None:
        self.handle_any()

    def do_HEAD(self) -> None:
        self.handle_any()

    # --- helpers ---------------------------------------------------------------------------
    def base(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.server.server_address[1]}"

    def send(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str] | None = None,
        content_type: str = "application/json",
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_any(self) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        with STATE.lock:
            STATE.log.append(
                {
                    "method": self.command,
                    "path": path,
                    "query": query,
                    "headers": {k: v for k, v in self.headers.items()},
                }
            )
        if path.startswith("/__"):
            return self.control(path, raw)
        try:
            body_json = json.loads(raw) if raw else None
        except ValueError:
            body_json = None
        route = self.match(self.command, path, query, body_json)
        if route is None:
            return self.send(404, NOT_FOUND)
        self.respond(route)

    def control(self, path: str, raw: bytes) -> None:
        if path == "/__log":
            with STATE.lock:
                body = json.dumps(STATE.log).encode()
            return self.send(200, body)
        if path == "/__reset":
            STATE.reset()
            return self.send(200, b"{}")
        if path == "/__release":
            STATE.released.set()
            return self.send(200, b"{}")
        if path == "/__routes":
            with STATE.lock:
                STATE.runtime_routes.insert(0, json.loads(raw))
            return self.send(200, b"{}")
        self.send(404, NOT_FOUND)

    def match(
        self, method: str, path: str, query: dict[str, str], body: Any
    ) -> dict[str, Any] | None:
        with STATE.lock:
            routes = [*STATE.runtime_routes, *STATE.file_routes]
        for r in routes:
            if r.get("method", "GET").upper() != method:
                continue
            if r.get("path") != path and not (
                "path_prefix" in r and path.startswith(r["path_prefix"])
            ):
                continue
            q = r.get("query") or {}
            if any((query.get(k) != v) if v is not None else (k in query) for k, v in q.items()):
                continue
            if "json" in r and not subset(r["json"], body):
                continue
            return r
        return None

    def payload(self, route: dict[str, Any]) -> bytes:
        if "file" in route:
            return (FIXTURES / route["file"]).read_bytes()
        if "json_body" in route:
            return json.dumps(route["json_body"]).encode()
        return str(route.get("body", "")).encode()

    def headers_for(self, route: dict[str, Any]) -> dict[str, str]:
        return {
            k: str(v).replace("{base}", self.base()).replace("{alt_base}", self.base("localhost"))
            for k, v in (route.get("headers") or {}).items()
        }

    def respond(self, route: dict[str, Any]) -> None:
        fault = route.get("fault") or {}
        kind = fault.get("kind")
        ctype = route.get("content_type", "application/json")
        status = int(route.get("status", 200))
        if kind == "fail_then_ok":
            key = fault.get("key") or json.dumps(route, sort_keys=True)
            with STATE.lock:
                n = STATE.counters[key] = STATE.counters.get(key, 0) + 1
            if n <= int(fault.get("failures", 1)):
                extra = {"Retry-After": str(fault["retry_after"])} if "retry_after" in fault else {}
                return self.send(int(fault.get("status", 500)), b'{"error":"try later"}', extra)
        elif kind == "delay":
            # cut short by POST /__release (a test that has seen what it waited for)
            STATE.released.wait(float(fault.get("seconds", 1)))
        elif kind == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        elif kind == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        elif kind == "redirect":
            loc = str(fault["location"]).replace("{base}", self.base())
            loc = loc.replace("{alt_base}", self.base("localhost"))
            return self.send(int(fault.get("status", 302)), b"", {"Location": loc})
        elif kind == "huge":
            return self.stream_huge(int(fault.get("mb", 50)), bool(fault.get("chunked")))
        elif kind == "sitemap_fanout":
            body = fanout_index(urlsplit(self.path).path, fault, default_site=self.base())
            return self.send(200, body, content_type="application/xml")
        body = self.payload(route)
        if kind == "expand":
            body = expand(body, fault.get("with") or {})
        if kind == "truncate":
            body = body[: len(body) // 2]
        elif kind == "control_chars":
            body = body.replace(b'"', b'"\x01\x02', 2)
        elif kind == "partial":
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send(status, body, self.headers_for(route), ctype)

    def stream_huge(self, mb: int, chunked: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if not chunked:
            self.send_header("Content-Length", str(mb * 1024 * 1024))
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b" " * (1024 * 1024)
        try:
            for _ in range(mb):
                self.wfile.write(chunk)
        except OSError:
            pass  # the client gave up (DOWNLOAD_MAXSIZE): that is the point
        self.close_connection = True


def expand(body: bytes, parts: dict[str, dict[str, Any]]) -> bytes:
    """The payload with each marker replaced by repeated text or raw bytes (``expand`` fault)."""
    for marker, spec in parts.items():
        if "hex" in spec:
            value = bytes.fromhex(str(spec["hex"]))
        else:
            value = str(spec.get("text", "")).encode() * int(spec.get("times", 1))
        body = body.replace(marker.encode(), value)
    return body


def fanout_index(path: str, fault: dict[str, Any], *, default_site: str) -> bytes:
    """A sitemapindex naming ``fanout`` child sitemaps one level below ``path`` (each a new URL,
    so no duplicate filter stops them), written piece by piece to keep this server small."""
    site = str(fault.get("site") or default_site).rstrip("/")
    stem = path[: -len(".xml")] if path.endswith(".xml") else path
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n'
    head += b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    entries = (
        f"<sitemap><loc>{site}{stem}/{i}.xml</loc></sitemap>\n".encode()
        for i in range(int(fault.get("fanout", 50_000)))
    )
    return head + b"".join(entries) + b"</sitemapindex>\n"


class _Server(ThreadingHTTPServer):
    # socketserver's default listen backlog is 5: a crawler opening 16+ connections at once
    # would see some refused or reset, and a test or demo would fail for nothing.
    request_queue_size = 128
    daemon_threads = True


def main() -> None:
    server = _Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
