"""Judge a crawl against the simulated web's ground truth: site-level precision and recall per component,
and traps that fired. Shared by the acceptance tests and ``bench/detection_eval.py``."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def truth_by_ags(truth: dict) -> dict[str, dict]:
    return {ags: site for site in truth["sites"] for ags in site["ags"]}


def tally(truth: dict, found: Mapping[str, set[str]], components: Iterable[str], *, js_only: bool) -> dict[str, Tally]:
    """Per component over the sites that should crawl fine: ``js_only`` selects which truth entries count.

    Components of the other kind are left out on both sides, so a static crawl is not blamed for what only
    a browser can see, and a rendered crawl is judged on exactly the JavaScript-only cases.
    """
    out: dict[str, Tally] = defaultdict(Tally)
    for ags, site in truth_by_ags(truth).items():
        if site.get("expected_status", "ok") != "ok":
            continue
        want = {c for c, info in site["components"].items() if bool(info.get("js_only")) == js_only}
        other = {c for c, info in site["components"].items() if bool(info.get("js_only")) != js_only}
        for c in components:
            if c in other or (js_only and c not in want):
                continue
            got, expected = c in found.get(ags, set()), c in want
            out[c].tp += got and expected
            out[c].fp += got and not expected
            out[c].fn += expected and not got
    return {c: t for c, t in out.items() if t.tp + t.fp + t.fn}


def fired_traps(truth: dict, evidence: Mapping[tuple[str, str], set[str]]) -> list[dict]:
    """Traps that fired: the component found on a site without it, or the trap page used as evidence. Once per
    site, however many CSV rows (member towns of one Verbandsgemeinde) the site serves."""
    fired = []
    for site in truth["sites"]:
        for trap in site.get("traps", []):
            for ags in site["ags"]:
                urls = evidence.get((ags, trap["component"]), set())
                if (trap["component"] not in site["components"] and urls) or trap["url"] in urls:
                    fired.append({**trap, "host": site["host"], "evidence": sorted(urls)[:3]})
                    break
    return fired


def count_traps(truth: dict) -> int:
    return sum(len(site.get("traps", [])) for site in truth["sites"])
