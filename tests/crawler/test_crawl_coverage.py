"""Issue 10, item 5: the crawl covers each site before it goes deep, measured on the simulated web's large
sites (farm/deep.py) with the same judge as bench/crawl_coverage.py."""
from __future__ import annotations

import subprocess
import sys

import pytest

from crawler.linkrank import LAST_TIER, link_score
from crawler.settings import REIFEGRAD_MAX_PAGES
from detectors.page import normalise_text
from farm.coverage import coverage, is_social, page_key, sections, stored
from farm.world import World
from tests.support import REPO

pytestmark = pytest.mark.slow


def large_hosts(world: World) -> set[str]:
    return {world.plan(i).host for i in range(world.settings.deep_start, world.settings.n_total)}


def test_every_navigation_page_of_the_start_page_is_fetched(farm_db, farm_files):
    db, _ = farm_db
    truth = farm_files[1]
    fetched, found = stored(db)
    result = coverage(truth, fetched, found)
    assert result.sites >= 40 and result.chrome_total >= 300
    assert result.missed_chrome == [], f"{len(result.missed_chrome)} not fetched: {result.missed_chrome[:5]}"


def test_large_sites_components_on_one_depth_one_page_are_found(farm_db, farm_files):
    db, _ = farm_db
    truth = farm_files[1]
    world = World(seed=truth["seed"], n_sites=truth["n_sites"])
    fetched, found = stored(db)
    hosts = large_hosts(world)
    assert len(hosts) >= 4
    for site in (s for s in truth["sites"] if s["host"] in hosts):
        want = {"de_mail", "council_info", "geoportal", "eid", "social_media"}
        assert want <= set(site["components"])
        assert want <= found[site["ags"][0]], (site["host"], want - found[site["ags"][0]])
    result = coverage(truth, fetched, found, hosts)
    assert all(result.recall(d) == 1.0 for d in result.by_depth), dict(result.by_depth)


def test_no_section_takes_more_than_a_third_but_from_news_and_no_social_profile_is_fetched(farm_db, farm_files):
    db, _ = farm_db
    truth = farm_files[1]
    world = World(seed=truth["seed"], n_sites=truth["n_sites"])
    fetched, _ = stored(db)
    hosts = large_hosts(world)
    for site in truth["sites"]:
        urls = fetched.get(site["ags"][0], [])
        assert not [u for u in urls if is_social(u)], site["host"]
        own = [u for u in urls if world._site_index(u.split("/")[2]) is not None]
        assert len(own) <= REIFEGRAD_MAX_PAGES  # the start page included
        if site["host"] in hosts:
            counts = sections(world, own)
            assert counts["a-z"] >= 10, "the A–Z list still gets its share"
            if counts["a-z"] > -(-REIFEGRAD_MAX_PAGES // 3) + 1:  # + the A–Z page itself
                # beyond its third only budget that news items and calendars (the last tier) would have taken
                tree = world.site(world._site_index(site["host"])).tree
                taken = {tree.resolve(page_key(u)[1]) for u in own}
                waiting = [k for k in tree.nodes if 1 <= tree.depth(k) <= 2 and ("page", k) not in taken
                           and k not in ("leistungen", "aktuelles") and not k.startswith(("buchstabe:", "leistung:"))
                           and link_score(normalise_text(tree.nodes[k].title), tree.url(k)) > LAST_TIER]
                assert not waiting, (site["host"], counts, waiting)


@pytest.mark.timeout(600)
def test_the_bench_prints_before_and_after_side_by_side():
    """bench/crawl_coverage.py, as in the README, on a small world; "before" is this commit's own crawler."""
    proc = subprocess.run([sys.executable, "bench/crawl_coverage.py", "--sites", "2", "--no-faults", "--before", "HEAD"],
                          cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    header = next(line for line in proc.stdout.splitlines() if "before (HEAD)" in line)
    assert "after (this checkout)" in header
    row = next(line for line in proc.stdout.splitlines() if "nav/footer pages fetched (large sites)" in line)
    assert row.split()[-4:-2] == row.split()[-2:] and row.split()[-2] == "1.00", row
    assert "pages fetched on social networks" in proc.stdout
