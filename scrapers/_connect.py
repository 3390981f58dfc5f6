"""The http(s) download handler that refuses to connect to any address that is not public.

Checking the URLs we configure is not enough (docs/contributing.md): redirects, pages'
links and a public name that resolves to 10.0.0.5 all reach Scrapy's downloader without passing
that check. This handler is Scrapy's HTTP/1.1 handler with one change: the name resolution of
every connection it opens (IP literals included, redirects included, each hop) goes through a
filter that drops every address that is not global (``ipaddress``'s ``not is_global``: private,
loopback, link-local such as 169.254.169.254, 100.64.0.0/10, 192.0.0.0/24, ...). Only the
addresses left are connected to, so a name cannot resolve to a public address when checked and a
private one when connected. A request with no address left fails with ``BlockedAddressError``,
which the spiders' errback records as a bad page ("refused to connect to 127.0.0.1:8080 ...").

Settings: ``HIMJOBS_ALLOW_PRIVATE_URLS`` (every address allowed: the tests' mock server) and, for
tests only, ``HIMJOBS_TEST_PUBLIC_ADDRESSES``: a list of "IP:PORT" that stand for the public
internet; when set, every other non-global address is refused even with the first setting on.
Requests through a proxy (``meta["proxy"]``) connect to the proxy the operator configured and are
not filtered here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler, _ScrapyAgent
from scrapy.exceptions import CannotResolveHostError, ResponseDataLossError
from scrapy.utils._download_handlers import get_dataloss_msg, wrap_twisted_exceptions
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.interfaces import (
    IHostnameResolver,
    IReactorPluggableNameResolver,
    IResolutionReceiver,
)
from zope.interface import implementer  # type: ignore[import-untyped]

from scrapers._urls import is_public_address

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.internet.interfaces import IAddress, IHostResolution
    from twisted.web.client import Agent


class BlockedAddressError(Exception):
    """Every address a request's host resolved to is private, loopback, link-local or reserved.

    Not an OSError: Scrapy retries those, and asking again gets the same address."""


class AddressPolicy:
    """Which (address, port) pairs a crawl may connect to."""

    def __init__(self, *, allow_private: bool, test_public: Collection[str] = ()) -> None:
        self.allow_private = allow_private
        self.test_public = frozenset(test_public)

    @classmethod
    def from_settings(cls, settings: Any) -> AddressPolicy:
        return cls(
            allow_private=settings.getbool("HIMJOBS_ALLOW_PRIVATE_URLS"),
            test_public=settings.getlist("HIMJOBS_TEST_PUBLIC_ADDRESSES"),
        )

    def allows(self, host: str, port: int) -> bool:
        """True if a connection to ``host`` (an IP address) on ``port`` is allowed.

        >>> AddressPolicy(allow_private=False).allows("169.254.169.254", 80)
        False
        >>> AddressPolicy(allow_private=True, test_public=["127.0.0.1:81"]).allows("127.0.0.1", 82)
        False
        """
        if self.test_public:
            return f"{host}:{port}" in self.test_public or is_public_address(host)
        return self.allow_private or is_public_address(host)


@implementer(IResolutionReceiver)
class _FilteringReceiver:
    """Passes on the allowed addresses of one resolution, notes the refused ones."""

    def __init__(self, inner: Any, policy: AddressPolicy, refused: list[str]) -> None:
        self._inner, self._policy, self._refused = inner, policy, refused

    def resolutionBegan(self, resolution: IHostResolution) -> None:  # noqa: N802 - Twisted API
        self._inner.resolutionBegan(resolution)

    def addressResolved(self, address: IAddress) -> None:  # noqa: N802 - Twisted API
        host, port = str(getattr(address, "host", "")), int(getattr(address, "port", 0))
        if self._policy.allows(host, port):
            self._inner.addressResolved(address)
        else:
            self._refused.append(f"{host}:{port}")

    def resolutionComplete(self) -> None:  # noqa: N802 - Twisted API
        self._inner.resolutionComplete()


@implementer(IHostnameResolver)
class _FilteringResolver:
    def __init__(self, inner: Any, policy: AddressPolicy) -> None:
        self._inner, self._policy = inner, policy
        #: "ip:port" of every address dropped, for the error message
        self.refused: list[str] = []

    def resolveHostName(  # noqa: N802 - Twisted API
        self,
        resolutionReceiver: IResolutionReceiver,  # noqa: N803
        hostName: str,  # noqa: N803
        portNumber: int = 0,  # noqa: N803
        addressTypes: Sequence[type[IAddress]] | None = None,  # noqa: N803
        transportSemantics: str = "TCP",  # noqa: N803
    ) -> IHostResolution:
        receiver = _FilteringReceiver(resolutionReceiver, self._policy, self.refused)
        resolution: IHostResolution = self._inner.resolveHostName(
            receiver, hostName, portNumber, addressTypes, transportSemantics
        )
        return resolution


@implementer(IReactorPluggableNameResolver)
class _GuardedReactor:
    """The reactor, seen by one request's endpoints with a filtering name resolver."""

    def __init__(self, reactor: Any, resolver: _FilteringResolver) -> None:
        self._reactor = reactor
        self.nameResolver = resolver

    def installNameResolver(self, resolver: IHostnameResolver) -> IHostnameResolver:  # noqa: N802
        raise NotImplementedError("the guarded view cannot change the reactor's resolver")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reactor, name)


class _GuardedAgent(_ScrapyAgent):
    def __init__(self, *, policy: AddressPolicy, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.policy = policy
        self.resolver: _FilteringResolver | None = None

    def _get_agent(self, request: Request, timeout: float) -> Agent:
        agent = super()._get_agent(request, timeout)
        if request.meta.get("proxy"):
            return agent
        factory = agent._endpointFactory
        self.resolver = _FilteringResolver(factory._reactor.nameResolver, self.policy)
        # Agent builds each connection's HostnameEndpoint from this reactor: its name resolver
        # is the one place every address passes before a connect, literals included.
        factory._reactor = _GuardedReactor(factory._reactor, self.resolver)
        return agent


class GuardedHTTPDownloadHandler(HTTP11DownloadHandler):
    """HTTP11DownloadHandler whose connections go only to addresses the AddressPolicy allows."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.policy = AddressPolicy.from_settings(crawler.settings)

    async def download_request(self, request: Request) -> Response:
        # Scrapy's own download_request with the agent swapped (it names its agent class inline).
        agent = _GuardedAgent(
            policy=self.policy,
            contextFactory=self._contextFactory,
            bindAddress=self._bind_address,
            pool=self._pool,
            maxsize=self._default_maxsize,
            warnsize=self._default_warnsize,
            fail_on_dataloss=self._fail_on_dataloss,
            crawler=self._crawler,
            tls_verbose_logging=self._tls_verbose_logging,
        )
        try:
            with wrap_twisted_exceptions():
                return await maybe_deferred_to_future(agent.download_request(request))
        except ResponseDataLossError:
            if not self._fail_on_dataloss_warned:
                self._fail_on_dataloss_warned = True
                logger.warning(get_dataloss_msg(request.url))
            raise
        except CannotResolveHostError as exc:
            # Every address was filtered out: HostnameEndpoint reports that as a failed lookup.
            refused = agent.resolver.refused if agent.resolver is not None else []
            if refused:
                raise BlockedAddressError(
                    f"refused to connect to {', '.join(dict.fromkeys(refused))}: not a public "
                    f"address ({request.url})"
                ) from exc
            raise
