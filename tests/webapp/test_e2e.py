"""Issue 5 "done when": a person finds a municipality, starts its check, waits, and sees score and evidence.

The real app under uvicorn, the real crawler in a subprocess through the simulated web's proxy, Debian's
Chromium driven by Playwright. The screenshot is kept under test-output/ (and the test's tmp_path).
"""
from __future__ import annotations

import csv
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support import REPO, chromium_or_skip, crawl
from webapp.settings import Settings

from .conftest import farm_sites, live_server


@pytest.fixture
def farm_site(farm_files) -> tuple[Path, str, str]:
    """The farm site expected to crawl ok with the most components visible without JavaScript near its start page."""
    site = farm_sites(farm_files, depth=2)[0]
    assert len(site.components) >= 2, "the simulated web has no suitable site"
    return Path(farm_files[0]), site.ags, site.name


def level_of(municipalities: Path, ags: str) -> str:
    with municipalities.open(encoding="utf-8") as f:
        return next(r["level"] for r in csv.DictReader(f) if r["ags"] == ags)


@contextmanager
def browser_page():
    from playwright.sync_api import sync_playwright

    executable = chromium_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True)
        try:
            yield browser.new_page(viewport={"width": 1200, "height": 900})
        finally:
            browser.close()


def choose(page, base: str, name: str, ags: str) -> None:
    """Search as you type and pick the municipality from the suggestions."""
    page.goto(base + "/")
    page.fill("#q", name[: max(4, len(name) - 2)])
    page.locator(".suggestion", has_text=f"({ags}").first.click()
    expect(page.locator("#chosen")).to_contain_text(ags)


def assert_result_shown(page, name: str) -> None:
    expect(page.locator("h1")).to_contain_text(name)
    expect(page.locator("#score-value")).to_be_visible()
    present = page.locator("#components tr.present")
    assert present.count() >= 1, "no component found"
    assert present.locator(".evidence a").count() >= 1, "no evidence link"


def keep(page, tmp_path: Path, name: str) -> None:
    """Full page and first screen, in tmp_path and test-output/."""
    out = REPO / "test-output"
    out.mkdir(exist_ok=True)
    for shot, full in ((tmp_path / f"{name}.png", True), (tmp_path / f"{name}-top.png", False)):
        page.screenshot(path=str(shot), full_page=full)
        shutil.copy(shot, out / shot.name)


def test_find_check_and_see_result_in_a_browser(tmp_path, farm_proxy, farm_site):
    municipalities, ags, name = farm_site
    settings = Settings(db=tmp_path / "reifegrad.db", municipalities=municipalities, proxy=farm_proxy,
                        allow_simulated_web=True, workers=2, max_pages=40, time_budget=90)
    with live_server(settings) as (base, _), browser_page() as page:
        choose(page, base, name, ags)
        page.click("#start")
        page.wait_for_url("**/pruefungen/**")
        expect(page.locator("#state")).to_be_visible()
        page.wait_for_url(f"**/ergebnis/{ags}**", timeout=240_000)
        assert_result_shown(page, name)
        keep(page, tmp_path, "webapp-e2e-result")
    with sqlite3.connect(settings.db) as db:
        status, run_id = db.execute("SELECT status, run_id FROM checks").fetchone()
        trigger, in_series = db.execute("SELECT trigger, in_series FROM runs WHERE id = ?", (run_id,)).fetchone()
    assert (status, trigger, in_series) == ("done", "ondemand", 0)


def test_fresh_nightly_result_is_served_and_an_admin_forces_a_check(tmp_path, farm_proxy, farm_site):
    """On a database with last night's crawl of the site and its peers (same level): the check is answered
    from it at once (24-hour rule), with peers; an admin forces a new check, whose result then sits in the
    history beside the nightly one."""
    municipalities, ags, name = farm_site
    db = tmp_path / "reifegrad.db"
    crawl(municipalities, db, farm_proxy, "--level", level_of(municipalities, ags), "--trigger", "nightly")
    settings = Settings(db=db, municipalities=municipalities, proxy=farm_proxy, allow_simulated_web=True,
                        max_pages=40, time_budget=90, admin_token="e2e-admin")
    with live_server(settings) as (base, _), browser_page() as page:
        choose(page, base, name, ags)
        page.click("#start")
        page.wait_for_url(f"**/ergebnis/{ags}?run_id=**")  # the nightly's fresh result, its run named
        assert_result_shown(page, name)
        expect(page.locator("#cached-note")).to_contain_text("vor weniger als 24 Stunden geprüft")
        expect(page.locator("#peers")).to_contain_text("Vergleich mit Kommunen der regelmäßigen Erhebung")
        expect(page.locator("#history tbody tr")).to_have_count(1)

        page.locator("form.noprint summary").click()
        page.fill("form.noprint input[name=admin_token]", "e2e-admin")
        page.check("form.noprint input[name=force]")
        page.click("form.noprint button[type=submit]")
        page.wait_for_url("**/pruefungen/**")
        page.wait_for_url(f"**/ergebnis/{ags}?run_id=**", timeout=240_000)
        assert_result_shown(page, name)
        expect(page.locator("#history tbody tr")).to_have_count(2)
        expect(page.locator("#history")).to_contain_text("auf Anfrage")
        keep(page, tmp_path, "webapp-e2e-forced")
