"""A browser that lands on a wrong address (a mistyped or truncated link, the form's address reloaded) gets a
German page with the way back; the JSON API keeps its JSON errors."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from webapp.app import create_app


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings), base_url="http://testserver") as client:
        yield client


@pytest.mark.parametrize("method, path, status, words", [
    ("get", "/ergebniss/09162000", 404, "Diese Seite gibt es nicht."),
    ("get", "/ergebnis/", 404, "Diese Seite gibt es nicht."),
    ("post", "/ergebnis/09162000", 405, "Diese Seite gibt es nicht."),
    ("get", "/pruefungen/abc", 422, "Die Adresse dieser Seite ist ungültig."),
    ("get", "/ergebnis/09162000?run_id=x", 422, "Die Adresse dieser Seite ist ungültig."),
    ("get", "/pruefungen/4711", 404, "Diese Prüfung gibt es nicht."),
])
def test_pages_answer_in_german(client, method, path, status, words):
    response = getattr(client, method)(path)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert words in response.text and 'href="/"' in response.text
    assert "Not Found" not in response.text and "Method Not Allowed" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    if status == 405:
        assert "GET" in response.headers["allow"]


def test_the_form_address_opened_again_leads_to_the_start_page(client):
    response = client.get("/pruefen", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"


@pytest.mark.parametrize("path, status", [("/api/nope", 404), ("/api/checks/abc", 422), ("/api/checks/4711", 404)])
def test_the_api_keeps_json(client, path, status):
    response = client.get(path)
    assert response.status_code == status and response.headers["content-type"] == "application/json"
    assert "detail" in response.json()
