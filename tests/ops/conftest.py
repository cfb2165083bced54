"""Fixtures of the operations tests: the demo on a small simulated web, a small crawled database."""
from __future__ import annotations

import pytest

from tests.support import crawl, reifegrad

DEMO_SITES = "3"


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """`reifegrad demo` on a small simulated web (three ordinary sites plus the fault district)."""
    out = tmp_path_factory.mktemp("demo")
    proc = reifegrad("demo", "--out", str(out), "--sites", DEMO_SITES, "--no-render", timeout=900)
    return out, proc


@pytest.fixture(scope="session")
def small_ags(farm_files):
    """Four ordinary municipalities and one without a website."""
    sites = farm_files[1]["sites"]
    good = [s["ags"][0] for s in sites if s.get("expected_status", "ok") == "ok" and not s.get("fault")][:4]
    return good + [farm_files[1]["no_website"][0]["ags"]]


@pytest.fixture(scope="session")
def small_db(tmp_path_factory, farm_proxy, farm_files, small_ags):
    """A real (small) database: one crawl of five municipalities of the simulated web."""
    db = tmp_path_factory.mktemp("small") / "reifegrad.db"
    proc = crawl(farm_files[0], db, farm_proxy, "--no-render", "--per-site", "1", "--max-pages", "15",
                 "--ags", *small_ags)
    return db, proc
