"""Scaling on Redis: throughput of one run with 1 and 2 worker processes sharing it (scrapy-redis),
beside a single process without Redis, on the same simulated sites in one run.

Run: .venv/bin/python bench/scaling.py [--sites 80] [--pages 40] [--repeats 2]
Needs redis-server (the Makefile installs it when run as root). Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.common import farm, print_table  # noqa: E402
from tests.support import free_port  # noqa: E402


def start_redis(workdir: str) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed: make test (as root) installs it")
    port = free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", workdir, "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}/0"


def crawl(csv: str, proxy: str, pages: int, tmp: str, extra: list[str]) -> tuple[int, float]:
    """(pages, seconds) of one real `reifegrad crawl`, measured from outside."""
    db = tempfile.mktemp(suffix=".db", dir=tmp)
    cmd = [sys.executable, "-m", "reifegrad", "crawl", "--municipalities", csv, "--db", db, "--proxy", proxy,
           "--delay", "0", "--no-autothrottle", "--no-render", "--max-pages", str(pages), *extra]
    started = time.monotonic()
    subprocess.run(cmd, cwd=REPO, check=True, capture_output=True)
    elapsed = time.monotonic() - started
    with sqlite3.connect(db) as conn:
        (n,) = conn.execute("SELECT coalesce(sum(pages_fetched), 0) FROM site_visits").fetchone()
    return n, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=80)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    with farm(args.sites, news_pages=60) as f:
        redis, url = start_redis(f.tmp)
        try:
            arms = {"1 process, no Redis": [], "Redis, 1 worker": ["--queue", url, "--workers", "1"],
                    "Redis, 2 workers": ["--queue", url, "--workers", "2"]}
            results: dict[str, list[tuple[int, float]]] = {name: [] for name in arms}
            for _ in range(args.repeats):  # interleaved, so load changes hit every arm alike
                for name, extra in arms.items():
                    results[name].append(crawl(f.csv, f.url, args.pages, f.tmp, extra))
        finally:
            redis.terminate()
            redis.wait(10)
    base = statistics.median(p / s for p, s in results["Redis, 1 worker"])
    rows = []
    for name, runs in results.items():
        rate = statistics.median(p / s for p, s in runs)
        rows.append([name, runs[0][0], round(statistics.median(s for _, s in runs), 1), round(rate, 1),
                     round(rate / base, 2)])
    print(f"Scaling on the simulated web: {args.sites} sites x {args.pages} pages, median of {args.repeats}, "
          f"wall clock including start-up")
    print_table(["arm", "pages", "seconds", "pages/s", "vs 1 worker"], rows)


if __name__ == "__main__":
    main()
