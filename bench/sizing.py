"""Sizing the nightly crawl: how many worker processes all of Germany needs in a 1-hour window (issue 15).

Two independent limits, each with its assumptions printed:
  (a) CPU: pages to fetch / (pages per CPU-second of the full pipeline, measured by pipeline_throughput.py)
  (b) politeness: each host gets at most PER_HOST requests in flight and DELAY s between requests, so a site
      takes PAGES x (DELAY + latency) / PER_HOST seconds however fast the machine is; enough sites must be
      open at once to finish in the window, and one process keeps at most MAX_ACTIVE_SITES open.

    .venv/bin/python bench/sizing.py --pages-per-cpu-s 140
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawler import settings as defaults  # noqa: E402

MUNICIPALITIES = 11_081
SITES = 8_778  # distinct sites after shared-site grouping (Amt, Verbandsgemeinde)
PAGES = 60  # page budget per site (crawler default)
WINDOW_S = 3600  # the nightly's goal (bench/national.py measures it)
DELAY = defaults.DOWNLOAD_DELAY  # s between requests to one host
PER_HOST = defaults.CONCURRENT_REQUESTS_PER_DOMAIN  # requests in flight per host
LATENCIES = (0.5, 1.0)  # typical real response times, s
MAX_ACTIVE_SITES = defaults.REIFEGRAD_MAX_ACTIVE_SITES  # sites one crawler process keeps open
CONCURRENT_REQUESTS = defaults.CONCURRENT_REQUESTS  # requests in flight per process
CPU_HEADROOM = 0.5  # plan for half a core per process: retries, slow sites, the store, the OS
EXTRA_REQUESTS = 3  # robots.txt, HTTP probe, one redirect per site, on top of the page budget
# The farm's pages are small (~3 KB); real municipal pages are 100-300 KB. Pessimistic CPU per real page:
# Scrapy ~5 ms (stack_notes.md: 190 pages/s at 100 KB) + detection 8-18 ms (bench/detector_speed.py) + ~2 ms.
REAL_PAGE_MS = 25.0


def print_sizing(pages_per_cpu_s: float, pages: int = PAGES, sites: int = SITES, window_s: float = WINDOW_S) -> None:
    total_pages = sites * pages
    total_requests = sites * (pages + EXTRA_REQUESTS)
    need_rate = total_requests / window_s
    print(f"\nSizing: {MUNICIPALITIES:,} municipalities = {sites:,} sites x {pages} pages "
          f"(+{EXTRA_REQUESTS} extra requests each) in {window_s / 3600:.0f} h")
    print(f"  total {total_pages:,} pages, {total_requests:,} requests -> {need_rate:.1f} requests/s on average")

    cpu_s = total_requests / pages_per_cpu_s
    cpu_workers = max(1, math.ceil(need_rate / (pages_per_cpu_s * CPU_HEADROOM)))
    print(f"\n(a) CPU: {pages_per_cpu_s:.0f} pages per CPU-second (measured, full pipeline, no rendering)")
    print(f"    {cpu_s / 3600:.2f} CPU-hours in all = {cpu_s / window_s:.2f} cores busy for the whole window")
    print(f"    -> {cpu_workers} worker process(es) at <= {CPU_HEADROOM:.0%} of a core each")
    real_cpu_s = total_requests * REAL_PAGE_MS / 1000
    real_workers = max(1, math.ceil(need_rate * REAL_PAGE_MS / 1000 / CPU_HEADROOM))
    print(f"    with real 100-300 KB pages at a pessimistic {REAL_PAGE_MS:.0f} ms each: "
          f"{real_cpu_s / 3600:.1f} CPU-hours = {real_cpu_s / window_s:.2f} cores -> {real_workers} process(es)")
    cpu_workers = max(cpu_workers, real_workers)

    print(f"\n(b) politeness: <= {PER_HOST} in flight per host, {DELAY} s delay, latency "
          f"{' / '.join(f'{x} s' for x in LATENCIES)}")
    polite_workers = 1
    for latency in LATENCIES:
        per_site = pages * (DELAY + latency) / PER_HOST
        active = sites * per_site / window_s
        in_flight = need_rate * latency  # Little's law: requests in flight = rate x time each takes
        workers = max(1, math.ceil(active / MAX_ACTIVE_SITES), math.ceil(in_flight / CONCURRENT_REQUESTS))
        polite_workers = max(polite_workers, workers)
        print(f"    latency {latency} s: {per_site:.0f} s per site, {sites * per_site / 3600:,.0f} site-hours "
              f"-> {active:.1f} sites open at once, {in_flight:.0f} requests in flight "
              f"-> {workers} process(es) (<= {MAX_ACTIVE_SITES} sites, {CONCURRENT_REQUESTS} requests each)")
    # Scrapy sends one request per DOWNLOAD_DELAY per slot, and AutoThrottle (target concurrency 1) raises
    # the delay towards the latency: per host closer to one request at a time than to PER_HOST.
    slow = pages * (DELAY + max(LATENCIES))
    slow_active = sites * slow / window_s
    print(f"    conservative (one request at a time per host, AutoThrottle): {slow:.0f} s per site "
          f"-> {slow_active:.1f} sites open at once -> {math.ceil(slow_active / MAX_ACTIVE_SITES)} process(es)")
    polite_all = max(polite_workers, math.ceil(slow_active / MAX_ACTIVE_SITES))
    workers = max(cpu_workers, polite_all)
    print(f"\n=> {workers} worker process(es), one per core: CPU asks for {cpu_workers}, politeness for {polite_all}.")
    print(f"   CPU: {need_rate:.0f} requests/s is {need_rate / pages_per_cpu_s:.0%} of a core at the measured cost, "
          f"{need_rate * REAL_PAGE_MS / 1000:.0%} at {REAL_PAGE_MS:.0f} ms per real page. Politeness needs open "
          f"sites, not processes: one process with REIFEGRAD_MAX_ACTIVE_SITES and --concurrency >= "
          f"{math.ceil(slow_active * 1.2)} gives as many.")
    print("   Assumptions: no Chromium rendering (stack_notes: 7-16 rendered pages/s on 2 cores; at 2 renders per "
          f"site that is {sites * 2 / 16 / 3600:.1f}-{sites * 2 / 7 / 3600:.1f} h of both cores on top), every site "
          "uses its full page budget, no site hits its 300 s time budget, bandwidth and the proxy are not limits.")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--pages-per-cpu-s", type=float, required=True, help="measured by pipeline_throughput.py")
    p.add_argument("--pages", type=int, default=PAGES, help=f"page budget per site (default {PAGES})")
    p.add_argument("--hours", type=float, default=WINDOW_S / 3600, help="window (default 1)")
    args = p.parse_args()
    print_sizing(args.pages_per_cpu_s, args.pages, window_s=args.hours * 3600)


if __name__ == "__main__":
    main()
