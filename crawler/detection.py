"""The crawl's detection engine as a crawler-level component: compiled once, shared by spider and pipelines.

Reach it with ``Detection.engine_of(crawler)``; nothing takes it from the spider.
"""
from __future__ import annotations

from detectors.engine import Engine


class Detection:
    """An extension that only holds the engine (compiling the fingerprints is the expensive part)."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def from_crawler(cls, crawler) -> Detection:
        return cls(Engine.load())

    @staticmethod
    def engine_of(crawler) -> Engine:
        component = crawler.get_extension(Detection)
        if component is None:
            raise RuntimeError("crawler.detection.Detection is not in EXTENSIONS")
        return component.engine
