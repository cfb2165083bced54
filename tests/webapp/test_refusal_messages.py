"""What a town hall typed in the address field and why it is refused: the precise reason, in the form and the
API, without echoing the input, and nothing queued."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from webapp.app import create_app
from webapp.checks import CheckQueue

REFUSED = [
    ("javascript:alert(1)", "Nur http- und https-Adressen"),
    ("ftp://www.musterstadt.de/", "Nur http- und https-Adressen"),
    ("https://www.musterstadt.de:8080/", "Standard-Ports 80 und 443"),
    ("https://amt:geheim@www.musterstadt.de/", "Zugangsdaten"),
    ("http://10.0.0.1/", "IP-Adressen"),
    ("http://0x7f.1/", "IP-Adressen"),
    ("https://www.musterstadt.de/a b", "Leer- oder Steuerzeichen"),
    ("https://www.example-online-shop.de/", "keiner Gemeinde im Verzeichnis"),
    ("Musterstadt", "keine Website-Adresse"),  # the name typed where the address belongs
    ("Bad Kötzting", "keine Website-Adresse"),
]


@pytest.fixture
def client(settings):
    with TestClient(create_app(replace(settings, rate_limit=100)), base_url="http://testserver") as client:
        yield client


@pytest.mark.parametrize("typed, reason", REFUSED)
def test_the_api_names_the_reason(client, settings, typed, reason):
    response = client.post("/api/checks", json={"url": typed})
    assert response.status_code == 400 and reason in response.json()["detail"], response.text
    assert typed not in response.json()["detail"]
    assert CheckQueue(settings.db).for_municipality("09162000") == []


@pytest.mark.parametrize("typed, reason", REFUSED[:2] + REFUSED[-2:])
def test_the_form_names_the_reason(client, typed, reason):
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
    page = client.post("/pruefen", data={"csrf_token": token, "url": typed})
    assert page.status_code == 400 and reason in page.text
