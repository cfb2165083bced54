"""Same detector output before and after a change to the fingerprints or the engine, page by page.

A data refactor (a rule folded into another's ``also``, a pattern moved between files) must not change what
is found. Each tree (the working tree and BASE, exported with ``git archive``) runs its own detectors, in its
own process, over the same pages: every document of ``../shared/realpages`` (read in place, loaded as
``bench/realpages_eval.py`` loads it; skipped when absent), every HTML page of the simulated web (one site
at a time, aggregated per site as a crawl would) and the labelled fixture pages, with the one-pass and the
plain engine. Compared: the findings (component, product, confidence, state, every field of every piece of
evidence) and the page's matches as a sorted list; a change in the order of a page's matches (which nothing
downstream depends on: ``aggregate`` ignores it) is counted apart.

Run: .venv/bin/python bench/findings_diff.py [--base REF] [--sites N] [--watch RULE ...]   (exit 1 on a difference)
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Collection
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REALPAGES = REPO.parent / "shared" / "realpages"
ENGINES = {"one-pass": True, "plain": False}
Key = tuple[str, str, str]  # page set, page or site, engine
COUNTS = ("keys", "pages", "findings", "matches", "reordered", "watched")


def dump(tree: Path, sites: int) -> None:
    """Print one JSON line per page set, key and engine: findings and matches, as the tree at ``tree`` finds them."""
    sys.path.insert(0, str(tree))
    from bench.realpages_eval import document_path, document_url
    from detectors.detect_file import load_artifact
    from detectors.domains import registered_domain
    from detectors.engine import Engine, aggregate
    from tests.detectors.test_one_pass import farm_pages, fixture_pages

    pages: list[tuple[str, str, object, str | None]] = []  # (set, key, artifact, site domain)
    if (REALPAGES / "labels.csv").is_file():
        with (REALPAGES / "labels.csv").open(encoding="utf-8", newline="") as fh:
            for slug in sorted(row["slug"] for row in csv.DictReader(fh)):
                path = document_path(REALPAGES, slug)
                if path is not None:
                    url = document_url(REALPAGES, slug)
                    pages.append(("realpages", slug, load_artifact(path, url), registered_domain(url) or None))
    for artifact in farm_pages(sites):
        pages.append(("farm", artifact.url.split("/")[2], artifact, registered_domain(artifact.url) or None))
    for i, artifact in enumerate(fixture_pages()):
        pages.append(("fixtures", f"{i} {artifact.url}", artifact, None))
    for name, one_pass in ENGINES.items():
        engine = Engine.load(one_pass=one_pass)
        grouped: dict[tuple[str, str], list] = defaultdict(list)  # a site's pages, or one document
        for group, key, artifact, domain in pages:
            grouped[(group, key)].append(engine.detect(artifact, site_domain=domain))
        for (group, key), per_page in grouped.items():
            findings = aggregate([m for matches in per_page for m in matches], engine.threshold)
            print(json.dumps({"set": group, "key": key, "engine": name, "findings": [asdict(f) for f in findings],
                              "pages": [[asdict(m) for m in matches] for matches in per_page]}, ensure_ascii=False))


def outputs(tree: Path, sites: int) -> dict[Key, dict]:
    done = subprocess.run([sys.executable, __file__, "--dump", str(tree), "--sites", str(sites)], cwd=tree,
                          capture_output=True, text=True, check=True)
    return {(r["set"], r["key"], r["engine"]): r for r in map(json.loads, done.stdout.splitlines())}


def compare(before: dict[Key, dict], after: dict[Key, dict],
            watch: Collection[str] = ()) -> tuple[list[Key], dict[tuple[str, str], dict[str, int]]]:
    """The keys whose output differs (or exists on one side only), and per page set and engine what was
    compared identical: keys, pages, findings, matches, pages listing their matches in another order, and
    matches of the ``watch`` rules."""
    differing: list[Key] = []
    tally: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None or new is None or old["findings"] != new["findings"] or _unordered(old) != _unordered(new):
            differing.append(key)
            continue
        counts = tally[key[0], key[2]]
        counts["keys"] += 1
        counts["pages"] += len(new["pages"])
        counts["findings"] += len(new["findings"])
        counts["matches"] += sum(map(len, new["pages"]))
        counts["reordered"] += sum(a != b for a, b in zip(old["pages"], new["pages"]))
        counts["watched"] += sum(m["evidence"]["pattern_id"].split("/")[0] in watch for p in new["pages"] for m in p)
    return differing, dict(tally)


def _unordered(record: dict) -> list[list[str]]:
    return [sorted(json.dumps(m, sort_keys=True) for m in page) for page in record["pages"]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="the commit before the change (default main)")
    ap.add_argument("--sites", type=int, default=40, help="sites of the simulated web (seed 7)")
    ap.add_argument("--watch", nargs="*", default=[], metavar="RULE",
                    help="also count the compared matches of these rules (is the change exercised at all?)")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump, args.sites)
        return 0
    sys.path.insert(0, str(REPO))  # only here: the dump mode imports nothing but the tree it is given
    from bench.equivalence import export
    with tempfile.TemporaryDirectory() as tmp:
        before = outputs(export(args.base, Path(tmp) / "base"), args.sites)
    differing, tally = compare(before, outputs(REPO, args.sites), args.watch)
    for key in differing[:20]:
        print(f"differs: {' / '.join(key)}")
    for (group, engine), c in sorted(tally.items()):
        print(f"{group:<10} {engine:<9} identical: {c['keys']} keys, {c['pages']} pages, {c['findings']} findings, "
              f"{c['matches']} matches" + (f" ({c['watched']} of the watched rules)" if args.watch else "")
              + f"; {c['reordered']} pages list their matches in another order")
    print("identical" if not differing else f"{len(differing)} differences")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
