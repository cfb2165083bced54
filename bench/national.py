"""National crawl, simulated: a scaled-down Germany crawled as the nightly would, extrapolated to the census.

The farm serves real-sized pages (farm/bulk.py, 26-90 KB as measured from ../shared/realpages) and answers
every request after a random 0.2-1.5 s, like distant municipal servers. One crawl runs the full pipeline
with the crawler's own politeness (delay, AutoThrottle, requests per site) and its defaults for sites open at
once and concurrency (or `--active-sites` / `--concurrency`), no rendering. From it: how long a site takes
while it is open (politeness bounds that, not the machine), CPU per page and peak RSS. Extrapolated to
8,778 sites x 60 pages on one 2-core machine (one crawl process per core, `reifegrad nightly --queue
--workers 2`): wall time, CPU-hours, RSS, and how many sites must be open at once to finish in an hour.
`--render-sites N` adds a small rendered crawl for what Chromium adds.

The census runs one crawl process per core, every core busy, and CPU time per page on a shared machine
moves with what else runs (up to 2x here, either way). So the scaled-down crawl runs as the census does:
`--workers` processes (default one per core) at once, each with its
share of the sites, split by website as `nightly --queue` hands them out; CPU per page is their sum over
their pages.

    .venv/bin/python bench/national.py [--sites 200] [--pages 60] [--active-sites N] [--concurrency N]
                                       [--latency 0.2-1.5] [--render-sites 6] [--workers 2] [--quick]
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import math
import os
import statistics
import sys
from concurrent.futures import ThreadPoolExecutor

from common import Farm, Measured, farm, run_child

from crawler import settings as defaults

SITES = 8_778  # distinct sites after shared-site grouping
PAGES = 60  # the crawler's page budget per site
CORES = 2
GOAL_S = 3600


def crawl(sites: int, pages: int, latency: tuple[float, float], options: tuple[str, ...],
          render_sites: int, workers: int) -> tuple[Measured, Measured | None]:
    with farm(sites, news_pages=pages, page_size="real", latency=latency) as f:
        print(f"farm: {sites} sites, real-sized pages, latency {latency[0]}-{latency[1]} s, at {f.url}; "
              f"{workers} crawl process(es) at once", flush=True)
        static = in_parallel(f, pages, workers, ("--polite", *options))
        rendered = None
        if render_sites:
            with farm(render_sites, news_pages=pages, page_size="real", latency=latency) as g:
                rendered = run_child("full", g, pages, render=True, options=("--polite", *options))
    return static, rendered


def in_parallel(f: Farm, pages: int, workers: int, options: tuple[str, ...]) -> Measured:
    """``workers`` full crawls at once, each of its share of the farm's sites, measured as one crawl."""
    parts = split_sites(f, workers)
    with ThreadPoolExecutor(len(parts)) as pool:
        runs = list(pool.map(lambda part: run_child("full", part, pages, sample_every=1.0, options=options), parts))
    return combined(runs)


def split_sites(f: Farm, workers: int) -> list[Farm]:
    """The farm's municipalities in ``workers`` CSV files, the rows of one website always together."""
    with open(f.csv, encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    url = header.index("website_url")
    sites = list(dict.fromkeys(row[url] for row in rows))
    shares = [set(sites[i::workers]) for i in range(min(workers, len(sites)))]
    parts = []
    for i, share in enumerate(shares):
        tmp = os.path.join(f.tmp, f"worker-{i}")
        os.makedirs(tmp, exist_ok=True)
        path = os.path.join(tmp, "municipalities.csv")
        with open(path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([header, *(row for row in rows if row[url] in share)])
        parts.append(dataclasses.replace(f, csv=path, tmp=tmp, sites=len(share)))
    return parts


def combined(runs: list[Measured]) -> Measured:
    """Crawls that ran at the same time as one: work and CPU summed, wall time and RSS the largest one's."""
    if len(runs) == 1:
        return runs[0]
    by_status: dict[str, int] = {}
    for m in runs:
        for status, n in m.by_status.items():
            by_status[status] = by_status.get(status, 0) + n
    return Measured(arm=runs[0].arm, sites=sum(m.sites for m in runs), pages=sum(m.pages for m in runs),
                    responses=sum(m.responses for m in runs), crawl_s=max(m.crawl_s for m in runs),
                    crawl_cpu_s=sum(m.crawl_cpu_s for m in runs), process_s=max(m.process_s for m in runs),
                    process_cpu_s=sum(m.process_cpu_s for m in runs),
                    peak_rss_mb=max(m.peak_rss_mb for m in runs), farm_cpu_s=max(m.farm_cpu_s for m in runs),
                    by_status=by_status, site_durations=[d for m in runs for d in m.site_durations],
                    renders=sum(m.renders for m in runs))


def extrapolate(m: Measured, active: int, latency: tuple[float, float], rendered: Measured | None) -> dict[str, float]:
    """The census from one scaled-down crawl; every figure is printed with its arithmetic.

    Two per-site times: the one measured (a busy machine stretches it: the crawl waits for a core), and what
    politeness alone allows (AutoThrottle, target concurrency 1, waits about one latency between a host's
    requests, never less than the delay), which a quiet machine approaches. CPU per page holds on both."""
    per_site_pages = m.pages / m.sites
    scale = PAGES / per_site_pages if per_site_pages else 1.0  # a smaller --pages budget, scaled up to 60
    cpu_page = m.crawl_cpu_s / m.pages
    out = {"done": len(m.site_durations), "site_s": statistics.mean(m.site_durations) * scale,
           "model_s": PAGES * max(defaults.DOWNLOAD_DELAY, statistics.mean(latency)),
           "cpu_page_ms": 1000 * cpu_page, "pages": SITES * per_site_pages * scale,
           "cpu_share": m.crawl_cpu_s / m.crawl_s if m.crawl_s else 0.0}
    out["cpu_h"] = out["pages"] * cpu_page / 3600
    for key in ("site_s", "model_s"):  # one process per core, each with `active` sites open
        out[f"open_{key}"] = SITES * out[key] / GOAL_S
        out[f"polite_{key}"] = SITES * out[key] / (active * CORES) / 3600
        out[f"wall_{key}"] = max(out[f"polite_{key}"], out["cpu_h"] / CORES)
    if rendered is not None:
        renders = rendered.renders
        out["renders_per_site"] = renders / max(rendered.sites, 1)
        # the rendered crawl's whole process tree (Chromium included, os.wait4) less what the same pages and
        # the process's start cost without Chromium (both from the static crawl)
        startup = m.process_cpu_s - m.crawl_cpu_s
        extra_cpu = rendered.process_cpu_s - rendered.pages * cpu_page - startup
        out["render_cpu_s"] = extra_cpu / renders if renders else float("nan")
        out["render_h"] = SITES * out["renders_per_site"] * out["render_cpu_s"] / 3600
    return out


def report(m: Measured, x: dict[str, float], active: int, concurrency: int, latency: tuple[float, float]) -> None:
    durations = sorted(m.site_durations)
    print(f"\nmeasured: {m.sites} sites ({x['done']} ok), {m.pages:,} pages, {active} sites open at once per process, "
          f"concurrency {concurrency}, latency {latency[0]}-{latency[1]} s, load average {os.getloadavg()[0]:.1f}")
    print(f"  a site takes {statistics.mean(durations):.0f} s open (median {statistics.median(durations):.0f}, "
          f"max {durations[-1]:.0f}); crawl {m.crawl_s:.0f} s wall, {m.crawl_cpu_s:.0f} CPU s "
          f"({x['cpu_share']:.0%} of one core), {x['cpu_page_ms']:.1f} ms CPU per page, "
          f"peak RSS {m.peak_rss_mb:.0f} MB per process")
    print(f"\nnational: {SITES:,} sites x {PAGES} pages = {x['pages']:,.0f} pages on one {CORES}-core machine, "
          f"one crawl process per core")
    print(f"  CPU: {x['pages']:,.0f} pages x {x['cpu_page_ms']:.1f} ms = {x['cpu_h']:.2f} CPU-hours "
          f"-> {x['cpu_h'] / CORES:.2f} h on {CORES} cores")
    for key, what in (("model_s", f"politeness alone ({PAGES} pages x max({defaults.DOWNLOAD_DELAY} s delay, "
                                  f"{statistics.mean(latency):.2f} s mean latency))"),
                      ("site_s", "as measured here")):
        print(f"  a site open {x[key]:.0f} s, {what}: -> {x[f'open_{key}']:.0f} sites open at once for 1 h "
              f"({math.ceil(x[f'open_{key}'] / CORES)} per process); with {active} per process "
              f"{x[f'polite_{key}']:.2f} h")
    for key, what in (("model_s", "a machine of its own"), ("site_s", "this machine as loaded now")):
        print(f"  => wall time on {what}: {x[f'wall_{key}']:.2f} h "
              f"(goal <= 1 h: {'met' if x[f'wall_{key}'] <= 1 else 'NOT met'})")
    print(f"  peak RSS ~{m.peak_rss_mb:.0f} MB per process at {min(active, m.sites)} sites open")
    if "renders_per_site" in x:
        print(f"  rendering: {x['renders_per_site']:.1f} renders per site x {x['render_cpu_s']:.2f} CPU s = "
              f"{x['render_h']:.1f} CPU-hours more -> +{x['render_h'] / CORES:.1f} h on {CORES} cores")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=200, help="sites of the scaled-down Germany (default 200)")
    ap.add_argument("--pages", type=int, default=PAGES, help=f"page budget per site (default {PAGES})")
    ap.add_argument("--active-sites", type=int, help="sites open at once (default: the crawler's)")
    ap.add_argument("--concurrency", type=int, help="requests in flight (default: the crawler's)")
    ap.add_argument("--latency", default="0.2-1.5", help="seconds per answer, LOW-HIGH (default 0.2-1.5)")
    ap.add_argument("--render-sites", type=int, default=0, help="also crawl N sites with Chromium (default 0)")
    ap.add_argument("--workers", type=int, default=CORES,
                    help=f"crawl processes at once, each with its share of the sites (default {CORES}, one per core)")
    ap.add_argument("--quick", action="store_true", help="a smoke run: 3 sites, 5 pages, no latency")
    args = ap.parse_args()
    if args.quick:
        args.sites, args.pages, args.latency = 3, 5, "0-0.05"
    low, _, high = args.latency.partition("-")
    latency = (float(low), float(high or low))
    active = args.active_sites or defaults.REIFEGRAD_MAX_ACTIVE_SITES
    concurrency = args.concurrency or defaults.CONCURRENT_REQUESTS
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    options = tuple(f"--{k}={v}" for k, v in (("active-sites", args.active_sites), ("concurrency", args.concurrency)) if v)
    static, rendered = crawl(args.sites, args.pages, latency, options, args.render_sites, max(1, args.workers))
    if not static.site_durations:
        print("no site ended ok: nothing to extrapolate from", file=sys.stderr)
        return 1
    report(static, extrapolate(static, active, latency, rendered), active, concurrency, latency)
    return 0


if __name__ == "__main__":
    sys.exit(main())
