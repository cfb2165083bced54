"""Helpers for tests: run the real CLI, crawl the simulated web, find Debian's Chromium."""
from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = 7
CHROMIUM = "/usr/lib/chromium/chromium"


def reifegrad(*args: str, timeout: float = 600, check: bool = True) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess and return its completed process."""
    proc = subprocess.run([sys.executable, "-m", "reifegrad", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"reifegrad {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def crawl(csv: Path, db: Path, proxy: str, *extra: str) -> subprocess.CompletedProcess:
    """A test-speed crawl: no politeness delay (the farm is local), short timeouts. Without a delay the crawl is
    CPU-bound, and every open site's time budget runs while it waits for the core: 24 sites open at once (the
    default is sized for a polite national night) keep a loaded test machine from cutting sites short."""
    return reifegrad("crawl", "--municipalities", str(csv), "--db", str(db), "--proxy", proxy,
                     "--delay", "0", "--timeout", "4", "--time-budget", "120", "--retries", "1", "--retry-backoff", "1",
                     "--max-active-sites", "24", *extra)


def chromium_or_skip() -> str:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (make test installs it when run as root)")
    return CHROMIUM


def q(db, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def outcome(db) -> dict:
    """Per municipality of the (single) nightly run: status, components, service levels, score."""
    rows = q(db, """SELECT v.ags, v.status,
                        (SELECT group_concat(component) FROM (SELECT component FROM findings f
                          WHERE f.site_visit_id = sv.content_id AND f.state = 'present' ORDER BY component)),
                        (SELECT group_concat(service_id || '=' || level) FROM (SELECT service_id, level FROM service_levels s
                          WHERE s.site_visit_id = sv.content_id ORDER BY service_id)),
                        (SELECT score FROM scores s WHERE s.visit_id = v.id ORDER BY id DESC LIMIT 1)
                    FROM visits v LEFT JOIN site_visits sv ON sv.id = v.site_visit_id ORDER BY v.ags""")
    return {r[0]: r[1:] for r in rows}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def http_get(url: str, timeout: float = 60.0) -> tuple[int, bytes]:
    """GET a loopback URL, retrying until the server is up."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, response.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextmanager
def redis_server(workdir: Path) -> Iterator[str]:
    """A real redis-server on loopback (skips when it is not installed); yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (make test installs it when run as root)")
    port = free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir),
                             "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)
