"""Issue 7 acceptance: two worker processes sharing one run through a real Redis give the same findings
as a single-process run, and nothing is written twice."""
from __future__ import annotations

import sqlite3

import pytest

from tests.support import crawl, outcome

OPTS = ("--per-site", "1", "--max-pages", "25", "--no-render")


@pytest.mark.timeout(900)
def test_two_workers_on_redis_find_what_one_process_finds(tmp_path, farm_proxy, farm_files, redis_url):
    import redis

    sites = [s for s in farm_files[1]["sites"] if s.get("expected_status", "ok") == "ok" and not s.get("fault")][:12]
    ags = [a for s in sites for a in s["ags"]]
    single, shared = tmp_path / "single.db", tmp_path / "shared.db"
    crawl(farm_files[0], single, farm_proxy, *OPTS, "--ags", *ags)
    crawl(farm_files[0], shared, farm_proxy, *OPTS, "--ags", *ags, "--queue", redis_url, "--workers", "2")

    with sqlite3.connect(shared) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("finished",)]
        assert conn.execute("SELECT count(*), count(DISTINCT site_key) FROM site_visits").fetchone() == (len(sites), len(sites))
        assert conn.execute("SELECT count(*), count(DISTINCT ags) FROM visits").fetchone() == (len(ags), len(ags))
    assert outcome(shared) == outcome(single)
    assert redis.Redis.from_url(redis_url).keys("reifegrad:*") == []  # the run cleaned up after itself
