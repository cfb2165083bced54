"""Issue 11: a crawl never loses data quietly.

- Database on a full filesystem (a 1.2 MB tmpfs in a private mount namespace, as root): the crawl ends with
  exit code 4 and one line naming the sites not stored, no traceback; what was stored stays; after the disk
  grows, ``--resume`` finishes the same run with every municipality stored exactly once.
- An analyst holds the write lock for longer than SQLite's busy_timeout: the crawl waits it out and stores
  every municipality exactly once (before, one was dropped and the run said "finished").
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.support import REPO, q

SITES = 30
BUSY_S, HELD_S = 2, 6  # the crawler's busy_timeout for this test, and how long the analyst holds the lock


def crawl_args(csv, db, proxy, *extra: str) -> list[str]:
    return [sys.executable, "-m", "reifegrad", "crawl", "--municipalities", str(csv), "--db", str(db), "--proxy", proxy,
            "--no-render", "--delay", "0", "--timeout", "3", "--retries", "0", "--max-pages", "10",
            "--time-budget", "15", "--limit", str(SITES), *extra]


def municipalities_of_run(db) -> tuple[int, int]:
    return q(db, "SELECT count(*), count(DISTINCT ags) FROM visits WHERE run_id = 1")[0]


@pytest.mark.slow
def test_full_disk_fails_loudly_and_resume_stores_each_municipality_once(tmp_path, farm_proxy, farm_files):
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare for a size-limited tmpfs in a private mount namespace")
    disk = tmp_path / "disk"
    disk.mkdir()
    db = disk / "r.db"
    first, resumed = tmp_path / "first.err", tmp_path / "resumed.err"
    quote = lambda args: " ".join(f"'{a}'" for a in args)  # noqa: E731
    script = " ; ".join([
        f"mount -t tmpfs -o size=1200k tmpfs {disk} || exit 99",
        f"{quote(crawl_args(farm_files[0], db, farm_proxy))} 2> {first} > /dev/null; echo first=$?",
        f"cp {db} {db}-wal {tmp_path}/ 2>/dev/null; mount -o remount,size=64m {disk}",
        f"{quote(crawl_args(farm_files[0], db, farm_proxy, '--resume'))} 2> {resumed} > /dev/null; echo resumed=$?",
        f"mkdir {tmp_path}/final; cp {db} {db}-wal {tmp_path}/final/",
    ])
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=600, cwd=REPO)
    if "first=" not in done.stdout:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr[:200]}")
    codes = dict(line.split("=") for line in done.stdout.split())
    errors = first.read_text()
    assert codes["first"] == "4", errors
    assert "Traceback" not in errors
    message = errors.strip().splitlines()[-1]
    assert message.startswith("reifegrad: run 1:") and "not stored" in message and "disk is full" in message
    stored_before = q(tmp_path / "r.db", "SELECT ags, site_visit_id FROM visits WHERE run_id = 1")
    assert 0 < len(stored_before) < SITES
    final = tmp_path / "final" / "r.db"
    assert codes["resumed"] == "0", resumed.read_text()
    assert municipalities_of_run(final) == (SITES, SITES)
    assert set(stored_before) <= set(q(final, "SELECT ags, site_visit_id FROM visits WHERE run_id = 1"))
    assert q(final, "SELECT id, status FROM runs") == [(1, "finished")]


@pytest.mark.slow
def test_a_write_lock_held_past_busy_timeout_is_waited_out(tmp_path, farm_proxy, farm_files):
    db = tmp_path / "r.db"
    env = {**os.environ, "REIFEGRAD_BUSY_TIMEOUT_S": str(BUSY_S)}
    crawl = subprocess.Popen(crawl_args(farm_files[0], db, farm_proxy), cwd=REPO, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # take the lock once the crawl has stored its first site
        if db.exists() and q(db, "SELECT count(*) FROM sqlite_master WHERE name = 'site_visits'")[0][0] \
                and q(db, "SELECT count(*) FROM site_visits")[0][0]:
            break
        time.sleep(0.2)
    analyst = sqlite3.connect(db, timeout=60, isolation_level=None)
    analyst.execute("BEGIN IMMEDIATE")
    held = time.monotonic()
    time.sleep(HELD_S)  # longer than the crawler's busy_timeout: its write must be retried
    analyst.execute("ROLLBACK")
    analyst.close()
    _, errors = crawl.communicate(timeout=300)
    assert time.monotonic() - held >= HELD_S
    assert crawl.returncode == 0, errors
    assert municipalities_of_run(db) == (SITES, SITES)
    assert q(db, "SELECT status FROM runs") == [("finished",)]
