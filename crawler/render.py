"""The rendered view and the network log, through scrapy-playwright and Debian's Chromium.

Rendering costs 25–30× a plain fetch here, so only the start page and pages whose static HTML shows a
loader (tag manager, chatbot loader, empty app shell) are rendered. Each render gets a fresh browser
context (no cookies, no consent), so what the page requests and stores on load is what it does before
any consent. Images, fonts and media are not downloaded, but their requests are still logged.
"""
from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser")
BLOCKED_RESOURCES = frozenset({"image", "font", "media"})
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


def render_settings(chromium: str, proxy: str | None, timeout_s: float, max_contexts: int) -> dict:
    """Scrapy settings that route ``meta["playwright"]`` requests through a headless Chromium."""
    launch: dict = {"executable_path": chromium, "headless": True}
    if proxy:
        launch["proxy"] = {"server": proxy}
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
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
