"""Detection on written districts (farm/static.py): sites written by someone else, crawled end to end.

Each DIR holds `municipalities.csv`, `truth.json` and `sites/<host>/…` (layout in farm/static.py). The farm
serves the written sites by host name, the real crawler (no browser) crawls them into SQLite, and the findings
are judged against the truth site by site: per-component precision and recall, recall by click depth, traps
that fired, and every miss and false alarm with the page that shows it. Several DIRs are pooled into one table.
A measurement, not a goal: nothing here is tuned to it.
Run: .venv/bin/python bench/district_eval.py DIR [DIR ...] [--workdir DIR (keep each district's SQLite)]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.detection_eval import crawl, crawl_results  # noqa: E402
from bench.realfarm_eval import report  # noqa: E402
from detectors.model import component_ids  # noqa: E402
from farm.proxy import running_farm  # noqa: E402
from farm.static import WrittenWebError, read_truth  # noqa: E402


def district_results(root: Path, workdir: Path) -> tuple[dict, dict[str, set[str]], dict[tuple[str, str], set[str]]]:
    """Crawl one written district into workdir/<name>.db: (truth, components found per AGS, evidence URLs)."""
    truth = read_truth(root)
    known = set(component_ids())
    for site in truth["sites"]:
        unknown = sorted(set(site["components"]) - known)
        if unknown:
            raise WrittenWebError(f"{root / 'truth.json'}: site {site['host']}: unknown component ids {unknown}")
    db = workdir / f"{root.resolve().name}.db"
    db.unlink(missing_ok=True)
    with running_farm(written=root) as proxy:
        try:
            crawl(root / "municipalities.csv", db, proxy, render=False)
        except subprocess.CalledProcessError as exc:  # a bad CSV: the crawl's own message names file and line
            raise WrittenWebError(exc.stderr.decode(errors="replace").strip().splitlines()[-1]) from None
    found, evidence = crawl_results(db)
    return truth, found, evidence


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, metavar="DIR", help="a written district (farm/static.py)")
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
                truth, got, seen = district_results(root, workdir)
            except WrittenWebError as exc:
                parser.exit(2, f"district_eval: {exc}\n")
            pooled["sites"] += truth["sites"]
            found.update(got)
            evidence.update(seen)
    report(f"Written districts: {', '.join(d.name for d in args.dirs)}", pooled, found, evidence)


if __name__ == "__main__":
    main()
