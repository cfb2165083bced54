"""Shared fixtures: the simulated web and real crawls of it into real SQLite files.

Crawls run as subprocesses of the real ``reifegrad`` command: a Twisted reactor cannot restart inside
the pytest process, and this is how operators and the web app run it too.
"""
from __future__ import annotations

import json

import pytest

from tests.slowness import is_slow
from tests.support import SEED, crawl, redis_server, reifegrad


@pytest.fixture(scope="session")
def farm_proxy():
    from farm.proxy import running_farm

    with running_farm(seed=SEED) as url:
        yield url


@pytest.fixture(scope="session")
def farm_files(tmp_path_factory):
    """The simulated web's municipalities CSV and ground truth, written by the real CLI."""
    out = tmp_path_factory.mktemp("farm")
    csv, truth = out / "municipalities.csv", out / "truth.json"
    reifegrad("farm", "csv", "--seed", str(SEED), "--out", str(csv))
    reifegrad("farm", "truth", "--seed", str(SEED), "--out", str(truth))
    return csv, json.loads(truth.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def farm_db(tmp_path_factory, farm_proxy, farm_files):
    """One full crawl of the simulated web (static view), shared by the read-only tests."""
    db = tmp_path_factory.mktemp("crawl") / "reifegrad.db"
    proc = crawl(farm_files[0], db, farm_proxy, "--no-render")
    return db, proc


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A real redis-server on loopback for the whole session (skips when not installed)."""
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


def pytest_collection_modifyitems(items) -> None:
    """Every test on a subprocess, browser, server or Redis is ``slow`` (tests/slowness.py decides), so
    ``pytest -m "not slow"`` stays a loop of seconds."""
    for item in items:
        if is_slow(item):
            item.add_marker(pytest.mark.slow)
