"""Issue 12: runs that tell the truth — German Accept-Language, the page budget is exact."""
from __future__ import annotations

import pytest

from tests.ops.recording_proxy import recording_proxy
from tests.support import q, reifegrad

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
