"""An unchanged site larger than its page budget is crawled into the same pages every time, whatever order
the answers arrive in: the frontier offers a page's links in request order, not arrival order
(crawler/sitecrawl.py). Otherwise scores wobble on an unchanged web and the history stores a new copy."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from farm.proxy import running_farm
from farm.world import World
from tests.support import SEED, crawl, q

pytestmark = pytest.mark.slow

MAX_PAGES = 20  # every farm site has more pages than this; at 10 the start page's links alone decide
LATENCY = (0.0, 0.1)  # seconds, random per answer, so the answers of one site arrive in any order
PER_SITE = "4"  # requests in flight per site: more orders to arrive in than the default 2 (the guarantee holds for any)


def crawled(db) -> dict[str, tuple]:
    """Per site: its page URLs, findings with confidence, service levels and external links (with the page
    each was first seen on)."""
    out = {}
    for (key,) in q(db, "SELECT site_key FROM site_visits"):
        def rows(sql: str) -> list[tuple]:
            return sorted(q(db, sql + " WHERE site_visit_id = (SELECT content_id FROM site_visits WHERE site_key = ?)",
                            key))
        out[key] = (rows("SELECT url FROM pages"), rows("SELECT component, confidence FROM findings"),
                    rows("SELECT service_id, level, url FROM service_levels"),
                    rows("SELECT url, page_url FROM external_links"))
    return out


@pytest.mark.timeout(300)
def test_two_crawls_with_random_latency_fetch_the_same_pages(tmp_path, farm_files):
    csv, truth = farm_files
    world = World(seed=truth["seed"], n_sites=truth["n_sites"])
    large = {world.plan(i).host for i in range(world.settings.deep_start, world.settings.n_total)}
    ok = [s for s in truth["sites"] if s.get("expected_status", "ok") == "ok" and not s.get("fault")]
    sites = [s for s in ok if s["host"] not in large][:8] + [s for s in ok if s["host"] in large][:2]
    ags = [s["ags"][0] for s in sites]
    dbs = [tmp_path / "first.db", tmp_path / "second.db"]
    options = ("--no-render", "--max-pages", str(MAX_PAGES), "--per-site", PER_SITE, "--ags", *ags)
    with running_farm(seed=SEED, latency=LATENCY) as proxy, ThreadPoolExecutor(2) as pool:  # side by side
        list(pool.map(lambda db: crawl(csv, db, proxy, *options), dbs))
    first, second = (crawled(db) for db in dbs)
    assert len(first) == len(sites)
    own = {key: [url for (url,) in pages if urlsplit(url).hostname.endswith(key)] for key, (pages, *_) in first.items()}
    assert all(len(urls) == MAX_PAGES for urls in own.values()), own  # each site is larger than its budget
    differ = {key: [set(a) ^ set(b) for a, b in zip(first[key], second[key])]
              for key in first if first[key] != second[key]}
    assert not differ, differ
