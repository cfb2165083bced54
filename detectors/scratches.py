"""Hyperscan scratch space, per thread: the page reader's and the engine's literal databases share it."""
from __future__ import annotations

import threading

import hyperscan


class Scratches(threading.local):
    """Hyperscan scratch space per thread and database: a scan needs space no other scan uses meanwhile."""

    def __init__(self) -> None:
        self._held: dict[str, hyperscan.Scratch] = {}

    def of(self, name: str, database: hyperscan.Database) -> hyperscan.Scratch:
        scratch = self._held.get(name)
        if scratch is None:
            scratch = self._held[name] = hyperscan.Scratch(database)
        return scratch
