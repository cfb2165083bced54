"""The result page and API: evidence, peers, advice, history — and hostile crawled content stays inert."""
from __future__ import annotations

import csv

import pytest
from fastapi.testclient import TestClient

from webapp.app import create_app
from output.result import load as load_result

from .seed import record_visit


@pytest.fixture
def rows(municipalities_csv) -> dict[str, dict]:
    with municipalities_csv.open(encoding="utf-8") as f:
        return {r["ags"]: r for r in csv.DictReader(f)}


@pytest.fixture
def seeded(settings, rows):
    """Nightly results for ten small peers (Gemeinde 01..10), then a nightly and an on-demand visit of Gemeinde 11."""
    for n in range(1, 11):
        row = rows[f"05315{n:03d}"]
        record_visit(settings.db, row, trigger="nightly", score=10.0 * n,
                     components={"imprint": row["website_url"] + "i", **({"site_search": row["website_url"] + "s"} if n <= 4 else {})})
    own = rows["05315011"]
    record_visit(settings.db, own, trigger="nightly", score=20.0)
    evil = {"imprint": "javascript:alert(1)", "site_search": own["website_url"] + 'suche?q="><script>alert(2)</script>'}
    run_id = record_visit(settings.db, own, trigger="ondemand", score=75.0, components=evil)
    return own["ags"], run_id


def test_result_has_peers_adoption_history_and_advice(settings, seeded):
    ags, run_id = seeded
    result = load_result(settings.db, ags, run_id)
    assert result["score"]["score"] == 75.0 and result["visit"]["trigger"] == "ondemand"
    size = {p["group"]: p for p in result["peers"]}["size"]
    # ten peers scoring 10..100 and this visit's 75: 60 is the median, 8 of 11 score at most 75
    assert size["value"] == "< 5.000" and size["scored"] == 11 and size["median"] == 60.0
    assert size["percentile"] == round(100 * 8 / 11, 1)
    shares = {c["id"]: c["peer_share"] for c in result["components"]}
    assert shares["imprint"] == 1.0 and shares["site_search"] == 0.4
    assert [(h["trigger"], h["score"]) for h in result["history"]] == [("ondemand", 75.0), ("nightly", 20.0)]
    advice = result["recommendations"]
    assert advice and all({"component", "label", "weight", "text"} <= r.keys() and r["weight"] > 0 for r in advice)
    assert "imprint" not in {r["component"] for r in advice}


def test_default_result_is_the_nightly_one_the_ranking_shows(settings, seeded):
    """Without a run the result page shows the latest nightly visit, the one every other view ranks."""
    ags, _ = seeded
    result = load_result(settings.db, ags)
    assert result["visit"]["in_series"] and result["score"]["score"] == 20.0


def test_on_demand_result_stays_out_of_the_nightly_series(settings, seeded):
    """The views the analysts and the peer comparison read still show the nightly score."""
    from output.queries import latest_scores

    ags, _ = seeded
    assert latest_scores(settings.db).set_index("ags").loc[ags, "score"] == 20.0


def test_result_page_escapes_crawled_content(settings, seeded):
    ags, run_id = seeded
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/ergebnis/{ags}", params={"run_id": run_id}).text
    assert 'href="javascript' not in page
    assert "<script>alert(2)" not in page and "<b>imprint</b>" not in page
    assert "&lt;b&gt;imprint&lt;/b&gt;" in page
    assert "Was als Nächstes zu tun ist" in page and "Vergleich mit Kommunen" in page and "Verlauf" in page


def test_failed_visit_has_no_score(settings, rows):
    row = rows["09184112"]
    run_id = record_visit(settings.db, row, status="dns_error", components={})
    result = load_result(settings.db, row["ags"], run_id)
    assert result["visit"]["status"] == "dns_error" and (result["score"] or {}).get("score") is None
    assert result["recommendations"] == [] and {c["state"] for c in result["components"]} == {"unknown"}
    assert result["visit"]["reason"] and result["visit"]["advice"]
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/ergebnis/{row['ags']}").text
    assert "Keine Bewertung" in page and result["visit"]["advice"] in page
    assert page.count('class="unknown"') == len(result["components"]) and 'class="absent"' not in page


def test_a_fresh_result_served_instead_of_a_check_is_the_newest_one(settings, rows):
    """A town hall checked its site an hour ago and asks again: it is shown that check (not the older nightly
    visit the plain result page shows), and told why no new check runs and when one can."""
    import re

    own = rows["09162000"]
    record_visit(settings.db, own, trigger="nightly", score=20.0)
    run_id = record_visit(settings.db, own, trigger="ondemand", score=75.0)
    with TestClient(create_app(settings), base_url="http://testserver") as client:
        answer = client.post("/api/checks", json={"ags": own["ags"]}).json()
        assert answer["cached"] and answer["result_url"] == f"/api/results/{own['ags']}?run_id={run_id}"
        assert client.get(answer["result_url"]).json()["score"]["score"] == 75.0
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
        form = client.post("/pruefen", data={"csrf_token": token, "ags": own["ags"]}, follow_redirects=False)
        assert form.status_code == 303 and form.headers["location"].startswith(f"/ergebnis/{own['ags']}?run_id={run_id}&")
        page = client.get(form.headers["location"]).text
        assert 'id="score-value">75,0<' in page and 'id="cached-note"' in page and "Prüfung auf Anfrage" in page
        assert 'id="cached-note"' not in client.get(f"/ergebnis/{own['ags']}?run_id={run_id}").text
