"""Per-client sliding-window rate limit for check submissions, kept in memory.

In memory on purpose: it protects one service process from one noisy client; the per-site rules that
must survive a restart live in the persistent queue (`webapp.policy`).
"""
from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class SlidingWindowLimiter:
    """At most `limit` events per `window_s` seconds per key."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._events: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def hit(self, key: str) -> tuple[bool, float]:
        """Record an attempt; (allowed, seconds until the next attempt would be allowed)."""
        now = self.clock()
        with self._lock:
            events = self._events[key]
            while events and events[0] <= now - self.window_s:
                events.popleft()
            if len(events) >= self.limit:
                return False, events[0] + self.window_s - now
            events.append(now)
            return True, 0.0
