"""Memory growth: peak RSS of the full pipeline as the number of sites grows (goal: flat).

Each size gets its own fault-free farm (its memory is not measured) and one crawl in a fresh process; the
crawler's peak RSS comes from `os.wait4`, and RSS is sampled from /proc with the sites finished so far, so
growth per 1,000 sites shows even where the peak is set by start-up. A crawl keeps per-site state only
while a site is open (at most REIFEGRAD_MAX_ACTIVE_SITES at once), so RSS should not follow the site count.

    .venv/bin/python bench/memory_growth.py            # 500, 2,000, 11,000 sites x 20 pages (~30-40 min)
    .venv/bin/python bench/memory_growth.py --quick    # 200, 800, 3,000 sites (~6-10 min)
    .venv/bin/python bench/memory_growth.py --sizes 300 --trace   # which allocations outlive their sites
"""
from __future__ import annotations

import argparse
import statistics

from common import Measured, farm, print_table, run_child

SIZES = (500, 2_000, 11_000)
QUICK = (200, 800, 3_000)
PAGES = 20
FLAT = 1.1  # largest/smallest peak RSS at or below this counts as flat (issue 15)


def rss_at(m: Measured, share: float) -> float:
    """RSS when ``share`` of the sites were done (first sample at or past it, else the last sample)."""
    target = share * m.sites
    return next((rss for _, done, rss, _ in m.samples if done >= target), m.samples[-1][2] if m.samples else 0.0)


def growth_per_1000(m: Measured) -> float:
    """Slope of RSS over sites done, after the first quarter (start-up, caches warming), in MB per 1,000 sites."""
    points = [(done, rss) for _, done, rss, _ in m.samples if done >= 0.25 * m.sites]
    if len({d for d, _ in points}) < 3:
        return float("nan")  # too few samples (a short run): printed as n/a
    return 1000 * statistics.linear_regression(*zip(*points)).slope


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help=f"{', '.join(map(str, QUICK))} sites instead of "
                                                        f"{', '.join(map(str, SIZES))}")
    p.add_argument("--sizes", type=int, nargs="+", help="site counts to crawl")
    p.add_argument("--pages", type=int, default=PAGES, help=f"page budget per site (default {PAGES})")
    p.add_argument("--trace", action="store_true", help="tracemalloc diff (20 %% of sites -> end) per run; "
                                                        "slows the crawl 2-3x, so use small sizes")
    args = p.parse_args()
    sizes = args.sizes or (QUICK if args.quick else SIZES)
    runs: list[Measured] = []
    for n in sizes:
        with farm(n, news_pages=args.pages) as f:
            print(f"{n:,} sites x {args.pages} pages via {f.url} …", flush=True)
            m = run_child("full", f, args.pages, sample_every=1.0, trace=args.trace)
        runs.append(m)
        print(f"  {m.pages:,} pages in {m.crawl_s:.0f} s, peak RSS {m.peak_rss_mb:.0f} MB, "
              f"statuses {m.by_status}", flush=True)
        if m.trace:
            print("  grew from 20 % of the sites to the end and still held (tracemalloc, innermost frame first):")
            print("\n".join("    " + line for line in m.trace))
    print()
    print_table(["sites", "pages", "seconds", "pages/s", "RSS 25% MB", "RSS 50% MB", "RSS 75% MB", "RSS end MB",
                 "MB per 1k sites", "peak RSS MB", "max sockets"],
                [[m.sites, m.pages, m.crawl_s, m.pages_per_s, rss_at(m, 0.25), rss_at(m, 0.5), rss_at(m, 0.75),
                  rss_at(m, 1.0), growth_per_1000(m), m.peak_rss_mb, max((x[3] for x in m.samples), default=0)]
                 for m in runs])
    ratio = runs[-1].peak_rss_mb / runs[0].peak_rss_mb
    print(f"\npeak RSS {runs[-1].sites:,} vs {runs[0].sites:,} sites: {ratio:.2f}x "
          f"({'flat' if ratio <= FLAT else 'NOT flat'}; goal <= {FLAT}x)")
    slope = growth_per_1000(runs[-1])
    print(f"steady growth in the {runs[-1].sites:,}-site run: {slope:+.1f} MB per 1,000 sites finished "
          f"-> {slope * 8.778:+.0f} MB over a nightly crawl of 8,778 sites")
    print("RSS x%: resident set when x% of the sites were finished; MB per 1k sites: slope of RSS over sites "
          "finished after the first 25%; peak RSS: the crawler process's high-water mark (farm excluded); max sockets: "
          "open connections, those of the sites open at once (an idle one closes when no open site uses its host, "
          "crawler/connections.py).")


if __name__ == "__main__":
    main()
