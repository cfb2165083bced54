"""The realistic district (farm/realweb): served through the World, well-formed truth, and no sentence of the
real pages it was written from."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from farm.__main__ import main as farm_main
from farm.realweb.district import District
from farm.realweb.render import render_landing, render_page
from bench import realfarm_eval
from crawler.linkrank import LAST_TIER, link_score
from detectors.page import normalise_text
from farm.world import World
from output.statuses import status_ids
from tests.farm.crawl import bfs, fetch
from tests.support import q, reifegrad

REALPAGES = Path(__file__).resolve().parents[3] / "shared" / "realpages"
COMPONENTS_MD = Path(__file__).resolve().parents[3] / "shared" / "reference" / "components.md"
WINDOW = 12
_WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7, n_sites=4, faults=False, realistic=16)


@pytest.fixture(scope="module")
def truth(world: World) -> dict:
    return json.loads(json.dumps(world.ground_truth()))


def realweb_sites(truth: dict) -> list[dict]:
    return [s for s in truth["sites"] if s.get("district") == "realweb"]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _visible_text(html: str) -> str:
    return lxml.html.document_fromstring(html).text_content() if html.strip() else ""


def _windows(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


def test_other_sites_unchanged_by_the_district() -> None:
    plain = World(seed=7, n_sites=4, faults=False)
    mixed = World(seed=7, n_sites=4, faults=False, realistic=5)
    plain_sites = plain.ground_truth()["sites"]
    assert mixed.ground_truth()["sites"][:len(plain_sites)] == plain_sites
    assert mixed.municipality_rows()[:len(plain.municipality_rows())] == plain.municipality_rows()
    assert len(mixed.municipality_rows()) == len(plain.municipality_rows()) + 5


def test_truth_is_well_formed(truth: dict) -> None:
    sites = realweb_sites(truth)
    assert len(sites) == 16
    known = set(re.findall(r"^\| `([a-z_]+)` \|", COMPONENTS_MD.read_text("utf-8"), re.M)) if COMPONENTS_MD.exists() \
        else None
    hosts, ags = set(), set()
    for site in sites:
        assert site["expected_status"] == "ok" and site["host"] not in hosts and not set(site["ags"]) & ags
        hosts.add(site["host"])
        ags.update(site["ags"])
        for comp, info in site["components"].items():
            assert known is None or comp in known | {"form_download"}, comp
            assert urlsplit(info["url"]).hostname == site["host"] and info["depth"] >= 0 and info["product"]
        for trap in site["traps"]:
            assert urlsplit(trap["url"]).hostname == site["host"] and trap["what"]
            if trap["component"] in site["components"]:
                assert trap["url"] != site["components"][trap["component"]]["url"], trap
    # the district is varied: most components occur somewhere and are missing somewhere
    counts = {c: sum(c in s["components"] for s in sites) for s in sites for c in s["components"]}
    assert sum(0 < n < len(sites) for n in counts.values()) >= 12
    assert sum(len(s["traps"]) for s in sites) >= 30



# the chrome page a footer or header link names, and the component a crawler reads from that link
CHROME_PAGES = {"impressum": "imprint", "datenschutz": "privacy_policy", "barrierefreiheit": "accessibility_statement",
                "leichte_sprache": "easy_language", "gebaerdensprache": "sign_language"}


@pytest.mark.parametrize("seed", [4, 6, 59])  # seeds whose 40 sites had an Impressum page without an imprint
def test_truth_agrees_with_chrome_links_and_platform_decisions(seed: int) -> None:
    """A footer or header link to a chrome page (an 'Impressum' holding only a De-Mail address) shows that page's
    component, and a link naming a reporting platform (Maerker) is issue_reporting, not an online form (395fba9)."""
    for site in District(seed, 40).sites:
        for _, key in site.header + site.footer:
            assert key not in CHROME_PAGES or CHROME_PAGES[key] in site.offers, (site.host, key)
        for component, offer in site.offers.items():
            assert "Maerker" not in offer.product or component == "issue_reporting", (site.host, component)

def test_components_and_traps_reachable_at_stated_depth(world: World, truth: dict) -> None:
    for site in realweb_sites(truth):
        depths = bfs(world, site["start_url"], max_depth=9)
        for comp, info in site["components"].items():
            assert depths.get(info["url"]) == info["depth"], (site["host"], comp, info)
        for trap in site["traps"]:
            assert trap["url"] in depths, (site["host"], trap)


def test_linked_vendor_pages_answer(world: World, truth: dict) -> None:
    for site in realweb_sites(truth)[:8]:
        final, start = fetch(world, site["start_url"])
        assert start.status == 200 and final == site["final_url"]
        for url in bfs(world, site["start_url"], max_depth=4):
            _, page = fetch(world, url)
            root = lxml.html.document_fromstring(page.body)
            for href in root.xpath("//a/@href"):
                parts = urlsplit(href)
                if parts.scheme == "https" and parts.hostname != site["host"]:
                    assert world.connect(parts.hostname).status == 200, href
                    _, answer = fetch(world, href)
                    assert answer.status == 200, href


def test_phrasing_varies_between_sites(world: World) -> None:
    district = world.realweb
    starts = {_visible_text(render_page(s, "start")).split("!")[0].split(" der ")[0] for s in district.sites}
    kontakt = {" ".join(_words(_visible_text(render_page(s, "kontakt")))[-20:]) for s in district.sites}
    assert len(starts) > 1 and len(kontakt) > len(district.sites) // 2


def test_commands_list_the_district(tmp_path: Path) -> None:
    """`reifegrad farm csv|truth --realistic N` (= `python -m farm …`) list the district after the other sites."""
    args = ["--sites", "2", "--no-faults", "--realistic", "3"]
    reifegrad("farm", "csv", "--out", str(tmp_path / "farm.csv"), *args)
    farm_main(["truth", "--out", str(tmp_path / "truth.json"), *args])
    rows = list(csv.DictReader((tmp_path / "farm.csv").open(encoding="utf-8")))
    truth = json.loads((tmp_path / "truth.json").read_text("utf-8"))
    assert len(rows) == len(World(n_sites=2, faults=False).municipality_rows()) + 3
    assert [s["ags"] for s in realweb_sites(truth)] == [[r["ags"]] for r in rows[-3:]]
    for row, site in zip(rows[-3:], realweb_sites(truth)):
        assert row["website_url"] == site["start_url"] and row["domain"] == site["host"].removeprefix("www.")


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
@pytest.mark.skipif(not REALPAGES.is_dir(), reason="../shared/realpages not present")
def test_no_sentence_of_a_real_page_is_copied() -> None:
    """No 12-word window of any real page (text or visible HTML text) appears in the district's output."""
    real: set[tuple[str, ...]] = set()
    for page in REALPAGES.iterdir():
        if page.suffix == ".txt":
            real |= _windows(_words(page.read_text("utf-8", errors="replace")))
        elif page.suffix == ".html":
            real |= _windows(_words(_visible_text(page.read_bytes().decode("utf-8", errors="replace"))))
    assert len(real) > 10000
    for seed in (7, 8):
        district = District(seed, 40)
        for site in district.sites:
            texts = [render_page(site, key) for key in site.pages]
            texts += [render_landing(landing) for landing in site.landings.values()]
            for html in texts:
                copied = _windows(_words(_visible_text(html))) & real
                assert not copied, (site.host, " ".join(sorted(copied)[0]))


@pytest.mark.slow
def test_a_crawl_of_the_district_closes_every_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`bench/realfarm_eval.py` crawls the district with the real crawler through the farm proxy: every site ends
    in a closed status (ok) with pages fetched, and the report counts every offer of the truth once (tp + fn).
    Detection quality itself is a measurement, not asserted here."""
    realfarm_eval.main(["--sites", "4", "--workdir", str(tmp_path)])
    out = capsys.readouterr().out
    truth = [s for s in World(seed=7, n_sites=1, faults=False, realistic=4).ground_truth()["sites"]
             if s.get("district") == "realweb"]
    visits = dict(q(tmp_path / "district.db", "SELECT ags, status FROM visits"))
    assert visits == {s["ags"][0]: "ok" for s in truth}
    assert set(visits.values()) <= set(status_ids())
    assert q(tmp_path / "district.db", "SELECT min(pages_fetched) FROM site_visits")[0][0] >= 10
    offers: dict[str, int] = {}
    for site in truth:
        for comp in site["components"]:
            offers[comp] = offers.get(comp, 0) + 1
    table = re.findall(r"^  ([a-z_]+) +[\d.]+ +[\d.]+ +[\d.]+ +(\d+) +\d+ +(\d+)", out, re.M)
    rows = {name: int(tp) + int(fn) for name, tp, fn in table}
    assert {c: n for c, n in rows.items() if n} == offers
    assert f"{sum(offers.values())} offers" in out and "Traps fired:" in out and "depth 0:" in out



@pytest.mark.slow
def test_news_that_announce_an_offer_are_fetched_within_the_budget(tmp_path: Path) -> None:
    """The real crawler reads the news list's further pages before the Leistungen A–Z goes beyond its third of the
    budget, so an article whose title announces an offer ('Stadtrat verabschiedet E-Government-Strategie', on the
    list's second page of the district's most mature site) is fetched, not left waiting when the budget ends."""
    realfarm_eval.main(["--seed", "59", "--sites", "1", "--workdir", str(tmp_path)])
    fetched = {url for (url,) in q(tmp_path / "district.db", "SELECT url FROM pages")}
    district = District(59, 1)
    for site in district.sites:
        depth = district.depths(site)
        announced = [f"https://{site.host}{page.path}" for key, page in site.pages.items()
                     if page.kind == "news" and depth[key] <= 3
                     and link_score(normalise_text(page.title), f"https://{site.host}{page.path}") > LAST_TIER]
        assert announced and set(announced) <= fetched, sorted(set(announced) - fetched)

@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_wording_is_fully_resolved() -> None:
    """No alternative, value or link mark of the wording data survives into any page (two seeds, all variants)."""
    for seed in (7, 11):
        for site in District(seed, 40).sites:
            pages = [render_page(site, key) for key in site.pages]
            pages += [render_landing(landing) for landing in site.landings.values()]
            for html in pages:
                text = _visible_text(html) + " ".join(re.findall(r'(?:href|src)="([^"]*)"', html))
                assert not re.search(r"\(\(|\)\)|\[\[|\]\]|->|\{[a-z_]+\}", text), (site.host, text[:300])


@pytest.mark.parametrize("value", ["79", "-1", "many"])
def test_bad_district_size_is_a_one_line_error(value: str) -> None:
    proc = reifegrad("farm", "csv", "--realistic", value, check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "--realistic" in proc.stderr.strip().splitlines()[-1]
