"""Map every way a fetch can fail onto the closed status vocabulary (output/statuses.json), with a message a
person understands.

Permanent failures (DNS, TLS) are not worth a retry; transient ones are (see crawler.settings).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from OpenSSL import SSL
from scrapy.core.downloader.handlers.http11 import TunnelError
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
from twisted.internet import defer
from twisted.internet import error as txerror
from twisted.python.failure import Failure

from crawler.exceptions import ProxyReportedError, RedirectLoop, ResponseTooLarge, RobotsDisallowed
from crawler.ssrf import AddressRefused, AddressRefusedLookup
from output.statuses import permanent_ids

PERMANENT = permanent_ids()  # output/statuses.json: not worth a retry
BLOCK_STATUSES = frozenset({401, 403, 429, 451})
SQUID_ERRORS = {"ERR_DNS_FAIL": "dns_error", "ERR_CONNECT_FAIL": "unreachable", "ERR_READ_TIMEOUT": "timeout",
                "ERR_CONNECT_TIMEOUT": "timeout", "ERR_SECURE_CONNECT_FAIL": "tls_error"}
_TUNNEL_STATUS = re.compile(r"'status': (\d{3})")


def classify_failure(failure: Failure) -> tuple[str, str]:
    """(status, message) for a failed request."""
    exc = failure.value
    msg = str(exc) or exc.__class__.__name__
    if refused_by_policy(exc):
        return "error", msg
    if isinstance(exc, ProxyReportedError):
        return exc.status, msg
    if isinstance(exc, HttpError):
        return classify_http_status(exc.response.status, exc.response.headers)
    if isinstance(exc, RobotsDisallowed):
        return "robots_disallowed", "the site's robots.txt forbids crawling this page"
    if isinstance(exc, RedirectLoop):
        return "redirect_loop", "too many redirects (a redirect loop)"
    if isinstance(exc, ResponseTooLarge) or (
            # Scrapy cancels a download at DOWNLOAD_MAXSIZE; a plain cancellation (shutdown) wraps Twisted's
            isinstance(exc, DownloadCancelledError) and not isinstance(exc.__cause__, defer.CancelledError)):
        return "too_large", "the page exceeds the download size cap"
    if isinstance(exc, IgnoreRequest):  # SiteBudgetExceeded, or a refusal of Scrapy's own
        return "error", msg
    if isinstance(exc, CannotResolveHostError | txerror.DNSLookupError):
        return "dns_error", f"the host name does not resolve: {msg}"
    if isinstance(exc, DownloadTimeoutError | txerror.TimeoutError | txerror.TCPTimedOutError):
        return "timeout", "the server did not answer in time"
    if isinstance(exc, TunnelError):
        if tunnel_status(exc) == 502:  # behind Squid (and the simulated web): ERR_DNS_FAIL
            return "dns_error", f"the host name does not resolve (the proxy answered 502): {msg}"
        return "unreachable", f"the proxy could not reach the host: {msg}"
    if any(isinstance(cause, SSL.Error | txerror.CertificateError) for cause in causes(exc)):
        return "tls_error", f"TLS handshake or certificate failure: {msg[:300]}"
    if isinstance(exc, DownloadConnectionRefusedError | DownloadFailedError | ResponseDataLossError
                  | txerror.ConnectError | txerror.ConnectionLost | txerror.ConnectionDone):
        return "unreachable", f"the connection failed: {msg[:300]}"
    return "error", f"{exc.__class__.__name__}: {msg[:300]}"


def causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and what it wraps: ``raise … from``, and Twisted's lists of reasons (``ResponseFailed``)."""
    yield exc
    for reason in getattr(exc, "reasons", None) or ():
        if isinstance(reason, Failure):
            yield from causes(reason.value)
    if exc.__cause__ is not None:
        yield from causes(exc.__cause__)


def tunnel_status(exc: TunnelError) -> int | None:
    """The status the proxy answered a failed CONNECT with: Scrapy keeps the parsed status line only in
    the exception's text (``[{'status': 502, 'reason': …}]``), so this is the one place that reads it."""
    code = _TUNNEL_STATUS.search(str(exc))
    return int(code.group(1)) if code else None


def refused_by_policy(exc: BaseException) -> bool:
    """The address guard refused the request (crawler.ssrf): a decision, not a failure worth a retry."""
    return any(isinstance(cause, AddressRefused | AddressRefusedLookup) for cause in causes(exc))


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
