"""An unchanged site larger than its page budget is crawled into the same pages every time, whatever order
the answers arrive in: the frontier offers a page's links in request order, not arrival order
(crawler/sitecrawl.py). Otherwise scores wobble on an unchanged web and the history stores a new copy."""
from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from crawler.municipalities import Site
from crawler.memos import KeptLink
from crawler.sitecrawl import SiteCrawl
from farm.proxy import running_farm
from farm.world import World
from tests.support import SEED, crawl, q

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


START = "https://www.musterstadt.de/"
WORDS = ("formular", "antrag", "termin", "rathaus", "aktuelles", "kontakt", "archiv", "")


def site_graph(pages: int = 80) -> dict[str, list[KeptLink]]:
    """A made-up site: each page links to a few others with differently ranked anchor texts, to a vendor
    (a hop) and to another host (recorded); the start page links to only three, so the frontier runs dry."""
    rng = random.Random(3)
    urls = [f"{START}p{n}/" for n in range(pages)]
    graph: dict[str, list[KeptLink]] = {START: [(u, rng.choice(WORDS), False) for u in urls[:3]]}
    for n, url in enumerate(urls):
        graph[url] = [(u, rng.choice(WORDS), False) for u in rng.sample(urls, 4)]
        graph[url].append((f"https://vendor{n % 5}.example/form", "antrag", True if n % 11 == 0 else None))
    return graph


def simulate(graph: dict[str, list[KeptLink]], per_site: int, arrival: random.Random,
             ordered: bool = True) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """Crawl ``graph`` the way the spider drives SiteCrawl, answers finishing in the order ``arrival`` picks;
    every seventh page fails. ``ordered=False`` offers links as they arrive (what the crawler used to do)."""
    state = SiteCrawl(Site(key="musterstadt.de", start_url=START, domain="musterstadt.de", members=[]),
                      max_pages=25, max_depth=6, inflight_cap=per_site)
    state.status = "ok"
    state.mark_seen(START)
    state.take_links(0, START, graph[START], 0)
    issued: list[str] = []
    flying: list[tuple[int, str, int]] = []
    while True:
        for seq, url, depth, _ in state.next_batch():
            flying.append((seq, url, depth))
            issued.append(url)
        if not flying:
            break
        seq, url, depth = flying.pop(arrival.randrange(len(flying)))
        if url in graph and int(url.rstrip("/").rsplit("p", 1)[-1]) % 7:
            state.take_links(seq if ordered else 0, url, graph[url], depth)
        state.release(seq)
    assert state.applied == state.issued and not state.done
    return issued, state.external_links


@pytest.mark.parametrize("per_site", [1, 2, 3])
def test_what_a_site_crawls_does_not_depend_on_the_order_answers_arrive(per_site):
    graph = site_graph()
    runs = [simulate(graph, per_site, random.Random(seed)) for seed in range(25)]
    assert sum(url.startswith(START) for url in runs[0][0]) == 25 - 1, "the budget is spent (the start page is one)"
    assert runs[0][1], "links to other hosts are recorded"
    assert all(run == runs[0] for run in runs)
    if per_site > 1:  # and the orders differ enough that offering links on arrival would crawl other pages
        assert len({tuple(simulate(graph, per_site, random.Random(seed), ordered=False)[0]) for seed in range(25)}) > 1


@pytest.mark.slow
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
