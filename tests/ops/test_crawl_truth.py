"""Issue 12: runs that tell the truth — German Accept-Language, an exact page budget, render failures
recorded and counted."""
from __future__ import annotations

import pytest

from tests.ops.recording_proxy import recording_proxy
from tests.support import chromium_or_skip, q, reifegrad

CSV = "ags,name,type,level,website_url\n09162000,Teststadt,Stadt,gemeinde,http://www.teststadt.de/\n"


@pytest.fixture
def one_site(tmp_path):
    csv = tmp_path / "one.csv"
    csv.write_text(CSV, encoding="utf-8")
    return csv


@pytest.mark.slow
def test_a_crawl_asks_for_german_and_fetches_at_most_max_pages(tmp_path, one_site):
    db = tmp_path / "t.db"
    with recording_proxy() as (proxy, requests):
        reifegrad("crawl", "--municipalities", str(one_site), "--db", str(db), "--proxy", proxy, "--no-render",
                  "--delay", "0", "--no-autothrottle", "--max-pages", "60", "--max-depth", "2")
    pages = [url for _, url, _ in requests if not url.endswith("/robots.txt")]
    assert len(set(pages)) == len(pages) == 60, len(pages)
    assert q(db, "SELECT count(*) FROM pages")[0][0] == 60
    assert {h.get("Accept-Language") for _, _, h in requests} == {"de-DE,de;q=0.9"}


@pytest.mark.slow
def test_a_failed_render_is_recorded_and_counted(tmp_path, one_site):
    chromium_or_skip()
    db = tmp_path / "r.db"
    with recording_proxy(stall_repeats=8) as (proxy, _):
        proc = reifegrad("crawl", "--municipalities", str(one_site), "--db", str(db), "--proxy", proxy, "--render",
                         "--delay", "0", "--timeout", "3", "--max-pages", "3", "--max-depth", "1", "--retries", "0")
    errors = q(db, "SELECT r.url, r.error FROM render_errors r")
    assert errors and errors[0][0] == "http://www.teststadt.de/", errors
    assert "Rendering failed on 1 sites" in proc.stdout
    assert q(db, "SELECT status, rendered FROM site_visits") == [("ok", 0)]
    status = reifegrad("status", "--db", str(db)).stdout
    assert "rendering failed on 1 sites" in status
