"""The crawl's detection engine as a crawler-level component: compiled once, shared by spider and pipelines.

Reach it with ``Detection.engine_of(crawler)``; nothing takes it from the spider.
"""
from __future__ import annotations

import os
from functools import lru_cache

from detectors.engine import Engine


def crawl_engine() -> Engine:
    """The fingerprints a crawl uses: ``REIFEGRAD_FINGERPRINTS`` (a directory) if set, else the shipped ones.
    The variable lets a rules change be tried (and tested) on a copy without editing the package."""
    return _compiled(os.environ.get("REIFEGRAD_FINGERPRINTS") or None)


@lru_cache(maxsize=2)
def _compiled(directory: str | None) -> Engine:
    """Compiled once per process: opening the run (its fingerprint version) and the crawl share it."""
    return Engine.load(directory)


class Detection:
    """An extension that only holds the engine (compiling the fingerprints is the expensive part)."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def from_crawler(cls, crawler) -> Detection:
        return cls(crawl_engine())

    @staticmethod
    def engine_of(crawler) -> Engine:
        component = crawler.get_extension(Detection)
        if component is None:
            raise RuntimeError("crawler.detection.Detection is not in EXTENSIONS")
        return component.engine
