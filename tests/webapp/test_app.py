"""The app through HTTP (FastAPI TestClient, real SQLite file); checks that run, run the real crawler in a
subprocess against the simulated web."""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from output.formats import de_number
from tests.support import q
from webapp.app import create_app
from webapp.checks import CheckQueue
from webapp.security import CSRF_COOKIE

from .conftest import farm_sites, kill_crawl, on_farm, wait_for


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings), base_url="http://testserver") as client:
        yield client


def wait_done(client: TestClient, check_id: int) -> dict:
    """The check's API answer once it has ended (real crawls: minutes are allowed on a loaded machine)."""
    return wait_for(lambda: (d := client.get(f"/api/checks/{check_id}").json())["check"]["status"] in ("done", "failed")
                    and d, 180)


@pytest.fixture(scope="module")
def checked(tmp_path_factory, farm_files, farm_proxy):
    """One real check of the farm site with the most components on its start page; while it is queued or
    running, the same site is submitted again by its address without "www."."""
    site = farm_sites(farm_files)[0]
    settings = on_farm(tmp_path_factory.mktemp("check"), farm_files, farm_proxy)
    with TestClient(create_app(settings), base_url="http://testserver") as client:
        first = client.post("/api/checks", json={"ags": site.ags})
        again = client.post("/api/checks", json={"url": site.url.replace("://www.", "://")})
        data = wait_done(client, first.json()["check"]["id"])
        yield SimpleNamespace(client=client, site=site, db=settings.db, first=first, again=again, data=data)


def csrf(client: TestClient) -> str:
    page = client.get("/")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def test_search_by_name_and_ags(client):
    assert [m["ags"] for m in client.get("/api/municipalities", params={"q": "muster"}).json()] == ["09162000"]
    assert client.get("/api/municipalities", params={"q": "0918411"}).json()[0]["name"] == "Beispielhausen"
    assert client.get("/api/municipalities", params={"q": ""}).json() == []


def test_check_runs_and_result_is_shown(checked):
    client, site, data = checked.client, checked.site, checked.data
    assert checked.first.status_code == 202
    assert data["check"]["status"] == "done" and data["check"]["run_id"], data["check"]["reason"]
    run_id = data["check"]["run_id"]
    assert q(checked.db, "SELECT trigger, in_series FROM runs WHERE id = ?", run_id) == [("ondemand", 0)]
    assert q(checked.db, "SELECT ags, status FROM visits WHERE run_id = ?", run_id) == [(site.ags, "ok")]
    [(stored,)] = q(checked.db, "SELECT score FROM scores WHERE run_id = ? AND ags = ?", run_id, site.ags)
    result = client.get(data["result_url"]).json()
    assert stored is not None and result["score"]["score"] == stored and result["visit"]["trigger"] == "ondemand"
    present = {c["id"]: [e["url"] for e in c["evidence"]] for c in result["components"] if c["state"] == "present"}
    assert len(site.components) >= 2
    for component, url in site.components.items():  # the farm's truth: on the start page, without JavaScript
        assert url in present.get(component, []), component
    page = client.get(data["result_page_url"])
    assert page.status_code == 200 and f'<span id="score-value">{de_number(stored)}</span>' in page.text
    assert f'<a href="{site.url}"' in page.text and "auf Anfrage" in page.text


def test_url_of_a_municipality_is_accepted_and_others_refused(client):
    assert client.post("/api/checks", json={"url": "musterstadt.de/rathaus"}).status_code == 202
    refused = client.post("/api/checks", json={"url": "https://www.fremde-seite.de/"})
    assert refused.status_code == 400 and "keiner Gemeinde" in refused.json()["detail"]
    other = client.post("/api/checks", json={"ags": "09184112", "url": "https://www.musterstadt.de/"})
    assert other.status_code == 400 and "nicht zur Website" in other.json()["detail"]


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "file:///etc/passwd", "https://user:pw@www.musterstadt.de/", "http://0x7f000001/",
                                 "http://[::1]/", "http://localhost/"])
def test_api_refuses_unsafe_addresses(client, url):
    response = client.post("/api/checks", json={"url": url})
    assert response.status_code == 400


def test_admin_may_check_another_address_for_a_municipality(client):
    body = {"ags": "09184112", "url": "https://www.neue-adresse.de/"}
    assert client.post("/api/checks", json=body).status_code == 400
    assert client.post("/api/checks", json=body, headers={"X-Admin-Token": "falsch"}).status_code == 400
    accepted = client.post("/api/checks", json=body, headers={"X-Admin-Token": "geheim"})
    assert accepted.status_code == 202 and accepted.json()["check"]["site_url"] == "https://www.neue-adresse.de/"


def test_municipality_without_website_is_refused(client):
    assert "keine Website" in client.post("/api/checks", json={"ags": "09184113"}).json()["detail"]


def test_same_site_joins_running_check_then_10_minutes_then_24_hours(checked):
    client, ags = checked.client, checked.site.ags
    assert checked.again.status_code == 200 and checked.again.json()["check"]["id"] == checked.first.json()["check"]["id"]
    assert checked.data["check"]["status"] == "done"
    cached = client.post("/api/checks", json={"ags": ags})
    assert cached.status_code == 200 and cached.json()["cached"] is True
    forced_too_soon = client.post("/api/checks", json={"ags": ags, "force": True}, headers={"X-Admin-Token": "geheim"})
    assert forced_too_soon.status_code == 429 and int(forced_too_soon.headers["Retry-After"]) > 500


def test_force_needs_admin_token(client):
    assert client.post("/api/checks", json={"ags": "09162000", "force": True}).status_code == 403


def test_per_client_rate_limit(settings):
    with TestClient(create_app(replace(settings, rate_limit=3, workers=0))) as client:
        codes = [client.post("/api/checks", json={"ags": f"05315{n:03d}"}).status_code for n in range(1, 6)]
    assert codes == [202, 202, 202, 429, 429]


@pytest.mark.slow  # two crawl subprocesses
def test_failed_crawl_is_retried_then_failed_with_reason(settings, caplog):
    """The crawl process exits non-zero: the settings' proxy does not answer, and the crawler's preflight stops."""
    caplog.set_level(logging.WARNING, logger="webapp.worker")
    with TestClient(create_app(replace(settings, workers=1))) as client:
        check_id = client.post("/api/checks", json={"ags": "09162000"}).json()["check"]["id"]
        data = wait_done(client, check_id)
    assert data["check"]["status"] == "failed" and data["check"]["attempts"] == 2
    assert "Fehler 1" in data["check"]["reason"] and "nicht an Ihrer Website" in data["check"]["reason"]
    assert "does not answer" in caplog.text, "the real crawler's own message reaches the server log"
    assert "does not answer" not in data["check"]["reason"] and settings.proxy not in data["check"]["reason"]  # the log stays private


def test_flaky_crawl_succeeds_on_retry(farm_settings, farm_files):
    """The first crawl process dies (SIGKILL, as the kernel's OOM killer would); the retry crawls the site."""
    site = farm_sites(farm_files)[0]
    with TestClient(create_app(replace(farm_settings, workers=1))) as client:
        check_id = client.post("/api/checks", json={"ags": site.ags}).json()["check"]["id"]
        kill_crawl(CheckQueue(farm_settings.db), check_id, attempt=1)
        data = wait_done(client, check_id)
        visit = client.get(data["result_url"]).json()["visit"] if data["check"]["status"] == "done" else None
    assert data["check"]["status"] == "done" and data["check"]["attempts"] == 2, data["check"]["reason"]
    assert visit["status"] == "ok" and visit["trigger"] == "ondemand"


def test_form_needs_csrf_token_and_same_site(client):
    assert client.post("/pruefen", data={"ags": "09162000"}).status_code == 403
    token = csrf(client)
    cross = client.post("/pruefen", data={"ags": "09162000", "csrf_token": token}, headers={"Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403
    ok = client.post("/pruefen", data={"ags": "09162000", "csrf_token": token}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"].startswith("/pruefungen/")
    status = client.get(ok.headers["location"], follow_redirects=False)
    assert status.status_code in (200, 303)


def test_form_shows_refusal_escaped(client):
    page = client.post("/pruefen", data={"url": "<script>alert(1)</script>", "csrf_token": csrf(client)})
    assert page.status_code == 400 and "<script>alert(1)" not in page.text


def test_csrf_cookie_is_strict_and_httponly(client):
    cookie = client.get("/").headers["set-cookie"]
    assert CSRF_COOKIE in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie


def test_security_headers_and_no_debug_consoles(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    spec = client.get("/openapi.json").json()
    assert {"/api/checks", "/api/checks/{check_id}", "/api/results/{ags}", "/api/municipalities"} <= set(spec["paths"])


def test_unknown_check_and_result(client):
    assert client.get("/api/checks/999").status_code == 404
    assert client.get("/api/results/09184112").status_code == 404
    assert client.get("/ergebnis/09184112").status_code == 404


def test_form_takes_an_unambiguous_typed_name_without_javascript(client):
    token = csrf(client)
    ok = client.post("/pruefen", data={"q": "Beispielhausen", "csrf_token": token}, follow_redirects=False)
    assert ok.status_code == 303
    ambiguous = client.post("/pruefen", data={"q": "Gemeinde", "csrf_token": token})
    assert ambiguous.status_code == 400 and "Mehrere Gemeinden passen: Gemeinde 25 (05315025), " in ambiguous.text
    assert ", …. Bitte eine aus der Vorschlagsliste wählen oder ihren Gemeindeschlüssel eingeben." in ambiguous.text
    assert 'aria-controls="suggestions" value="Gemeinde"' in ambiguous.text  # the search field keeps what was typed
    unknown = client.post("/pruefen", data={"q": "Nirgendwo <b>", "csrf_token": token})
    assert unknown.status_code == 400 and "Keine Gemeinde im Verzeichnis passt" in unknown.text
    assert 'value="Nirgendwo &lt;b&gt;"' in unknown.text  # put back, escaped
    assert client.post("/pruefen", data={"q": "0518", "csrf_token": token}).status_code == 400  # no AGS begins so


def test_api_ignores_cross_site_simple_requests(client):
    """A cross-site page can POST text/plain or form bodies without a preflight; neither may start a check."""
    body = '{"ags": "09162000"}'
    assert client.post("/api/checks", content=body, headers={"Content-Type": "text/plain"}).status_code == 422
    assert client.post("/api/checks", data={"ags": "09162000"}).status_code == 422


def test_address_on_a_shared_domain_needs_the_municipality(tmp_path, settings):
    from dataclasses import replace

    from .conftest import write_csv

    hosted = [{"ags": f"0718{n}001", "name": f"Ort {n}", "type": "Gemeinde", "level": "gemeinde", "state_code": "07",
               "state": "Rheinland-Pfalz", "population": "900", "website_url": f"https://ort{n}.kommunal-hosting.de/"} for n in (1, 2)]
    with TestClient(create_app(replace(settings, municipalities=write_csv(tmp_path / "h.csv", hosted)))) as client:
        exact = client.post("/api/checks", json={"url": "https://ort2.kommunal-hosting.de/rathaus"})
        assert exact.status_code == 202 and exact.json()["check"]["ags"] == "07182001"
        other = client.post("/api/checks", json={"ags": "07181001"})
        assert other.status_code == 202, "another site on the same domain is not held up by the first check"
        foreign = client.post("/api/checks", json={"ags": "07181001", "url": "https://ort2.kommunal-hosting.de/"})
        assert foreign.status_code == 400 and "nicht zur Website" in foreign.json()["detail"]
        ambiguous = client.post("/api/checks", json={"url": "https://www.kommunal-hosting.de/"})
        assert ambiguous.status_code == 400 and "Mehrere Gemeinden" in ambiguous.json()["detail"]
