"""One crawl run, end to end: targets in, a finished run in the database out.

A Twisted reactor cannot restart, so this runs once per process (the web app starts a subprocess per
check, as stack_notes.md recommends).
"""
from __future__ import annotations

import logging
import os
import subprocess
import time
from dataclasses import asdict, dataclass, field, replace
from importlib import metadata
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler import settings as default_settings
from crawler.detection import crawl_engine
from crawler.municipalities import Municipality, full_rows, group_sites
from crawler.render import browser_guard, find_chromium, render_settings
from crawler.pipelines import UNSTORED, UNSTORED_REASON
from crawler.ssrf import enable_public_address_guard
from crawler.spiders.municipal import MunicipalSpider
from crawler.status import run_file
from output import models
from output.dbfile import StoreError
from output.runs import RunQueries
from output.store import Store, retry_while_busy
from scoring import Model, load_model, parse_model


log = logging.getLogger(__name__)


@dataclass
class CrawlConfig:
    db: str
    kind: str = "crawl"
    trigger: str = "manual"
    proxy: str | None = None
    max_pages: int = default_settings.REIFEGRAD_MAX_PAGES
    max_depth: int = default_settings.REIFEGRAD_MAX_DEPTH
    time_budget: float = default_settings.REIFEGRAD_TIME_BUDGET
    download_delay: float = 0.5
    download_timeout: float = 15.0
    concurrency: int = default_settings.CONCURRENT_REQUESTS
    per_site: int = 2
    retries: int = 2
    retry_backoff: float = 60.0
    max_active_sites: int = default_settings.REIFEGRAD_MAX_ACTIVE_SITES
    model_path: str | None = None
    model_yaml: str | None = None  # the database's active model, set by with_active_model (travels to workers)
    progress_file: str | None = None
    progress_bar: bool = False
    render: bool | None = None  # None: render when a Chromium is installed
    render_contexts: int = 2
    user_agent: str | None = None
    allow_loopback: bool = False  # tests in a loopback-only namespace; ignored for on-demand crawls
    extra: dict = field(default_factory=dict)  # further Scrapy settings (tests, benchmarks)


@dataclass
class RunSummary:
    run_id: int
    db: str
    duration_s: float
    sites: int
    municipalities: int
    pages: int
    bytes: int
    by_status: dict[str, int]
    components: dict[str, int]
    render_failed: int = 0  # sites with a page whose rendered view failed

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.duration_s if self.duration_s else 0.0

    def stats(self) -> dict:
        """What ``runs`` keeps of a finished run."""
        return {"sites": self.sites, "pages": self.pages, "bytes": self.bytes,
                "pages_per_s": round(self.pages_per_s, 2), "duration_s": round(self.duration_s, 2),
                "errors_by_status": {k: v for k, v in self.by_status.items() if k != "ok"}}


def code_version() -> str:
    version = metadata.version("reifegrad")
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=Path(__file__).parent,
                             capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        sha = ""
    return f"{version}+{sha}" if sha else version


def run_log_path(db: str, run_id: int) -> Path:
    """The run's structured log: one JSON line per site, beside the database (named after it)."""
    path = run_file(db, run_id, ".jsonl")
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def scrapy_settings(config: CrawlConfig, run_id: int, model) -> Settings:
    s = Settings()
    s.setmodule(default_settings, priority="project")
    s.update({
        "REIFEGRAD_DB": config.db, "REIFEGRAD_RUN_ID": run_id, "REIFEGRAD_MODEL": model,
        "REIFEGRAD_PROXY": config.proxy, "REIFEGRAD_MAX_PAGES": config.max_pages,
        "REIFEGRAD_MAX_DEPTH": config.max_depth, "REIFEGRAD_TIME_BUDGET": config.time_budget,
        "REIFEGRAD_SITE_INFLIGHT": config.per_site, "REIFEGRAD_MAX_ACTIVE_SITES": config.max_active_sites,
        "REIFEGRAD_PROGRESS_FILE": config.progress_file or str(run_file(config.db, run_id, ".progress.json")),
        "REIFEGRAD_PROGRESS_BAR": config.progress_bar,
        "DOWNLOAD_DELAY": config.download_delay, "DOWNLOAD_TIMEOUT": config.download_timeout,
        "CONCURRENT_REQUESTS": config.concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": config.per_site,
        "AUTOTHROTTLE_START_DELAY": max(config.download_delay, 0.1),
        "RETRY_TIMES": config.retries, "REIFEGRAD_RETRY_BACKOFF": config.retry_backoff,
        "REIFEGRAD_RUN_LOG": str(run_log_path(config.db, run_id)),
    }, priority="cmdline")
    if config.user_agent:
        s.set("USER_AGENT", config.user_agent, priority="cmdline")
    chromium = find_chromium() if config.render is not False else None
    if chromium:
        s.update(render_settings(chromium, config.download_timeout, config.render_contexts), priority="cmdline")
    elif config.render:
        log.warning("rendering asked for, but no Chromium is installed: static detection only (rendered = false)")
    enable_public_address_guard(s, **address_policy(config))
    s.update(config.extra, priority="cmdline")
    return s


def address_policy(config: CrawlConfig) -> dict:
    """Every crawl is guarded. Behind a proxy the proxy resolves names — except for an on-demand crawl (a
    user-supplied address), which resolves them itself unless the service was started for the simulated
    web. Loopback targets are a test option an on-demand crawl can never have."""
    ondemand = config.trigger == "ondemand" or config.kind == "ondemand"
    proxy_resolves = bool(config.proxy) and (os.environ.get("REIFEGRAD_ALLOW_SIMULATED_WEB") == "1" or not ondemand)
    return {"allow_simulated_web": proxy_resolves, "allow_loopback": config.allow_loopback and not ondemand}


def with_active_model(config: CrawlConfig) -> CrawlConfig:
    """The config carrying the database's active model (``--model`` first makes its file the active one)."""
    with Store(config.db) as store:
        model = models.for_run(store, config.model_path)
        return replace(config, model_yaml=models.stored_text(store.conn, model.hash))


def config_model(config: CrawlConfig) -> Model:
    if config.model_yaml is not None:
        return parse_model(config.model_yaml.encode("utf-8"), config.model_path or "active model")
    return load_model(config.model_path)


def open_run(municipalities: list[Municipality], without: list[Municipality], config: CrawlConfig, n_sites: int) -> int:
    """Register the targets and open a run (recording the municipalities that have no website)."""
    engine, model = crawl_engine(), config_model(config)
    Path(config.db).parent.mkdir(parents=True, exist_ok=True)
    with Store(config.db) as store:
        store.upsert_municipalities({**row, "site_key": m.site_key} for m, row in full_rows(municipalities))
        run_id = store.start_run(config.kind, config.trigger, {**_public_config(config), "sites_total": n_sites}, {
            "code_version": code_version(), "fingerprint_version": engine.version,
            "model_version": model.version, "model_hash": model.hash,
        })
        record_without_website(store, run_id, without)
    return run_id


def record_without_website(store: Store, run_id: int, without: list[Municipality]) -> None:
    for m in without:
        store.record_unvisited(run_id, m.ags, "no_website", "no website is known for this municipality")


QUIET_LOGGERS = (  # per-request failures: their outcome is recorded as page and site statuses instead
    "scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt", "py.warnings",
    # a body over DOWNLOAD_MAXSIZE (also after decompression): the site is recorded `too_large`
    "scrapy.downloadermiddlewares.httpcompression", "scrapy.core.downloader.handlers.http11",
)  # (never scrapy.core.scraper: item-pipeline errors are what would otherwise vanish)


class StoreFailed(Exception):
    """Sites of the run could not be stored: the run is left resumable and the command exits non-zero."""

    def __init__(self, run_id: int, db: str, unstored: list[str], reason: str):
        shown = ", ".join(unstored[:10]) + (f" and {len(unstored) - 10} more" if len(unstored) > 10 else "")
        super().__init__(f"run {run_id}: {len(unstored)} site(s) not stored in {db} ({reason}): {shown}. "
                         "What was stored stays; start the same command with --resume (nightly: again) to continue.")


@dataclass
class CrawlOutcome:
    finished: bool  # the crawl ran to its end
    unstored: list[str]  # sites the store could not take ("site_key (ags, …)")
    reason: str = ""


def crawl_sites(sites, config: CrawlConfig, run_id: int, queue: str | None = None) -> CrawlOutcome:
    """One Scrapy crawl of ``sites`` (a list, or a source with ``async take()``).

    Results go to the SQLite store, or with ``queue`` to the run's Redis results list.
    """
    settings = scrapy_settings(config, run_id, config_model(config))
    if queue:
        settings.set("ITEM_PIPELINES", {"crawler.pipelines.JudgePipeline": 100,
                                        "crawler.pipelines.RedisPipeline": 200}, priority="cmdline")
        settings.set("REIFEGRAD_QUEUE", queue, priority="cmdline")
    with browser_guard(settings, config.proxy):
        process = CrawlerProcess(settings)
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)
        crawler = process.create_crawler(MunicipalSpider)
        listed = isinstance(sites, list)
        process.crawl(crawler, sites=sites if listed else [], source=None if listed else sites)
        process.start()
    stats = crawler.stats
    return CrawlOutcome(stats.get_value("finish_reason", "finished") == "finished",
                        stats.get_value(UNSTORED, []), stats.get_value(UNSTORED_REASON, ""))


def run_crawl(municipalities: list[Municipality], config: CrawlConfig, resume_run_id: int | None = None) -> RunSummary:
    """Crawl, judge and store; with ``resume_run_id`` continue that run, skipping sites it already recorded."""
    sites, without = group_sites(municipalities)
    config = with_active_model(config)
    if resume_run_id is None:
        run_id = retry_while_busy(lambda: open_run(municipalities, without, config, len(sites)))
    else:
        run_id = resume_run_id
        done = retry_while_busy(lambda: resume_run(config.db, run_id, without))
        sites = [s for s in sites if s.key not in done]
    started = time.monotonic()
    outcome = crawl_sites(sites, config, run_id)
    try:
        summary = retry_while_busy(lambda: close_run(config.db, run_id, time.monotonic() - started, outcome))
    except StoreError:
        if not outcome.unstored:
            raise
        summary = None  # the run stays "running": the next start resumes it all the same
    if outcome.unstored:
        raise StoreFailed(run_id, config.db, outcome.unstored, outcome.reason)
    return summary


def resume_run(db: str, run_id: int, without: list[Municipality]) -> set[str]:
    """The sites the run already stored (municipalities without a website are recorded once, again if lost)."""
    with Store(db) as store:
        record_without_website(store, run_id, without)
        return store.finished_site_keys(run_id)


def close_run(db: str, run_id: int, duration: float, outcome: CrawlOutcome) -> RunSummary:
    with Store(db) as store:
        summary = summarise(store, run_id, db, duration)
        finished = outcome.finished and not outcome.unstored
        store.finish_run(run_id, summary.stats(), status="finished" if finished else "interrupted")
    return summary


def summarise(store: Store, run_id: int, db: str, duration: float) -> RunSummary:
    """The run as the database has it (a resumed or distributed run counts every part)."""
    runs = RunQueries(store.conn)
    sites, pages, nbytes = runs.site_totals(run_id)
    by_status = runs.by_status(run_id)
    return RunSummary(run_id=run_id, db=db, duration_s=duration + runs.prior_duration(run_id), sites=sites,
                      municipalities=sum(by_status.values()), pages=pages, bytes=nbytes, by_status=by_status,
                      components=runs.components(run_id), render_failed=runs.render_failed(run_id))


def _public_config(config: CrawlConfig) -> dict:
    """The configuration as stored with the run (no secrets are in it; proxy kept for reproducibility)."""
    data = asdict(config)
    data.pop("extra")
    data.pop("model_yaml")  # the run's model_hash names it; the file is in the models table
    return data
