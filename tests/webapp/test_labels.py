"""Issue 13: the progress page speaks German: the check's state and the components found so far are shown
by their labels (the API keeps the ids and adds the labels, which the page's script shows)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from webapp.app import create_app

from .conftest import wait_for


@pytest.mark.slow  # a crawler subprocess (the stand-in) runs until the app stops
def test_progress_page_shows_labels_not_ids(settings, monkeypatch):
    monkeypatch.setenv("FAKE_CRAWL_MODE", "sleep")  # writes progress with the component "imprint", then waits
    with TestClient(create_app(settings)) as client:
        check_id = client.post("/api/checks", json={"ags": "09162000"}).json()["check"]["id"]
        data = wait_for(lambda: (d := client.get(f"/api/checks/{check_id}").json())["progress"] and d)
        assert data["check"]["status"] == "running" and data["check"]["status_label"] == "läuft"
        assert data["progress"]["components"] == ["imprint"] and data["progress"]["component_labels"] == ["Impressum"]
        page = client.get(f"/pruefungen/{check_id}").text
    assert "Impressum" in page and "imprint" not in page and "läuft" in page and "running" not in page
