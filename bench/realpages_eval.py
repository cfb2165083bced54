"""Detection measured on real municipal pages: per-component tp/fp/fn, precision and recall.

Reads ``../shared/realpages`` (relative to the repo root) in place and runs each document through the same
code path as ``reifegrad detect`` (``detectors.detect_file``). Counting follows that directory's README:
labels are per document, ``unknown`` cells are skipped, and in ``text`` documents a ``0`` of a chrome-level
component means "not observable here" and is skipped too. Every miss and false alarm is listed with the
label's evidence beside it, so a rule can be judged against what the page shows.

``--half dev|check`` splits the documents in two by a hash of their slug: rules are developed on ``dev``
and ``check`` is only measured, as a guard against fitting single sentences.

Run: .venv/bin/python bench/realpages_eval.py [--half dev|check] [--json] [--quiet]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from detectors.detect_file import detect_file  # noqa: E402
from farm.evaluate import Tally  # noqa: E402

REALPAGES = REPO.parent / "shared" / "realpages"
CHROME = frozenset({"site_search", "mobile_app", "chatbot", "accessibility_statement", "newsletter", "social_media",
                    "easy_language", "sign_language", "imprint", "privacy_policy"})
NON_COMPONENT_COLUMNS = ("slug", "municipality", "kind", "evidence")
GOAL_P, GOAL_R = 0.95, 0.85  # overall (issue #10)
GOAL_COMPONENT_P, GOAL_COMPONENT_R, GOAL_MIN_POSITIVES = 0.90, 0.75, 3


@dataclass
class Error:
    slug: str
    component: str
    kind: str  # "miss" or "false alarm"
    found: str  # what the detector matched (false alarms) or ""
    evidence: str  # the label's evidence for this component (or the whole column)


@dataclass
class Result:
    documents: int
    tallies: dict[str, Tally] = field(default_factory=dict)
    errors: list[Error] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        return Tally(*(sum(getattr(t, f) for t in self.tallies.values()) for f in ("tp", "fp", "fn", "tn")))

    def goals_met(self) -> bool:
        total = self.overall
        if total.precision < GOAL_P or total.recall < GOAL_R:
            return False
        return all(t.precision >= GOAL_COMPONENT_P and t.recall >= GOAL_COMPONENT_R
                   for t in self.tallies.values() if t.tp + t.fn >= GOAL_MIN_POSITIVES)


def half_of(slug: str) -> str:
    """A stable split independent of file order: the first byte of sha256(slug), even = dev."""
    return "dev" if hashlib.sha256(slug.encode()).digest()[0] % 2 == 0 else "check"


def document_url(directory: Path, slug: str) -> str:
    meta = json.loads((directory / f"{slug}.json").read_text(encoding="utf-8"))
    return (meta.get("original_url") or meta.get("source") or "https://unknown.invalid/").split(" ")[0]


def document_names(directory: Path, slug: str) -> tuple[str, ...]:
    """The document's municipality, as the crawler knows the site's (detectors/places.py reads it)."""
    meta = json.loads((directory / f"{slug}.json").read_text(encoding="utf-8"))
    return tuple(filter(None, [meta.get("municipality")]))


def document_path(directory: Path, slug: str) -> Path | None:
    for suffix in (".html", ".txt"):
        if (directory / f"{slug}{suffix}").exists():
            return directory / f"{slug}{suffix}"
    return None


def evidence_for(evidence: str, component: str) -> str:
    """The label's evidence entries about this component (entries are separated by ' || ')."""
    entries = [e.strip() for e in evidence.split("||")]
    own = [e for e in entries if e.lower().startswith(component) or e.lower().startswith(component.split("_")[0])]
    return " || ".join(own) if own else "(no evidence entry)"


def evaluate(directory: Path, half: str | None = None) -> Result:
    with (directory / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    components = [c for c in rows[0] if c not in NON_COMPONENT_COLUMNS] if rows else []
    result = Result(documents=0, tallies={c: Tally() for c in components})
    for row in rows:
        slug = row["slug"]
        path = document_path(directory, slug)
        if path is None or (half and half_of(slug) != half):
            continue
        result.documents += 1
        findings = {f["component"]: f for f in json.loads(detect_file(path, document_url(directory, slug), True,
                                                                      document_names(directory, slug)))}
        for component in components:
            label = row[component].strip()
            if label not in ("0", "1") or (label == "0" and row["kind"] == "text" and component in CHROME):
                continue
            tally, found = result.tallies[component], component in findings
            if label == "1" and found:
                tally.tp += 1
            elif label == "1":
                tally.fn += 1
                result.errors.append(Error(slug, component, "miss", "", evidence_for(row["evidence"], component)))
            elif found:
                tally.fp += 1
                match = "; ".join(e["match"] for e in findings[component]["evidence"][:3])
                result.errors.append(Error(slug, component, "false alarm", match,
                                           evidence_for(row["evidence"], component)))
            else:
                tally.tn += 1
    return result


def print_result(result: Result, title: str, quiet: bool) -> None:
    print(f"{title}: {result.documents} documents")
    print(f"  {'component':<24} {'P':>5} {'R':>5}   tp  fp  fn")
    for c, t in sorted(result.tallies.items()):
        if not (t.tp or t.fp or t.fn):
            continue
        graded = t.tp + t.fn >= GOAL_MIN_POSITIVES
        below = graded and (t.precision < GOAL_COMPONENT_P or t.recall < GOAL_COMPONENT_R)
        print(f"  {c:<24} {t.precision:5.2f} {t.recall:5.2f} {t.tp:4d} {t.fp:3d} {t.fn:3d}"
              + ("  <- below goal" if below else ""))
    total = result.overall
    print(f"  {'(all, micro)':<24} {total.precision:5.2f} {total.recall:5.2f} {total.tp:4d} {total.fp:3d} {total.fn:3d}")
    print(f"  goals (overall P>={GOAL_P} R>={GOAL_R}; components with >={GOAL_MIN_POSITIVES} positives "
          f"P>={GOAL_COMPONENT_P} R>={GOAL_COMPONENT_R}): {'met' if result.goals_met() else 'NOT met'}")
    if quiet:
        return
    for kind in ("miss", "false alarm"):
        errors = [e for e in result.errors if e.kind == kind]
        print(f"\n{kind}es ({len(errors)}):" if kind == "miss" else f"\n{kind}s ({len(errors)}):")
        for e in sorted(errors, key=lambda e: (e.component, e.slug)):
            found = f"  found: {e.found[:160]}" if e.found else ""
            print(f"  {e.component:<20} {e.slug:<48} label: {e.evidence[:220]}{found}")


def as_json(result: Result) -> dict:
    total = result.overall
    return {
        "documents": result.documents,
        "overall": {**asdict(total), "precision": round(total.precision, 4), "recall": round(total.recall, 4)},
        "goals_met": result.goals_met(),
        "components": {c: {**asdict(t), "precision": round(t.precision, 4), "recall": round(t.recall, 4)}
                       for c, t in sorted(result.tallies.items())},
        "errors": [asdict(e) for e in result.errors],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=REALPAGES, help=f"labelled pages (default {REALPAGES})")
    parser.add_argument("--half", choices=("dev", "check"), help="only one half of the split by slug hash")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses and false alarms")
    args = parser.parse_args(argv)
    if not (args.pages / "labels.csv").is_file():
        print(f"real pages not present at {args.pages} (need labels.csv there): skipped")
        return 0
    result = evaluate(args.pages, args.half)
    if args.json:
        print(json.dumps(as_json(result), ensure_ascii=False, indent=2))
    else:
        print_result(result, f"Real municipal pages ({args.half or 'all'})", args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
