"""API hardening probes from issue #11 against the real service (uvicorn on 127.0.0.1, real SQLite file)."""
from __future__ import annotations

import socket
import sqlite3
import time

import httpx
import pytest

from tests.webapp.conftest import live_server, wait_for
from webapp.limits import MAX_BODY_BYTES, MAX_ID
from webapp.security import HEADERS

from .api_service import api_settings, service_settings


@pytest.fixture
def server(tmp_path):
    settings = api_settings(tmp_path, rate_limit=1000)
    with live_server(settings) as (base, _app):
        yield base, settings


def checks_rows(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, site_url FROM checks").fetchall()


def has_security_headers(response: httpx.Response) -> bool:
    return all(response.headers.get(name) == value for name, value in HEADERS.items())


def test_declared_oversized_body_is_refused_before_it_is_read(server):
    base, settings = server
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"POST /api/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 209715200\r\n\r\n{\"url\": \"")  # announces 200 MB, sends a few bytes
        answer = sock.recv(65536).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert "x-content-type-options: nosniff" in answer.lower()
    assert checks_rows(settings.db) == []


def test_chunked_oversized_body_is_cut_off(server):
    base, settings = server

    def chunks():
        yield b'{"url": "https://www.musterstadt.de/'
        for _ in range(64):
            yield b"a" * 4096

    response = httpx.post(f"{base}/api/checks", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and has_security_headers(response)
    assert checks_rows(settings.db) == []


def test_form_body_is_limited_too(server):
    base, _ = server
    response = httpx.post(f"{base}/pruefen", data={"q": "x" * (MAX_BODY_BYTES + 1)})
    assert response.status_code == 413


@pytest.mark.parametrize("url, words", [
    ("https://www.musterstadt.de/" + "a" * 3000, "länger als"),
    ("https://www.musterstadt.de/a\r\nX-Injected: 1", "ungültig"),
    ("https://www.musterstadt.de/a\nb", "ungültig"),
    ("https://www.musterstadt.de/a b", "ungültig"),
    ("https://www.musterstadt.de/\x00", "ungültig"),
])
def test_urls_the_crawler_would_refuse_are_refused_up_front(server, url, words):
    base, settings = server
    response = httpx.post(f"{base}/api/checks", json={"url": url})
    assert response.status_code == 400 and words in response.json()["detail"]
    assert checks_rows(settings.db) == []


def test_a_url_at_the_limit_is_accepted(server):
    base, settings = server
    url = "https://www.musterstadt.de/" + "a" * (2048 - len("https://www.musterstadt.de/"))
    assert httpx.post(f"{base}/api/checks", json={"url": url}).status_code == 202
    assert checks_rows(settings.db) == [(1, url)]


@pytest.mark.parametrize("path", [
    f"/api/checks/{MAX_ID + 1}", f"/api/checks/{2**64}", "/api/checks/-1", "/api/checks/0",
    f"/pruefungen/{MAX_ID + 1}", f"/api/results/09162000?run_id={MAX_ID + 1}", f"/ergebnis/09162000?run_id={2**70}",
])
def test_out_of_range_ids_are_4xx_with_security_headers(server, path):
    base, _ = server
    response = httpx.get(base + path)
    assert 400 <= response.status_code < 500 and has_security_headers(response), (response.status_code, response.text)


def test_largest_id_is_a_plain_404(server):
    base, _ = server
    response = httpx.get(f"{base}/api/checks/{MAX_ID}")
    assert response.status_code == 404 and has_security_headers(response)


def test_an_internal_error_is_a_500_with_security_headers_and_no_details(server):
    base, settings = server
    with sqlite3.connect(settings.db) as conn:  # a damaged database: the queue's table is gone
        conn.execute("DROP TABLE checks")
    response = httpx.get(f"{base}/api/checks/1")
    assert response.status_code == 500 and has_security_headers(response)
    assert response.json() == {"detail": "Interner Fehler."}


@pytest.mark.slow
def test_failed_check_removes_its_files_and_names_no_server_path(tmp_path, farm_proxy):
    """The real crawler, killed at a 1-second deadline on both attempts."""
    settings = service_settings(tmp_path, farm_proxy, time_budget=1, grace_s=0)
    with live_server(settings) as (base, _app):
        check_id = httpx.post(f"{base}/api/checks", json={"ags": "09162000"}).json()["check"]["id"]
        check = wait_for(lambda: (c := httpx.get(f"{base}/api/checks/{check_id}").json()["check"])["status"] == "failed" and c,
                         timeout=60)
        time.sleep(0.2)
        assert list(settings.check_dir.iterdir()) == []
    assert check["attempts"] == 2 and "Zeitüberschreitung" in check["reason"]
    assert str(tmp_path) not in str(check) and "/" not in check["reason"]
