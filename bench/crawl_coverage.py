"""Crawl coverage on the simulated web, before and after a change to the frontier, side by side.

Per arm: the share of the start pages' depth-1 navigation and footer pages fetched, the sites where every
one of them was fetched, component recall by click depth, pages fetched on social networks, and on the
large sites (farm/deep.py) the most pages one section took (the Leistungen A–Z list, the news).
"before" is the crawler of another commit (default: the last one before the covering frontier), exported
with `git archive` into a temporary directory; "after" is this checkout. Both crawl the same farm (this
checkout's), without a browser, with the default page budget.

Run: .venv/bin/python bench/crawl_coverage.py [--before REF] [--seed 7] [--sites 40] [--no-faults]
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from farm.commands import make_world, write_csv, write_truth  # noqa: E402
from farm.coverage import Coverage, coverage, sections, stored  # noqa: E402
from farm.proxy import running_farm  # noqa: E402
from farm.world import World  # noqa: E402

BEFORE = "dc9c23c"  # main before the covering frontier (issue #10, item 5)
DEPTHS = range(5)


def export(ref: str, into: Path) -> Path | None:
    """The tree of ``ref`` in ``into`` (None with a message when git does not know it)."""
    proc = subprocess.run(["git", "-C", str(REPO), "archive", ref], capture_output=True, check=False)
    if proc.returncode != 0:
        print(f"before: cannot export {ref!r} ({proc.stderr.decode().strip()}); only this checkout is measured")
        return None
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def crawl(code: Path, csv: Path, db: Path, proxy: str) -> None:
    """The ``reifegrad crawl`` of the tree in ``code`` (older trees have their CLI in crawler.cli)."""
    cli = "reifegrad" if (code / "reifegrad").is_dir() else "crawler.cli"
    subprocess.run([sys.executable, "-m", cli, "crawl", "--municipalities", str(csv), "--db", str(db),
                    "--proxy", proxy, "--delay", "0", "--timeout", "4", "--retries", "1", "--retry-backoff", "1",
                    "--no-render"], cwd=code, check=True, capture_output=True)


def measure(world: World, truth: dict, db: Path) -> tuple[Coverage, Coverage, dict[str, int]]:
    """Coverage of all sites, of the large sites alone, and the most pages per section on a large site."""
    fetched, found = stored(db)
    deep = {world.plan(i).host for i in range(world.settings.deep_start, world.settings.n_total)}
    largest: dict[str, int] = defaultdict(int)
    for site in truth["sites"]:
        if site["host"] in deep:
            for section, count in sections(world, fetched.get(site["ags"][0], [])).items():
                largest[section] = max(largest[section], count)
    return coverage(truth, fetched, found), coverage(truth, fetched, found, deep), dict(largest)


def rows(result: tuple[Coverage, Coverage, dict[str, int]]) -> list[tuple[str, str]]:
    every, deep, largest = result
    out = [("depth-1 nav/footer pages fetched (all sites)", f"{every.chrome_share:.2f} ({every.chrome_fetched}/{every.chrome_total})"),
           ("sites with every one fetched", f"{every.sites_fully_covered}/{every.sites}"),
           ("depth-1 nav/footer pages fetched (large sites)", f"{deep.chrome_share:.2f} ({deep.chrome_fetched}/{deep.chrome_total})"),
           ("pages fetched on social networks", str(every.social_pages))]
    for d in DEPTHS:
        if every.by_depth[d][1]:
            out.append((f"component recall at depth {d}", f"{every.recall(d):.2f} ({every.by_depth[d][0]}/{every.by_depth[d][1]})"))
    for d in DEPTHS:
        if deep.by_depth[d][1]:
            out.append((f"  large sites, depth {d}", f"{deep.recall(d):.2f} ({deep.by_depth[d][0]}/{deep.by_depth[d][1]})"))
    out.append(("most pages in the A-Z list (large site)", str(largest.get("a-z", 0))))
    out.append(("most pages in the news (large site)", str(largest.get("news", 0))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", default=BEFORE, help="git ref of the crawler to compare with")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sites", type=int, default=40)
    parser.add_argument("--no-faults", dest="faults", action="store_false", help="leave out the fault district")
    args = parser.parse_args()
    world = make_world(seed=args.seed, sites=args.sites, faults=args.faults)
    with tempfile.TemporaryDirectory(prefix="reifegrad-coverage-") as tmp:
        tmp = Path(tmp)
        csv = tmp / "municipalities.csv"
        with csv.open("w", encoding="utf-8", newline="") as fh:
            write_csv(world, fh)
        buffer = io.StringIO()
        write_truth(world, buffer)
        truth = json.loads(buffer.getvalue())
        before = export(args.before, tmp / "before")
        results = {}
        with running_farm(seed=args.seed, n_sites=args.sites, faults=args.faults, fault_delay=3) as proxy:
            if before is not None:
                crawl(before, csv, tmp / "before.db", proxy)
                results[f"before ({args.before})"] = measure(world, truth, tmp / "before.db")
            crawl(REPO, csv, tmp / "after.db", proxy)
            results["after (this checkout)"] = measure(world, truth, tmp / "after.db")
    faults = " + faults" if args.faults else ""
    print(f"Crawl coverage: seed {args.seed}, {args.sites} sites{faults} + {world.settings.deep_sites} large sites, "
          "default budget, no browser")
    table = {name: dict(rows(r)) for name, r in results.items()}
    labels = [label for label, _ in rows(next(iter(results.values())))]
    print(f"  {'':<48}" + "".join(f"{name:>26}" for name in table))
    for label in labels:
        print(f"  {label:<48}" + "".join(f"{table[name].get(label, '-'):>26}" for name in table))
    for name, (every, _, _) in results.items():
        if every.missed_chrome:
            print(f"\n{name}: {len(every.missed_chrome)} navigation pages not fetched, e.g. {every.missed_chrome[:4]}")


if __name__ == "__main__":
    main()
