"""JavaScript-only components and the `farm` commands (CLI and Python functions)."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import lxml.html

from farm.commands import make_world, write_csv, write_truth
from farm.world import CSV_COLUMNS, World

from .crawl import fetch


def test_js_only_components_need_scripts(world: World, truth: dict) -> None:
    js = [(s, comp, c) for s in truth["sites"] for comp, c in s["components"].items() if c["js_only"]]
    assert {comp for _, comp, _ in js} == {"chatbot", "form_server"}
    for site, comp, found in js:
        _, page = fetch(world, found["url"])
        html = page.body.decode()
        marker = {"chatbot": ("userlike", "moin.ai"), "form_server": ("formular-server.de",)}[comp]
        assert not any(m in html for m in marker), (site["host"], comp)  # absent from the static HTML
        scripts = [src for src in _script_srcs(html) if "matomo" not in src and "etracker" not in src]
        served = "".join(fetch(world, src if src.startswith("http") else site["final_url"].rstrip("/") + src)[1]
                         .body.decode() for src in scripts)
        chained = "".join(fetch(world, url)[1].body.decode() for url in _quoted_urls(served))
        assert any(m in served + chained for m in marker), (site["host"], comp, scripts)


def test_trackers_before_consent_load_on_start_page(world: World, truth: dict) -> None:
    before = [s for s in truth["sites"] if s["checks"]["trackers_before_consent"]]
    after = [s for s in truth["sites"] if s["checks"]["consent_manager"] and not s["checks"]["trackers_before_consent"]]
    assert before and after
    for site in before + after:
        html = fetch(world, site["final_url"])[1].body.decode()
        blocked = 'type="text/plain"' in html
        assert blocked == (site in after), site["host"]


def _script_srcs(html: str) -> list[str]:
    return lxml.html.document_fromstring(html).xpath("//script/@src")


def _quoted_urls(js: str) -> list[str]:
    return re.findall(r"'(https://[^']+)'", js)


def test_csv_and_truth_functions() -> None:
    world = make_world(seed=11, sites=6)
    out = io.StringIO()
    n = write_csv(world, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == n and tuple(rows[0]) == CSV_COLUMNS
    out = io.StringIO()
    write_truth(world, out)
    assert json.loads(out.getvalue())["seed"] == 11


def test_cli(tmp_path) -> None:
    target = tmp_path / "farm.csv"
    subprocess.run([sys.executable, "-m", "farm", "csv", "--out", str(target), "--sites", "5", "--seed", "2"],
                   check=True, timeout=60)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows == World(seed=2, n_sites=5).municipality_rows()
    truth = subprocess.run([sys.executable, "-m", "farm", "truth", "--sites", "5", "--seed", "2"], check=True,
                           capture_output=True, text=True, timeout=60).stdout
    assert len(json.loads(truth)["sites"]) == World(seed=2, n_sites=5).settings.n_total
