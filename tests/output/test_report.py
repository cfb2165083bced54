"""The static report renders from a real store and reads correctly in headless Chromium."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from output.report import write_report
from output.sources import DESTATIS
from output.statuses import by_id
from tests.output.factory import MUNICIPALITIES

CHROMIUM = Path("/usr/lib/chromium/chromium")


@pytest.fixture()
def report(nights, model, tmp_path) -> Path:
    store, *_ = nights
    return write_report(store.path, tmp_path / "report", model)


def test_report_writes_overview_and_one_page_per_municipality(report):
    pages = {p.stem for p in (report.parent / "gemeinden").glob("*.html")}
    assert pages == {m["ags"] for m in MUNICIPALITIES}
    html = report.read_text("utf-8")
    assert DESTATIS in html and "16 %" in html and "52 %" in html
    for page in [html, *(p.read_text("utf-8") for p in (report.parent / "gemeinden").glob("*.html"))]:
        # self-contained: no scripts, stylesheets, images or fonts to load (links to evidence are fine)
        assert not re.search(r"<(script|link|img|iframe|object)\b|@import|url\(", page)


def test_municipality_page_content(report):
    page = (report.parent / "gemeinden" / "01001000.html").read_text("utf-8")
    assert "Flensburg" in page and "keine amtliche OZG-Reifegradstufe" in page
    assert 'href="https://www.flensburg.de/epayment"' in page  # evidence link
    assert "heuristisch" in page and "Handlungsempfehlungen" in page
    assert "Vergleichsring" not in page
    failed = (report.parent / "gemeinden" / "09162000.html").read_text("utf-8")
    timeout = by_id()["timeout"]
    assert timeout.label in failed and timeout.advice in failed and "Keine Empfehlungen" in failed
    assert failed.count('class="state-unknown"') == 24 and "state-absent" not in failed


def test_report_for_selected_municipalities_and_peer_group(nights, model, tmp_path):
    store, *_ = nights
    store.add_peer_group("Amt Mitteldithmarschen", ["01051001", "01051002", "01051003"])
    index = write_report(store, tmp_path / "one", model, ags=["01051001"])
    assert [p.name for p in (index.parent / "gemeinden").iterdir()] == ["01051001.html"]
    assert "Vergleichsring: Amt Mitteldithmarschen" in (index.parent / "gemeinden" / "01051001.html").read_text()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/lib/chromium/chromium")
def test_page_in_headless_chromium(report):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page()
        failed_requests: list[str] = []
        page.on("requestfailed", lambda r: failed_requests.append(r.url))
        page.goto(report.as_uri())
        assert page.title() == "Digitale Reife der Kommunen – Übersicht"
        assert page.locator("#ranking tr").count() == len(MUNICIPALITIES) + 1
        page.locator("#ranking").get_by_role("link", name="Flensburg").click()
        assert page.locator("h1").inner_text() == "Flensburg"
        assert re.fullmatch(r"\d+,\d", page.locator("#score").inner_text())
        rows = page.locator("#components tr")
        assert rows.count() == 25  # header + every catalogue component
        found = page.locator("#components tr", has_text="Elektronische Bezahlmöglichkeit")
        assert "vorhanden" in found.inner_text()
        assert page.locator("svg.chart").count() >= 2
        page.emulate_media(media="print")
        assert page.locator(".noprint").first.is_hidden()
        assert page.pdf()[:4] == b"%PDF"
        browser.close()
    assert failed_requests == []
