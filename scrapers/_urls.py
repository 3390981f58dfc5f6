"""Checks for URLs that users supply (api_base, board URLs, start URLs, sitemaps).

Only http(s) is allowed, and hosts that are or resolve to an address that is not global (private,
loopback, link-local, shared, reserved or multicast) are refused unless
``HIMJOBS_ALLOW_PRIVATE_URLS`` is set (the local test servers need it; production does not).
This is the early, readable check; scrapers._connect checks every connection itself.

>>> check_url("https://boards-api.greenhouse.io", allow_private=False, resolve=False)
'https://boards-api.greenhouse.io'
>>> check_url("file:///etc/passwd", allow_private=True)
Traceback (most recent call last):
...
scrapers._urls.UnsafeURLError: only http(s) URLs are allowed, not 'file:///etc/passwd'
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class UnsafeURLError(ValueError):
    """A user-supplied URL that the crawler refuses to fetch."""


#: Blocks refused although some Python versions call them global: 3.11 before 3.11.10 says
#: 192.0.0.8 ``is_global``; NAT64 and 6to4 addresses carry an IPv4 address that may be private.
NOT_PUBLIC = tuple(
    ipaddress.ip_network(n)
    for n in ("100.64.0.0/10", "192.0.0.0/24", "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16")
)


def is_public_address(address: str) -> bool:
    """True only for a global unicast address. ``not is_global`` is the test, not ``is_private``:
    the latter misses shared address space (100.64.0.0/10); NOT_PUBLIC covers the rest.

    >>> [is_public_address(a) for a in ("8.8.8.8", "100.64.0.1", "192.0.0.8", "::ffff:127.0.0.1")]
    [True, False, False, False]
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast and not any(ip in net for net in NOT_PUBLIC)


def _is_private(address: str) -> bool:
    return not is_public_address(address)


def _host_addresses(host: str) -> list[str]:
    try:
        ipaddress.ip_address(host)
        return [host]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        # An unresolvable name cannot reach a private address now; the download will fail.
        return []
    return [str(info[4][0]) for info in infos]


def check_url(url: str, *, allow_private: bool, resolve: bool = True) -> str:
    """Return ``url`` unchanged if it is safe to fetch, else raise UnsafeURLError.

    ``resolve`` also looks the host name up, so a public-looking name that points at
    127.0.0.1 or 169.254.169.254 is refused too.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise UnsafeURLError(f"only http(s) URLs are allowed, not {url!r}")
    host = parts.hostname
    if not host:
        raise UnsafeURLError(f"URL has no host: {url!r}")
    if parts.username or parts.password:
        raise UnsafeURLError(f"URL must not carry credentials: {url!r}")
    if allow_private:
        return url
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(
        ".localhost"
    ):
        raise UnsafeURLError(f"refusing local address in {url!r}")
    addresses = _host_addresses(host) if resolve else _literal(host)
    for address in addresses:
        if _is_private(address):
            raise UnsafeURLError(
                f"refusing private/non-public address {address} in {url!r} "
                "(set HIMJOBS_ALLOW_PRIVATE_URLS for local testing)"
            )
    return url


def _literal(host: str) -> list[str]:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return []
    return [host]


def replace_base(url: str, api_base: str | None) -> str:
    """Swap the scheme and host of a documented URL for ``api_base``; the path stays as is.

    >>> replace_base("https://api.lever.co/v0/postings/acme?mode=json", "http://127.0.0.1:8080")
    'http://127.0.0.1:8080/v0/postings/acme?mode=json'
    """
    if not api_base:
        return url
    base = urlsplit(api_base)
    parts = urlsplit(url)
    return parts._replace(scheme=base.scheme, netloc=base.netloc).geturl()
