"""Issue 13: the report's map, distributions and changes section, read from the files and in headless Chromium."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pandas as pd
import pytest

from output.charts import _five_numbers
from output.germany_map import CLASSES, NO_SCORE, Dot, colour, germany_map
from output.report import write_report
from tests.output.factory import MUNICIPALITIES
from tests.support import chromium_or_skip, q

WITH_COORDINATES = [m["ags"] for m in MUNICIPALITIES if m.get("lat")]


def internal_links(page: Path) -> list[Path]:
    """The files the page's relative links point to (evidence links to the web are not ours)."""
    tree = lxml.html.fromstring(page.read_bytes())
    targets = [urlsplit(a.get("href")) for a in tree.iter("a") if a.get("href")]
    return [(page.parent / unquote(t.path)).resolve() for t in targets if not t.scheme and t.path]


def test_map_has_one_linked_dot_per_municipality_with_coordinates(nights, model, tmp_path):
    store, *_ = nights
    index = write_report(store.path, tmp_path / "r", model)
    svg = lxml.html.fromstring(index.read_bytes()).get_element_by_id("karte")
    dots = svg.xpath(".//circle[@class='gemeinde']")
    visited = {r[0] for r in q(store.path, "SELECT m.ags FROM latest_visits v JOIN municipalities m USING (ags) "
                                           "WHERE m.lat IS NOT NULL AND m.lon IS NOT NULL")}
    assert sorted(d.get("data-ags") for d in dots) == sorted(visited) == sorted(WITH_COORDINATES)
    assert {d.getparent().get("href") for d in dots} == {f"gemeinden/{a}.html" for a in WITH_COORDINATES}
    fill = {d.get("data-ags"): d.get("fill") for d in dots}
    assert fill["09162000"] == fill["01051"] == NO_SCORE  # timed out on night 2; no website
    assert fill["01001000"] != NO_SCORE
    # north is up, east is right: Flensburg above München, München east of Flensburg
    xy = {d.get("data-ags"): (float(d.get("cx")), float(d.get("cy"))) for d in dots}
    assert xy["01001000"][1] < xy["09162000"][1] and xy["09162000"][0] > xy["01001000"][0]
    # one page per state, linked from the overview, each with its own municipalities' dots
    states = {a.get("href"): a.text for a in lxml.html.fromstring(index.read_bytes()).get_element_by_id("states")}
    assert states == {"laender/01.html": "Schleswig-Holstein", "laender/09.html": "Bayern"}
    for href, state in states.items():
        page = lxml.html.fromstring((index.parent / href).read_bytes())
        on_map = {c.get("data-ags") for c in page.get_element_by_id("karte").xpath(".//circle[@class='gemeinde']")}
        assert on_map == {m["ags"] for m in MUNICIPALITIES if m["state"] == state and m.get("lat")}
        assert {c.getparent().get("href") for c in page.xpath("//circle[@class='gemeinde']")} == \
            {f"../gemeinden/{a}.html" for a in on_map}


def test_a_coordinate_outside_germany_is_counted_not_drawn():
    def dot(ags: str, lat: float, lon: float) -> Dot:
        return Dot(ags, ags, lat, lon, 50.0, "erfolgreich", None)

    alone = lxml.html.fromstring(str(germany_map([dot("a", 54.78, 9.44)])))
    both = lxml.html.fromstring(str(germany_map([dot("a", 54.78, 9.44), dot("typo", 5.478, 94.4)])))
    assert [c.get("data-ags") for c in both.xpath("//circle[@class='gemeinde']")] == ["a"]
    position = "//circle[@class='gemeinde']/@cx | //circle[@class='gemeinde']/@cy"
    assert alone.xpath(position) == both.xpath(position)  # the typo does not move or shrink the map
    assert "außerhalb der Karte): 1" in both.text_content() and "außerhalb" not in alone.text_content()


def test_colours_and_quartiles():
    assert colour(None) == NO_SCORE and colour(0) == CLASSES[0][1] and colour(100) == CLASSES[-1][1]
    assert colour(59.9) == CLASSES[2][1] and colour(60) == CLASSES[3][1]
    values = [3.0, 10.0, 11.5, 40.0, 41.0, 97.0]
    s = pd.Series(values)
    assert _five_numbers(values) == pytest.approx((s.min(), s.quantile(.25), s.median(), s.quantile(.75), s.max()))


def test_report_of_one_municipality_leaves_no_broken_links(nights, model, tmp_path):
    store, *_ = nights
    index = write_report(store.path, tmp_path / "one", model, ags=["01001000"])
    pages = [index, *(index.parent / "gemeinden").glob("*.html"), *(index.parent / "laender").glob("*.html")]
    assert len(pages) == 4  # the overview, Flensburg, the two states
    for page in pages:
        assert all(target.exists() for target in internal_links(page)), page
    assert index.parent.joinpath("gemeinden", "01001000.html").resolve() in internal_links(index)
    # a later full report into the same directory links everything again, and --ags then keeps those links
    write_report(store.path, tmp_path / "one", model)
    write_report(store.path, tmp_path / "one", model, ags=["01001000"])
    linked = {p.stem for p in internal_links(index) if p.parent.name == "gemeinden"}
    assert linked == {m["ags"] for m in MUNICIPALITIES}


def test_changes_section_names_the_changed_municipalities(nights, model, tmp_path):
    store, r1, _ = nights
    index = write_report(store.path, tmp_path / "r", model)
    table = lxml.html.fromstring(index.read_bytes()).get_element_by_id("changes-table")
    rows = {r.xpath("string(td[2])").strip(): [td.text_content().strip() for td in r.xpath("td")]
            for r in table.xpath(".//tr[td]")}
    assert set(rows) == {"Flensburg", "München"}  # the Amt's unchanged site is not named
    assert rows["Flensburg"][0] == "!" and rows["Flensburg"][6:] == ["Chatbot", "Elektronische Bezahlmöglichkeit"]
    assert rows["München"][0] == "" and "Zeitüberschreitung" in rows["München"][2]
    assert f"Lauf #{r1}" in index.read_text("utf-8")
    # and on the municipalities' own pages, from their result documents
    def section(ags: str) -> str:
        page = lxml.html.fromstring((index.parent / "gemeinden" / f"{ags}.html").read_bytes())
        return " ".join(page.get_element_by_id("changes").text_content().split())
    assert "Weggefallen: Chatbot" in section("01001000") and "Neu: Elektronische Bezahlmöglichkeit" in section("01001000")
    assert "nur zwischen zwei erfolgreichen Prüfungen" in section("09162000")
    assert f"Lauf #{r1}, Status erfolgreich" in section("01051001") and "Weggefallen: –" in section("01051001")


@pytest.mark.slow
def test_report_pictures_in_headless_chromium(nights, model, tmp_path):
    """The report as a person sees it: screenshots in tmp_path, no console errors, every link resolves."""
    from playwright.sync_api import sync_playwright

    store, *_ = nights
    index = write_report(store.path, tmp_path / "report", model)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_or_skip())
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("requestfailed", lambda r: errors.append(r.url))
        page.goto(index.as_uri())
        dots = page.locator("#karte circle.gemeinde")
        assert dots.count() == len(WITH_COORDINATES)
        box = page.locator("#karte").bounding_box()
        assert box and box["height"] > box["width"] > 300  # Germany is taller than wide
        assert page.locator("svg.boxes").count() == 2
        changes = page.locator("#changes-table")
        assert "Flensburg" in changes.inner_text() and "Chatbot" in changes.inner_text()
        page.locator("#map-section").screenshot(path=str(tmp_path / "map.png"))
        changes.screenshot(path=str(tmp_path / "changes.png"))
        page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)
        page.locator("#karte a", has=page.locator("circle[data-ags='01001000']")).click()
        assert page.locator("h1").inner_text() == "Flensburg"
        page.screenshot(path=str(tmp_path / "flensburg.png"), full_page=True)
        page.goto(index.as_uri())
        page.locator("#states").get_by_role("link", name="Schleswig-Holstein").click()
        assert page.locator("h1").inner_text() == "Schleswig-Holstein"
        assert page.locator("#karte circle.gemeinde").count() == len(WITH_COORDINATES) - 1  # all but München
        page.screenshot(path=str(tmp_path / "state.png"), full_page=True)
        for html in [index, *(index.parent / "gemeinden").glob("*.html"), *(index.parent / "laender").glob("*.html")]:
            page.goto(html.as_uri())
            for href in page.eval_on_selector_all("a[href^='file:']", "as => as.map(a => a.href)"):
                assert Path(unquote(urlsplit(href).path)).exists(), (html.name, href)
        browser.close()
    assert errors == []
    assert all((tmp_path / f"{name}.png").stat().st_size > 5_000 for name in ("map", "changes", "overview", "state"))
