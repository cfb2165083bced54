"""Shared fixtures: a municipalities CSV, settings pointing at a fake crawler, and a real uvicorn server."""
from __future__ import annotations

import csv
import json
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
import uvicorn

from tests.support import free_port
from webapp.app import create_app
from webapp.commands import server_config
from webapp.settings import Settings

HERE = Path(__file__).parent
COLUMNS = ("ags", "name", "type", "level", "state_code", "state", "population", "website_url")


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def municipalities_csv(tmp_path: Path) -> Path:
    rows = [
        {"ags": "09162000", "name": "Musterstadt", "type": "Stadt", "level": "gemeinde", "state_code": "09", "state": "Bayern",
         "population": "150000", "website_url": "https://www.musterstadt.de/"},
        {"ags": "09184112", "name": "Beispielhausen", "type": "Gemeinde", "level": "gemeinde", "state_code": "09", "state": "Bayern",
         "population": "4000", "website_url": "https://beispielhausen.de/"},
        {"ags": "09184113", "name": "Ohnenetz", "type": "Gemeinde", "level": "gemeinde", "state_code": "09", "state": "Bayern",
         "population": "300", "website_url": ""},
    ] + [
        {"ags": f"05315{n:03d}", "name": f"Gemeinde {n:02d}", "type": "Gemeinde", "level": "gemeinde", "state_code": "05",
         "state": "Nordrhein-Westfalen", "population": str(1000 + n), "website_url": f"https://www.gemeinde{n:02d}.de/"}
        for n in range(1, 26)
    ]
    return write_csv(tmp_path / "municipalities.csv", rows)


@pytest.fixture
def crawl_log(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "fake-crawl.jsonl"
    monkeypatch.setenv("FAKE_CRAWL_LOG", str(path))
    monkeypatch.setenv("FAKE_CRAWL_MODE", "ok")
    return path


@pytest.fixture
def settings(tmp_path: Path, municipalities_csv: Path, crawl_log: Path) -> Settings:
    """No DNS (allow_simulated_web) and the fake crawler; tests replace() what they need."""
    return Settings(
        db=tmp_path / "reifegrad.db", municipalities=municipalities_csv, workers=2, time_budget=20, grace_s=10,
        admin_token="geheim", allow_simulated_web=True, crawl_command=(sys.executable, str(HERE / "fake_crawler.py")),
    )


def read_log(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def wait_for(predicate, timeout: float = 30, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


@contextmanager
def live_server(settings: Settings):
    """The real app under uvicorn in a thread on 127.0.0.1; yields (base_url, app)."""
    settings = replace(settings, port=free_port())
    app = create_app(settings)
    server = uvicorn.Server(server_config(app, replace(settings, host="127.0.0.1"), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started, 20)
    try:
        yield f"http://127.0.0.1:{settings.port}", app
    finally:
        server.should_exit = True
        thread.join(30)
