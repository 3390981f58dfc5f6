"""A download failure as a short reason a person can read ("connection lost", "timed out after
10 s", "DNS lookup failed for jobs.example.org", "TLS error: certificate verify failed").

Scrapy wraps Twisted's errors (``DownloadFailedError`` around ``ResponseFailed`` around a list of
``Failure`` objects), and ``str()`` of the wrapper is the repr of that list: unreadable in
``himjobs runs --errors``. This walks the chain and names the innermost cause.

>>> from twisted.internet.error import DNSLookupError
>>> describe(DNSLookupError("address 'jobs.example.invalid' not found"))
"DNS lookup failed: address 'jobs.example.invalid' not found"
>>> from scrapy.exceptions import DownloadTimeoutError
>>> describe(DownloadTimeoutError("Getting http://a.example/x took longer than 10.0 seconds."))
'timed out after 10 s'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# pyOpenSSL (a Scrapy dependency) is how Twisted speaks TLS.
from OpenSSL.SSL import Error as OpenSSLError
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from twisted.internet import error as tx
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived
from twisted.web.http import PotentialDataLoss, _DataLoss

from scrapers._connect import BlockedAddressError

_SECONDS_RE = re.compile(r"longer than ([\d.]+) seconds")
_SIZES_RE = re.compile(r"(Expected to receive|Received) (\d+) bytes .*?max size \((\d+)\)")
_REPR_RE = re.compile(r"\[?<twisted\.python\.failure\.Failure [\w.]+: (.*?)>\]?")
_MAX_LEN = 300


def describe(exc: BaseException | None, *, timeout: float | None = None) -> str:
    """One line naming what went wrong with a download (``timeout``: the request's limit, used
    when the exception does not say)."""
    if exc is None:
        return "download failed"
    causes = list(_causes(exc))
    never_received = any(isinstance(c, ResponseNeverReceived) for c in causes)
    # Rules in order of precedence, not depth: a timeout aborts the connection, and the abort
    # (a ConnectionLost) may be chained under the timeout; the timeout is what happened.
    for rule in _RULES:
        for cause in causes:
            text = rule(cause, timeout=timeout, never_received=never_received)
            if text:
                return text[:_MAX_LEN]
    # Unknown: the exception's own words, without Twisted's Failure reprs.
    message = _REPR_RE.sub(r"\1", str(exc)).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {message}"[:_MAX_LEN]


def _blocked(cause: BaseException, **_: Any) -> str:
    # scrapers._connect refused every address of the host: its message names them and the URL.
    return str(cause) if isinstance(cause, BlockedAddressError) else ""


def _tls(cause: BaseException, **_: Any) -> str:
    if isinstance(cause, OpenSSLError):
        return f"TLS error: {_openssl_text(cause)}"
    if isinstance(cause, (tx.SSLError, tx.VerifyError, tx.CertificateError)):
        return f"TLS error: {cause}".strip()
    return ""


def _dns(cause: BaseException, **_: Any) -> str:
    if isinstance(cause, (CannotResolveHostError, tx.DNSLookupError, tx.UnknownHostError)):
        detail = re.sub(r"(?i)^dns lookup failed:?\s*", "", str(cause).strip()).rstrip(".")
        return f"DNS lookup failed: {detail}" if detail else "DNS lookup failed"
    return ""


def _refused(cause: BaseException, **_: Any) -> str:
    if isinstance(cause, (DownloadConnectionRefusedError, tx.ConnectionRefusedError)):
        return "connection refused"
    return ""


def _timeout(cause: BaseException, *, timeout: float | None, **_: Any) -> str:
    if isinstance(cause, (DownloadTimeoutError, tx.TimeoutError, tx.TCPTimedOutError)):
        found = _SECONDS_RE.search(str(cause))
        seconds = float(found.group(1)) if found else timeout
        return f"timed out after {seconds:g} s" if seconds else "timed out"
    return ""


def _cancelled(cause: BaseException, **_: Any) -> str:
    if isinstance(cause, DownloadCancelledError):
        sizes = _SIZES_RE.search(str(cause))
        if sizes:
            got, limit = int(sizes.group(2)) / 2**20, int(sizes.group(3)) / 2**20
            if sizes.group(1) == "Received":  # no Content-Length: stopped once past the limit
                return f"response too large: over the {limit:.1f} MiB limit"
            return f"response too large: {got:.1f} MiB, the limit is {limit:.1f} MiB"
        return f"download cancelled: {cause}".strip()
    return ""


def _data_loss(cause: BaseException, **_: Any) -> str:
    if isinstance(cause, (ResponseDataLossError, _DataLoss, PotentialDataLoss)):
        return "response cut off before its end (data loss)"
    return ""


def _closed(cause: BaseException, *, never_received: bool, **_: Any) -> str:
    if isinstance(cause, (tx.ConnectionLost, tx.ConnectionDone)):
        when = "before a response" if never_received else "during the response"
        how = "lost" if isinstance(cause, tx.ConnectionLost) else "closed by the server"
        return f"connection {how} {when}"
    if isinstance(cause, tx.ConnectError):
        return f"could not connect: {str(cause).strip() or type(cause).__name__}"
    return ""


_RULES = (_blocked, _tls, _dns, _refused, _timeout, _cancelled, _data_loss, _closed)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception, what it was raised from and the reasons a Twisted wrapper lists, each once,
    innermost first (ConnectionLost before the ResponseFailed that holds it)."""
    seen: set[int] = set()
    stack: list[Any] = [exc]
    out: list[BaseException] = []
    while stack:
        item = stack.pop(0)
        if isinstance(item, Failure):
            item = item.value
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        out.append(item)
        if isinstance(item, ResponseFailed):
            stack.extend(item.reasons)
        stack.extend(c for c in (item.__cause__, item.__context__) if c is not None)
    yield from reversed(out)


def _openssl_text(exc: BaseException) -> str:
    """OpenSSL's error queue, e.g. [('SSL routines', '', 'certificate verify failed')], as text."""
    parts: list[str] = []
    for entry in exc.args[0] if exc.args and isinstance(exc.args[0], list) else []:
        if isinstance(entry, tuple) and entry:
            parts.append(str(entry[-1]))
    return "; ".join(dict.fromkeys(p for p in parts if p)) or str(exc) or "handshake failed"
