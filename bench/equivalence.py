"""Same findings, scores and statuses before and after a refactor: crawl the simulated web with two commits.

Each tree (the working tree and the BASE commit, exported with ``git archive``) crawls the same farm twice:
a first crawl, then a second one against a world mutated on a few hosts, so that conditional requests,
304 replay and unchanged-hash replay are exercised too. Per municipality and crawl it compares status,
present components, service levels, score and the number of pages carried over. One request in flight
per site (``--per-site 1``) makes a crawl of the same world repeatable. A loaded machine must not decide
the outcome: downloads and renders get generous timeouts (a render that times out leaves JavaScript-only
components unmeasured, which once showed as one differing site of 62) and the per-site time budget cannot
cut a site short. A difference is reported field by field (components and services as what appeared and
what went).

Run: .venv/bin/python bench/equivalence.py --base REF [--head REF] [--render]   (exit status 1 on any difference)
"""
from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from farm.proxy import running_farm  # noqa: E402
from tests.support import q  # noqa: E402

MUTATIONS = ("www.gemeinde-kamillesee.de:+chatbot", "www.falterbach.de", "www.honigfurt.de:-site_search")
# Generous for downloads and renders alike (the timeout fault still stalls 2x). With 10 s, two trees differed at
# load 18 on 2 cores (a geoportal and eight service levels unseen on two sites, fewer pages carried over on six)
# although every code step between them compared identical at load 5: most likely slow pages, not code.
TIMEOUT = 30.0
TIME_BUDGET = 3600  # per site: never reached on the simulated web, so no site is cut short by a slow machine
FIELDS = ("status", "components", "services", "score", "pages carried over")


def export(ref: str, into: Path) -> Path:
    """The tree of ``ref`` as plain files (no worktree, nothing checked out in the repository)."""
    data = subprocess.run(["git", "archive", ref], cwd=REPO, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def cli(tree: Path) -> list[str]:
    """The tree's own entry point (the CLI moved from crawler/cli.py to the reifegrad package)."""
    module = "reifegrad" if (tree / "reifegrad" / "__main__.py").exists() else "crawler.cli"
    return [sys.executable, "-m", module]


def crawl_twice(tree: Path, work: Path, render: bool, seed: int) -> list[dict]:
    """Outcome per municipality of a first crawl and of a second one against the mutated world."""
    csv, db = work / "m.csv", work / "r.db"
    subprocess.run([*cli(tree), "farm", "csv", "--seed", str(seed), "--out", str(csv)], cwd=tree, check=True,
                   capture_output=True)
    results = []
    for mutate in ((), MUTATIONS):
        with running_farm(seed=seed, fault_delay=TIMEOUT * 2, mutate=mutate) as proxy:
            subprocess.run([*cli(tree), "crawl", "--municipalities", str(csv), "--db", str(db), "--proxy", proxy,
                            "--delay", "0", "--timeout", str(TIMEOUT), "--retries", "1", "--retry-backoff", "1",
                            "--time-budget", str(TIME_BUDGET), "--per-site", "1",
                            "--render" if render else "--no-render"],
                           cwd=tree, check=True, capture_output=True)
        run = q(db, "SELECT max(id) FROM runs")[0][0]
        results.append(outcome_of_run(db, run))
    return results


def outcome_of_run(db: Path, run: int) -> dict:
    """Per municipality of one run: status, present components, service levels, score, pages carried over."""
    # A tree from before shared content (site_visits.content_id) keeps each visit's rows under its own id.
    has_content = any(c[1] == "content_id" for c in q(db, "PRAGMA table_info(site_visits)"))
    content = "coalesce(sv.content_id, sv.id)" if has_content else "sv.id"
    rows = q(db, f"""SELECT v.ags, v.status,
                        (SELECT group_concat(component) FROM (SELECT component FROM findings f
                          WHERE f.site_visit_id = {content} AND f.state = 'present' ORDER BY component)),
                        (SELECT group_concat(service_id || '=' || level) FROM (SELECT service_id, level
                          FROM service_levels s WHERE s.site_visit_id = {content} ORDER BY service_id)),
                        (SELECT score FROM scores s WHERE s.visit_id = v.id ORDER BY id DESC LIMIT 1),
                        (SELECT count(*) FROM pages p WHERE p.site_visit_id = {content} AND p.not_modified)
                    FROM visits v LEFT JOIN site_visits sv ON sv.id = v.site_visit_id WHERE v.run_id = ? ORDER BY v.ags""", run)
    return {r[0]: r[1:] for r in rows}


def difference(old: tuple | None, new: tuple | None) -> str:
    """What differs, field by field: ``components +chatbot -site_search; score 41.2 -> 40.8``."""
    if old is None or new is None:
        return "only before" if new is None else "only after"
    parts = []
    for name, a, b in zip(FIELDS, old, new):
        if a == b:
            continue
        if name in ("components", "services"):
            had, has = set((a or "").split(",")) - {""}, set((b or "").split(",")) - {""}
            parts.append(f"{name} " + " ".join([f"+{x}" for x in sorted(has - had)] + [f"-{x}" for x in sorted(had - has)]))
        else:
            parts.append(f"{name} {a} -> {b}")
    return "; ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="the commit before the change (e.g. main before the refactor landed)")
    ap.add_argument("--head", help="the commit after the change (default: the working tree)")
    ap.add_argument("--render", action="store_true", help="render in Chromium too")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = export(args.base, Path(tmp) / "base")
        (Path(tmp) / "w-base").mkdir()
        (Path(tmp) / "w-head").mkdir()
        before = crawl_twice(base, Path(tmp) / "w-base", args.render, args.seed)
        head = export(args.head, Path(tmp) / "head") if args.head else REPO
        after = crawl_twice(head, Path(tmp) / "w-head", args.render, args.seed)
    differences = 0
    for label, old, new in zip(("first crawl", "second crawl"), before, after):
        for ags in sorted(old.keys() | new.keys()):
            if old.get(ags) != new.get(ags):
                differences += 1
                if differences <= 20:
                    print(f"{label} {ags}: {difference(old.get(ags), new.get(ags))}")
        print(f"{label}: {len(new)} municipalities, {sum(old.get(a) == new.get(a) for a in new)} identical")
    print("identical" if not differences else f"{differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
