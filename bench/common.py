"""Shared machinery of the crawl benchmarks: a farm with its CSV, and one crawl per child process.

A Twisted reactor cannot restart, so every crawl runs in a fresh child (`python bench/common.py full|bare`).
The child meters the crawl itself (spider opened -> spider closed: wall and CPU time, pages) with a small
Scrapy extension, so both arms are timed at the same points; the parent adds what only the outside can
see: the child's whole-process CPU and peak RSS (`os.wait4`), RSS samples from /proc, and the farm's CPU
(the farm runs on the other core and must not be the bottleneck it seems to measure).

Arms:
  full  reifegrad's real crawl (`crawler.run.run_crawl`: fetch, parse, detect, score, store in SQLite)
  bare  plain Scrapy on the same sites: start page, HTTP probe, then up to N same-site links per site,
        same proxy, concurrency, per-host concurrency, delay, robots.txt and timeouts; no processing.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

# This checkout's code, not the one the venv's editable install points at (a worktree's bench measured main's).
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SEED = 7
CONCURRENCY = 32  # both arms of pipeline_throughput (the crawler's politeness defaults only with --polite)
ACTIVE_SITES = 24  # full arm without --polite: sites open at once, as in the figures before issue 15's tuning
PER_HOST = 2
CLK_TCK = os.sysconf("SC_CLK_TCK")


# -- parent side -------------------------------------------------------------------------------------------
@dataclass
class Farm:
    url: str  # the proxy
    csv: str  # its municipalities
    tmp: str  # scratch directory, removed on exit
    pid: int | None  # the farm process, for its CPU time
    sites: int


@dataclass
class Measured:
    """One child crawl, as seen from inside (crawl_*) and from outside (process_*, farm_cpu_s, rss)."""

    arm: str
    sites: int
    pages: int  # pages that reached a callback (full: spider.pages_fetched, incl. the HTTP probe)
    responses: int  # every HTTP response Scrapy downloaded (robots.txt and redirects included)
    crawl_s: float
    crawl_cpu_s: float
    process_s: float
    process_cpu_s: float
    peak_rss_mb: float
    farm_cpu_s: float
    by_status: dict = field(default_factory=dict)
    samples: list[tuple[float, int, float, int]] = field(default_factory=list)  # (s, sites done, RSS MB, sockets)
    trace: list[str] = field(default_factory=list)  # --trace: allocations that grew from 20 % of sites to the end
    site_durations: list[float] = field(default_factory=list)  # full arm: seconds each site that ended ok took
    renders: int = 0  # pages Chromium opened (scrapy-playwright's page count)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.crawl_s if self.crawl_s else 0.0

    @property
    def pages_per_cpu_s(self) -> float:
        return self.pages / self.crawl_cpu_s if self.crawl_cpu_s else 0.0

    @property
    def farm_load(self) -> float:
        """Share of one core the farm used while the child ran (near 1.0: the farm, not the crawler, limits)."""
        return self.farm_cpu_s / self.process_s if self.process_s else 0.0


@contextlib.contextmanager
def farm(n_sites: int, news_pages: int, seed: int = SEED, page_size: str = "small",
         latency: tuple[float, float] | None = None) -> Iterator[Farm]:
    """A fault-free farm of ``n_sites`` sites in a subprocess, its CSV in a temp dir; both gone on exit.
    ``page_size="real"``: pages of measured real size and shape (farm/bulk.py); ``latency``: seconds per answer.

    SIGTERM and SIGINT become exceptions here (also when started in the background, where SIGINT is
    ignored), so a stopped benchmark still kills its crawl, stops the farm and removes its files.
    """
    signal.signal(signal.SIGTERM, _raise_exit)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from farm.commands import make_world, write_csv
    from farm.proxy import running_farm

    tmp = tempfile.mkdtemp(prefix="reifegrad-bench-")
    try:
        csv_path = os.path.join(tmp, "municipalities.csv")
        with open(csv_path, "w", encoding="utf-8", newline="") as fh:
            write_csv(make_world(seed, n_sites, news_pages, faults=False), fh)
        before = set(_children())
        with running_farm(seed, n_sites, news_pages=news_pages, faults=False, page_size=page_size,
                          latency=latency) as url:
            started = [p for p in _children() if p not in before]
            yield Farm(url, csv_path, tmp, started[0] if len(started) == 1 else None, n_sites)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_child(arm: str, f: Farm, max_pages: int, *, sample_every: float | None = None,
              render: bool = False, trace: bool = False, options: tuple[str, ...] = ()) -> Measured:
    """Run one crawl in a fresh process and measure it; its database is deleted afterwards.
    ``options``: further child options (``--polite``, ``--active-sites N``, ``--concurrency N``)."""
    out = os.path.join(f.tmp, f"{arm}.json")
    db = os.path.join(f.tmp, f"{arm}.db")
    progress = os.path.join(f.tmp, f"{arm}.progress.json")
    cmd = [sys.executable, __file__, arm, "--csv", f.csv, "--proxy", f.url, "--max-pages", str(max_pages),
           "--db", db, "--out", out, "--progress", progress] + (["--render"] if render else []) + \
        (["--trace"] if trace else []) + list(options)
    farm_before = cpu_seconds(f.pid)
    errors = tempfile.TemporaryFile(mode="w+", dir=f.tmp)
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors)
    samples: list[tuple[float, int, float, int]] = []
    try:
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG if sample_every else 0)
            if pid:
                break
            rss = rss_mb(proc.pid)  # 0 once the process is gone
            if rss:
                samples.append((time.monotonic() - started, _sites_done(progress), rss, open_sockets(proc.pid)))
            time.sleep(sample_every)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    farm_cpu = cpu_seconds(f.pid) - farm_before
    errors.seek(0)
    tail = errors.read()[-3000:]
    errors.close()
    if proc.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"{arm} crawl failed (exit {proc.returncode}):\n{tail}")
    inner = json.loads(Path(out).read_text())
    for path in (out, progress, db, db + "-wal", db + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
    return Measured(arm=arm, sites=inner["sites"], pages=inner["pages"], responses=inner["responses"],
                    crawl_s=inner["crawl_s"], crawl_cpu_s=inner["crawl_cpu_s"], process_s=elapsed,
                    process_cpu_s=usage.ru_utime + usage.ru_stime, peak_rss_mb=usage.ru_maxrss / 1024,
                    farm_cpu_s=farm_cpu, by_status=inner.get("by_status", {}), samples=samples,
                    trace=inner.get("trace", []), site_durations=inner.get("site_durations", []),
                    renders=inner.get("renders", 0))


def _raise_exit(signum: int, frame) -> None:
    raise SystemExit(128 + signum)


def median_of(runs: list[Measured], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU of a running process (0 when unknown), from /proc/<pid>/stat."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime (fields 14, 15 of stat)


def rss_mb(pid: int) -> float:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def open_sockets(pid: int) -> int:
    """Open sockets of a process: idle keep-alive connections cost memory too (TLS buffers per connection)."""
    count = 0
    with contextlib.suppress(OSError):
        for fd in os.scandir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                count += os.readlink(fd.path).startswith("socket:")
    return count


def _sites_done(progress: str) -> int:
    with contextlib.suppress(OSError, ValueError):
        return int(json.loads(Path(progress).read_text()).get("sites_done", 0))
    return 0


def _children() -> list[int]:
    me = os.getpid()
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                if int(Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()[1]) == me:
                    found.append(int(entry.name))
    return found


def print_table(headers: list[str], rows: list[list]) -> None:
    cells = [[h for h in headers]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def _fmt(value) -> str:
    if isinstance(value, float) and value != value:
        return "n/a"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


# -- child side ------------------------------------------------------------------------------------------
METER: dict = {}
TRACE_FROM = 0.2  # --trace: first snapshot when this share of the sites is done (caches warm, steady state)
TRACE_TOP = 12


class Meter:
    """Scrapy extension: wall and CPU time from spider opened to spider closed, and page counts.

    With tracemalloc running (``--trace``) it also snapshots the heap once TRACE_FROM of the sites are done
    and again at the end: whatever grew in between and is still held outlived its sites.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.first = None
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        meter = cls(crawler)
        from scrapy import signals
        crawler.signals.connect(meter.opened, signal=signals.spider_opened)
        crawler.signals.connect(meter.closed, signal=signals.spider_closed)
        return meter

    def opened(self, spider=None) -> None:
        METER.update(t0=time.monotonic(), cpu0=_own_cpu())
        if tracemalloc.is_tracing():
            from twisted.internet import task
            self.loop = task.LoopingCall(self._first_snapshot)
            self.loop.start(1.0, now=False)

    def _first_snapshot(self) -> None:
        spider = self.crawler.spider
        if self.first is None and spider.sites_done >= TRACE_FROM * max(spider.sites_total, 1):
            self.first = tracemalloc.take_snapshot()
            self.loop.stop()

    def closed(self, spider=None, reason: str = "") -> None:
        spider = self.crawler.spider
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.first is not None:
            METER["trace"] = _growth(self.first, tracemalloc.take_snapshot())
        METER.update(crawl_s=time.monotonic() - METER.pop("t0"), crawl_cpu_s=_own_cpu() - METER.pop("cpu0"),
                     pages=spider.pages_fetched,
                     responses=self.crawler.stats.get_value("downloader/response_count", 0), reason=reason,
                     renders=self.crawler.stats.get_value("playwright/page_count", 0))


def _growth(before: tracemalloc.Snapshot, after: tracemalloc.Snapshot) -> list[str]:
    """The allocation sites that grew most, each with its innermost frames in project or Scrapy code."""
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen importlib*")]
    stats = after.filter_traces(ignore).compare_to(before.filter_traces(ignore), "traceback")
    lines = []
    for stat in [s for s in stats if s.size_diff > 0][:TRACE_TOP]:
        frames = [f for f in stat.traceback if "/site-packages/" in f.filename or "/work/" in f.filename][-4:]
        where = " <- ".join(f"{_short(f.filename)}:{f.lineno}" for f in reversed(frames or list(stat.traceback)[-2:]))
        lines.append(f"{stat.size_diff / 1024:+10,.0f} KB {stat.count_diff:+8,} blocks  {where}")
    return lines


def _short(path: str) -> str:
    return path.split("/site-packages/", 1)[-1].removeprefix(str(REPO) + "/")


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _politeness() -> dict:
    """What both arms share: the local farm needs no delay, and AutoThrottle would only re-add one per site."""
    return {"DOWNLOAD_DELAY": 0.0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": CONCURRENCY,
            "CONCURRENT_REQUESTS_PER_DOMAIN": PER_HOST}


def child_full(args: argparse.Namespace) -> dict:
    """The real pipeline: `crawler.run.run_crawl`, as `reifegrad crawl` calls it.

    By default with AutoThrottle off, no delay and the bare arm's concurrency (the two arms compare CPU);
    ``--polite``: the crawler's own politeness and concurrency defaults, as a nightly crawl runs
    (``--active-sites`` / ``--concurrency`` override those two). Chromium rendering (25-30x a fetch,
    stack_notes.md) only with ``--render``: it is a separate, known cost.
    """
    from crawler import settings as project
    from crawler.municipalities import load
    from crawler.run import CrawlConfig, run_crawl

    rows, _ = load(args.csv)
    tuned = {k: v for k, v in (("max_active_sites", args.active_sites), ("concurrency", args.concurrency)) if v}
    if not args.polite:
        tuned = {"download_delay": 0.0, "concurrency": CONCURRENCY, "per_site": PER_HOST,
                 "max_active_sites": ACTIVE_SITES, **tuned}
    config = CrawlConfig(db=args.db, kind="crawl", trigger="bench", proxy=args.proxy, max_pages=args.max_pages,
                         progress_file=args.progress, render=args.render, **tuned,
                         extra={**({} if args.polite else _politeness()),
                                "EXTENSIONS": {**project.EXTENSIONS, Meter: 0}})
    summary = run_crawl(rows, config)
    return {"sites": summary.sites, "by_status": summary.by_status, **_stored(args.db)}


def _stored(db: str) -> dict:
    """What the crawl stored that the benches extrapolate from: how long each site that ended ok took."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {"site_durations": [r[0] for r in conn.execute("SELECT duration_s FROM site_visits WHERE status = 'ok'")]}


def child_bare(args: argparse.Namespace) -> dict:
    """Plain Scrapy, no processing: the framework's own cost on the same sites and request pattern."""
    from crawler import settings as project  # first: the crawler package keeps tldextract offline

    import scrapy
    from scrapy.crawler import CrawlerProcess

    from crawler.municipalities import group_sites, load

    sites, _ = group_sites(load(args.csv)[0])
    # Scrapy's own proxy support (HttpProxyMiddleware reads these), so robots.txt goes through the farm too.
    os.environ["http_proxy"] = os.environ["https_proxy"] = args.proxy

    class BareSpider(scrapy.Spider):
        name = "bare"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.pages_fetched = 0
            self.budget: dict[str, int] = {}  # site key -> same-site links still to follow
            self.seen: dict[str, set[str]] = {}

        async def start(self):
            for site in sites:
                self.budget[site.key], self.seen[site.key] = args.max_pages, {site.start_url}
                yield self._request(site.start_url, site.key, site.domain)
                host = urlsplit(site.start_url).hostname
                if site.start_url.startswith("https://") and host:  # the full arm's HTTP probe
                    yield self._request(f"http://{host}/", site.key, site.domain, follow=False,
                                        dont_redirect=True, handle_httpstatus_all=True)

        def _request(self, url: str, key: str, domain: str, follow: bool = True, **meta) -> scrapy.Request:
            return scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True,
                                  meta={"key": key, "domain": domain, "follow": follow, **meta})

        def parse(self, response):
            self.pages_fetched += 1
            key, domain = response.meta["key"], response.meta["domain"]
            if not response.meta["follow"] or not isinstance(response, scrapy.http.TextResponse):
                return
            seen = self.seen[key]
            for href in response.css("a::attr(href)").getall():
                if self.budget[key] <= 0:
                    return
                url = response.urljoin(href).split("#", 1)[0]
                host = urlsplit(url).hostname or ""
                if url in seen or not url.startswith("http") or not (host == domain or host.endswith("." + domain)):
                    continue
                seen.add(url)
                self.budget[key] -= 1
                yield self._request(url, key, domain)

        def failed(self, failure):
            pass

    settings = {
        "USER_AGENT": project.USER_AGENT, "ROBOTSTXT_OBEY": True, "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False, "DOWNLOAD_TIMEOUT": 15, "DOWNLOAD_MAXSIZE": project.DOWNLOAD_MAXSIZE,
        "RETRY_TIMES": project.RETRY_TIMES, "TWISTED_REACTOR": project.TWISTED_REACTOR, "LOG_LEVEL": "WARNING",
        "STATS_DUMP": False, "EXTENSIONS": {Meter: 0}, **_politeness(),
    }
    process = CrawlerProcess(settings)
    process.crawl(BareSpider)
    process.start()
    return {"sites": len(sites)}


def child_main(argv: list[str]) -> None:
    p = argparse.ArgumentParser(description="one measured crawl (run by the benchmarks, not by hand)")
    p.add_argument("arm", choices=("full", "bare"))
    p.add_argument("--render", action="store_true", help="full arm: render in Chromium as production does")
    for opt in ("--csv", "--proxy", "--db", "--out", "--progress"):
        p.add_argument(opt, required=True)
    p.add_argument("--max-pages", type=int, required=True)
    p.add_argument("--trace", action="store_true", help="tracemalloc: what grew between 20 %% of sites and the end")
    p.add_argument("--polite", action="store_true", help="full arm: the crawler's politeness and concurrency defaults")
    p.add_argument("--active-sites", type=int, help="full arm: sites open at once (default: the crawler's)")
    p.add_argument("--concurrency", type=int, help="full arm: requests in flight (default: the crawler's)")
    args = p.parse_args(argv)
    if args.trace:
        tracemalloc.start(8)
    extra = (child_full if args.arm == "full" else child_bare)(args)
    Path(args.out).write_text(json.dumps({**METER, **extra}))


if __name__ == "__main__":
    child_main(sys.argv[1:])
