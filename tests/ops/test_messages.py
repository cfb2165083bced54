"""Issue 12: what a user can get wrong ends in one line naming the problem and a non-zero exit."""
from __future__ import annotations

import sqlite3

import pytest

from output import queries
from tests.support import REPO, reifegrad

V1 = str(REPO / "scoring" / "models" / "v1.yaml")


def fails_with(*args: str, says: str) -> str:
    proc = reifegrad(*args, check=False, timeout=120)
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], proc.stderr
    return lines[0]


@pytest.fixture
def db(small_db, tmp_path):
    """A private copy of the small crawled database."""
    target = tmp_path / "copy.db"
    with sqlite3.connect(small_db[0]) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    return str(target)


def test_missing_model_files(db, tmp_path):
    missing = str(tmp_path / "missing.yaml")
    fails_with("model", "diff", missing, V1, "--db", db, says="missing.yaml")
    fails_with("model", "diff", V1, missing, "--db", db, says="missing.yaml")
    fails_with("rescore", "--model", missing, "--db", db, says="missing.yaml")
    fails_with("model", "use", missing, "--db", db, says="missing.yaml")
    (tmp_path / "broken.yaml").write_text("version: [1\n", encoding="utf-8")
    fails_with("model", "use", str(tmp_path / "broken.yaml"), "--db", db, says="broken.yaml")


def test_unknown_table_and_municipality(db, tmp_path):
    fails_with("export", "--db", db, "--table", "nosuch", "--out", str(tmp_path / "x.csv"), says="nosuch")
    fails_with("report", "--db", db, "--ags", "99999999", "--out", str(tmp_path / "r"), says="99999999")


def test_commands_that_read_refuse_a_missing_database(tmp_path):
    missing = str(tmp_path / "typo.db")
    for args in (("export", "--out", str(tmp_path / "x.csv")), ("report", "--out", str(tmp_path / "r")),
                 ("rescore",), ("model", "list"), ("peers", "list")):
        fails_with(*args, "--db", missing, says="typo.db")
    with pytest.raises(FileNotFoundError, match="typo.db"):
        queries.latest_scores(missing)
    assert not (tmp_path / "typo.db").exists()


def test_peers_add_list_remove(db, small_ags):
    fails_with("peers", "add", "Ring", "abc", "--db", db, says="abc")
    lost_zero = small_ags[0].lstrip("0")
    if lost_zero != small_ags[0]:
        fails_with("peers", "add", "Ring", lost_zero, "--db", db, says="leading zero")
    assert reifegrad("peers", "list", "--db", db).stdout.startswith("no peer groups")
    reifegrad("peers", "add", "Ring", *small_ags[:3], "--db", db)
    listed = reifegrad("peers", "list", "--db", db).stdout
    assert listed.startswith("Ring (3): ") and all(a in listed for a in small_ags[:3])
    assert "1 removed" in reifegrad("peers", "remove", "Ring", small_ags[0], "--db", db).stdout
    assert reifegrad("peers", "list", "--db", db).stdout.startswith("Ring (2): ")
    assert "2 removed" in reifegrad("peers", "remove", "Ring", "--db", db).stdout
    fails_with("peers", "remove", "Ring", "--db", db, says="no group")


def snapshot(path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


@pytest.mark.parametrize("command", ["crawl", "nightly"])
def test_a_dead_proxy_writes_nothing(command, db, tmp_path, farm_files, small_ags):
    from pathlib import Path

    before = snapshot(Path(db))
    fails_with(command, "--municipalities", str(farm_files[0]), "--db", db, "--proxy", "http://127.0.0.1:1",
               "--ags", *small_ags, says="proxy http://127.0.0.1:1 does not answer")
    assert snapshot(Path(db)) == before
    fresh = tmp_path / "fresh" / "new.db"
    fails_with(command, "--municipalities", str(farm_files[0]), "--db", str(fresh), "--proxy", "http://127.0.0.1:1",
               says="does not answer")
    assert not fresh.parent.exists()


def test_a_dead_redis_is_one_line(db, farm_files, small_ags):
    fails_with("crawl", "--municipalities", str(farm_files[0]), "--db", db, "--queue", "redis://127.0.0.1:1/0",
               "--ags", *small_ags, says="Redis at redis://127.0.0.1:1/0 does not answer")
    fails_with("worker", "--queue", "redis://127.0.0.1:1/0", says="does not answer")


def test_selection_flags_are_checked(db, farm_files, small_ags):
    fails_with("crawl", "--municipalities", str(farm_files[0]), "--db", db, "--limit", "-1", says="--limit must be 0 or more")
    lost = next(a for a in small_ags if a.startswith("0"))[1:] if any(a.startswith("0") for a in small_ags) else None
    proc = reifegrad("crawl", "--municipalities", str(farm_files[0]), "--db", db, "--ags", "99999999",
                     check=False)
    assert proc.returncode != 0 and "unknown AGS 99999999" in proc.stderr and "Traceback" not in proc.stderr
    if lost:
        proc = reifegrad("crawl", "--municipalities", str(farm_files[0]), "--db", db, "--ags", lost, check=False)
        assert f"unknown AGS {lost}" in proc.stderr and "leading zero" in proc.stderr


def test_a_semicolon_csv_is_recognised(tmp_path):
    csv = tmp_path / "excel.csv"
    csv.write_text("ags;name;website_url\n09162000;München;https://www.muenchen.de\n", encoding="utf-8")
    proc = reifegrad("crawl", "--municipalities", str(csv), "--db", str(tmp_path / "x.db"), check=False)
    assert proc.returncode != 0 and "separated by semicolons" in proc.stderr and "Traceback" not in proc.stderr


def test_a_closed_pipe_is_no_traceback():
    """`reifegrad detect --json | head`: the reader is gone before the output is written."""
    import os
    import subprocess
    import sys

    read, write = os.pipe()
    os.close(read)
    page = REPO / "tests" / "detectors" / "fixtures" / "chat_pos.html"
    proc = subprocess.run([sys.executable, "-m", "reifegrad", "detect", str(page), "--url", "https://www.x.de/", "--json"],
                          cwd=REPO, stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    os.close(write)
    assert proc.returncode != 0 and proc.stderr == "", proc.stderr


def test_farm_serve_on_a_busy_port_is_one_line():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        fails_with("farm", "serve", "--port", str(busy.getsockname()[1]), says="cannot listen on 127.0.0.1")


def test_serve_with_a_missing_municipalities_file_is_one_line(tmp_path):
    fails_with("serve", "--municipalities", str(tmp_path / "missing.csv"), "--db", str(tmp_path / "x.db"),
               says="missing.csv")
