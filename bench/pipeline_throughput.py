"""Pipeline throughput: reifegrad's full crawl (fetch, parse, detect, score, store) against bare Scrapy.

Both arms crawl the same fault-free simulated sites through the same farm process, with the same
concurrency (32 overall, 2 per host), no delay and AutoThrottle off, one fresh process per crawl, after one
discarded warm-up; the median of each arm is shown. The arms run at the same time, one per core: a full
crawl while bare crawls follow each other beside it (the bare crawls that ended before the full one count),
so both meet the same machine. Run one after the other they did not: CPU time per page moved by up to 2x with
what else the machine ran, and the ratio with it.
Goal (issue 7): full/bare >= 0.8, so one machine can crawl Germany in a night. Then sizing.py turns the
measured pages per CPU-second into worker processes for the nightly crawl.

    .venv/bin/python bench/pipeline_throughput.py [--quick] [--sites N] [--pages N] [--repeats N] [--render]
                                                  [--page-size real|small]

Pages are of real size and shape by default (farm/bulk.py: 26-90 KB, measured from ../shared/realpages by
bench/page_sizes.py); `--page-size small` gives the farm's ~3 KB pages of the earlier figures.

Wall-clock pages/s suffers when other processes share the cores (see the load average printed); pages per
CPU-second ("per core") does not, and is the figure to trust on a busy machine.
"""
from __future__ import annotations

import argparse
import os
import threading

from common import Measured, farm, median_of, print_table, run_child
from sizing import print_sizing

GOAL = 0.8


def measure(sites: int, pages: int, repeats: int, render: bool, page_size: str) -> dict[str, list[Measured]]:
    arms = ["full"] + (["render"] if render else [])
    runs: dict[str, list[Measured]] = {arm: [] for arm in ["bare", *arms]}
    with farm(sites, news_pages=pages, page_size=page_size) as f:
        print(f"farm: {sites} sites, {pages} news pages each, {page_size} pages, at {f.url}; warm-up run …",
              flush=True)
        run_child("bare", f, pages)  # fills the farm's caches and the page cache; not counted
        for i in range(repeats):
            for arm in arms:
                m, beside = side_by_side(f, pages, render=arm == "render")
                runs[arm].append(m)
                runs["bare"].extend(beside)
                for label, x in [(arm, m), *(("bare", b) for b in beside)]:
                    print(f"  run {i + 1}/{repeats} {label:6} {x.pages:6,} pages {x.crawl_s:6.2f} s "
                          f"{x.pages_per_s:6.1f} pages/s {x.pages_per_cpu_s:6.1f} pages/CPU-s", flush=True)
    return runs


def side_by_side(f, pages: int, render: bool) -> tuple[Measured, list[Measured]]:
    """One full crawl and, at the same time, bare crawls one after another; the bare crawls that ended while
    the full one ran (at least one: the first, when the full crawl is quicker)."""
    done = threading.Event()
    beside: list[Measured] = []

    def bare_until_done() -> None:
        while not done.is_set():
            m = run_child("bare", f, pages)
            if not done.is_set() or not beside:
                beside.append(m)

    companion = threading.Thread(target=bare_until_done)
    companion.start()
    try:
        full = run_child("full", f, pages, render=render)
    finally:
        done.set()
        companion.join()
    return full, beside


def report(runs: dict[str, list[Measured]]) -> float:
    """Print the table and the ratios; returns the full pipeline's median pages per CPU-second."""
    rows = []
    for arm, ms in runs.items():
        rows.append([arm, len(ms), int(median_of(ms, "pages")), int(median_of(ms, "responses")),
                     median_of(ms, "crawl_s"), median_of(ms, "pages_per_s"), median_of(ms, "crawl_cpu_s"),
                     median_of(ms, "pages_per_cpu_s"), median_of(ms, "process_s"), median_of(ms, "farm_load"),
                     median_of(ms, "peak_rss_mb")])
    print()
    print_table(["arm", "runs", "pages", "responses", "seconds", "pages/s", "CPU s", "pages/s per core",
                 "process s", "farm core", "peak RSS MB"], rows)
    bare, full = runs["bare"], runs["full"]
    wall = median_of(full, "pages_per_s") / median_of(bare, "pages_per_s")
    cpu = median_of(full, "pages_per_cpu_s") / median_of(bare, "pages_per_cpu_s")
    extra_ms = 1000 * (1 / median_of(full, "pages_per_cpu_s") - 1 / median_of(bare, "pages_per_cpu_s"))
    print(f"\nfull/bare pages/s (wall):      {wall:.2f}  (goal >= {GOAL}: {'met' if wall >= GOAL else 'NOT met'})")
    print(f"full/bare pages/s per core:    {cpu:.2f}  (goal >= {GOAL}: {'met' if cpu >= GOAL else 'NOT met'})")
    print(f"pipeline CPU per page on top of Scrapy: {extra_ms:.1f} ms "
          f"(Scrapy alone: {1000 / median_of(bare, 'pages_per_cpu_s'):.1f} ms)")
    print("'seconds' and CPU: spider opened -> closed inside the child; 'process s': the whole child incl. "
          "imports and setup; 'farm core': share of one core the farm used (near 1: the farm limits).")
    return median_of(full, "pages_per_cpu_s")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="40 sites, 2 repeats")
    p.add_argument("--sites", type=int, default=80)
    p.add_argument("--pages", type=int, default=40, help="page budget per site = news pages per farm site")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--render", action="store_true", help="add a third arm: the full pipeline with Chromium")
    p.add_argument("--page-size", choices=("real", "small"), default="real",
                   help="real: pages of measured real size, 26-90 KB (default); small: the farm's ~3 KB pages")
    args = p.parse_args()
    if args.quick:
        args.sites, args.repeats = 40, 2
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores" + ("  (busy machine: trust pages/s per core)"
                                                                 if load > (os.cpu_count() or 1) else ""))
    runs = measure(args.sites, args.pages, args.repeats, args.render, args.page_size)
    per_core = report(runs)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print_sizing(per_core)


if __name__ == "__main__":
    main()
