"""Detection on written districts (farm/static.py): sites written by someone else, crawled end to end.

Each DIR holds `municipalities.csv`, `truth.json` and `sites/<host>/…` (layout in farm/static.py). The farm
serves the written sites by host name, the real crawler (no browser) crawls them into SQLite, and the findings
are judged against the truth site by site: per-component precision and recall, recall by click depth, traps
that fired, and every miss and false alarm with the page that shows it. Several DIRs are pooled into one table.
A site counts once however many CSV rows (member towns) it serves; informative components (form_download) are
not judged, since components.md gives writers no label for them. Without `--render`, components the truth marks
JavaScript-only are left out; with it, every component counts. A measurement, not a goal: nothing is tuned to it.
Run: .venv/bin/python bench/district_eval.py DIR [DIR ...] [--render] [--workdir DIR (keep each district's SQLite)]
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.detection_eval import crawl, crawl_results  # noqa: E402
from bench.realfarm_eval import report  # noqa: E402
from detectors.model import catalogue, component_ids  # noqa: E402
from farm.proxy import running_farm  # noqa: E402
from farm.static import WrittenWebError, read_truth  # noqa: E402


def district_results(root: Path, workdir: Path, render: bool) -> tuple[dict, dict[str, set[str]],
                                                                      dict[tuple[str, str], set[str]]]:
    """Crawl one written district into workdir/<name>.db: (truth, components found per AGS, evidence URLs)."""
    truth = read_truth(root)
    with (root / "municipalities.csv").open(encoding="utf-8", newline="") as fh:
        rows = {row["ags"] for row in csv.DictReader(fh)}
    for site in truth["sites"]:  # a site's member towns without a row of their own are not crawled for themselves
        site["ags"] = [ags for ags in site["ags"] if ags in rows]
        if not site["ags"]:
            raise WrittenWebError(f"{root / 'truth.json'}: site {site['host']}: no AGS of it has a row in the CSV")
    known = set(component_ids())
    for site in truth["sites"]:
        unknown = sorted(set(site["components"]) - known)
        if unknown:
            raise WrittenWebError(f"{root / 'truth.json'}: site {site['host']}: unknown component ids {unknown}")
    db = workdir / f"{root.resolve().name}.db"
    db.unlink(missing_ok=True)
    with running_farm(written=root) as proxy:
        try:
            crawl(root / "municipalities.csv", db, proxy, render=render)
        except subprocess.CalledProcessError as exc:  # a bad CSV: the crawl's own message names file and line
            raise WrittenWebError(exc.stderr.decode(errors="replace").strip().splitlines()[-1]) from None
    found, evidence = crawl_results(db)
    return truth, found, evidence


def judged(truth: dict, found: dict[str, set[str]], render: bool) -> tuple[dict, dict[str, set[str]]]:
    """One row per site (its first AGS), informative components dropped; with a rendering crawl nothing is
    JavaScript-only any more. Rows of one site that disagree are a crawl fault worth seeing: printed."""
    informative = {c["id"] for c in catalogue()["components"] if c.get("informative")}
    sites, kept = [], {}
    for site in truth["sites"]:
        rows = {ags: frozenset(found.get(ags, set()) - informative) for ags in site["ags"]}
        if len(set(rows.values())) > 1:
            print(f"  rows of {site['host']} disagree: {sorted((a, sorted(c)) for a, c in rows.items())}")
        components = {c: {**info, "js_only": bool(info.get("js_only")) and not render}
                      for c, info in site["components"].items()}
        sites.append({**site, "ags": site["ags"][:1], "components": components})
        kept[site["ags"][0]] = set(rows[site["ags"][0]])
    return {"sites": sites}, kept


def errors(truth: dict, found: dict[str, set[str]]) -> set[tuple[str, str, str]]:
    """(host, component, "miss" | "false") for each site of a judged truth (``judged``), JavaScript-only offers left
    out as in the table."""
    out = set()
    for site in truth["sites"]:
        got = found.get(site["ags"][0], set())
        want = {c for c, info in site["components"].items() if not info.get("js_only")}
        out |= {(site["host"], c, "miss") for c in want - got}
        out |= {(site["host"], c, "false") for c in got - set(site["components"])}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, metavar="DIR", help="a written district (farm/static.py)")
    parser.add_argument("--render", action="store_true", help="crawl with the browser (JavaScript-only components count)")
    parser.add_argument("--workdir", type=Path, help="keep each district's SQLite here (default: a temp dir)")
    args = parser.parse_args(argv)
    pooled: dict = {"sites": []}
    found: dict[str, set[str]] = {}
    evidence: dict[tuple[str, str], set[str]] = {}
    with tempfile.TemporaryDirectory(prefix="reifegrad-district-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for root in args.dirs:
            try:
                truth, got, seen = district_results(root, workdir, args.render)
            except WrittenWebError as exc:
                parser.exit(2, f"district_eval: {exc}\n")
            truth, got = judged(truth, got, args.render)
            pooled["sites"] += truth["sites"]
            found.update(got)
            evidence.update(seen)
    crawl_kind = "rendering crawl" if args.render else "static crawl"
    report(f"Written districts ({crawl_kind}): {', '.join(d.name for d in args.dirs)}", pooled, found, evidence)


if __name__ == "__main__":
    main()
