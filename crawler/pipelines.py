"""Item pipelines: judge each finished site, then store it — one transaction per site."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from crawler import memo_store
from crawler.detection import Detection
from crawler.judge import judge
from crawler.memos import PageMemo
from crawler.signals import site_unfinished
from crawler.sitecrawl import SiteResult
from crawler.wire import judged_to_json
from output.clock import now_iso
from output.dbfile import StoreError
from output.records import SiteVisitRecord
from output.store import Store, retry_while_busy
from scoring import ScoreResult

log = logging.getLogger(__name__)
UNSTORED = "reifegrad/unstored"  # crawl stats: the sites that could not be stored, and why
UNSTORED_REASON = "reifegrad/unstored_reason"


@dataclass(slots=True)
class JudgedSite:
    visit: SiteVisitRecord
    scores: list[tuple[str, ScoreResult]]
    memos: dict[str, PageMemo]


class JudgePipeline:
    """SiteResult -> JudgedSite; counts statuses and components in the crawl stats (for live progress)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.engine = Detection.engine_of(crawler)
        self.model = crawler.settings["REIFEGRAD_MODEL"]

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: SiteResult) -> JudgedSite:
        visit, scores = judge(item, self.engine, self.model)
        stats = self.crawler.stats
        stats.inc_value(f"reifegrad/status/{visit.status}", len(scores))
        for f in visit.findings:
            if f.state == "present":
                stats.inc_value(f"reifegrad/component/{f.component}", len(scores))
        return JudgedSite(visit, scores, item.memos)


class SinkPipeline:
    """Hands each judged site on and logs it as one JSON line of the run log.

    When the crawl stops early the spider hands on the sites it was working on (``site_unfinished``, sent
    from its ``spider_closed`` handler): they are judged and handed on like the others. The sink is
    released on ``spider_closed`` too, after the spider's handler (the spider connected first).
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.run_id = crawler.settings.getint("REIFEGRAD_RUN_ID")
        log_path = crawler.settings.get("REIFEGRAD_RUN_LOG")
        self.log_path = Path(log_path) if log_path else None

    @classmethod
    def from_crawler(cls, crawler):
        sink = cls(crawler)
        crawler.signals.connect(sink.take_unfinished, signal=site_unfinished)
        crawler.signals.connect(sink.close, signal=signals.spider_closed)
        return sink

    def process_item(self, item: JudgedSite) -> JudgedSite:
        self.write(item)
        self._log(item.visit, [a for a, _ in item.scores])
        return item

    def write(self, item: JudgedSite) -> None:
        raise NotImplementedError

    def _log(self, visit: SiteVisitRecord, ags: list[str]) -> None:
        if self.log_path is None:
            return
        line = {"ts": now_iso(), "run_id": self.run_id, "event": "site", "site": visit.site_key, "ags": ags,
                "status": visit.status, "error": visit.error, "pages": len(visit.pages),
                "not_modified": sum(1 for p in visit.pages if p.not_modified),
                "duration_s": round(visit.duration_s, 2),
                "components": sorted(f.component for f in visit.findings if f.state == "present")}
        try:
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        except OSError as exc:  # the log shares the database's disk; the database is what counts
            log.warning("could not write the run log %s: %s", self.log_path, exc)

    def take_unfinished(self, result: SiteResult) -> None:
        self.process_item(JudgePipeline(self.crawler).process_item(result))

    def close(self) -> None:
        """Release the sink."""


class StorePipeline(SinkPipeline):
    """Writes each judged site through ``output.store.Store``: one transaction per site."""

    def open_spider(self):
        self.store = Store(self.crawler.settings["REIFEGRAD_DB"])
        self.patience = self.crawler.settings.getfloat("REIFEGRAD_STORE_PATIENCE")
        memo_store.ensure(self.store.conn)

    def write(self, item: JudgedSite) -> None:
        """Store the site, waiting out another writer's lock; any other failure ends the crawl (not_stored)."""
        try:
            retry_while_busy(lambda: self._write(item), self.patience)
        except StoreError as exc:
            self.not_stored(item, exc)

    def _write(self, item: JudgedSite) -> None:
        self.store.record_site(self.run_id, item.visit, item.scores,
                               lambda conn: memo_store.save(conn, item.visit.site_key, item.memos))

    def not_stored(self, item: JudgedSite, exc: StoreError) -> None:
        """Name the site in the crawl's stats (the run ends failed and says which) and stop the crawl: a full
        disk or a lock held past our patience will not be gone for the next site either."""
        stats = self.crawler.stats
        ags = [a for a, _ in item.scores] or [item.visit.site_key]
        stats.set_value(UNSTORED, [*stats.get_value(UNSTORED, []), f"{item.visit.site_key} ({', '.join(ags)})"])
        stats.set_value(UNSTORED_REASON, stats.get_value(UNSTORED_REASON) or str(exc))
        log.error("could not store %s in %s: %s", item.visit.site_key, self.store.path, exc)
        if self.patience:
            self.patience = 0.0
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="store_failed"))

    def close(self) -> None:
        self.store.close()


class RedisPipeline(SinkPipeline):
    """A distributed worker's sink: the run's Redis results list, drained by the single SQLite writer."""

    def open_spider(self):
        from crawler.distributed import connect, keys

        self.server = connect(self.crawler.settings["REIFEGRAD_QUEUE"])
        self.key = keys(self.run_id)["results"]

    def write(self, item: JudgedSite) -> None:
        self.server.rpush(self.key, judged_to_json(item.visit, item.scores, item.memos))
