"""Judge how a crawl covered each site: share of the start page's navigation and footer pages fetched,
component recall by click depth, pages spent on social networks, and the largest share one section took.

Shared by tests/crawler/test_crawl_coverage.py and bench/crawl_coverage.py; input is the ground truth and
what the crawl stored (pages fetched per site, components found per municipality).
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from farm.layout import normalise_target
from farm.world import World

SOCIAL_HOSTS = ("facebook.com", "instagram.com", "youtube.com", "twitter.com", "x.com", "linkedin.com",
                "tiktok.com", "social.bund.de")


def page_key(url: str) -> tuple[str, str]:
    """(host, normalised target): http/https and query order do not make two pages."""
    parts = urlsplit(url)
    return (parts.hostname or "", normalise_target((parts.path or "/") + (f"?{parts.query}" if parts.query else "")))


def is_social(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in SOCIAL_HOSTS)


@dataclass
class Coverage:
    sites: int = 0
    chrome_total: int = 0
    chrome_fetched: int = 0
    sites_fully_covered: int = 0
    social_pages: int = 0  # pages fetched on social networks (should be none)
    by_depth: dict[int, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # depth -> [found, total]
    missed_chrome: list[str] = field(default_factory=list)

    @property
    def chrome_share(self) -> float:
        return self.chrome_fetched / self.chrome_total if self.chrome_total else 1.0

    def recall(self, depth: int) -> float:
        found, total = self.by_depth[depth]
        return found / total if total else 1.0


def coverage(truth: dict, fetched: Mapping[str, set[str]], found: Mapping[str, set[str]],
             hosts: set[str] | None = None) -> Coverage:
    """``fetched``: ags -> URLs of pages fetched for that municipality's site; ``found``: ags -> components.
    Only sites expected to crawl fine count (static components only); ``hosts`` limits the sites judged."""
    out = Coverage()
    for site in truth["sites"]:
        if site.get("expected_status", "ok") != "ok" or (hosts is not None and site["host"] not in hosts):
            continue
        ags = site["ags"][0]
        pages = {page_key(u) for u in fetched.get(ags, ())}
        out.sites += 1
        missed = [u for u in site.get("chrome", []) if page_key(u) not in pages]
        out.chrome_total += len(site.get("chrome", []))
        out.chrome_fetched += len(site.get("chrome", [])) - len(missed)
        out.sites_fully_covered += not missed
        out.missed_chrome += missed
        out.social_pages += sum(is_social(u) for u in fetched.get(ags, ()))
        for comp, info in site["components"].items():
            if info.get("js_only"):
                continue
            out.by_depth[info["depth"]][1] += 1
            out.by_depth[info["depth"]][0] += comp in found.get(ags, set())
    return out


def sections(world: World, urls: list[str]) -> Counter:
    """Pages per section of one site: the Leistungen A–Z list, the news (overview, archive, articles), else
    the depth-1 page a page hangs below. Pages the farm does not know (other hosts) are not counted."""
    counts: Counter = Counter()
    for url in urls:
        host, target = page_key(url)
        index = world._site_index(host)
        resolved = world.site(index).tree.resolve(target) if index is not None else None
        if resolved is None:
            continue
        kind, key = resolved
        tree = world.site(index).tree
        if kind in ("article", "archive") or key == "aktuelles":
            counts["news"] += 1
        elif kind == "page" and (key == "leistungen" or key.startswith(("buchstabe:", "leistung:"))):
            counts["a-z"] += 1
        elif kind == "page":
            while tree.nodes[key].parent in tree.nodes and tree.depth(key) > 1:
                key = tree.nodes[key].parent
            counts[key] += 1
    return counts


def stored(db: Path) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """(ags -> URLs of pages fetched, ags -> components found)."""
    fetched: dict[str, list[str]] = defaultdict(list)
    found: dict[str, set[str]] = defaultdict(set)
    with sqlite3.connect(db) as conn:
        for ags, url in conn.execute("SELECT v.ags, p.url FROM visits v JOIN site_visits s ON s.id = v.site_visit_id "
                                     "JOIN pages p ON p.site_visit_id = s.content_id"):
            fetched[ags].append(url)
        for ags, component in conn.execute("SELECT ags, component FROM latest_findings"):
            found[ags].add(component)
    return fetched, found
