"""Datasette serves the store with our metadata; the CLI sub-commands work end to end."""
from __future__ import annotations

import argparse
import json
import subprocess
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from output.commands import register
from output.datasette_cmd import datasette_args, metadata, write_metadata
from output.sources import DESTATIS
from output.store import Store
from tests.support import free_port


def get_json(url: str, deadline: float) -> dict:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_metadata_documents_every_table_view_and_column(tmp_path):
    store = Store(tmp_path / "nightly.db")
    meta = metadata(store.path)
    assert DESTATIS in meta["license"] and "dl-de/by-2-0" in meta["license"]
    tables = meta["databases"]["nightly"]["tables"]
    relations = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")]
    for name in relations:
        columns = [r[1] for r in store.conn.execute(f'PRAGMA table_info("{name}")')]
        assert name in tables, name
        assert set(columns) <= set(tables[name]["columns"]), (name, set(columns) - set(tables[name]["columns"]))
    # every canned query runs on the real schema
    for name, query in meta["databases"]["nightly"]["queries"].items():
        store.conn.execute(query["sql"], {"ags": "01001000"}).fetchall()


def test_datasette_serves_a_canned_query(nights, tmp_path):
    store, *_ = nights
    port = free_port()
    args = datasette_args(store.path, port, write_metadata(store.path, tmp_path))
    assert args[args.index("-h"):args.index("-p") + 2] == ["-h", "127.0.0.1", "-p", str(port)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}/{store.path.stem}"
        data = get_json(f"{base}/kgst_verteilung.json?_shape=objects", time.monotonic() + 30)
        assert [r["study_2019_share"] for r in data["rows"]] == [16.0, 32.0, 52.0]
        ranking = get_json(f"{base}/rangliste.json?_shape=objects", time.monotonic() + 5)["rows"]
        assert ranking[0]["name"] == "Flensburg" and ranking[0]["rang"] == 1
        site = get_json(f"http://127.0.0.1:{port}/-/metadata.json", time.monotonic() + 5)
        assert DESTATIS in site["license"]
        settings = get_json(f"http://127.0.0.1:{port}/-/settings.json", time.monotonic() + 5)
        assert settings["sql_time_limit_ms"] == 20_000
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="reifegrad")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_export_report_rescore_peers_and_model_diff(nights, tmp_path, capsys):
    store, *_ = nights
    db = str(store.path)
    model = Path(__import__("scoring").load_model().path)
    assert run(["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 0
    assert len(pd.read_csv(tmp_path / "x.csv")) == 6
    assert run(["export", "--db", db, "--format", "xlsx", "--out", str(tmp_path / "b.xlsx"), "--table", "bundle"]) == 0
    assert run(["report", "--db", db, "--out", str(tmp_path / "r")]) == 0
    assert (tmp_path / "r" / "index.html").exists()
    assert run(["rescore", "--db", db]) == 0
    assert run(["peers", "add", "Nord", "01001000", "01051001", "--db", db]) == 0
    assert run(["model", "diff", str(model), str(model), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "0 score rows added" in out and "Nord: 2 Kommunen" in out
    with pytest.raises(SystemExit, match="no database"):
        run(["export", "--db", str(tmp_path / "missing.db"), "--out", str(tmp_path / "y.csv")])
