"""The incremental night: a second nightly over an unchanged web must take no longer than the first.

Runs `reifegrad nightly` twice over the same simulated web (default politeness: 0.5 s delay, AutoThrottle
on, rendering when Chromium is installed) and prints both durations, pages and the share of 304s; with
--compare also the same pair with --no-autothrottle. Usage:
    .venv/bin/python bench/incremental_speed.py [--sites 10] [--max-pages 30] [--compare]
"""
from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from farm.commands import make_world, write_csv  # noqa: E402
from farm.proxy import running_farm  # noqa: E402


def night(csv: Path, db: Path, proxy: str, max_pages: int, extra: list[str]) -> tuple[float, int, int]:
    """(seconds, pages, pages answered 304) of one nightly run."""
    cmd = [sys.executable, "-m", "reifegrad", "nightly", "--municipalities", str(csv), "--db", str(db),
           "--proxy", proxy, "--max-pages", str(max_pages), "--timeout", "10", *extra]
    started = time.monotonic()
    subprocess.run(cmd, cwd=REPO, check=True, capture_output=True, text=True)
    seconds = time.monotonic() - started
    with sqlite3.connect(db) as conn:
        run = conn.execute("SELECT max(id) FROM runs").fetchone()[0]
        pages, not_modified = conn.execute(
            "SELECT count(*), coalesce(sum(p.not_modified), 0) FROM site_visits s JOIN pages p ON p.site_visit_id = s.content_id"
            " WHERE s.run_id = ?", (run,)).fetchone()
    return seconds, pages, not_modified


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=10)
    parser.add_argument("--max-pages", type=int, default=30)
    parser.add_argument("--compare", action="store_true", help="also run the pair with --no-autothrottle")
    args = parser.parse_args()
    arms = [("AutoThrottle on", [])] + ([("--no-autothrottle", ["--no-autothrottle"])] if args.compare else [])
    with tempfile.TemporaryDirectory() as tmp, running_farm(seed=7, n_sites=args.sites, faults=False) as proxy:
        csv = Path(tmp) / "municipalities.csv"
        with csv.open("w", encoding="utf-8", newline="") as fh:
            write_csv(make_world(seed=7, sites=args.sites, faults=False), fh)
        print(f"{args.sites} sites, --max-pages {args.max_pages}, default politeness (0.5 s delay)")
        for label, extra in arms:
            db = Path(tmp) / f"{len(extra)}.db"
            first, second = night(csv, db, proxy, args.max_pages, extra), night(csv, db, proxy, args.max_pages, extra)
            print(f"{label:<18} first {first[0]:6.1f} s ({first[1]} pages)   second {second[0]:6.1f} s "
                  f"({second[1]} pages, {second[2]} answered 304)   second/first {second[0] / first[0]:.2f}")


if __name__ == "__main__":
    main()
