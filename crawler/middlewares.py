"""Downloader middlewares: route through the proxy, turn proxy error pages into errors, enforce site budgets,
obey robots.txt with a bounded memory; each refusal raises its own exception type (``crawler.exceptions``).

Request meta keys read here (set by the spider): ``site_started``, the monotonic time the site's crawl
began (its time budget counts from there); Scrapy's ``dont_obey_robotstxt`` and ``proxy``.
"""
from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy import signals
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from crawler.errors import PERMANENT, classify_failure, refused_by_policy, squid_error
from crawler.exceptions import (
    ProxyReportedError,
    RedirectLoop,
    ResponseTooLarge,
    RobotsDisallowed,
    SiteBudgetExceeded,
)
from crawler.recent import RecentDict

log = logging.getLogger(__name__)


class ProxyMiddleware:
    """``--proxy URL``: every request (robots.txt included) goes through one forward proxy."""

    def __init__(self, proxy: str | None):
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("REIFEGRAD_PROXY"))

    def process_request(self, request):
        if self.proxy and request.url.startswith(("http://", "https://")):
            request.meta.setdefault("proxy", self.proxy)


class ProxyErrorMiddleware:
    """A 502/503 page a proxy writes for an unreachable host is not the site's answer: raise the real error.

    Raising here (closer to the downloader than RetryMiddleware) also keeps DNS failures from being retried.
    """

    def process_response(self, request, response):
        status = squid_error(response.headers) if response.status >= 500 else None
        if status:
            reported = response.headers.get(b"X-Squid-Error", b"").decode("latin-1")
            raise ProxyReportedError(status, f"{request.url}: the proxy reports {reported}")
        return response


class SiteBudgetMiddleware:
    """Stop a site at its time budget: queued requests of a site past its budget are dropped (errback)."""

    def __init__(self, time_budget: float):
        self.time_budget = time_budget

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getfloat("REIFEGRAD_TIME_BUDGET"))

    def process_request(self, request):
        started = request.meta.get("site_started")
        if started is not None and time.monotonic() - started > self.time_budget:
            raise SiteBudgetExceeded(f"site time budget of {self.time_budget:.0f} s reached")


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, but a 429/503 with ``Retry-After`` waits as long as the server asks (up to a cap).

    Waiting longer than the cap is not polite crawling any more but a stalled night: then the request
    gives up like any other failed retry and the site lands in the retry pass.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("REIFEGRAD_RETRY_AFTER_MAX")

    async def process_response(self, request, response):
        if response.status in (429, 503) and not request.meta.get("dont_retry"):
            delay = retry_after_seconds(response.headers.get(b"Retry-After"))
            if delay is not None and delay <= self.max_wait:
                await asyncio.sleep(delay)
        return super().process_response(request, response)

    def process_exception(self, request, exception):
        """No retry for permanent failures: a name that does not resolve or a broken TLS setup stays broken."""
        status, _ = classify_failure(Failure(exception))
        if status in PERMANENT or refused_by_policy(exception):
            return None
        return super().process_exception(request, exception)


def retry_after_seconds(value: bytes | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP date; None when absent or unparsable."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isascii() and text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


ROBOTS_PER_SITE = 16  # parsers kept per open site when REIFEGRAD_ROBOTS_CACHE is 0


class RecentRobots(RecentDict):
    """Scrapy's robots.txt parser cache, bounded: the oldest resolved parsers go first.

    Scrapy keeps one parser per host for the whole crawl; over 8,778 sites that is memory no finished
    site needs. A pending lookup (a Deferred) is never evicted: Scrapy reads it back by key.
    """

    def evictable(self, n: int) -> list:
        return [k for k, v in self.items() if not isinstance(v, Deferred)][:n]


class BoundedRobotsTxtMiddleware:
    """Scrapy's robots.txt rules (same parser, same fetch), with a bounded parser cache and its own refusal type.

    As in Scrapy, requests to a host wait for its robots.txt; a robots.txt that cannot be fetched allows all.
    """

    DOWNLOAD_PRIORITY = 1000

    def __init__(self, crawler):
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        self.crawler = crawler
        self.user_agent = crawler.settings["ROBOTSTXT_USER_AGENT"]
        self.default_user_agent = crawler.settings["USER_AGENT"]
        self.parser_class = load_object(crawler.settings.get("ROBOTSTXT_PARSER"))
        self.parsers = RecentRobots(crawler.settings.getint("REIFEGRAD_ROBOTS_CACHE")
                                    or ROBOTS_PER_SITE * crawler.settings.getint("REIFEGRAD_MAX_ACTIVE_SITES"))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request) -> None:
        if request.meta.get("dont_obey_robotstxt") or request.url.startswith(("data:", "file:")):
            return
        parser = await self.parser(request)
        user_agent = self.user_agent or request.headers.get(b"User-Agent", self.default_user_agent)
        if parser is not None and not parser.allowed(request.url, user_agent):
            self.crawler.stats.inc_value("robotstxt/forbidden")
            raise RobotsDisallowed(f"{request.url} is forbidden by robots.txt")

    async def parser(self, request):
        """The host's parser; the first request to a host fetches robots.txt, the others wait for it."""
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self.parsers:
            pending: Deferred = Deferred()
            self.parsers[netloc] = pending
            parser = None
            robots = Request(f"{url.scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                             meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
            try:
                response = await self.crawler.engine.download_async(robots)
                parser = build_from_crawler(self.parser_class, self.crawler, response.body)
            except Exception as exc:  # any failure to fetch robots.txt allows all, as in Scrapy
                if not isinstance(exc, IgnoreRequest):
                    log.info("could not fetch %s: %s", robots.url, exc)
            self.crawler.stats.inc_value("robotstxt/request_count")
            if parser is not None:  # as Scrapy does: crawler.pacing learns the Crawl-delay from it
                await self.crawler.signals.send_catch_log_async(signal=signals.robots_parsed, robotparser=parser,
                                                                request=request)
            self.parsers[netloc] = parser
            pending.callback(parser)
            return parser
        cached = self.parsers.get(netloc)
        if isinstance(cached, Deferred):
            return await maybe_deferred_to_future(cached)
        return cached


class TypedRefusal:
    """Mixin for a Scrapy middleware whose one refusal is a bare ``IgnoreRequest``: raise ``refusal`` instead."""

    refusal: type[IgnoreRequest]

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            raise self.refusal(f"{request.url}: {exc}") from exc


class LoopAwareRedirectMiddleware(TypedRefusal, RedirectMiddleware):
    """Scrapy's HTTP redirects; running out of them is a ``RedirectLoop``."""

    refusal = RedirectLoop


class LoopAwareMetaRefreshMiddleware(TypedRefusal, MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects; running out of them is a ``RedirectLoop``."""

    refusal = RedirectLoop


class BoundedHttpCompressionMiddleware(TypedRefusal, HttpCompressionMiddleware):
    """Scrapy's decompression; a body that outgrows DOWNLOAD_MAXSIZE while decompressing is ``ResponseTooLarge``."""

    refusal = ResponseTooLarge
