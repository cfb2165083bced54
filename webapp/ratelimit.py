"""Per-client sliding-window rate limit for check submissions, kept in memory with bounded state.

In memory on purpose: it protects one service process from one noisy client; the per-site rules that
must survive a restart live in the persistent queue (`webapp.policy`). A client is an IPv4 address or an
IPv6 /64 (one subscriber's prefix: counting single IPv6 addresses would let anyone rotate past the limit).
"""
from __future__ import annotations

import ipaddress
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

MAX_CLIENTS = 20_000  # about 1 KB each: the state never grows past about 20 MB


def client_key(host: str) -> str:
    """The unit of the limit: IPv4 address, IPv6 /64 (IPv4-mapped IPv6 counts as IPv4), else the name as given."""
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


class SlidingWindowLimiter:
    """At most `limit` events per `window_s` seconds per client; at most `max_clients` clients remembered
    (expired ones are dropped as they come up, and past the cap the least recently seen)."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic,
                 max_clients: int = MAX_CLIENTS) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self.max_clients = max_clients
        self._events: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._events)

    def hit(self, client: str) -> tuple[bool, float]:
        """Record an attempt; (allowed, seconds until the next attempt would be allowed)."""
        now = self.clock()
        key = client_key(client)
        with self._lock:
            self._forget(now, key)
            events = self._events.setdefault(key, deque())
            self._events.move_to_end(key)
            while events and events[0] <= now - self.window_s:
                events.popleft()
            if len(events) >= self.limit:
                return False, events[0] + self.window_s - now
            events.append(now)
            return True, 0.0

    def _forget(self, now: float, incoming: str) -> None:
        """Drop the least recently seen clients while their window has passed, or while a new client needs room."""
        while self._events:
            oldest_key, oldest = next(iter(self._events.items()))
            expired = not oldest or oldest[-1] <= now - self.window_s
            if not expired and (len(self._events) < self.max_clients or incoming in self._events):
                return
            del self._events[oldest_key]
