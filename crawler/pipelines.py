"""Item pipelines: judge each finished site, then store it — one transaction per site."""
from __future__ import annotations

import logging

from crawler.judge import judge
from crawler.sitecrawl import SiteResult
from output.store import Store

log = logging.getLogger(__name__)


class JudgePipeline:
    """SiteResult -> (SiteVisitRecord, scores); counts statuses and components in the crawl stats."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.model = crawler.settings["REIFEGRAD_MODEL"]

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: SiteResult):
        visit, scores = judge(item, self.crawler.spider.detector, self.model)
        stats = self.crawler.stats
        stats.inc_value(f"reifegrad/status/{visit.status}", len(scores))
        for f in visit.findings:
            if f.state == "present":
                stats.inc_value(f"reifegrad/component/{f.component}", len(scores))
        return visit, scores


class StorePipeline:
    """Writes each judged site through ``output.store.Store``; finishes sites a stopped crawl left open."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.db = crawler.settings["REIFEGRAD_DB"]
        self.run_id = crawler.settings.getint("REIFEGRAD_RUN_ID")
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.store = Store(self.db)

    def process_item(self, item):
        visit, scores = item
        self.store.record_site(self.run_id, visit, scores)
        return item

    def close_spider(self):
        spider = self.crawler.spider
        judge_pipe = JudgePipeline(self.crawler)
        for state in list(spider.active.values()):  # the crawl stopped before these sites finished
            if state.status is None:
                state.error = state.error or "the crawl stopped before the site finished"
            self.process_item(judge_pipe.process_item(spider._finish(state)))
        for _, result in spider.retries:  # the crawl stopped before their retry: keep the failed attempt
            self.process_item(judge_pipe.process_item(result))
        self.store.close()
