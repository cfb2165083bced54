"""Municipality ↔ site identity: a tenant of shared hosting is its own site, never the whole suffix.

The probe from issue #11: an anonymous POST of another blog on the municipality's blog host was accepted,
crawled and published as that municipality's result.
"""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from webapp.app import create_app

from .api_service import service_settings


@pytest.fixture
def client(tmp_path, farm_proxy):
    with TestClient(create_app(service_settings(tmp_path, farm_proxy)), base_url="http://testserver") as client:
        yield client


@pytest.mark.parametrize("body", [
    {"url": "http://attacker-blog.blogspot.de/"},
    {"url": "https://attacker-blog.blogspot.de/welmbuettel"},
    {"url": "http://www.attacker-blog.blogspot.de/"},
    {"url": "http://blogspot.de/"},
    {"ags": "01051125", "url": "http://attacker-blog.blogspot.de/"},
    {"ags": "01051125", "url": "http://x.welmbuettel.blogspot.de/"},
    {"url": "http://x.welmbuettel.blogspot.de/"},
    {"url": "https://other.jimdofree.com/"},
    {"ags": "07235081", "url": "https://other.jimdofree.com/"},
])
def test_other_tenants_of_a_shared_host_are_refused(client, body):
    response = client.post("/api/checks", json=body)
    assert response.status_code == 400, response.text
    assert "gehört" in response.json()["detail"]
    assert client.get("/api/checks/1").status_code == 404  # nothing was queued


def test_the_registered_tenant_itself_is_accepted(client):
    response = client.post("/api/checks", json={"url": "https://welmbuettel.blogspot.de/p/rathaus.html"})
    assert response.status_code == 202, response.text
    assert response.json()["check"]["ags"] == "01051125"
    assert response.json()["check"]["site"] == "welmbuettel.blogspot.de"


def test_own_domain_keeps_its_subdomains(client):
    response = client.post("/api/checks", json={"url": "https://buergerservice.musterstadt.de/"})
    assert response.status_code == 202, response.text
    assert response.json()["check"]["ags"] == "09162000"
    shared = client.post("/api/checks", json={"url": "https://rathaus.amt-beispiel.de/"})
    assert shared.status_code == 400 and "Mehrere Gemeinden" in shared.json()["detail"]
