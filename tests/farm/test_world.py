"""The world in-process: determinism, CSV contract, ground-truth consistency, traps, services, vendors."""
from __future__ import annotations

import email.utils
import json
import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from farm.plan import SERVICES, catalogue
from detectors.model import component_ids
from farm.world import CSV_COLUMNS, World
from output.statuses import status_ids

from .crawl import bfs, fetch, links

COMPONENT_IDS = set(component_ids())
STATUSES = set(status_ids())


def ok_sites(truth: dict) -> list[dict]:
    return [s for s in truth["sites"] if s["expected_status"] == "ok"]


def test_same_seed_same_bytes(world: World, truth: dict) -> None:
    twin = World(seed=world.seed, n_sites=world.settings.n_sites, fault_delay=world.fault_delay)
    assert json.dumps(twin.ground_truth(), sort_keys=True) == json.dumps(truth, sort_keys=True)
    assert twin.municipality_rows() == world.municipality_rows()
    for site in ok_sites(truth)[:8]:
        for comp in site["components"].values():
            assert fetch(twin, comp["url"])[1].body == fetch(world, comp["url"])[1].body


def test_other_seed_other_world(world: World) -> None:
    other = World(seed=world.seed + 1, n_sites=world.settings.n_sites)
    assert {r["domain"] for r in other.municipality_rows()} != {r["domain"] for r in world.municipality_rows()}


def test_csv_rows(world: World) -> None:
    rows = world.municipality_rows()
    assert all(tuple(r) == CSV_COLUMNS for r in rows)
    ags = [r["ags"] for r in rows]
    assert len(ags) == len(set(ags))
    for r in rows:
        assert re.fullmatch(r"\d{8}" if r["level"] == "gemeinde" else r"\d{5}", r["ags"]), r
        assert 1 <= int(r["state_code"]) <= 16 and r["ags"].startswith(r["state_code"])
        assert r["url_source"] == "farm"
    by_domain: dict[str, list[dict]] = {}
    for r in rows:
        by_domain.setdefault(r["domain"], []).append(r)
    assert sorted(len(v) for k, v in by_domain.items() if k).count(3) == 1  # the Verbandsgemeinde
    assert len(by_domain.get("", [])) == 2  # no website
    assert {r["type"] for r in rows} >= {"Gemeinde", "Stadt", "Landkreis", "Kreisfreie Stadt"}


def test_truth_shape(truth: dict) -> None:
    assert len(ok_sites(truth)) >= 30
    seen = set()
    for site in truth["sites"]:
        assert site["expected_status"] in STATUSES
        assert set(site["services"]) == set(SERVICES)
        assert set(site["components"]) <= COMPONENT_IDS
        seen |= set(site["components"])
    assert seen == COMPONENT_IDS
    counts = [len(s["components"]) for s in ok_sites(truth)]
    assert min(counts) == 0 and max(counts) >= 12
    assert {s["cms"] for s in truth["sites"]} >= {"TYPO3", "Government Site Builder", "iKISS", "Sitepark IES", "SixCMS", None}
    assert {True, False} == {s["https"] for s in truth["sites"]}
    assert any(c["js_only"] for s in truth["sites"] for c in s["components"].values())
    assert {s["expected_status"] for s in truth["sites"]} == STATUSES - {"no_website", "error"}
    assert json.loads(json.dumps(truth)) == truth


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_components_and_traps_reachable_at_stated_depth(world: World, truth: dict) -> None:
    for site in ok_sites(truth):
        depths = bfs(world, site["start_url"], max_depth=4, limit=1500)
        for comp, found in site["components"].items():
            assert depths.get(found["url"]) == found["depth"], (site["host"], comp, found)
            assert fetch(world, found["url"])[1].status == 200
        for trap in site["traps"]:
            assert trap["url"] in depths, (site["host"], trap)


def test_traps_cover_references(truth: dict) -> None:
    trapped = {(t["component"], t["trap"]) for s in truth["sites"] for t in s["traps"]}
    assert {t for _, t in trapped} == set(catalogue()["traps"])
    with_comp = {t["trap"] for s in ok_sites(truth) for t in s["traps"] if t["component"] in s["components"]}
    without = {t["trap"] for s in ok_sites(truth) for t in s["traps"] if t["component"] not in s["components"]}
    assert len(with_comp) >= 8 and len(without) >= 12


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_service_pages_match_levels(world: World, truth: dict) -> None:
    levels = set()
    for site in ok_sites(truth)[:20]:
        depths = bfs(world, site["start_url"], max_depth=3, limit=500)
        pages = {u: fetch(world, u)[1].body.decode() for u, d in depths.items() if d == 3}
        for sid, level in site["services"].items():
            levels.add(level)
            title = SERVICES[sid][0]
            hits = [body for body in pages.values() if f"<h1>{title}</h1>" in body]
            assert bool(hits) == (level > 0), (site["host"], sid, level)
            if level:
                body = hits[0]
                assert ("Formular herunterladen" in body) == (level >= 2)
                assert ("Online beantragen" in body) == (level == 3)
    assert levels == {0, 1, 2, 3}


def test_kreis_services_only_where_responsible(world: World, truth: dict) -> None:
    for site in truth["sites"]:
        types = {m.type for m in world.plan(truth["sites"].index(site)).members}
        if not types & {"Landkreis", "Kreisfreie Stadt"}:
            assert all(site["services"][s] == 0 for s in ("kfz_zulassung", "wohngeld", "baugenehmigung"))


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_external_links_answer(world: World, truth: dict) -> None:
    """Every host a site links to answers (one-hop follow), except the eID client on localhost."""
    hosts = set()
    for site in ok_sites(truth)[:25]:
        for url in bfs(world, site["start_url"], max_depth=2, limit=200):
            final, response = fetch(world, url)
            if response.status == 200 and b"<html" in response.body[:200]:
                hosts |= {urlsplit(u).hostname for u in links(final, response.body)}
    hosts.discard("127.0.0.1")
    for host in hosts:
        assert world.respond("GET", host, "/", {}, scheme="https").status == 200, host


def test_unknown_host_is_squid_dns_error(world: World) -> None:
    response = world.respond("GET", "www.nicht-vorhanden.de", "/", {})
    assert response.status == 502 and ("X-Squid-Error", "ERR_DNS_FAIL 0") in response.headers


def test_conditional_requests_and_mutation() -> None:
    world = World(seed=3, n_sites=5, faults=False)
    plan = world.plan(2)
    first = world.respond("GET", plan.host, "/", {}, scheme=plan.base.split(":")[0])
    headers = dict(first.headers)
    again = world.respond("GET", plan.host, "/", {"If-None-Match": headers["ETag"]}, scheme=plan.base.split(":")[0])
    assert again.status == 304 and again.body == b""
    since = world.respond("GET", plan.host, "/", {"If-Modified-Since": headers["Last-Modified"]}, scheme=plan.base.split(":")[0])
    assert since.status == 304
    world.mutate(plan.host)
    changed = world.respond("GET", plan.host, "/", {"If-None-Match": headers["ETag"]}, scheme=plan.base.split(":")[0])
    assert changed.status == 200 and dict(changed.headers)["ETag"] != headers["ETag"]


def test_bench_world_stays_small() -> None:
    """11 000 sites with 20 articles each: a host index and a bounded plan cache, measured in a fresh process."""
    script = (
        "import resource\n"
        "from farm.world import World\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "world = World(seed=7, n_sites=11000, news_pages=20)\n"
        "for index in range(0, 11000, 37):\n"
        "    plan = world.plan(index)\n"
        "    assert world.respond('GET', plan.host, '/', {}, scheme=plan.base.split(':')[0]).status == 200\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base)\n")
    grown_kib = int(subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True,
                                   timeout=120).stdout)
    assert grown_kib < 60 * 1024



@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
@settings(max_examples=5, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000))
def test_any_seed_gives_a_consistent_world(seed: int) -> None:
    world = World(seed=seed, n_sites=6, faults=False)
    truth = world.ground_truth()
    rows = world.municipality_rows()
    assert len({r["ags"] for r in rows}) == len(rows) == 6 + 2 + 2 + world.settings.deep_sites
    for site in truth["sites"]:
        depths = bfs(world, site["start_url"], max_depth=3, limit=400)
        for found in site["components"].values():
            assert depths.get(found["url"]) == found["depth"]


def test_mutation_changes_only_what_it_touches() -> None:
    """One more article: start page and archive change, other pages keep ETag and Last-Modified."""
    world, pristine = World(seed=5, n_sites=8, faults=False), World(seed=5, n_sites=8, faults=False)
    plan = world.plan(3)
    scheme = plan.base.split(":")[0]
    kontakt = world.site(3).tree.url("kontakt")
    before = {t: dict(pristine.respond("GET", plan.host, t, {}, scheme=scheme).headers) for t in ("/", kontakt)}
    world.mutate(plan.host)
    start = world.respond("GET", plan.host, "/", {"If-Modified-Since": before["/"]["Last-Modified"]}, scheme=scheme)
    assert start.status == 200 and dict(start.headers)["ETag"] != before["/"]["ETag"]
    assert _date(dict(start.headers)["Last-Modified"]) > _date(before["/"]["Last-Modified"])
    for header, value in (("If-None-Match", before[kontakt]["ETag"]), ("If-Modified-Since", before[kontakt]["Last-Modified"])):
        assert world.respond("GET", plan.host, kontakt, {header: value}, scheme=scheme).status == 304


def test_mutation_adds_and_removes_components() -> None:
    world = World(seed=5, n_sites=8, faults=False)
    index = next(i for i in range(2, 8) if "chatbot" not in world.plan(i).components
                 and "site_search" in world.plan(i).components)
    world.mutate(world.plan(index).host, add=["chatbot"], remove=["site_search"])
    site = world.ground_truth()["sites"][index]
    assert "chatbot" in site["components"] and "site_search" not in site["components"]
    depths = bfs(world, site["start_url"], max_depth=3)
    assert depths.get(site["components"]["chatbot"]["url"]) == site["components"]["chatbot"]["depth"]


def _date(value: str) -> float:
    return email.utils.parsedate_to_datetime(value).timestamp()
