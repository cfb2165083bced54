"""Issue 12: every command of the README's command table is run, with a real (small) database.

(That the table and the CLI parser agree, and that every --help works, is tested in the CLI's own tests.)
"""
from __future__ import annotations

import csv
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support import REPO, free_port, http_get, q, reifegrad, wait_for_port

FIXTURE_PAGE = REPO / "tests" / "detectors" / "fixtures" / "chat_pos.html"


def table_commands() -> list[str]:
    """The first word(s) after `reifegrad` in each row of the README's command table."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    commands = []
    for row in re.findall(r"^\| (`reifegrad .+?) \|", table, re.M):
        for cell in re.findall(r"`reifegrad ([a-z][a-z-]*(?: [a-z][a-z/]*)?)", row):
            words = cell.split()
            if words[0] in ("model", "peers", "farm"):  # groups: `farm serve/csv/truth` is three commands
                commands += [f"{words[0]} {sub}" for sub in words[1].split("/")]
            else:
                commands.append(words[0])
    return commands


def run_server(argv: list[str], url_path: str, port: int) -> tuple[int, bytes]:
    """Start a serving command, fetch one page from it, stop it."""
    proc = subprocess.Popen([sys.executable, "-m", "reifegrad", *argv], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return http_get(f"http://127.0.0.1:{port}{url_path}")
    finally:
        proc.terminate()
        proc.wait(20)


def check_crawl(ctx) -> None:
    db, proc = ctx.small_db
    assert "Sites by status" in proc.stdout and f"Database: {db}" in proc.stdout
    assert q(db, "SELECT count(*) FROM visits")[0][0] == len(ctx.small_ags)


def check_nightly(ctx) -> None:
    db = ctx.tmp / "nightly.db"
    proc = reifegrad("nightly", "--municipalities", str(ctx.csv), "--db", str(db), "--proxy", ctx.proxy,
                     "--delay", "0", "--timeout", "4", "--no-render", "--max-pages", "5", "--ags", *ctx.small_ags[:2])
    assert "Sites by status" in proc.stdout
    assert q(db, "SELECT kind, status FROM runs") == [("nightly", "finished")]


def check_status(ctx) -> None:
    proc = reifegrad("status", "--db", str(ctx.small_db[0]))
    assert "Last run" in proc.stdout or "last run" in proc.stdout.lower(), proc.stdout


def check_demo(ctx) -> None:
    out, proc = ctx.demo
    assert (out / "reifegrad.db").exists() and "Browse the database" in proc.stdout


def check_detect(ctx) -> None:
    proc = reifegrad("detect", str(FIXTURE_PAGE), "--url", "https://www.musterstadt.de/", "--json")
    assert isinstance(json.loads(proc.stdout), (dict, list))
    assert reifegrad("detect", str(FIXTURE_PAGE), "--url", "https://www.musterstadt.de/").stdout.strip()


def check_export(ctx) -> None:
    import pandas as pd

    db = str(ctx.small_db[0])
    for fmt, read in (("csv", pd.read_csv), ("parquet", pd.read_parquet), ("xlsx", pd.read_excel)):
        out = ctx.tmp / f"latest.{fmt}"
        reifegrad("export", "--db", db, "--format", fmt, "--out", str(out))
        assert len(read(out, dtype={"ags": str}) if fmt != "parquet" else read(out)) == len(ctx.small_ags)
    reifegrad("export", "--db", db, "--format", "xlsx", "--table", "bundle", "--out", str(ctx.tmp / "bundle.xlsx"))
    assert len(pd.ExcelFile(ctx.tmp / "bundle.xlsx").sheet_names) > 3
    reifegrad("export", "--db", db, "--format", "csv", "--table", "bundle", "--out", str(ctx.tmp / "bundle"))
    assert "dl-de/by-2-0" in (ctx.tmp / "bundle" / "README.txt").read_text("utf-8")
    d = pd.read_csv(ctx.tmp / "bundle" / "dictionary.csv", dtype=str)
    rows = d[d["table"] == "municipality_results"]
    results = pd.read_csv(ctx.tmp / "bundle" / "municipality_results.csv", dtype=dict(zip(rows["column"], rows["pandas"])))
    assert results["population"].dtype == "Int64" and results["lat"].notna().all()


def check_report(ctx) -> None:
    out = ctx.tmp / "report"
    reifegrad("report", "--db", str(ctx.small_db[0]), "--out", str(out))
    assert (out / "index.html").exists()
    assert len(list(out.rglob("*.html"))) > len(ctx.small_ags)
    # the map of a real crawl: a dot per crawled municipality with coordinates (the farm's CSV has them)
    located = q(ctx.small_db[0], "SELECT count(*) FROM visits v JOIN municipalities m USING (ags) "
                                 "WHERE m.lat IS NOT NULL AND m.lon IS NOT NULL")[0][0]
    assert located == len(ctx.small_ags)
    assert (out / "index.html").read_text("utf-8").count('<circle class="gemeinde"') == located


def check_datasette(ctx) -> None:
    port = free_port()
    status, body = run_server(["datasette", "--db", str(ctx.small_db[0]), "--port", str(port)],
                              "/reifegrad/latest_scores.json?_shape=array", port)
    assert status == 200 and len(json.loads(body)) == len(ctx.small_ags)


def check_rescore(ctx) -> None:
    db = ctx.copy_db("rescore.db")
    before = q(db, "SELECT count(*) FROM scores")[0][0]
    proc = reifegrad("rescore", "--db", str(db), "--model", str(REPO / "scoring" / "models" / "v1.yaml"))
    assert "score rows added" in proc.stdout
    assert q(db, "SELECT count(*) FROM scores")[0][0] >= before


def check_archive(ctx) -> None:
    import pandas as pd

    out = ctx.tmp / "archive"
    (directory,) = reifegrad("archive", "--db", str(ctx.small_db[0]), "--out", str(out)).stdout.split()
    visits = pd.read_parquet(Path(directory) / "visits.parquet")
    assert sorted(visits["ags"]) == sorted(ctx.small_ags)
    assert len(pd.read_parquet(Path(directory) / "pages.parquet")) == q(ctx.small_db[0], "SELECT count(*) FROM pages")[0][0]


def check_prune(ctx) -> None:
    db = ctx.copy_db("prune.db")
    pages = q(db, "SELECT count(*) FROM pages")[0][0]
    assert reifegrad("prune", "--db", str(db)).stdout.startswith("0 page records")  # crawled today: all kept
    assert reifegrad("prune", "--db", str(db), "--keep-pages-days", "0").stdout.startswith(f"{pages} page records")
    assert q(db, "SELECT count(*) FROM pages")[0][0] == 0 and q(db, "SELECT count(*) FROM latest_scores")[0][0]


def check_model_diff(ctx) -> None:
    v1 = str(REPO / "scoring" / "models" / "v1.yaml")
    proc = reifegrad("model", "diff", v1, v1, "--db", str(ctx.small_db[0]))
    assert proc.stdout.strip()


def check_model_use(ctx) -> None:
    db = ctx.copy_db("model.db")
    proc = reifegrad("model", "use", str(REPO / "scoring" / "models" / "v1.yaml"), "--db", str(db))
    assert "already the active model: 1.0.0" in proc.stdout


def check_model_list(ctx) -> None:
    listed = reifegrad("model", "list", "--db", str(ctx.small_db[0])).stdout.splitlines()
    assert len(listed) == 1 and listed[0].startswith("* 1.0.0"), listed


def check_peers_list(ctx) -> None:
    assert reifegrad("peers", "list", "--db", str(ctx.small_db[0])).stdout.startswith("no peer groups")


def check_peers_remove(ctx) -> None:
    db = ctx.copy_db("peers-remove.db")
    reifegrad("peers", "add", "Ring", *ctx.small_ags[:2], "--db", str(db))
    assert "1 removed" in reifegrad("peers", "remove", "Ring", ctx.small_ags[0], "--db", str(db)).stdout
    assert q(db, "SELECT ags FROM peer_groups") == [(ctx.small_ags[1],)]


def check_peers_add(ctx) -> None:
    db = ctx.copy_db("peers.db")
    proc = reifegrad("peers", "add", "Ring", *ctx.small_ags[:2], "--db", str(db))
    assert "2" in proc.stdout
    assert sorted(r[0] for r in q(db, "SELECT ags FROM peer_groups")) == sorted(ctx.small_ags[:2])


def check_serve(ctx) -> None:
    port = free_port()
    status, body = run_server(["serve", "--db", str(ctx.copy_db("serve.db")), "--municipalities", str(ctx.csv),
                               "--port", str(port), "--proxy", ctx.proxy, "--allow-simulated-web"], "/", port)
    assert status == 200 and b"<form" in body


def check_worker(ctx) -> None:
    db = ctx.tmp / "distributed.db"
    proc = reifegrad("crawl", "--municipalities", str(ctx.csv), "--db", str(db), "--proxy", ctx.proxy,
                     "--delay", "0", "--timeout", "4", "--no-render", "--max-pages", "5",
                     "--queue", ctx.redis_url, "--workers", "1", "--ags", *ctx.small_ags[:2])
    assert q(db, "SELECT status FROM runs") == [("finished",)], proc.stdout


def check_farm_serve(ctx) -> None:
    with ctx.csv.open(encoding="utf-8") as fh:
        url = next(row["website_url"] for row in csv.DictReader(fh) if row["website_url"].startswith("http://"))
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "reifegrad", "farm", "serve", "--port", str(port)], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, 60)
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:  # absolute-form: a proxy request
            conn.sendall(f"GET {url} HTTP/1.1\r\nHost: {urlsplit(url).netloc}\r\nConnection: close\r\n\r\n".encode())
            answer = conn.makefile("rb").readline()
        assert answer.split()[1] in (b"200", b"301", b"302"), answer
    finally:
        proc.terminate()
        proc.wait(20)


def check_validate(ctx) -> None:
    proc = reifegrad("validate", "--municipalities", str(ctx.csv))
    assert re.search(r"^\d+ valid rows, 0 bad", proc.stdout, re.M), proc.stdout


def check_farm_csv(ctx) -> None:
    out = ctx.tmp / "farm.csv"
    reifegrad("farm", "csv", "--sites", "2", "--out", str(out))
    assert out.read_text(encoding="utf-8").startswith("ags,")


def check_farm_truth(ctx) -> None:
    out = ctx.tmp / "truth.json"
    reifegrad("farm", "truth", "--sites", "2", "--out", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["sites"]


def check_result(ctx) -> None:
    db = ctx.small_db[0]
    doc = json.loads(reifegrad("result", "--db", str(db), ctx.small_ags[0], "--json").stdout)
    assert doc["municipality"]["ags"] == ctx.small_ags[0] and len(doc["components"]) == 24
    text = reifegrad("result", "--db", str(db), ctx.small_ags[0]).stdout
    assert f"AGS {ctx.small_ags[0]}" in text and f"Status: {doc['visit']['status_label']}" in text


def check_changes(ctx) -> None:
    from output.store import Store
    from scoring import load_model
    from tests.output.factory import MUNICIPALITIES, two_nights

    db = ctx.tmp / "two-nights.db"
    with Store(db) as store:
        store.upsert_municipalities(MUNICIPALITIES)
        first, _ = two_nights(store, load_model())
    text = reifegrad("changes", "--db", str(db), "--since", "last").stdout
    assert f"seit Lauf {first}" in text and "weggefallen: Chatbot" in text
    data = json.loads(reifegrad("changes", "--db", str(db), "--since", "2999-01-01", "--json", "--threshold", "10").stdout)
    assert data["threshold"] == 10 and data["changes"] == []  # the newest run compared with itself


CHECKS = {
    "crawl": check_crawl, "nightly": check_nightly, "status": check_status, "demo": check_demo,
    "detect": check_detect, "export": check_export, "report": check_report, "datasette": check_datasette,
    "rescore": check_rescore, "archive": check_archive, "prune": check_prune, "model diff": check_model_diff, "model use": check_model_use,
    "model list": check_model_list, "peers add": check_peers_add, "peers list": check_peers_list,
    "peers remove": check_peers_remove, "serve": check_serve,
    "worker": check_worker, "farm serve": check_farm_serve, "farm csv": check_farm_csv,
    "farm truth": check_farm_truth, "validate": check_validate, "result": check_result, "changes": check_changes,
}


class Context:
    def __init__(self, tmp: Path, request):
        self.tmp, self.request = tmp, request
        self.proxy = request.getfixturevalue("farm_proxy")
        self.csv, self.truth = request.getfixturevalue("farm_files")
        self.small_ags = request.getfixturevalue("small_ags")
        self.small_db = request.getfixturevalue("small_db")

    def __getattr__(self, name: str):
        return self.request.getfixturevalue(name)  # demo, redis_url: only started for the commands needing them

    def copy_db(self, name: str) -> Path:
        import sqlite3

        target = self.tmp / name
        with sqlite3.connect(self.small_db[0]) as source, sqlite3.connect(target) as dest:
            source.backup(dest)
        return target


def readme_python_lines() -> list[str]:
    """The analysts' pandas lines of the README (its python block), each one call on the demo's database."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("## For analysts", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.strip()]


@pytest.mark.slow
def test_readme_pandas_lines_give_rows_on_the_demo(demo):
    """Copied as they stand into a session on `make demo`'s database, every line gives a table with rows."""
    lines = readme_python_lines()
    assert lines[0] == "from output import queries" and len(lines) >= 4
    namespace: dict = {}
    exec(lines[0], namespace)
    for line in lines[1:]:
        frame = eval(line.replace('"var/demo/reifegrad.db"', repr(str(demo[0] / "reifegrad.db"))), namespace)
        assert len(frame) > 0, line


def readme_offline_check_commands() -> list[list[str]]:
    """The README's two commands to try the on-demand check on the demo (farm serve, serve), as argv lists."""
    import shlex

    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("Offline, after `make demo`", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = [shlex.split(line.rstrip(" &")) for line in block.replace("\\\n", " ").splitlines()]
    return [words[words.index(".venv/bin/reifegrad") + 1:] for words in lines if words]


@pytest.mark.slow
def test_readme_offline_check_on_the_demo(demo, tmp_path):
    """The README's lines, on the demo's database (a copy) and a simulated web of the demo's size: the service
    answers, a check of a demo municipality shows its fresh result with the note, an admin may force one."""
    import sqlite3

    import httpx

    from tests.ops.conftest import DEMO_SITES

    farm, serve = readme_offline_check_commands()
    assert farm[:2] == ["farm", "serve"] and serve[0] == "serve"
    out = demo[0]
    db = tmp_path / "demo.db"
    with sqlite3.connect(out / "reifegrad.db") as source, sqlite3.connect(db) as dest:
        source.backup(dest)
    farm_port, port = free_port(), free_port()
    paths = {"var/demo/reifegrad.db": str(db), "var/demo/municipalities.csv": str(out / "municipalities.csv"),
             "8899": str(farm_port), "http://127.0.0.1:8899": f"http://127.0.0.1:{farm_port}"}
    argv = [[paths.get(word, word) for word in command] for command in (farm, serve)]
    started = [subprocess.Popen([sys.executable, "-m", "reifegrad", *argv[0], "--sites", DEMO_SITES], cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        wait_for_port(farm_port)
        started.append(subprocess.Popen([sys.executable, "-m", "reifegrad", *argv[1], "--port", str(port)], cwd=REPO,
                                        env={**os.environ, "REIFEGRAD_ADMIN_TOKEN": "geheim"},
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        base = f"http://127.0.0.1:{port}"
        assert http_get(base + "/")[0] == 200
        cached = httpx.post(base + "/api/checks", json={"ags": "12390"}).json()
        assert cached["cached"] and "run_id=" in cached["result_page_url"]
        assert 'id="cached-note"' in httpx.get(base + cached["result_page_url"] + "&vorhanden=1").text
        forced = httpx.post(base + "/api/checks", json={"ags": "12390", "force": True}, headers={"X-Admin-Token": "geheim"})
        assert forced.status_code == 202, forced.text
    finally:
        for proc in reversed(started):
            proc.terminate()
            proc.wait(30)


def test_every_table_command_has_a_check():
    commands = table_commands()
    assert "crawl" in commands and "farm truth" in commands  # the table was found and read
    assert sorted(set(commands)) == sorted(CHECKS)


@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(CHECKS))
def test_readme_command_runs(command, tmp_path, request):
    CHECKS[command](Context(tmp_path, request))
