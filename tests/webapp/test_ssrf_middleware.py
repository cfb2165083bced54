"""PublicAddressOnlyMiddleware in Scrapy's own redirect flow: every hop is checked, not only the first."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse
from scrapy.settings import Settings

from crawler.ssrf import (
    MIDDLEWARE_PATH,
    AddressPolicy,
    AddressRefusedLookup,
    GuardedResolver,
    PublicAddressOnlyMiddleware,
    enable_public_address_guard,
    playwright_abort_predicate,
)

NAMES = {"www.musterstadt.de": ["93.184.216.34"], "intern.musterstadt.de": ["192.168.10.4"], "meta.musterstadt.de": ["169.254.169.254"]}


def stub_resolver(host: str) -> list[str]:
    if host not in NAMES:
        raise OSError("NXDOMAIN")
    return NAMES[host]


def crawler(settings: Settings | None = None) -> SimpleNamespace:
    """The parts of a Crawler the middlewares use (a real Crawler would need a running reactor)."""
    return SimpleNamespace(settings=settings or Settings(), spider=None)


def guarded_crawler(allow_simulated_web: bool = False) -> SimpleNamespace:
    settings = Settings()
    enable_public_address_guard(settings, allow_simulated_web=allow_simulated_web)
    return crawler(settings)


def middleware(allow_simulated_web: bool = False) -> PublicAddressOnlyMiddleware:
    """The guard of a crawl behind a proxy: the middleware resolves (here with a stub resolver)."""
    return PublicAddressOnlyMiddleware(AddressPolicy(resolve=not allow_simulated_web, resolver=stub_resolver),
                                       resolve_here=True)


def redirect(request: Request, location: str, status: int = 302) -> Request:
    """What Scrapy's RedirectMiddleware makes of a redirect response: the next request."""
    redirects = RedirectMiddleware(Settings())
    redirects.crawler = crawler()
    response = HtmlResponse(request.url, status=status, headers={"Location": location}, request=request)
    follow = redirects.process_response(request, response)
    assert isinstance(follow, Request)
    return follow


def test_enable_sets_middleware_and_flags():
    settings = Settings()
    enable_public_address_guard(settings, allow_simulated_web=False)
    assert settings.getdict("DOWNLOADER_MIDDLEWARES")[MIDDLEWARE_PATH] == 50
    assert settings.getbool("REIFEGRAD_PUBLIC_ADDRESS_ONLY") and not settings.getbool("REIFEGRAD_ALLOW_SIMULATED_WEB")
    assert callable(settings.get("PLAYWRIGHT_ABORT_REQUEST"))


def test_not_configured_unless_enabled():
    with pytest.raises(NotConfigured):
        PublicAddressOnlyMiddleware.from_crawler(crawler())


def test_allowed_start_page_passes():
    assert middleware().process_request(Request("https://www.musterstadt.de/")) is None


@pytest.mark.parametrize("location, reason", [
    ("http://10.0.0.7/admin", "IP-Adressen"),
    ("http://127.0.0.1:8080/", "Standard-Ports"),
    ("http://[::1]/", "IP-Adressen"),
    ("http://2130706433/", "IP-Adressen"),
    ("http://intern.musterstadt.de/", "private Adresse 192.168.10.4"),
    ("http://meta.musterstadt.de/latest/meta-data/", "Link-Local-Adresse"),
    ("http://localhost/", "Lokale"),
    ("https://admin:secret@www.musterstadt.de/", "Zugangsdaten"),
])
def test_redirect_from_allowed_host_to_private_target_is_ignored(location, reason):
    guard = middleware()
    start = Request("https://www.musterstadt.de/")
    assert guard.process_request(start) is None
    with pytest.raises(IgnoreRequest, match=reason):
        guard.process_request(redirect(start, location))


def test_second_hop_is_checked_too():
    guard = middleware()
    first = redirect(Request("https://www.musterstadt.de/"), "https://www.musterstadt.de/start", 301)
    assert guard.process_request(first) is None
    with pytest.raises(IgnoreRequest):
        guard.process_request(redirect(first, "http://intern.musterstadt.de/"))


def test_meta_refresh_to_private_address_is_ignored():
    guard = middleware()
    request = Request("https://www.musterstadt.de/")
    body = b'<html><head><meta http-equiv="refresh" content="0; url=http://192.168.0.1/"></head></html>'
    response = HtmlResponse(request.url, body=body, request=request)
    refreshes = MetaRefreshMiddleware(Settings())
    refreshes.crawler = crawler()
    follow = refreshes.process_response(request, response)
    with pytest.raises(IgnoreRequest, match="IP-Adressen"):
        guard.process_request(follow)


def test_simulated_web_still_refuses_literals():
    guard = middleware(allow_simulated_web=True)
    assert guard.process_request(Request("https://www.unbekannt-simuliert.de/")) is None
    with pytest.raises(IgnoreRequest):
        guard.process_request(Request("http://127.0.0.1/"))


def test_resolver_pins_the_checked_address_and_refuses_private_answers():
    """A rebinding name answers public first, private second: the connection keeps the checked answer."""
    answers = {"www.musterstadt.de": [["93.184.216.34"], ["10.0.0.1"]], "meta.musterstadt.de": [["169.254.169.254"]]}
    resolver = GuardedResolver(None, AddressPolicy(resolver=lambda host: answers[host].pop(0)))
    assert resolver._vet("www.musterstadt.de") == "93.184.216.34"
    assert resolver._pinned["www.musterstadt.de"] == "93.184.216.34"
    assert resolver.getHostByName("www.musterstadt.de").result == "93.184.216.34"
    with pytest.raises(AddressRefusedLookup, match="Link-Local"):
        resolver._vet("meta.musterstadt.de")


def test_non_http_request_is_ignored():
    with pytest.raises(IgnoreRequest, match="http"):
        middleware().process_request(Request("file:///etc/passwd"))


def test_playwright_predicate_aborts_private_and_allows_data():
    should_abort = playwright_abort_predicate(resolver=stub_resolver)
    verdicts = [asyncio.run(should_abort(SimpleNamespace(url=url))) for url in (
        "data:image/png;base64,AAAA", "https://www.musterstadt.de/app.js", "http://intern.musterstadt.de/", "http://127.0.0.1/")]
    assert verdicts == [False, False, True, True]


def test_pins_are_kept_for_recent_hosts_and_an_evicted_host_is_checked_again(monkeypatch):
    """The per-host pins are bounded (a run visits tens of thousands of hosts); a host that fell out is
    resolved and vetted again, so a rebinding answer is still refused."""
    monkeypatch.setattr("crawler.ssrf.KEPT_HOSTS", 3)
    answers = {f"www.ort{i}.de": [["93.184.216.34"], ["10.0.0.1"]] for i in range(5)}
    resolver = GuardedResolver(None, AddressPolicy(resolver=lambda host: answers[host].pop(0)))
    for i in range(5):
        resolver._vet(f"www.ort{i}.de")
    assert list(resolver._pinned) == ["www.ort2.de", "www.ort3.de", "www.ort4.de"]
    assert resolver.getHostByName("www.ort4.de").result == "93.184.216.34"  # pinned: no second question
    with pytest.raises(AddressRefusedLookup, match="private"):
        resolver._vet("www.ort0.de")  # evicted: asked again, and the private answer is refused
