"""History that grows with change: bytes the database gains per site and night.

Runs `reifegrad nightly` over the same simulated web several times into one SQLite file: night 1 fills
the memos, night 2 answers 304, night 3 is an unchanged night in steady state, night 4 follows a change on
every tenth site (one more news article; `farm serve --mutate`). After each night it reads the bytes each
table and index holds (SQLite's dbstat: page bytes minus unused bytes) and prints the growth per site of
nights 3 and 4, by table. Usage:
    .venv/bin/python bench/history_growth.py [--sites 20] [--max-pages 30]
"""
from __future__ import annotations

import argparse
import csv
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from farm.commands import make_world, write_csv  # noqa: E402
from farm.proxy import running_farm  # noqa: E402

SEED = 7
CHANGED_SHARE = 10  # every tenth site changes before night 4
EVERY_NIGHT = {"site", "visits", "scores", "score", "runs"}  # table/index name prefixes (site_visits*, score_details)


def stored_anew(db: Path) -> tuple[int, int]:
    """(site visits of the newest run that stored their content, site visits of that run)."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT coalesce(sum(content_id = id), 0), count(*) FROM site_visits"
                            " WHERE run_id = (SELECT max(id) FROM runs)").fetchone()


def table_bytes(db: Path) -> dict[str, int]:
    """Bytes in use per table or index (its name), after a checkpoint so the WAL is in the file."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return dict(conn.execute("SELECT name, sum(pgsize - unused) FROM dbstat GROUP BY name"))


def night(csv_path: Path, db: Path, proxy: str, max_pages: int) -> tuple[dict[str, int], tuple[int, int]]:
    cmd = [sys.executable, "-m", "reifegrad", "nightly", "--municipalities", str(csv_path), "--db", str(db),
           "--proxy", proxy, "--max-pages", str(max_pages), "--timeout", "10", "--delay", "0", "--no-render"]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"nightly failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return table_bytes(db), stored_anew(db)


def growth(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {name: after.get(name, 0) - before.get(name, 0) for name in after
            if after.get(name, 0) != before.get(name, 0)}


def print_growth(label: str, grown: dict[str, int], sites: int, anew: tuple[int, int]) -> None:
    """Total growth per site, and the part every site-night costs (its visit, site visit and score rows, the
    run) apart from content stored again by the visits that saw a change."""
    total = sum(grown.values())
    every = sum(size for name, size in grown.items() if name.split("_")[0] in EVERY_NIGHT)
    print(f"{label}: {total / sites / 1024:.2f} KB per site and night; {anew[0]} of {anew[1]} site visits stored "
          f"their content, the others refer to an earlier visit's")
    print(f"    every site-night (site_visits, visits, scores, runs with their indexes): {every / sites / 1024:.2f} KB;"
          f" content stored anew: {(total - every) / max(anew[0], 1) / 1024:.1f} KB per site visit that stored it")
    for name, size in sorted(grown.items(), key=lambda kv: -kv[1])[:12]:
        print(f"    {name:<34} {size / sites / 1024:8.2f} KB")


def hosts(csv_path: Path) -> list[str]:
    with csv_path.open(encoding="utf-8") as fh:
        urls = [row["website_url"] for row in csv.DictReader(fh) if row.get("website_url")]
    return sorted({urlsplit(u).hostname for u in urls if urlsplit(u).hostname})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--max-pages", type=int, default=30)
    parser.add_argument("--keep", metavar="DIR", help="write the database and CSV here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(args.keep or scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        csv_path, db = tmp / "municipalities.csv", tmp / "history.db"
        with csv_path.open("w", encoding="utf-8", newline="") as fh:
            write_csv(make_world(seed=SEED, sites=args.sites, faults=False), fh)
        sites = hosts(csv_path)
        with running_farm(seed=SEED, n_sites=args.sites, faults=False) as proxy:
            nights = [({}, (0, 0))] + [night(csv_path, db, proxy, args.max_pages) for _ in range(3)]
        changed = sites[::CHANGED_SHARE]
        with running_farm(seed=SEED, n_sites=args.sites, faults=False, mutate=changed) as proxy:
            nights.append(night(csv_path, db, proxy, args.max_pages))
        sizes = [size for size, _ in nights]
        print(f"{len(sites)} sites, --max-pages {args.max_pages}, static; database {db.stat().st_size / 1024:.0f} KB "
              f"after 4 nights")
        print_growth("night 1 (first crawl)", growth(sizes[0], sizes[1]), len(sites), nights[1][1])
        print_growth("night 3 (unchanged web)", growth(sizes[2], sizes[3]), len(sites), nights[3][1])
        print_growth(f"night 4 ({len(changed)} of {len(sites)} sites changed)", growth(sizes[3], sizes[4]), len(sites),
                     nights[4][1])


if __name__ == "__main__":
    main()
