"""One attack scenario, end to end: the hostile web on loopback, a real `reifegrad` crawl against it, a report.

Usage: scenario.py WORKDIR MODE [crawl options...]; MODE is ``ondemand``, ``nightly`` or ``manual``, with
``-direct`` appended for the direct mode of ``tests.security.hostile`` (no proxy, names resolved locally),
or ``control`` (an unguarded Chromium, to show the harness sees what gets through). Runs
wherever it is started — the tests start it inside a loopback-only network namespace (``unshare -n``), so
even a guard that failed could reach nothing but loopback. Prints one JSON line: what the hostile site
and the recording proxy saw, the crawl's exit code, the run log's browser refusals and the visit statuses.
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.security.hostile import HOSTILE_HOSTS, HostileWeb  # noqa: E402

COLUMNS = ("ags", "name", "type", "level", "state_code", "state", "population", "website_url")


def write_csv(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for i, host in enumerate(HOSTILE_HOSTS):
            writer.writerow((f"0916200{i}", f"Gemeinde {i}", "Gemeinde", "gemeinde", "09", "Bayern", "4000", f"http://{host}/"))


def unguarded_browser() -> None:
    """The control: Chromium straight at the recording proxy, no guard. Proves the harness sees leaks."""
    from playwright.sync_api import sync_playwright

    from tests.support import CHROMIUM

    with HostileWeb() as web, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, proxy={"server": web.proxy})
        page = browser.new_page()
        page.goto(f"http://{HOSTILE_HOSTS[0]}/", wait_until="networkidle", timeout=20000)
        browser.close()
        print(json.dumps(web.report()))


def main() -> None:
    if sys.argv[2] == "control":
        return unguarded_browser()
    workdir, mode, extra = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    workdir.mkdir(parents=True, exist_ok=True)
    municipalities, db = workdir / "m.csv", workdir / "r.db"
    write_csv(municipalities)
    mode, _, direct = mode.partition("-")
    env = dict(os.environ)
    env.pop("REIFEGRAD_ALLOW_SIMULATED_WEB", None)
    if not direct:
        env["REIFEGRAD_ALLOW_SIMULATED_WEB"] = "1"  # the recording proxy resolves, like the farm
    command = "nightly" if mode == "nightly" else "crawl"
    trigger = ["--trigger", mode] if command == "crawl" else []
    with HostileWeb(direct=bool(direct)) as web:
        proxy = ["--proxy", web.proxy] if web.proxy else []
        done = subprocess.run(
            [sys.executable, "-m", "reifegrad", command, "--municipalities", str(municipalities), "--db", str(db),
             *proxy, *trigger, "--delay", "0", "--timeout", "6", "--time-budget", "60",
             "--retries", "0", "--retry-backoff", "0", "--max-pages", "12", *extra],
            capture_output=True, text=True, timeout=300, env=env, cwd=Path(__file__).resolve().parents[2])
        report = web.report()
    refused = []
    for log in (workdir / "logs").glob("*run-*.jsonl"):
        refused += [line for line in map(json.loads, log.read_text().splitlines()) if line.get("event") == "browser_refused"]
    with sqlite3.connect(db) as conn:
        visits = conn.execute("SELECT v.ags, v.status, s.rendered, s.error FROM visits v "
                              "LEFT JOIN site_visits s ON s.id = v.site_visit_id").fetchall()
    print(json.dumps({**report, "returncode": done.returncode, "stderr": done.stderr[-3000:],
                      "browser_refused": refused, "visits": visits}))


if __name__ == "__main__":
    main()
