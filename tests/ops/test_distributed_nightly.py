"""Issue 12: a distributed nightly whose crawling is all done by a worker started 10 s after the
coordinator stores what a single-process nightly stores."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests.support import REPO, outcome, q

OPTS = ("--per-site", "1", "--max-pages", "20", "--no-render", "--delay", "0", "--timeout", "4",
        "--retries", "1", "--retry-backoff", "1")


def nightly(csv, db, proxy, ags, *extra) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "reifegrad", "nightly", "--municipalities", str(csv), "--db", str(db),
                             "--proxy", proxy, *OPTS, *extra, "--ags", *ags], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_late_remote_worker_does_all_the_crawling(tmp_path, farm_proxy, farm_files, redis_url):
    import redis

    sites = [s for s in farm_files[1]["sites"] if s.get("expected_status", "ok") == "ok" and not s.get("fault")][:6]
    ags = [a for s in sites for a in s["ags"]]
    single, shared = tmp_path / "single.db", tmp_path / "shared.db"
    one = nightly(farm_files[0], single, farm_proxy, ags)
    assert one.wait(600) == 0, one.stderr.read()[-3000:]

    coordinator = nightly(farm_files[0], shared, farm_proxy, ags, "--queue", redis_url, "--workers", "0",
                          "--worker-grace", "60")
    time.sleep(10)
    assert coordinator.poll() is None  # still waiting for a worker, not given up
    worker = subprocess.run([sys.executable, "-m", "reifegrad", "worker", "--queue", redis_url], cwd=REPO,
                            capture_output=True, text=True, timeout=600)
    assert worker.returncode == 0, worker.stderr[-3000:]
    out, err = coordinator.communicate(timeout=300)
    assert coordinator.returncode == 0, err[-3000:]
    assert "waiting for workers: 0/6 sites done" in err

    assert q(shared, "SELECT kind, status FROM runs") == [("nightly", "finished")]
    assert q(shared, "SELECT count(*), count(DISTINCT site_key) FROM site_visits")[0] == (len(sites), len(sites))
    assert outcome(shared) == outcome(single)
    assert redis.Redis.from_url(redis_url).keys("reifegrad:*") == []
