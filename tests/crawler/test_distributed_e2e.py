"""Issue 7 acceptance: two worker processes sharing one run through a real Redis give the same findings
as a single-process run, and nothing is written twice."""
from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import time

import pytest

from tests.support import crawl, outcome

OPTS = ("--per-site", "1", "--max-pages", "25", "--no-render")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (make test installs it when run as root)")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir),
                             "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)


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
