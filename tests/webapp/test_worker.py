"""The crawl subprocess contract: documented command line, guarded environment, tolerant progress reading."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from webapp.checks import CheckQueue
from webapp.worker import crawl_argv, crawl_env, read_progress


def test_command_line_is_the_documented_one(settings, tmp_path):
    queue = CheckQueue(settings.db)
    check = queue.submit(ags="09162000", site="musterstadt.de", site_url="https://www.musterstadt.de/", client="c", forced=False).check
    argv = crawl_argv(replace(settings, crawl_command=("reifegrad",), proxy="http://127.0.0.1:3128"), check, Path("t.csv"), Path("p.json"))
    assert argv == ["reifegrad", "crawl", "--municipalities", "t.csv", "--db", str(settings.db), "--ags", "09162000",
                    "--trigger", "ondemand", "--max-pages", str(settings.max_pages), "--time-budget", str(settings.time_budget),
                    "--progress-file", "p.json", "--proxy", "http://127.0.0.1:3128"]
    assert "--proxy" not in crawl_argv(replace(settings, proxy=None), check, Path("t.csv"), Path("p.json"))
    assert crawl_argv(replace(settings, render=False), check, Path("t.csv"), Path("p.json"))[-1] == "--no-render"
    assert crawl_argv(replace(settings, render=True), check, Path("t.csv"), Path("p.json"))[-1] == "--render"


def test_environment_keeps_secrets_and_the_simulated_web_allowance_out(settings, monkeypatch):
    monkeypatch.setenv("REIFEGRAD_ADMIN_TOKEN", "geheim")
    monkeypatch.setenv("REIFEGRAD_ALLOW_SIMULATED_WEB", "1")
    production = crawl_env(replace(settings, allow_simulated_web=False))
    assert "REIFEGRAD_ALLOW_SIMULATED_WEB" not in production and "REIFEGRAD_ADMIN_TOKEN" not in production
    assert crawl_env(settings)["REIFEGRAD_ALLOW_SIMULATED_WEB"] == "1"


def test_progress_file_missing_or_half_written(tmp_path):
    path = tmp_path / "p.json"
    assert read_progress(path) is None
    path.write_text('{"status": "running", "pa')
    assert read_progress(path) is None
    path.write_text('{"status": "running", "pages": 4, "components": ["imprint"], "sites_done": 0, "sites_total": 1}')
    assert read_progress(path)["pages"] == 4
