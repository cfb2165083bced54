"""Shared fixtures: a municipalities CSV, settings for the queue alone or for real crawls of the simulated web,
and a real uvicorn server.

Every check that runs, runs the real crawler (`python -m reifegrad crawl`, the default `crawl_command`).
"""
from __future__ import annotations

import csv
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import uvicorn

from tests.support import free_port
from webapp.app import create_app
from webapp.checks import CheckQueue
from webapp.commands import server_config
from webapp.settings import Settings

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
def dead_proxy() -> Iterator[str]:
    """A loopback port held but not listening: connections are refused (the crawler's preflight stops, the crawl
    exits non-zero), and no other test's server can take the port meanwhile."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{held.getsockname()[1]}"


@pytest.fixture
def settings(tmp_path: Path, municipalities_csv: Path, dead_proxy: str) -> Settings:
    """The queue without workers (nothing is crawled) and no DNS (allow_simulated_web); tests replace() what they
    need. A check that does run goes to a dead proxy on loopback, so it can never reach the internet."""
    return Settings(
        db=tmp_path / "reifegrad.db", municipalities=municipalities_csv, workers=0, time_budget=20, grace_s=10,
        admin_token="geheim", allow_simulated_web=True, proxy=dead_proxy,
    )


@dataclass(frozen=True, slots=True)
class FarmSite:
    ags: str
    name: str
    url: str
    components: dict[str, str]  # the farm's truth: component -> evidence URL, within `depth` clicks, no JavaScript


def farm_sites(farm_files: tuple[Path, dict], depth: int = 0) -> list[FarmSite]:
    """Sites of the simulated web that crawl ok, one municipality each; those with the most components within
    `depth` clicks of the start page (visible without JavaScript) first."""
    municipalities, truth = farm_files
    with open(municipalities, encoding="utf-8") as f:
        names = {r["ags"]: r["name"] for r in csv.DictReader(f) if r["website_url"]}
    sites = [
        FarmSite(s["ags"][0], names[s["ags"][0]], s["start_url"],
                 {c: i["url"] for c, i in s["components"].items() if not i.get("js_only") and i.get("depth", 9) <= depth})
        for s in truth["sites"]
        if s.get("expected_status") == "ok" and not s.get("fault") and len(s.get("ags", [])) == 1 and s["ags"][0] in names
    ]
    return sorted(sites, key=lambda site: -len(site.components))


def on_farm(work: Path, farm_files: tuple[Path, dict], proxy: str, **changes) -> Settings:
    """Real crawls of the simulated web: a tiny page budget, no browser (rendering is not the point here)."""
    return replace(Settings(db=work / "reifegrad.db", municipalities=Path(farm_files[0]), proxy=proxy,
                            allow_simulated_web=True, workers=2, max_pages=3, time_budget=30, grace_s=90,
                            render=False, admin_token="geheim"), **changes)


@pytest.fixture
def farm_settings(tmp_path: Path, farm_files, farm_proxy) -> Settings:
    return on_farm(tmp_path, farm_files, farm_proxy)


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


def kill_crawl(queue: CheckQueue, check_id: int, attempt: int) -> None:
    """SIGKILL the real crawl process of the check's `attempt`, as the kernel's OOM killer would."""
    check = wait_for(lambda: (c := queue.get(check_id)).status == "running" and c.pid and c.attempts == attempt and c, 120)
    os.kill(check.pid, signal.SIGKILL)  # the crawl subprocess this test's app started
