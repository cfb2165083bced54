"""Keep every fetch of an on-demand crawl on public addresses, including redirect targets.

`crawler.guards` refuses bad addresses by their text; this module adds name resolution. It runs inside the
crawl subprocess: `PublicAddressOnlyMiddleware` sees every request Scrapy schedules (redirects are new
requests, so every hop is checked) and `playwright_abort_predicate` every request the browser makes.

Crawler settings (`enable_public_address_guard` sets all of them):
  REIFEGRAD_PUBLIC_ADDRESS_ONLY = True   enables the middleware (the crawler sets it for on-demand crawls)
  REIFEGRAD_ALLOW_SIMULATED_WEB = True   tests only: with a proxy to the simulated web, names resolve at the
                                         proxy, so local resolution is skipped (text checks still apply)
"""
from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from crawler.guards import OK, Verdict, check_host_literal, check_url_shape

Resolver = Callable[[str], list[str]]

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


def address_refusal(address: str) -> str | None:
    """Why this address is not public, or None when it is."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for attribute, label in _NON_PUBLIC:
        if getattr(ip, attribute):
            return f"{label}Adresse {ip}"
    return None if ip.is_global else f"nicht öffentliche Adresse {ip}"


def vet_host(host: str, *, allow_simulated_web: bool = False, resolver: Resolver = resolve_addresses) -> tuple[Verdict, list[str]]:
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
        refusal = address_refusal(address)
        if refusal:
            return Verdict(False, f"{host} zeigt auf eine {refusal}; nur öffentliche Adressen sind erlaubt."), addresses
    return OK, addresses


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
    """Scrapy downloader middleware: drop any request whose host is not a public address.

    Verdicts are cached per host for the crawl (one site, minutes). With Scrapy's default caching resolver
    the vetted IPv4 address is pinned in its DNS cache, so the connection goes to the address that was
    checked rather than to a second, possibly different answer (DNS rebinding).
    """

    def __init__(self, *, allow_simulated_web: bool = False, resolver: Resolver = resolve_addresses, pin_dns: bool = True) -> None:
        self.allow_simulated_web = allow_simulated_web
        self.resolver = resolver
        self.pin_dns = pin_dns
        self._verdicts: dict[str, Verdict] = {}

    @classmethod
    def from_crawler(cls, crawler) -> PublicAddressOnlyMiddleware:
        from scrapy.exceptions import NotConfigured

        settings = crawler.settings
        if not settings.getbool("REIFEGRAD_PUBLIC_ADDRESS_ONLY"):
            raise NotConfigured("REIFEGRAD_PUBLIC_ADDRESS_ONLY is off")
        return cls(
            allow_simulated_web=settings.getbool("REIFEGRAD_ALLOW_SIMULATED_WEB"),
            pin_dns=settings.getbool("DNSCACHE_ENABLED", True),
        )

    def process_request(self, request) -> None:
        from scrapy.exceptions import IgnoreRequest

        verdict = check_url_shape(request.url)
        if verdict.ok:
            verdict = self._host_verdict(urlsplit(request.url).hostname or "")
        if not verdict.ok:
            raise IgnoreRequest(f"SSRF-Schutz: {verdict.reason} ({request.url})")

    def _host_verdict(self, host: str) -> Verdict:
        if host not in self._verdicts:
            verdict, addresses = vet_host(host, allow_simulated_web=self.allow_simulated_web, resolver=self.resolver)
            self._verdicts[host] = verdict
            if verdict.ok and self.pin_dns:
                _pin(host, addresses)
        return self._verdicts[host]


def _pin(host: str, addresses: list[str]) -> None:
    from scrapy.resolver import dnscache

    ipv4 = [a for a in addresses if ipaddress.ip_address(a).version == 4]
    if ipv4 and dnscache.limit:
        dnscache[host] = ipv4[0]


def playwright_abort_predicate(*, allow_simulated_web: bool = False, resolver: Resolver = resolve_addresses,
                               also: Callable[[object], bool] | None = None) -> Callable[[object], Awaitable[bool]]:
    """A PLAYWRIGHT_ABORT_REQUEST callable: the browser's own requests bypass Scrapy's middlewares.

    data: and blob: URLs never leave the browser and are let through. ``also`` is the predicate already
    configured (e.g. skipping images), which keeps aborting what it aborted.
    """
    verdicts: dict[str, Verdict] = {}

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
            verdicts[host] = await asyncio.to_thread(check_host_allowed, host, allow_simulated_web=allow_simulated_web, resolver=resolver)
        return not verdicts[host].ok

    return should_abort


MIDDLEWARE_PATH = "crawler.ssrf.PublicAddressOnlyMiddleware"
MIDDLEWARE_ORDER = 50  # before every other downloader middleware sees the request


def enable_public_address_guard(settings, *, allow_simulated_web: bool | None = None) -> None:
    """Turn the guard on in a Scrapy Settings object; the crawler calls this for `--trigger ondemand`.

    allow_simulated_web defaults to the REIFEGRAD_ALLOW_SIMULATED_WEB=1 environment variable, which the
    on-demand service sets for its crawl subprocess only when it was started for the simulated web.
    """
    if allow_simulated_web is None:
        allow_simulated_web = os.environ.get("REIFEGRAD_ALLOW_SIMULATED_WEB") == "1"
    middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"), **{MIDDLEWARE_PATH: MIDDLEWARE_ORDER})
    settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="cmdline")
    settings.set("REIFEGRAD_PUBLIC_ADDRESS_ONLY", True, priority="cmdline")
    settings.set("REIFEGRAD_ALLOW_SIMULATED_WEB", allow_simulated_web, priority="cmdline")
    settings.set("PLAYWRIGHT_ABORT_REQUEST", playwright_abort_predicate(
        allow_simulated_web=allow_simulated_web, also=settings.get("PLAYWRIGHT_ABORT_REQUEST")), priority="cmdline")
