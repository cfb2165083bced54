"""Issue 13: the progress page speaks German: the check's state and the components found so far are shown
by their labels (the API keeps the ids and adds the labels, which the page's script shows)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.support import SEED
from webapp.app import create_app

from .conftest import farm_sites, on_farm, wait_for


@pytest.fixture(scope="module")
def slow_farm():
    """The simulated web answering every request after 2 s, like a distant server: a real crawl of a few pages
    is still running when its start page's components are in the progress file."""
    from farm.proxy import running_farm

    with running_farm(seed=SEED, latency=(2.0, 2.0)) as url:
        yield url


def test_progress_page_shows_labels_not_ids(tmp_path, farm_files, slow_farm):
    site = farm_sites(farm_files)[0]
    settings = on_farm(tmp_path, farm_files, slow_farm, max_pages=20, time_budget=120)
    with TestClient(create_app(settings)) as client:  # leaving it kills the crawl
        check_id = client.post("/api/checks", json={"ags": site.ags}).json()["check"]["id"]
        data = wait_for(lambda: (d := client.get(f"/api/checks/{check_id}").json())["progress"]
                        and "imprint" in d["progress"]["components"] and d, 120)
        assert data["check"]["status"] == "running" and data["check"]["status_label"] == "läuft"
        ids, labels = data["progress"]["components"], data["progress"]["component_labels"]
        page = client.get(f"/pruefungen/{check_id}").text
    assert labels[ids.index("imprint")] == "Impressum" and len(labels) == len(ids) >= 2
    for component, label in zip(ids, labels):
        assert label != component and label in page and component not in page
    assert "läuft" in page and "running" not in page
