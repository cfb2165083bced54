"""Issue 12: `reifegrad status` keeps nightly and on-demand apart, names what changed, shows sites in
flight, and fails where it cannot answer."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from farm.proxy import running_farm
from output.result import load
from tests.ops.test_messages import fails_with
from tests.support import REPO, SEED, crawl, q, reifegrad


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_status_cannot_answer_without_a_database(tmp_path):
    fails_with("status", "--db", str(tmp_path / "missing.db"), says="no database")
    (tmp_path / "text.db").write_text("not sqlite", encoding="utf-8")
    fails_with("status", "--db", str(tmp_path / "text.db"), says="not an SQLite database")


@pytest.mark.slow
def test_status_names_changes_and_keeps_on_demand_apart(tmp_path, farm_proxy, farm_files):
    site = next(s for s in farm_files[1]["sites"] if s.get("expected_status", "ok") == "ok" and not s.get("fault"))
    ags, db = site["ags"][:1], tmp_path / "s.db"
    opts = ("--no-render", "--per-site", "1", "--max-pages", "15", "--ags", *ags)
    crawl(farm_files[0], db, farm_proxy, *opts)
    host = q(db, "SELECT final_url FROM site_visits")[0][0].split("/")[2]
    with running_farm(seed=SEED, mutate=[f"{host}:+chatbot"]) as changed:  # the night the town adds a chatbot
        crawl(farm_files[0], db, changed, *opts)
    crawl(farm_files[0], db, farm_proxy, *opts, "--trigger", "ondemand")
    out = reifegrad("status", "--db", str(db)).stdout
    name = q(db, "SELECT name FROM municipalities WHERE ags = ?", ags[0])[0][0]
    assert out.startswith("Last run 2 (crawl, finished)"), out
    assert f"components: {name} ({ags[0]}) +chatbot" in out, out
    assert load(db, ags[0])["changes"]["appeared"] == ["chatbot"]  # status tells what the result document tells
    assert "On-demand checks (not part of the nightly series): 1 in all" in out


@pytest.mark.slow
def test_status_shows_sites_in_flight(tmp_path, farm_proxy, farm_files):
    sites = [s for s in farm_files[1]["sites"] if s.get("expected_status", "ok") == "ok" and not s.get("fault")][:3]
    db = tmp_path / "live.db"
    cmd = [sys.executable, "-m", "reifegrad", "nightly", "--municipalities", str(farm_files[0]), "--db", str(db),
           "--proxy", farm_proxy, "--no-render", "--delay", "0.5", "--max-pages", "30", "--per-site", "1",
           "--ags", *[s["ags"][0] for s in sites]]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = ""
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline and "in flight now" not in seen:
            time.sleep(0.5)
            status = reifegrad("status", "--db", str(db), check=False)
            seen = status.stdout if status.returncode == 0 else seen
    finally:
        proc.wait(300)
    assert "Current run 1 (nightly" in seen and "in progress" in seen, seen
    assert "in flight now: " in seen and " pages so far" in seen, seen
