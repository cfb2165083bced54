"""No check is ever lost: concurrent submissions, killed crawls, restarts of the service.

Every check that runs, runs the real crawler (`python -m reifegrad crawl`) against the simulated web through
its proxy. Concurrency is read from the service's own job table (each check's started_at/finished_at) and
the crawler's own run rows, not from a stand-in's log.
"""
from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import httpx
from fastapi.testclient import TestClient

import pytest

from tests.support import q
from webapp.app import create_app
from webapp.checks import CheckQueue, parse_time

from .conftest import farm_sites, kill_crawl, live_server, wait_for


def statuses(db) -> dict[int, tuple[str, int, str | None]]:
    with sqlite3.connect(db) as conn:
        return {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, status, attempts, reason FROM checks")}


def max_overlap(intervals: list[tuple[str, str]]) -> int:
    """Most intervals (ISO start, end) open at the same moment; one ending when another starts does not overlap."""
    timeline = sorted((parse_time(t), step) for start, end in intervals for t, step in ((start, 1), (end, -1)))
    running = peak = 0
    for _, step in timeline:
        running += step
        peak = max(peak, running)
    return peak


def submit_all(base: str, bodies: list[dict]) -> list[httpx.Response]:
    """POST every body to the live server at once."""
    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(pool.map(lambda body: httpx.post(f"{base}/api/checks", json=body, timeout=30), bodies))


def test_20_concurrent_submissions_are_each_queued_once(settings):
    settings = replace(settings, rate_limit=100)
    with live_server(settings) as (base, _):
        responses = submit_all(base, [{"ags": f"05315{n:03d}"} for n in range(1, 21)])
    assert [r.status_code for r in responses] == [202] * 20
    ids = {r.json()["check"]["id"] for r in responses}
    assert len(ids) == 20 and {i: s[0] for i, s in statuses(settings.db).items()} == dict.fromkeys(ids, "queued")


def test_concurrent_checks_each_run_once_with_bounded_concurrency(farm_settings, farm_files):
    """Four sites submitted at once, three workers: every check crawls once, never more than three at a time.
    Four, not twenty: each real crawl costs seconds of CPU; the 20 submissions above load the queue itself."""
    sites = farm_sites(farm_files)[:4]
    settings = replace(farm_settings, workers=3, rate_limit=100)
    with live_server(settings) as (base, _):
        responses = submit_all(base, [{"ags": site.ags} for site in sites])
        assert [r.status_code for r in responses] == [202] * len(sites)
        wait_for(lambda: all(s[0] in ("done", "failed") for s in statuses(settings.db).values()), 240)
    checks = q(settings.db, "SELECT c.ags, c.status, c.attempts, c.started_at, c.finished_at, r.trigger, r.started_at, "
                            "r.finished_at FROM checks c JOIN runs r ON r.id = c.run_id JOIN visits v ON v.run_id = r.id "
                            "WHERE v.ags = c.ags")
    assert sorted(c[:3] for c in checks) == sorted((site.ags, "done", 1) for site in sites)
    assert len(q(settings.db, "SELECT id FROM runs")) == len(sites), "one crawl per check"
    for _, _, _, check_start, check_end, trigger, run_start, run_end in checks:  # the crawl ran within its check
        assert trigger == "ondemand" and check_start[:19] <= run_start[:19] <= run_end[:19] <= check_end[:19]
    assert 1 < max_overlap([(c[3], c[4]) for c in checks]) <= 3


def test_concurrent_submissions_for_one_site_queue_one_check(settings):
    settings = replace(settings, workers=0, rate_limit=100)
    with live_server(settings) as (base, _):
        with ThreadPoolExecutor(10) as pool:
            responses = list(pool.map(lambda _: httpx.post(f"{base}/api/checks", json={"ags": "09162000"}, timeout=30), range(10)))
    assert sorted(r.status_code for r in responses) == [200] * 9 + [202]
    assert len({r.json()["check"]["id"] for r in responses}) == 1


@pytest.mark.slow
def test_killed_crawl_is_retried_then_failed_with_reason(farm_settings, farm_files):
    settings = replace(farm_settings, workers=1)
    queue = CheckQueue(settings.db)
    with TestClient(create_app(settings)) as client:
        check_id = client.post("/api/checks", json={"ags": farm_sites(farm_files)[0].ags}).json()["check"]["id"]
        for attempt in (1, 2):
            kill_crawl(queue, check_id, attempt)
        final = wait_for(lambda: (c := queue.get(check_id)).status == "failed" and c)
    assert final.attempts == 2 and "Signal 9" in final.reason and final.finished_at


@pytest.mark.slow  # two real crawl subprocesses
def test_queued_checks_survive_a_restart(farm_settings, farm_files):
    settings = farm_settings
    with TestClient(create_app(replace(settings, workers=0))) as client:
        ids = [client.post("/api/checks", json={"ags": site.ags}).json()["check"]["id"] for site in farm_sites(farm_files)[:2]]
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
def test_service_shutdown_mid_check_requeues_it(farm_settings, farm_files):
    settings = farm_settings
    queue = CheckQueue(settings.db)
    with TestClient(create_app(replace(settings, workers=1))) as client:
        check_id = client.post("/api/checks", json={"ags": farm_sites(farm_files)[0].ags}).json()["check"]["id"]
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
