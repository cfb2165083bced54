"""Map every way a fetch can fail onto the closed status vocabulary, with a message a person understands.

Permanent failures (DNS, TLS) are not worth a retry; transient ones are (see crawler.settings).
"""
from __future__ import annotations

import re

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as txerror
from twisted.python.failure import Failure

STATUSES = (
    "ok", "no_website", "dns_error", "unreachable", "tls_error", "timeout", "http_error", "blocked",
    "robots_disallowed", "redirect_loop", "too_large", "not_html", "error",
)
PERMANENT = frozenset({"dns_error", "tls_error", "robots_disallowed", "no_website", "not_html", "too_large"})
BLOCK_STATUSES = frozenset({401, 403, 429, 451})
SQUID_ERRORS = {"ERR_DNS_FAIL": "dns_error", "ERR_CONNECT_FAIL": "unreachable", "ERR_READ_TIMEOUT": "timeout",
                "ERR_CONNECT_TIMEOUT": "timeout", "ERR_SECURE_CONNECT_FAIL": "tls_error"}
_TLS_WORDS = re.compile(r"ssl|tls|certificate|handshake", re.I)
_TUNNEL_STATUS = re.compile(r"'status': (\d{3})")


class ProxyReportedError(Exception):
    """A forward proxy (Squid, the simulated web) answered for a host it could not reach."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status


def classify_failure(failure: Failure) -> tuple[str, str]:
    """(status, message) for a failed request."""
    exc = failure.value
    msg = str(exc) or exc.__class__.__name__
    if is_refused_by_policy(msg):
        return "error", msg
    if isinstance(exc, ProxyReportedError):
        return exc.status, msg
    if isinstance(exc, HttpError):
        return classify_http_status(exc.response.status, exc.response.headers)
    if isinstance(exc, IgnoreRequest):
        if "robots.txt" in msg:
            return "robots_disallowed", "the site's robots.txt forbids crawling this page"
        if "redirections" in msg:
            return "redirect_loop", "too many redirects (a redirect loop)"
        if "DOWNLOAD_MAXSIZE" in msg or "max size" in msg:
            return "too_large", "the page exceeds the download size cap"
        return "error", msg
    if isinstance(exc, CannotResolveHostError | txerror.DNSLookupError):
        return "dns_error", f"the host name does not resolve: {msg}"
    if isinstance(exc, DownloadTimeoutError | txerror.TimeoutError | txerror.TCPTimedOutError):
        return "timeout", "the server did not answer in time"
    if isinstance(exc, DownloadCancelledError) and "max size" in msg:
        return "too_large", "the page exceeds the download size cap"
    if exc.__class__.__name__ == "TunnelError":
        # Scrapy keeps only the status line of a failed CONNECT. Behind Squid (and the simulated web)
        # 502 means the name did not resolve (ERR_DNS_FAIL); 503/504 that the host refused or timed out.
        code = _TUNNEL_STATUS.search(msg)
        if code and code.group(1) == "502":
            return "dns_error", f"the host name does not resolve (the proxy answered 502): {msg}"
        return "unreachable", f"the proxy could not reach the host: {msg}"
    if _TLS_WORDS.search(msg) or exc.__class__.__module__.startswith("OpenSSL"):
        return "tls_error", f"TLS handshake or certificate failure: {msg[:300]}"
    if isinstance(exc, DownloadConnectionRefusedError | DownloadFailedError | ResponseDataLossError
                  | txerror.ConnectError | txerror.ConnectionLost | txerror.ConnectionDone):
        return "unreachable", f"the connection failed: {msg[:300]}"
    return "error", f"{exc.__class__.__name__}: {msg[:300]}"


def is_refused_by_policy(message: str) -> bool:
    """The address guard refused the request (crawler.ssrf): a decision, not a failure worth a retry."""
    return "SSRF-Schutz" in message


def is_transient(status: str, failure: Failure | None = None) -> bool:
    """Worth another attempt later: timeouts, resets and server errors, not DNS, TLS or refusals by policy."""
    if status in ("timeout", "unreachable"):
        return True
    if status == "http_error" and failure is not None and isinstance(failure.value, HttpError):
        return failure.value.response.status >= 500
    return False


def classify_http_status(status: int, headers=None) -> tuple[str, str]:
    """A final HTTP status (after retries and redirects) as a site status."""
    if status in BLOCK_STATUSES:
        return "blocked", f"the server refused the crawler (HTTP {status}); a bot block, not an absence of services"
    if 200 <= status < 300:
        return "ok", ""
    return "http_error", f"the server answered HTTP {status}"


def squid_error(headers) -> str | None:
    """The status a proxy's ``X-Squid-Error`` header names, if any."""
    raw = headers.get(b"X-Squid-Error") if headers is not None else None
    if not raw:
        return None
    words = raw.decode("latin-1").split()
    return SQUID_ERRORS.get(words[0], "unreachable") if words else "unreachable"
