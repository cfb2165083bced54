"""The rendered view and the network log, through scrapy-playwright and Debian's Chromium.

Rendering costs 25–30× a plain fetch here, so only the start page and pages whose static HTML shows a
loader (tag manager, chatbot loader, empty app shell) are rendered. Each render gets a fresh browser
context (no cookies, no consent), so what the page requests and stores on load is what it does before
any consent. Images, fonts and media are not downloaded, but their requests are still logged.

``RenderMiddleware`` owns the lifecycle: it turns a request the spider marks for rendering into a
scrapy-playwright request, gathers what the page stored, closes page and context whatever happens, and
recycles the browser. Request meta keys:

``render``
    set by the spider: render this page in Chromium (its callback gets the rendered DOM).
``network_log``, ``cookies``, ``js_globals``
    set here for the callback: every URL the page requested (a ``NetworkLog``), the names of the cookies
    it set, and its JavaScript globals, all before any consent.
``render_open``
    set here while a render is in flight (counted for browser recycling), cleared when it ends.
"""
from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from scrapy.exceptions import NotConfigured

from crawler.guard_proxy import GuardProxy
from crawler.pacing import shared_pacer
from crawler.ssrf import AddressPolicy

CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser")
BLOCKED_RESOURCES = frozenset({"image", "font", "media"})
# No phoning home and no way around the guarding proxy. Playwright already disables background networking,
# component updates, sync, default apps and more; these close what it leaves open (measured: autofill
# queries and update pings during every render), and keep WebRTC's UDP and Chromium's own DNS out.
PRIVATE_ARGS = (
    "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--safebrowsing-disable-auto-update",
    "--no-pings", "--disable-crash-reporter", "--dns-prefetch-disable",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp", "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
)
EXTRA_DISABLED_FEATURES = (
    "AutofillServerCommunication", "CertificateTransparencyComponentUpdater", "OptimizationGuideModelDownloading",
    "Translate", "InterestFeedContentSuggestions", "DialMediaRouteProvider", "SafeBrowsingEnhancedProtection",
)
JS_GLOBALS = "Object.keys(window).filter(k => !/^(webkit|on)/.test(k)).slice(0, 2000)"


def find_chromium() -> str | None:
    """The real browser binary (``/usr/bin/chromium`` is a wrapper script that adds flags)."""
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def abort_request(request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: skip heavy resources; the request event has already logged them."""
    return request.resource_type in BLOCKED_RESOURCES


@cache
def playwright_disabled_features() -> tuple[str, ...]:
    """The --disable-features list Playwright passes (a second --disable-features replaces the first, so ours
    must repeat it); empty when the bundled driver cannot be read."""
    import playwright

    package = Path(playwright.__file__).parent / "driver" / "package" / "lib"
    for source in (package / "coreBundle.js", package / "server" / "chromium" / "chromiumSwitches.js"):
        try:
            found = re.search(r"disabledFeatures = \[(.*?)\]", source.read_text("utf-8"), re.S)
        except OSError:
            continue
        if found:
            return tuple(f for f in re.findall(r'"([A-Za-z0-9_]+)"', found.group(1)))
    return ()


def browser_args() -> list[str]:
    """Chromium switches on top of Playwright's: background services off, no path around the proxy."""
    args = list(PRIVATE_ARGS)
    base = playwright_disabled_features()
    if base:  # never replace Playwright's list with a shorter one
        args.append("--disable-features=" + ",".join(dict.fromkeys(base + EXTRA_DISABLED_FEATURES)))
    return args


def render_settings(chromium: str, timeout_s: float, max_contexts: int) -> dict:
    """Scrapy settings that route ``meta["playwright"]`` requests through a headless Chromium.

    The browser's proxy is set by ``browser_guard`` (always the guarding proxy, never the upstream itself).
    """
    launch: dict = {"executable_path": chromium, "headless": True, "args": browser_args()}
    handler = "crawler.render_handler.SitePlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch,
        "PLAYWRIGHT_MAX_CONTEXTS": max_contexts,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 1,
        "PLAYWRIGHT_ABORT_REQUEST": abort_request,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": timeout_s * 1000,
        "PLAYWRIGHT_RESTART_DISCONNECTED_BROWSER": True,
        "REIFEGRAD_RENDER": True,
    }


@cache
def browser_service_hosts() -> tuple[str, ...]:
    """Hosts of Chromium's own services (data: browser_services.json), refused by the guarding proxy."""
    return tuple(json.loads((Path(__file__).parent / "browser_services.json").read_text("utf-8"))["hosts"])


@contextmanager
def browser_guard(settings, upstream: str | None) -> Iterator[GuardProxy | None]:
    """Run the guarding proxy for the crawl and point Chromium at it (nothing to do without rendering)."""
    if not settings.getbool("REIFEGRAD_RENDER"):
        yield None
        return
    pacer = shared_pacer(settings)
    with GuardProxy(AddressPolicy.from_settings(settings), upstream, browser_service_hosts(), pacer) as guard:
        launch = dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"), proxy={"server": guard.url})
        settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch, priority="cmdline")
        try:
            yield guard
        finally:
            log_refusals(settings.get("REIFEGRAD_RUN_LOG"), guard.refused)


def log_refusals(path: str | None, refused) -> None:
    """What the browser was refused, one JSON line each in the run log (an audit trail of attempts)."""
    if not path or not refused:
        return
    with open(path, "a", encoding="utf-8") as fh:
        for target, reason in refused:
            fh.write(json.dumps({"event": "browser_refused", "target": target, "reason": reason}, ensure_ascii=False) + "\n")


class RenderMiddleware:
    """Render lifecycle and browser recycling (placed next to the download handler: it sees every outcome first)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.user_agent = crawler.settings.get("USER_AGENT")
        self.timeout_s = crawler.settings.getfloat("DOWNLOAD_TIMEOUT")
        self.recycle_every = crawler.settings.getint("REIFEGRAD_BROWSER_RECYCLE")
        self.renders = 0
        self.inflight = 0
        self.since_launch = 0

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("REIFEGRAD_RENDER"):
            raise NotConfigured
        return cls(crawler)

    def process_request(self, request):
        if request.meta.get("render") and not request.meta.get("render_open"):
            self.renders += 1
            self.inflight += 1
            request.meta.update(render_meta(self.renders, NetworkLog(), self.user_agent, self.timeout_s),
                                render_open=True)
        return None

    async def process_response(self, request, response):
        page = request.meta.get("playwright_page")
        if not request.meta.pop("render_open", False):
            return response
        browser = page.context.browser if page is not None else None
        try:
            request.meta["cookies"], request.meta["js_globals"] = await gather_and_close(page)
        finally:
            await self._maybe_recycle(browser)
        return response

    async def process_exception(self, request, exception):
        if request.meta.pop("render_open", False):
            await close(request.meta.get("playwright_page"))
            self.inflight -= 1
        return None

    async def _maybe_recycle(self, browser) -> None:
        """Close the browser every REIFEGRAD_BROWSER_RECYCLE renders, when none is in flight: a long-lived
        Chromium grows; scrapy-playwright launches a fresh one for the next render."""
        self.inflight -= 1
        self.since_launch += 1
        if browser is not None and self.recycle_every and self.since_launch >= self.recycle_every and self.inflight == 0:
            self.since_launch = 0
            self.crawler.stats.inc_value("reifegrad/browser_recycled")
            await browser.close()


class NetworkLog:
    """Collects every URL a rendered page requests (scripts, XHR/fetch, iframes, blocked images too)."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    async def on_request(self, request) -> None:
        if len(self.urls) < 2000:
            self.urls.append(request.url)


def render_meta(number: int, log: NetworkLog, user_agent: str, timeout_s: float) -> dict:
    """Request meta for one render in its own, fresh context."""
    return {
        "playwright": True,
        "playwright_include_page": True,
        "playwright_context": f"render-{number}",
        "playwright_context_kwargs": {"ignore_https_errors": True, "user_agent": user_agent,
                                      "java_script_enabled": True, "service_workers": "block"},
        "playwright_page_event_handlers": {"request": log.on_request},
        "playwright_page_goto_kwargs": {"wait_until": "networkidle", "timeout": timeout_s * 1000},
        "network_log": log,
        "download_timeout": timeout_s + 5,
    }


async def gather_and_close(page) -> tuple[list[str], list[str]]:
    """Cookie names and JS globals after the page settled; the page and its context are closed either way."""
    try:
        cookies = [c["name"] for c in await page.context.cookies()]
        js_globals = await page.evaluate(JS_GLOBALS)
        return cookies, list(js_globals)
    finally:
        await close(page)


async def close(page) -> None:
    if page is None:
        return
    context = page.context
    await page.close()
    await context.close()
