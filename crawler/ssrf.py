"""Keep every fetch of every crawl on public addresses, including redirect targets.

`crawler.guards` refuses bad addresses by their text; this module adds name resolution. It runs inside the
crawl process, in every mode (on-demand, nightly, manual):
- `PublicAddressOnlyMiddleware` sees every request Scrapy schedules (redirects are new requests, so every
  hop is checked by its text, and by its resolved addresses when a proxy would otherwise resolve it);
- `GuardedResolver` is the reactor's resolver: every name Scrapy connects to is resolved once, every
  address checked, and only a checked address is handed to the connection (pinned; no second lookup);
- Chromium's traffic goes through `crawler.guard_proxy` (same policy, same pinning).

Crawler settings (`enable_public_address_guard` sets all of them):
  REIFEGRAD_PUBLIC_ADDRESS_ONLY = True   enables the middleware
  REIFEGRAD_ALLOW_SIMULATED_WEB = True   with a proxy (the simulated web, or an operator's forward proxy),
                                         names resolve at the proxy, so local resolution is skipped (text
                                         checks still apply; the proxy's own egress rules must do the rest)
  REIFEGRAD_ALLOW_LOOPBACK = True        names resolving to 127.0.0.0/8 or ::1 are accepted (tests in a
                                         loopback-only namespace); never set for on-demand crawls
"""
from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from twisted.internet import defer, threads
from twisted.internet.base import ThreadedResolver
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer

from crawler.guards import OK, Verdict, check_host_literal, check_url_shape
from crawler.recent import RecentDict

Resolver = Callable[[str], list[str]]
KEPT_HOSTS = 4096  # verdicts and pinned addresses kept (the hosts of the sites open now, and their vendors)

# Order matters: 0.0.0.0 and 169.254/16 are also "private"; name the most specific reason.
_NON_PUBLIC = (
    ("is_unspecified", "unspezifizierte "),
    ("is_loopback", "Loopback-"),
    ("is_link_local", "Link-Local-"),
    ("is_multicast", "Multicast-"),
    ("is_reserved", "reservierte "),
    ("is_private", "private "),
)


def resolve_addresses(host: str) -> list[str]:
    """All addresses the system resolver returns for host (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


def address_refusal(address: str, *, allow_loopback: bool = False) -> str | None:
    """Why this address is not public, or None when it is (or is loopback and loopback is allowed)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if allow_loopback and ip.is_loopback:
        return None
    for attribute, label in _NON_PUBLIC:
        if getattr(ip, attribute):
            return f"{label}Adresse {ip}"
    return None if ip.is_global else f"nicht öffentliche Adresse {ip}"


def vet_host(host: str, *, allow_simulated_web: bool = False, resolver: Resolver = resolve_addresses,
             allow_loopback: bool = False) -> tuple[Verdict, list[str]]:
    """The verdict and the addresses it was based on (empty when not resolved)."""
    literal = check_host_literal(host)
    if not literal.ok or allow_simulated_web:
        return literal, []
    try:
        addresses = resolver(host)
    except (OSError, UnicodeError):
        return Verdict(False, f"Der Name {host} lässt sich nicht auflösen."), []
    if not addresses:
        return Verdict(False, f"Der Name {host} lässt sich nicht auflösen."), []
    for address in addresses:
        refusal = address_refusal(address, allow_loopback=allow_loopback)
        if refusal:
            return Verdict(False, f"{host} zeigt auf eine {refusal}; nur öffentliche Adressen sind erlaubt."), addresses
    return OK, addresses


@dataclass(frozen=True)
class AddressPolicy:
    """Which hosts a crawl may connect to: the one policy Scrapy, its resolver and the browser proxy share.

    resolve=False when a forward proxy resolves names (the simulated web): only the text checks apply here.
    """

    resolve: bool = True
    allow_loopback: bool = False
    resolver: Resolver = resolve_addresses

    @classmethod
    def from_settings(cls, settings) -> AddressPolicy:
        return cls(resolve=not settings.getbool("REIFEGRAD_ALLOW_SIMULATED_WEB"),
                   allow_loopback=settings.getbool("REIFEGRAD_ALLOW_LOOPBACK"))

    def vet(self, host: str) -> tuple[Verdict, list[str]]:
        """The verdict on host and the checked addresses to connect to (empty when not resolved here)."""
        return vet_host(host, allow_simulated_web=not self.resolve, resolver=self.resolver,
                        allow_loopback=self.allow_loopback)


class AddressRefused(IgnoreRequest):
    """A request the address policy refused (never retried: the address will not become public)."""


class AddressRefusedLookup(DNSLookupError):
    """The resolver's refusal: a lookup failure to Twisted (no traceback logged), never retried by us."""


def check_host_allowed(host: str, *, allow_simulated_web: bool = False, resolver: Resolver = resolve_addresses) -> Verdict:
    """(ok, reason): may an on-demand crawl connect to host? Resolves the name unless simulated."""
    return vet_host(host, allow_simulated_web=allow_simulated_web, resolver=resolver)[0]


def check_url_allowed(url: str, *, allow_simulated_web: bool = False, resolver: Resolver = resolve_addresses) -> Verdict:
    """check_url_shape, then check_host_allowed on the URL's host."""
    shape = check_url_shape(url)
    if not shape.ok:
        return shape
    return check_host_allowed(urlsplit(url).hostname or "", allow_simulated_web=allow_simulated_web, resolver=resolver)


class PublicAddressOnlyMiddleware:
    """Scrapy downloader middleware: drop any request whose host is refused by the address policy.

    Every request is checked by its text (IP literals, local names, ports, credentials). Behind a proxy the
    target is never resolved by our resolver, so the middleware resolves it here (unless the proxy is the one
    that resolves, REIFEGRAD_ALLOW_SIMULATED_WEB); without a proxy ``GuardedResolver`` checks at connect time.
    Verdicts are cached per host (the most recent KEPT_HOSTS hosts: an evicted one is simply vetted again).
    """

    def __init__(self, policy: AddressPolicy, *, resolve_here: bool = True) -> None:
        self.policy = policy
        self.resolve_here = resolve_here
        self._verdicts: RecentDict = RecentDict(KEPT_HOSTS)

    @classmethod
    def from_crawler(cls, crawler) -> PublicAddressOnlyMiddleware:
        from scrapy.exceptions import NotConfigured

        settings = crawler.settings
        if not settings.getbool("REIFEGRAD_PUBLIC_ADDRESS_ONLY"):
            raise NotConfigured("REIFEGRAD_PUBLIC_ADDRESS_ONLY is off")
        return cls(AddressPolicy.from_settings(settings), resolve_here=bool(settings.get("REIFEGRAD_PROXY")))

    def process_request(self, request) -> None:
        verdict = check_url_shape(request.url)
        if verdict.ok and (self.resolve_here or request.meta.get("proxy")):
            host = urlsplit(request.url).hostname or ""
            if host not in self._verdicts:
                self._verdicts[host] = self.policy.vet(host)[0]
            verdict = self._verdicts[host]
        if not verdict.ok:
            raise AddressRefused(f"SSRF-Schutz: {verdict.reason} ({request.url})")


@implementer(IResolverSimple)
class GuardedResolver(ThreadedResolver):
    """The reactor's resolver (TWISTED_DNS_RESOLVER): where Scrapy's connections get their address.

    Each name is resolved once per crawl, every address it has is checked, and the first checked IPv4
    address is what the connection uses (pinned: a rebinding DNS server gets no second question while the
    host's site is being crawled; the most recent KEPT_HOSTS hosts are kept, and an evicted host is resolved
    and checked again). The configured proxy's own host is exempt: it is the operator's, not a target.
    """

    def __init__(self, reactor, policy: AddressPolicy, exempt: frozenset[str] = frozenset()):
        super().__init__(reactor)
        self.policy = policy
        self.exempt = exempt
        self._pinned: RecentDict = RecentDict(KEPT_HOSTS)

    @classmethod
    def from_crawler(cls, crawler, reactor) -> GuardedResolver:
        proxy = crawler.settings.get("REIFEGRAD_PROXY")
        exempt = frozenset({urlsplit(proxy).hostname or ""}) if proxy else frozenset()
        return cls(reactor, AddressPolicy.from_settings(crawler.settings) if crawler.settings.getbool(
            "REIFEGRAD_PUBLIC_ADDRESS_ONLY") else AddressPolicy(resolve=False), exempt)

    def install_on_reactor(self) -> None:
        self.reactor.installResolver(self)

    def getHostByName(self, name: str, timeout=()) -> defer.Deferred:
        if name in self._pinned:
            return defer.succeed(self._pinned[name])
        return threads.deferToThreadPool(self.reactor, self.reactor.getThreadPool(), self._vet, name)

    def _vet(self, name: str) -> str:
        if name in self.exempt or not self.policy.resolve:
            addresses = resolve_addresses(name)
        else:
            verdict, addresses = self.policy.vet(name)
            if not verdict.ok:
                raise AddressRefusedLookup(f"SSRF-Schutz: {verdict.reason}")
        ipv4 = [a for a in addresses if ipaddress.ip_address(a).version == 4]
        if not ipv4:
            raise DNSLookupError(name)
        self._pinned[name] = ipv4[0]
        return ipv4[0]


def playwright_abort_predicate(*, allow_simulated_web: bool = False, resolver: Resolver = resolve_addresses,
                               also: Callable[[object], bool] | None = None,
                               allow_loopback: bool = False) -> Callable[[object], Awaitable[bool]]:
    """A PLAYWRIGHT_ABORT_REQUEST callable: refuses what the policy refuses before Chromium even asks.

    Only a first line: redirect hops and WebSockets never reach it, which is why the browser's traffic is
    enforced by `crawler.guard_proxy`. data: and blob: URLs never leave the browser and are let through.
    ``also`` is the predicate already configured (e.g. skipping images), which keeps aborting what it aborted.
    """
    verdicts: RecentDict = RecentDict(KEPT_HOSTS)

    async def should_abort(request) -> bool:
        if also is not None and also(request):
            return True
        url = request.url
        if url.startswith(("data:", "blob:")):
            return False
        shape = check_url_shape(url)
        if not shape.ok:
            return True
        host = urlsplit(url).hostname or ""
        if host not in verdicts:
            verdicts[host] = (await asyncio.to_thread(
                vet_host, host, allow_simulated_web=allow_simulated_web, resolver=resolver, allow_loopback=allow_loopback))[0]
        return not verdicts[host].ok

    return should_abort


MIDDLEWARE_PATH = "crawler.ssrf.PublicAddressOnlyMiddleware"
MIDDLEWARE_ORDER = 50  # before every other downloader middleware sees the request
RESOLVER_PATH = "crawler.ssrf.GuardedResolver"


def enable_public_address_guard(settings, *, allow_simulated_web: bool | None = None, allow_loopback: bool = False) -> None:
    """Turn the guard on in a Scrapy Settings object; the crawler calls this for every crawl.

    allow_simulated_web defaults to the REIFEGRAD_ALLOW_SIMULATED_WEB=1 environment variable, which the
    on-demand service sets for its crawl subprocess only when it was started for the simulated web.
    """
    if allow_simulated_web is None:
        allow_simulated_web = os.environ.get("REIFEGRAD_ALLOW_SIMULATED_WEB") == "1"
    middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"), **{MIDDLEWARE_PATH: MIDDLEWARE_ORDER})
    settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="cmdline")
    settings.set("REIFEGRAD_PUBLIC_ADDRESS_ONLY", True, priority="cmdline")
    settings.set("REIFEGRAD_ALLOW_SIMULATED_WEB", allow_simulated_web, priority="cmdline")
    settings.set("REIFEGRAD_ALLOW_LOOPBACK", allow_loopback, priority="cmdline")
    settings.set("TWISTED_DNS_RESOLVER", RESOLVER_PATH, priority="cmdline")
    settings.set("PLAYWRIGHT_ABORT_REQUEST", playwright_abort_predicate(
        allow_simulated_web=allow_simulated_web, allow_loopback=allow_loopback,
        also=settings.get("PLAYWRIGHT_ABORT_REQUEST")), priority="cmdline")
