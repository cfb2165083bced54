"""Progress for people and programs (a live line on stderr, a JSON progress file), and AutoThrottle
without the two ways Scrapy's kept an unchanged site slow on an incremental night."""
from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from scrapy import signals
from scrapy.extensions.throttle import AutoThrottle
from twisted.internet import task

ACTIVE_DETAIL_LIMIT = 4  # aggregate live findings only for small crawls (on-demand checks)

log = logging.getLogger(__name__)


class ProgressReporter:
    def __init__(self, crawler):
        self.crawler = crawler
        path = crawler.settings.get("REIFEGRAD_PROGRESS_FILE")
        self.path = Path(path) if path else None
        self.bar = crawler.settings.getbool("REIFEGRAD_PROGRESS_BAR")
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider=None) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(1.0, now=True)

    def closed(self, spider=None, reason: str = "finished") -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        self.write("finished" if reason == "finished" else "interrupted")
        if self.bar:
            sys.stderr.write("\n")

    def tick(self) -> None:
        self.write("running")
        if self.bar:
            s = self.snapshot("running")
            rate = s["pages"] / max(time.monotonic() - self.started, 1e-6)
            sys.stderr.write(f"\r  sites {s['sites_done']}/{s['sites_total']}  pages {s['pages']}  "
                             f"{rate:5.1f} pages/s  components found {len(s['components'])}   ")
            sys.stderr.flush()

    def snapshot(self, status: str) -> dict:
        spider = self.crawler.spider
        stats = self.crawler.stats.get_stats()
        found = {k.rsplit("/", 1)[1] for k in stats if k.startswith("reifegrad/component/")}
        live = spider.progress(ACTIVE_DETAIL_LIMIT) if spider is not None else {}
        return {
            "status": status,
            "run_id": self.crawler.settings.getint("REIFEGRAD_RUN_ID"),
            "pages": live.get("pages", 0),
            "components": sorted(found | live.get("components", set())),
            "sites_done": live.get("sites_done", 0),
            "sites_total": live.get("sites_total", 0),
            "in_flight": live.get("in_flight", []),
            "pages_in_flight": live.get("pages_in_flight", 0),
        }

    def write(self, status: str) -> None:
        if not self.path:
            return
        data = json.dumps(self.snapshot(status))
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".progress-")
            try:
                with os.fdopen(fd, "w") as fh:
                    fh.write(data)
                os.replace(tmp, self.path)  # atomic: a poller never reads half a file
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError as exc:  # a full disk: progress is a courtesy, the store reports what was lost
            log.warning("could not write the progress file %s: %s", self.path, exc)


class IncrementalAutoThrottle(AutoThrottle):
    """Scrapy's AutoThrottle with two corrections.

    A 304 is a healthy answer, not an error page: Scrapy lets only a 200 lower the delay, so on a night
    where nearly every page answers 304 a delay once raised stayed raised (second run 105 s -> 201 s).
    A rendered page's latency is Chromium's rendering time, not the server's: it must not set the
    delay for the plain requests to that host.
    """

    def _response_downloaded(self, response, request, spider) -> None:
        if request.meta.get("playwright"):
            return
        super()._response_downloaded(response, request, spider)

    def _adjust_delay(self, slot, latency: float, response) -> None:
        super()._adjust_delay(slot, latency, response.replace(status=200) if response.status == 304 else response)
