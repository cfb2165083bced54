"""Measured detection accuracy: per-component precision, recall and F1 at site level.

1. the simulated web, crawled by the real crawler: static components from a crawl without a browser,
   JavaScript-only components from a crawl with rendering; trap false positives for both;
2. the labelled fixture pages of tests/detectors (written from components.md and fingerprints_de.md);
3. the real municipal pages in ../shared/realpages when present (read in place), printed for review.

Goal: precision >= 0.97 and recall >= 0.95 for every component, zero traps.
Run: .venv/bin/python bench/detection_eval.py [--seed 7] [--sites 40]
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from detectors.checks import check_site  # noqa: E402
from detectors.detect_file import detect_file, load_artifact  # noqa: E402
from detectors.engine import Engine, aggregate  # noqa: E402
from detectors.model import component_ids  # noqa: E402
from detectors.page import PageArtifact  # noqa: E402
from farm.commands import make_world, write_csv, write_truth  # noqa: E402
from farm.evaluate import Tally, count_traps, fired_traps, tally  # noqa: E402
from farm.proxy import running_farm  # noqa: E402

FIXTURES = REPO / "tests" / "detectors" / "fixtures"
REALPAGES = REPO.parent / "shared" / "realpages"
GOAL_P, GOAL_R = 0.97, 0.95


def crawl(csv: Path, db: Path, proxy: str, render: bool) -> None:
    # a render passes the guarding proxy and can take seconds on a busy machine: a timed-out render would be
    # measured as a miss of the detectors
    timeout = "15" if render else "4"
    subprocess.run([sys.executable, "-m", "reifegrad", "crawl", "--municipalities", str(csv), "--db", str(db),
                    "--proxy", proxy, "--delay", "0", "--timeout", timeout, "--retries", "1", "--retry-backoff", "1",
                    "--render" if render else "--no-render"], cwd=REPO, check=True, capture_output=True)


def crawl_results(db: Path) -> tuple[dict[str, set[str]], dict[tuple[str, str], set[str]]]:
    found: dict[str, set[str]] = defaultdict(set)
    evidence: dict[tuple[str, str], set[str]] = defaultdict(set)
    with sqlite3.connect(db) as conn:
        for ags, component in conn.execute("SELECT ags, component FROM latest_findings"):
            found[ags].add(component)
        for ags, component, url in conn.execute(
                """SELECT v.ags, f.component, e.url FROM evidence e JOIN findings f ON f.id = e.finding_id
                   JOIN site_visits s ON s.content_id = f.site_visit_id JOIN visits v ON v.site_visit_id = s.id
                   WHERE f.state = 'present'"""):
            evidence[(ags, component)].add(url)
    return found, evidence


def print_table(title: str, tallies: dict[str, Tally]) -> None:
    print(f"\n{title}")
    print(f"  {'component':<24} {'P':>5} {'R':>5} {'F1':>5}   tp  fp  fn")
    for c in sorted(tallies):
        t = tallies[c]
        flag = "" if t.precision >= GOAL_P and t.recall >= GOAL_R else "  <- below goal"
        print(f"  {c:<24} {t.precision:5.2f} {t.recall:5.2f} {t.f1:5.2f} {t.tp:4d} {t.fp:3d} {t.fn:3d}{flag}")
    total = Tally(sum(t.tp for t in tallies.values()), sum(t.fp for t in tallies.values()),
                  sum(t.fn for t in tallies.values()))
    print(f"  {'(all, micro)':<24} {total.precision:5.2f} {total.recall:5.2f} {total.f1:5.2f}")


def simulated_web(seed: int, sites: int) -> None:
    with tempfile.TemporaryDirectory(prefix="reifegrad-eval-") as tmp:
        tmp = Path(tmp)
        world = make_world(seed=seed, sites=sites)
        csv, truth_path = tmp / "municipalities.csv", tmp / "truth.json"
        with csv.open("w", encoding="utf-8", newline="") as fh:
            write_csv(world, fh)
        with truth_path.open("w", encoding="utf-8") as fh:
            write_truth(world, fh)
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        with running_farm(seed=seed, n_sites=sites) as proxy:
            crawl(csv, tmp / "static.db", proxy, render=False)
            crawl(csv, tmp / "rendered.db", proxy, render=True)
        static_found, static_evidence = crawl_results(tmp / "static.db")
        rendered_found, rendered_evidence = crawl_results(tmp / "rendered.db")
    ids = component_ids()
    print(f"Simulated web: seed {seed}, {len(truth['sites'])} sites, {count_traps(truth)} traps")
    print_table("Static components, crawl without a browser:", tally(truth, static_found, ids, js_only=False))
    print_table("JavaScript-only components, crawl with rendering:", tally(truth, rendered_found, ids, js_only=True))
    print_table("Static components, crawl with rendering (rendering must not cost precision):",
                tally(truth, rendered_found, ids, js_only=False))
    for name, evidence in (("static", static_evidence), ("rendered", rendered_evidence)):
        fired = fired_traps(truth, evidence)
        print(f"\nTraps fired ({name} crawl): {len(fired)}")
        for trap in fired:
            print(f"  {trap['component']} on {trap['host']}: {trap['url']}")


def fixtures() -> None:
    engine = Engine.load()
    checks = Engine.load(REPO / "detectors" / "fingerprints" / "checks")
    cases = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))["cases"]
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        if not case.get("expect_present") and not case.get("expect_absent"):
            continue
        html = (FIXTURES / case["file"]).read_text(encoding="utf-8")
        eng = checks if case.get("rules") == "checks" else engine
        found = {f.component for f in aggregate(eng.detect(PageArtifact(case["url"], html)))}
        for c in case.get("expect_present", []):
            tallies[c].tp += c in found
            tallies[c].fn += c not in found
        for c in case.get("expect_absent", []):
            tallies[c].fp += c in found
    print_table(f"Labelled fixtures ({len(cases)} pages, tests/detectors/fixtures):", dict(tallies))


# Labels written by reading the real pages (what a person sees in their navigation and footer):
# file -> (components that must be found, components that must not be found, CMS product).
REAL_LABELS = {
    "stuttgart-startseite.html": ({"imprint", "privacy_policy", "site_search", "social_media", "newsletter"},
                                  {"chatbot", "de_mail", "eid"}, None),
    "ahlen-reparaturcafe.html": ({"imprint", "privacy_policy", "site_search"}, {"epayment", "chatbot"}, "TYPO3"),
    "brackenheim-rathaus-aktuell.html": ({"imprint", "site_search"}, {"form_server", "mobile_app", "social_media"},
                                         "OpenText RedDot"),
    "ittlingen-rathaus-aktuelles.html": ({"imprint", "site_search"}, {"form_server", "epayment", "chatbot"}, None),
    "untergruppenbach-aktuell.html": (set(), set(), "TYPO3"),
    "landkreis-oldenburg-ratsinfo-start.txt": ({"council_info"}, {"site_search", "chatbot"}, None),
    "landkreis-oldenburg-kfz-zulassungsstelle.txt": (set(), {"appointment_booking", "form_server", "epayment"}, None),
}


def realpages() -> None:
    if not REALPAGES.is_dir():
        print("\nReal pages: ../shared/realpages not present, skipped")
        return
    print("\nReal municipal pages (read in place; labels from reading the pages):")
    agree = 0
    for page in sorted(p for p in REALPAGES.iterdir() if p.suffix in (".html", ".txt")):
        meta = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        url = (meta.get("original_url") or "https://unknown.invalid/").split(" ")[0]
        found = json.loads(detect_file(page, url, as_json=True))
        components = {f["component"] for f in found}
        cms = check_site(load_artifact(page, url), None, [])["cms"].product
        present, absent, want_cms = REAL_LABELS.get(page.name, (set(), set(), None))
        problems = [f"missing {sorted(present - components)}"] if present - components else []
        problems += [f"false {sorted(absent & components)}"] if absent & components else []
        problems += [f"cms {cms!r} != {want_cms!r}"] if want_cms and cms != want_cms else []
        agree += page.name in REAL_LABELS and not problems
        listing = ", ".join(f"{f['component']}({f['product'] or '-'} {f['confidence']})" for f in found) or "nothing"
        print(f"  {'ok  ' if not problems else 'FAIL'} {page.name} [cms {cms or '-'}]: {listing}"
              + (f"  <- {'; '.join(problems)}" if problems else ""))
    print(f"  {agree} of {len(REAL_LABELS)} labelled pages agree with their labels")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sites", type=int, default=40)
    args = parser.parse_args()
    simulated_web(args.seed, args.sites)
    fixtures()
    realpages()


if __name__ == "__main__":
    main()
