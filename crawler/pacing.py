"""Politeness as promised: at least the per-host delay between the starts of any two requests to one host.

Scrapy spaces a download slot's requests only loosely (its jitter goes down to half the delay, and it
ignores robots.txt ``Crawl-delay``); the browser's requests never pass its slots at all. One ``HostPacer``
per crawl (``crawl_pacer``) is shared by the download handler (``crawler.connections.SiteConnections``: every
Scrapy request, rendered navigations included, waits there, after Scrapy's slot queue and just before its
connection) and the guarding proxy (every connection and plain-HTTP request Chromium opens), so both wait for the
same per-host clock. Waiting in a downloader middleware was not enough: a middleware runs before the slot queue, and
a request the slot then held for its own delay reached the host less than the gap before the next one (0.54 s
apart at ``Crawl-delay: 1`` in a loaded test run). A robots.txt ``Crawl-delay`` raises a host's gap, capped at REIFEGRAD_CRAWL_DELAY_MAX.
The gap holds between real starts, not only booked ones: a sleeper the busy event loop wakes late records its real
start, and the next request to the host waits the whole gap after it (``wait_turn``).
HTTPS requests the browser sends inside an already open tunnel cannot be seen, so they are not paced.
"""
from __future__ import annotations

import asyncio
import threading
import time
import weakref
from urllib.parse import urlsplit

from scrapy import signals

from crawler.recent import RecentDict

KEPT_HOSTS = 5000  # clocks of hosts not seen for a while are dropped (a run visits thousands of hosts)


class HostPacer:
    """Thread-safe per-host clock: ``reserve(host)`` books the next start and says how long to wait for it."""

    def __init__(self, delay: float, crawl_delay_cap: float):
        self.delay = max(0.0, delay)
        self.cap = max(0.0, crawl_delay_cap)
        self._last: RecentDict = RecentDict(KEPT_HOSTS)  # booked start of the latest request per host
        self._crawl_delays: RecentDict = RecentDict(KEPT_HOSTS)
        self._started: RecentDict = RecentDict(KEPT_HOSTS)  # real start of the latest request per host
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings) -> HostPacer:
        return cls(settings.getfloat("DOWNLOAD_DELAY"), settings.getfloat("REIFEGRAD_CRAWL_DELAY_MAX"))

    def __deepcopy__(self, memo) -> HostPacer:
        return self  # one clock per crawl: Scrapy copies its settings, the pacer stays shared

    def gap(self, host: str) -> float:
        return max(self.delay, self._crawl_delays.get(host, 0.0))

    def set_crawl_delay(self, host: str, seconds: float | None) -> None:
        """A robots.txt Crawl-delay for host (None or 0: none), capped."""
        with self._lock:
            if seconds and seconds > 0:
                self._crawl_delays[host] = min(float(seconds), self.cap)

    def reserve(self, host: str) -> float:
        """Seconds to wait before a request to host may start; the start is booked."""
        gap = self.gap(host)
        if gap <= 0:
            return 0.0
        with self._lock:
            now = time.monotonic()
            start = max(now, self._last.get(host, -gap) + gap)  # a Crawl-delay learnt since counts already
            self._last[host] = start
            return start - now

    def settle(self, host: str) -> float:
        """After the booked wait: seconds still to wait because the host's latest request started late (a busy event
        loop wakes a sleeper late, so two booked starts a gap apart can leave less than the gap between the real
        ones); 0 when the request may start now, which is then recorded as the host's latest real start."""
        gap = self.gap(host)
        if gap <= 0:
            return 0.0
        with self._lock:
            now = time.monotonic()
            behind = self._started.get(host, -gap) + gap - now
            if behind > 0:
                return behind
            self._started[host] = now
            self._last[host] = max(self._last.get(host, now), now)  # later bookings count from the real start
            return 0.0

    async def wait_turn(self, host: str) -> None:
        """Wait until a request to host may start: the booked start, and at least the gap after the latest real one."""
        wait = self.reserve(host)
        while True:
            if wait > 0:
                await asyncio.sleep(wait)
            wait = self.settle(host)
            if wait <= 0:
                return


_PACERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # crawler -> its pacer, where settings hold none


def crawl_pacer(crawler) -> HostPacer:
    """The crawl's one pacer: the one its settings hold (``shared_pacer``: the guarding proxy's too), else one made
    for this crawler, so the handlers of both schemes and the Crawl-delay they learn share one clock."""
    pacer = crawler.settings.get("REIFEGRAD_PACER")
    if pacer is None:
        pacer = _PACERS.get(crawler)
        if pacer is None:
            pacer = _PACERS[crawler] = HostPacer.from_settings(crawler.settings)
    return pacer


def shared_pacer(settings) -> HostPacer:
    """The crawl's one pacer, kept in its settings (set before the crawler freezes them)."""
    pacer = settings.get("REIFEGRAD_PACER")
    if pacer is None:
        pacer = HostPacer.from_settings(settings)
        settings.set("REIFEGRAD_PACER", pacer, priority="cmdline")
    return pacer


class PacingMiddleware:
    """Downloader middleware: learns each host's Crawl-delay from every parsed robots.txt (the waiting is the download
    handler's, after Scrapy's slot queue)."""

    def __init__(self, pacer: HostPacer, user_agent: str):
        self.pacer = pacer
        self.user_agent = user_agent

    @classmethod
    def from_crawler(cls, crawler) -> PacingMiddleware:
        middleware = cls(crawl_pacer(crawler), crawler.settings.get("USER_AGENT"))
        crawler.signals.connect(middleware.robots_parsed, signal=signals.robots_parsed)
        return middleware

    def robots_parsed(self, robotparser, request) -> None:
        protego = getattr(robotparser, "rp", None)
        delay = protego.crawl_delay(self.user_agent) if protego is not None and hasattr(protego, "crawl_delay") else None
        self.pacer.set_crawl_delay(urlsplit(request.url).hostname or "", delay)
