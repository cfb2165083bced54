"""Detection on the realistic district (farm/realweb): sites written from real pages, not from the rules.

Crawls the district with the real crawler (no browser: every district component is static) into SQLite and
compares the findings with the district's ground truth, site by site: per-component precision and recall,
recall by the click depth of the offer, traps that fired, and every miss and false alarm with the page
that shows (or does not show) the component. A measurement, not a goal: nothing here is tuned to it.
Run: .venv/bin/python bench/realfarm_eval.py [--seed 7] [--sites 40] [--workdir DIR (keep the CSV and SQLite)]
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.detection_eval import crawl, crawl_results, print_table  # noqa: E402
from farm.commands import make_world  # noqa: E402
from farm.evaluate import Tally, fired_traps, tally  # noqa: E402
from farm.proxy import running_farm  # noqa: E402
from farm.realweb.district import MAX_SITES  # noqa: E402
from farm.world import CSV_COLUMNS  # noqa: E402


def district_crawl(seed: int, n: int, workdir: Path) -> tuple[dict, Path]:
    """Crawl the district (and nothing else) into workdir/district.db; (truth of the district, database)."""
    world = make_world(seed=seed, sites=1, faults=False, realistic=n)
    truth = json.loads(json.dumps(world.ground_truth()))
    truth["sites"] = [s for s in truth["sites"] if s.get("district") == "realweb"]
    csv_path, db = workdir / "district.csv", workdir / "district.db"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(world.municipality_rows()[-n:])
    with running_farm(seed=seed, n_sites=1, faults=False, realistic=n) as proxy:
        crawl(csv_path, db, proxy, render=False)
    return truth, db


def by_depth(truth: dict, found: dict[str, set[str]]) -> dict[int, Tally]:
    """Recall by the click depth of the page that shows the offer (JavaScript-only offers left out, as in the table)."""
    out: dict[int, Tally] = defaultdict(Tally)
    for site in truth["sites"]:
        got = found.get(site["ags"][0], set())
        for comp, info in site["components"].items():
            if info.get("js_only"):
                continue
            out[info["depth"]].tp += comp in got
            out[info["depth"]].fn += comp not in got
    return dict(sorted(out.items()))


def print_errors(truth: dict, found: dict[str, set[str]], evidence: dict[tuple[str, str], set[str]]) -> None:
    print("\nMisses (component offered, not found) and false alarms (found, not offered):")
    for site in truth["sites"]:
        ags = site["ags"][0]
        got, want = found.get(ags, set()), set(site["components"])
        for comp in sorted(want - got):
            info = site["components"][comp]
            if info.get("js_only"):  # left out of a static crawl's judgement (farm.evaluate.tally)
                continue
            print(f"  miss  {comp:<24} {info['product']:<32} depth {info['depth']}  {info['url']}")
        for comp in sorted(got - want):
            print(f"  false {comp:<24} {'':<32}          {', '.join(sorted(evidence.get((ags, comp), set()))[:2])}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sites", type=int, default=40, help="sites of the realistic district (1-78)")
    parser.add_argument("--workdir", type=Path, help="keep the district's CSV and SQLite here (default: a temp dir)")
    args = parser.parse_args(argv)
    if not 1 <= args.sites <= MAX_SITES:
        parser.error(f"--sites must be between 1 and {MAX_SITES}")
    with tempfile.TemporaryDirectory(prefix="reifegrad-realfarm-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        truth, db = district_crawl(args.seed, args.sites, workdir)
        found, evidence = crawl_results(db)
    report(f"Realistic district: seed {args.seed}", truth, found, evidence)


def report(title: str, truth: dict, found: dict[str, set[str]], evidence: dict[tuple[str, str], set[str]]) -> None:
    """Per-component table, recall by depth, traps that fired, and every miss and false alarm."""
    ids = sorted({c for s in truth["sites"] for c in s["components"]} | {c for cs in found.values() for c in cs})
    n_traps = sum(len(s.get("traps", [])) for s in truth["sites"])
    print(f"{title}, {len(truth['sites'])} sites, "
          f"{sum(len(s['components']) for s in truth['sites'])} offers, {n_traps} traps (site-level)")
    print_table("Per component:", tally(truth, found, ids, js_only=False))
    print("\nRecall by click depth of the offer:")
    for depth, t in by_depth(truth, found).items():
        print(f"  depth {depth}: {t.recall:5.2f}  ({t.tp} of {t.tp + t.fn})")
    fired = fired_traps(truth, evidence)
    print(f"\nTraps fired: {len(fired)} of {n_traps}")
    for trap in fired:
        print(f"  {trap['component']:<24} {trap['trap']:<20} {trap['url']}  ({trap['what']})")
    print_errors(truth, found, evidence)


if __name__ == "__main__":
    main()
