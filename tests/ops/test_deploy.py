"""Issue 12: the shipped crontab line and systemd unit run on a fresh install (an empty directory)."""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

import pytest

from tests.support import REPO

INSTALL = "/opt/reifegrad"
TEST_OPTS = "--delay 0 --timeout 4 --no-render --max-pages 5 --retries 0"


def crontab_command() -> str:
    line = next(ln for ln in (REPO / "deploy" / "crontab").read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#"))
    return line.split(None, 5)[5]  # after minute, hour, day, month, weekday


def service_commands() -> list[str]:
    unit = (REPO / "deploy" / "reifegrad-nightly.service").read_text(encoding="utf-8")
    assert f"WorkingDirectory={INSTALL}" in unit
    return re.findall(r"^ExecStart(?:Pre)?=(.+)$", unit, re.M)


def run_here(command: str, workdir, csv, proxy, ags: list[str]) -> subprocess.CompletedProcess:
    """The shipped command with the installation replaced by this checkout and the crawl by a tiny one."""
    reifegrad = f"{sys.executable} -m reifegrad"
    command = command.replace(f"cd {INSTALL}", f"cd {workdir}")
    command = re.sub(rf"(?:{INSTALL}/)?\.venv/bin/reifegrad", reifegrad, command)
    command = command.replace("--municipalities municipalities.csv", "")
    extra = f" --municipalities {csv} --proxy {proxy} {TEST_OPTS} --ags {' '.join(ags)}"
    command = command.replace(" >>", extra + " >>", 1) if " >>" in command else command + extra
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(["sh", "-c", command], cwd=workdir, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_the_crontab_line_runs_in_an_empty_directory(tmp_path, farm_proxy, farm_files, small_ags):
    proc = run_here(crontab_command(), tmp_path, farm_files[0], farm_proxy, small_ags[:2])
    assert proc.returncode == 0, proc.stderr
    assert "Sites by status" in (tmp_path / "var" / "logs" / "nightly.log").read_text(encoding="utf-8")
    with sqlite3.connect(tmp_path / "var" / "reifegrad.db") as conn:
        assert conn.execute("SELECT kind, status FROM runs").fetchall() == [("nightly", "finished")]


@pytest.mark.slow
def test_the_systemd_unit_runs_in_an_empty_directory(tmp_path, farm_proxy, farm_files, small_ags):
    pre, start = service_commands()
    subprocess.run(["sh", "-c", pre], cwd=tmp_path, check=True)
    proc = run_here(start, tmp_path, farm_files[0], farm_proxy, small_ags[:2])
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "var" / "logs").is_dir()
    with sqlite3.connect(tmp_path / "var" / "reifegrad.db") as conn:
        assert conn.execute("SELECT kind, status FROM runs").fetchall() == [("nightly", "finished")]
