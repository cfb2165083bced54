"""A per-host cache that keeps only its most recently set keys.

A run visits tens of thousands of hosts and each finished site is never asked about again, so a plain dict
per host (verdicts, pinned addresses, robots.txt parsers, pacing clocks) grows with the run's length;
bounded, it follows the sites open at once.
"""
from __future__ import annotations

from collections import OrderedDict
from itertools import islice


class RecentDict(OrderedDict):
    """At most ``limit`` keys: setting one makes it the newest; past the limit the oldest go first."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.limit:
            for old in self.evictable(len(self) - self.limit):
                del self[old]

    def evictable(self, n: int) -> list:
        """The ``n`` keys to drop (the oldest; a subclass may spare some)."""
        return list(islice(self, n))
