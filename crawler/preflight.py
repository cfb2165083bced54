"""Checks before a run writes anything: a dead proxy or Redis must not become thousands of false failures.

Behind a proxy that accepts no connections every site would be recorded ``unreachable``; a nightly run
would write that into the series. So a run first makes sure its proxy and its Redis answer, and stops
with one line naming the problem otherwise.
"""
from __future__ import annotations

import socket
from urllib.parse import urlsplit

TIMEOUT_S = 5.0


class PreflightError(RuntimeError):
    """The run cannot start: the message names what does not answer. Nothing was written."""


def check_proxy(url: str, timeout: float = TIMEOUT_S) -> None:
    """The forward proxy accepts a TCP connection (whether it can reach a site is the crawl's business)."""
    parts = urlsplit(url if "//" in url else f"http://{url}")
    try:
        host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 8080)
    except ValueError as exc:
        raise PreflightError(f"the proxy address {url} is not valid ({exc}); nothing was crawled") from None
    if not host:
        raise PreflightError(f"the proxy address {url} names no host; nothing was crawled")
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        raise PreflightError(f"the proxy {url} does not answer ({exc.strerror or exc}); "
                             "nothing was crawled or written") from None


def check_redis(url: str, timeout: float = TIMEOUT_S) -> None:
    """The Redis of a distributed run answers a PING."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout).ping()
    except (redis.RedisError, ValueError, OSError) as exc:
        raise PreflightError(f"Redis at {url} does not answer ({exc}); nothing was crawled or written") from None


def preflight(proxy: str | None, queue: str | None = None) -> None:
    if proxy:
        check_proxy(proxy)
    if queue:
        check_redis(queue)
