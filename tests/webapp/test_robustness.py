"""No check is ever lost: concurrent submissions, killed crawls, restarts of the service.

Killed crawls, a shutdown mid-check and a restart run the real crawler (`python -m reifegrad crawl`) through
the simulated web's proxy; the concurrency test keeps the fake crawler (its start/end log measures overlap
exactly, and twenty real crawls cost about a minute of CPU: 3.4 s each, plus a 7 s retry pass).
"""
from __future__ import annotations

import os
import signal
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields, replace

import httpx
from fastapi.testclient import TestClient

import pytest

from webapp.app import create_app
from webapp.checks import CheckQueue
from webapp.settings import Settings

from .conftest import live_server, read_log, wait_for


def statuses(db) -> dict[int, tuple[str, int, str | None]]:
    with sqlite3.connect(db) as conn:
        return {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, status, attempts, reason FROM checks")}


@pytest.fixture
def real_settings(settings, farm_proxy):
    """The real crawler through the simulated web (its CSV's sites are unknown there: a quick dns_error visit)."""
    real_crawler = next(f.default for f in fields(Settings) if f.name == "crawl_command")
    return replace(settings, crawl_command=real_crawler, proxy=farm_proxy)


def max_overlap(events: list[dict]) -> int:
    """Most fake crawls running at the same moment, from their start/end log lines."""
    timeline = sorted((e["t"], 1 if e["event"] == "start" else -1) for e in events)
    running = peak = 0
    for _, step in timeline:
        running += step
        peak = max(peak, running)
    return peak


def test_20_concurrent_submissions_all_run_with_bounded_concurrency(settings, crawl_log, monkeypatch):
    monkeypatch.setenv("FAKE_CRAWL_SECONDS", "0.6")
    settings = replace(settings, workers=3, rate_limit=100)
    with live_server(settings) as (base, _):
        def submit(n: int) -> httpx.Response:
            return httpx.post(f"{base}/api/checks", json={"ags": f"05315{n:03d}"}, timeout=30)

        with ThreadPoolExecutor(20) as pool:
            responses = list(pool.map(submit, range(1, 21)))
        assert [r.status_code for r in responses] == [202] * 20
        ids = {r.json()["check"]["id"] for r in responses}
        assert len(ids) == 20
        wait_for(lambda: all(s[0] == "done" for s in statuses(settings.db).values()), 180)  # 20 subprocesses on a busy machine
    events = read_log(crawl_log)
    assert sorted(e["ags"][0] for e in events if e["event"] == "end") == sorted(f"05315{n:03d}" for n in range(1, 21))
    assert 1 < max_overlap(events) <= 3


def test_concurrent_submissions_for_one_site_queue_one_check(settings):
    settings = replace(settings, workers=0, rate_limit=100)
    with live_server(settings) as (base, _):
        with ThreadPoolExecutor(10) as pool:
            responses = list(pool.map(lambda _: httpx.post(f"{base}/api/checks", json={"ags": "09162000"}, timeout=30), range(10)))
    assert sorted(r.status_code for r in responses) == [200] * 9 + [202]
    assert len({r.json()["check"]["id"] for r in responses}) == 1


@pytest.mark.slow
def test_killed_crawl_is_retried_then_failed_with_reason(real_settings):
    settings = real_settings
    queue = CheckQueue(settings.db)
    with TestClient(create_app(replace(settings, workers=1))) as client:
        check_id = client.post("/api/checks", json={"ags": "09162000"}).json()["check"]["id"]
        for attempt in (1, 2):
            check = wait_for(lambda: (c := queue.get(check_id)).status == "running" and c.pid and c.attempts == attempt and c)
            os.kill(check.pid, signal.SIGKILL)  # the crawl subprocess this test's app started
        final = wait_for(lambda: (c := queue.get(check_id)).status == "failed" and c)
    assert final.attempts == 2 and "Signal 9" in final.reason and final.finished_at


@pytest.mark.slow  # two real crawl subprocesses
def test_queued_checks_survive_a_restart(real_settings):
    settings = replace(real_settings, grace_s=150)  # a crawl subprocess takes 40 s on a loaded machine
    with TestClient(create_app(replace(settings, workers=0))) as client:
        ids = [client.post("/api/checks", json={"ags": ags}).json()["check"]["id"] for ags in ("09162000", "09184112")]
    assert {statuses(settings.db)[i][0] for i in ids} == {"queued"}
    with TestClient(create_app(settings)) as client:
        wait_for(lambda: all(client.get(f"/api/checks/{i}").json()["check"]["status"] == "done" for i in ids), 180)


def test_running_check_of_a_crashed_service_is_retried_or_failed(settings):
    queue = CheckQueue(settings.db, max_attempts=2)
    retry = queue.submit(ags="09162000", site="musterstadt.de", site_url="https://www.musterstadt.de/", client="t", forced=False).check
    spent = queue.submit(ags="09184112", site="beispielhausen.de", site_url="https://beispielhausen.de/", client="t", forced=False).check
    queue.claim(), queue.claim()  # both running, as if the service died now
    with sqlite3.connect(settings.db) as db:
        db.execute("UPDATE checks SET attempts = 2 WHERE id = ?", (spent.id,))
    with TestClient(create_app(replace(settings, workers=0))):
        pass
    after = statuses(settings.db)
    assert after[retry.id][0] == "queued" and "neu gestartet" in after[retry.id][2]
    assert after[spent.id][0] == "failed" and "neu gestartet" in after[spent.id][2]


@pytest.mark.slow
def test_service_shutdown_mid_check_requeues_it(real_settings):
    settings = real_settings
    queue = CheckQueue(settings.db)
    with TestClient(create_app(replace(settings, workers=1))) as client:
        check_id = client.post("/api/checks", json={"ags": "09162000"}).json()["check"]["id"]
        pid = wait_for(lambda: queue.get(check_id).pid)
    check = queue.get(check_id)
    assert check.status == "queued" and "beendet" in check.reason
    assert wait_for(lambda: not _alive(pid), 10)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
