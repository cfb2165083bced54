"""Read-only analysts (issue #11): every read path works on a read-only copy of the database and leaves it
byte for byte as it was — export, report, status, queries, model diff, the result pages' reads, Datasette.

As root, file modes do not bind; the commands then run as the unprivileged user ``nobody`` (setpriv).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from output.store import Store
from scoring import load_model
from tests.output.factory import MUNICIPALITIES, two_nights

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534


def as_reader(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot drop privileges to test file modes")
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv]


def digest(db: Path) -> str:
    """The database file's bytes (in a writable directory, WAL readers may add their -shm/-wal files)."""
    return hashlib.sha256(db.read_bytes()).hexdigest()


@pytest.fixture(params=["read-only file", "read-only directory"])
def readonly_copy(request):
    """A real store (two nights), copied; the copy's file, or file and directory, made read-only."""
    top = Path(tempfile.mkdtemp(prefix="reifegrad-ro-", dir="/tmp"))
    top.chmod(0o755)
    data, out = top / "data", top / "out"
    data.mkdir()
    out.mkdir()
    out.chmod(0o777)
    store = Store(data / "reifegrad.db")
    store.upsert_municipalities(MUNICIPALITIES)
    two_nights(store, load_model())
    store.close()
    db = data / "reifegrad.db"
    assert sorted(p.name for p in data.iterdir()) == ["reifegrad.db"]  # WAL checkpointed on close
    db.chmod(0o444)
    data.chmod(0o555 if request.param == "read-only directory" else 0o777)
    try:
        yield db, out
    finally:
        data.chmod(0o755)
        shutil.rmtree(top)


def reifegrad(out: Path, *args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run(as_reader([sys.executable, "-m", "reifegrad", *args]), cwd=REPO, capture_output=True,
                          text=True, timeout=300, env=dict(os.environ, HOME=str(out), MPLCONFIGDIR=str(out)))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, (args, proc.stdout, proc.stderr)
    return proc


def python(out: Path, code: str) -> str:
    proc = subprocess.run(as_reader([sys.executable, "-c", code]), cwd=REPO, capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, HOME=str(out)))
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.slow
def test_every_read_command_works_on_a_read_only_copy(readonly_copy):
    db, out = readonly_copy
    before = digest(db)
    model = str(REPO / "scoring" / "models" / "v1.yaml")
    assert "Last run" in reifegrad(out, "status", "--db", str(db)).stdout
    reifegrad(out, "export", "--db", str(db), "--format", "csv", "--out", str(out / "scores.csv"))
    assert "Flensburg" in (out / "scores.csv").read_text("utf-8")
    reifegrad(out, "export", "--db", str(db), "--format", "csv", "--table", "bundle", "--out", str(out / "bundle"))
    reifegrad(out, "report", "--db", str(db), "--out", str(out / "report"))
    assert (out / "report" / "index.html").exists()
    reifegrad(out, "model", "diff", model, model, "--db", str(db))
    assert "score rows" in reifegrad(out, "model", "list", "--db", str(db)).stdout
    reifegrad(out, "peers", "list", "--db", str(db))
    assert python(out, f"from output import queries; print(len(queries.latest_scores({str(db)!r})))").strip() == "6"
    result = python(out, f"from output.result import load; r = load({str(db)!r}, '01001000'); "
                         "print(r['municipality']['name'], r['visit']['status'])")
    assert result.strip() == "Flensburg ok"
    assert digest(db) == before


@pytest.mark.slow
def test_datasette_serves_a_read_only_copy(readonly_copy):
    from output.datasette_cmd import datasette_args, write_metadata

    db, out = readonly_copy
    before = digest(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(as_reader(datasette_args(db, port, write_metadata(db, out))), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=dict(os.environ, HOME=str(out)))
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{db.stem}/latest_scores.json?_shape=objects",
                                            timeout=5) as response:
                    rows = json.load(response)["rows"]
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode() if proc.poll() else "timeout"
                time.sleep(0.3)
        assert {r["name"] for r in rows} >= {"Flensburg", "München"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert digest(db) == before


@pytest.mark.slow
def test_a_reader_that_cannot_share_the_writers_wal_index_fails_instead_of_reading_stale_data():
    """A writer has committed into its WAL; a reader that may not open the WAL index (-shm) must not fall back
    to an immutable read of the main file, which misses the WAL (a table "not there", old scores): it fails."""
    top = Path(tempfile.mkdtemp(prefix="reifegrad-ro-", dir="/tmp"))  # a path the unprivileged reader can reach
    top.chmod(0o755)
    data = top / "data"
    data.mkdir()
    data.chmod(0o777)  # a directory the reader may write to: a writer may be at work there
    db = data / "r.db"
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(db)!r}); c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('PRAGMA wal_autocheckpoint=0'); c.execute('CREATE TABLE t(v)')\n"
        "c.commit(); print('ready', flush=True); sys.stdin.read()")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        Path(f"{db}-shm").chmod(0o000 if os.geteuid() == 0 else 0o200)  # the reader cannot read the WAL index
        proc = subprocess.run(as_reader([sys.executable, "-c", (
            "from output.dbfile import connect_readonly\n"
            f"print(connect_readonly({str(db)!r}).execute('SELECT count(*) FROM t').fetchone())")]),
            cwd=REPO, capture_output=True, text=True, timeout=60)
    finally:
        writer.communicate("", timeout=30)
        shutil.rmtree(top)
    assert proc.returncode != 0
    assert "beside its writer" in proc.stderr and "no such table" not in proc.stderr
