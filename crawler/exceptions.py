"""The crawler's own exception types: a failure is classified by its type, never by the wording of a message.

Scrapy raises a bare ``IgnoreRequest`` for robots.txt, redirect loops and our budgets alike; the
middlewares that refuse a request raise these subclasses instead, and ``crawler.errors`` maps each type
onto the status vocabulary.
"""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest


class SiteBudgetExceeded(IgnoreRequest):
    """The site's time budget was spent before this request was sent."""


class RobotsDisallowed(IgnoreRequest):
    """The host's robots.txt forbids this URL to our user agent."""


class RedirectLoop(IgnoreRequest):
    """More redirects than REDIRECT_MAX_TIMES (a loop, in practice)."""


class ResponseTooLarge(IgnoreRequest):
    """The body outgrew DOWNLOAD_MAXSIZE while being decompressed (a gzip bomb, say)."""


class ProxyReportedError(Exception):
    """A forward proxy (Squid, the simulated web) answered for a host it could not reach."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status
