"""Bad input to the real CLI: one line on stderr, a non-zero exit, never a traceback (issue #11)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEADER = "ags,name,website_url,population"


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reifegrad", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def assert_one_line_error(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert all(w in lines[0] for w in words), lines[0]


@pytest.fixture
def not_sqlite(tmp_path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("this is a text file, not a database\n" * 10, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [
    ["status"], ["export", "--out", "x.csv"], ["report", "--out", "rep"], ["rescore"], ["peers", "add", "g", "01001000"],
    ["datasette"], ["crawl", "--municipalities", "municipalities.csv", "--ags", "01001000"],
    ["nightly", "--municipalities", "municipalities.csv", "--ags", "01001000"],
])
@pytest.mark.parametrize("kind", ["directory", "not_sqlite"])
def test_db_that_is_a_directory_or_not_sqlite(tmp_path, not_sqlite, command, kind):
    db = tmp_path if kind == "directory" else not_sqlite
    proc = run(*command, "--db", str(db))
    assert_one_line_error(proc, "directory" if kind == "directory" else "not an SQLite database")


def test_serve_with_a_db_that_is_a_directory(tmp_path):
    assert_one_line_error(run("serve", "--db", str(tmp_path), "--port", "1"), "directory")


def test_missing_detect_input(tmp_path):
    assert_one_line_error(run("detect", str(tmp_path / "nope.html"), "--url", "https://x.de/"), "cannot read", "nope.html")
    assert_one_line_error(run("detect", str(tmp_path), "--url", "https://x.de/"), "cannot read")


@pytest.mark.parametrize("population", ["²", "9" * 4300, "١٢٣", "1e5", "-5"])
def test_population_that_is_not_a_plain_number(tmp_path, population):
    csv = tmp_path / "m.csv"
    csv.write_text(f"{HEADER}\n01001000,Flensburg,https://www.flensburg.de,{population}\n", encoding="utf-8")
    proc = run("validate", "--municipalities", str(csv))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "population: not a whole number" in proc.stdout
    assert len(proc.stdout) < 2000  # the 4,300 digits are not echoed back


def test_serve_refuses_a_csv_with_a_byte_that_is_not_utf8(tmp_path):
    """It used to serve the rows before the byte and silently drop every row after it."""
    csv = tmp_path / "m.csv"
    csv.write_bytes(f"{HEADER}\n01001000,Flensburg,https://www.flensburg.de,1\n".encode()
                    + "01002000,Kiel,https://www.kiel.de,2\n01003000,Lübeck,https://www.luebeck.de,3\n".encode("latin-1"))
    proc = run("serve", "--db", str(tmp_path / "r.db"), "--municipalities", str(csv), "--port", "1")
    assert_one_line_error(proc, "m.csv:4:11:", "not UTF-8")
