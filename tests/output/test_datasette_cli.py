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
from output import result
from output.datasette_cmd import datasette_args, metadata, write_metadata
from output.dbfile import StoreError
from output.search import FTS_TABLE
from output.sizes import size_class
from output.sources import DESTATIS
from output.store import Store
from tests.support import free_port, http_get


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
    relations = [r[0] for r in store.conn.execute(  # the search index and its shadow tables are SQLite's
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE ? || '%'", (FTS_TABLE,))]
    for name in relations:
        columns = [r[1] for r in store.conn.execute(f'PRAGMA table_info("{name}")')]
        assert name in tables, name
        assert set(columns) <= set(tables[name]["columns"]), (name, set(columns) - set(tables[name]["columns"]))
    # every canned query runs on the real schema
    for name, query in meta["databases"]["nightly"]["queries"].items():
        store.conn.execute(query["sql"], {"ags": "01001000", "state": "01", "component": "epayment"}).fetchall()


def test_datasette_serves_canned_queries_facets_search_and_the_map(nights, tmp_path):
    store, *_ = nights
    with store.transaction():  # the register's coordinates (tests/output/factory.py has none)
        store.conn.execute("UPDATE municipalities SET lat = 54.78, lon = 9.44 WHERE ags = '01001000'")
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
        check_analyst_pages(store, base, port)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def check_analyst_pages(store: Store, base: str, port: int) -> None:
    """Facets, full-text search, parameterised canned queries and the map page of the real server."""
    deadline = time.monotonic() + 10
    results = get_json(f"{base}/municipality_results.json?_shape=objects", deadline)
    facets = results["facet_results"]
    assert {"state", "level", "status"} <= set(facets)
    by_state = {f["value"]: f["count"] for f in facets["state"]["results"]}
    expected = dict(store.conn.execute("SELECT state, count(*) FROM municipalities GROUP BY state").fetchall())
    assert by_state == expected
    statuses = {f["value"]: f["count"] for f in facets["status"]["results"]}
    assert statuses == dict(store.conn.execute(
        "SELECT status, count(*) FROM latest_visits GROUP BY status").fetchall())
    flensburg = next(r for r in results["rows"] if r["ags"] == "01001000")
    assert (flensburg["lat"], flensburg["lon"]) == (54.78, 9.44) and flensburg["population"] == 91113
    # full-text search over the latest evidence: a match text, and a label searched without its umlaut
    hits = get_json(f"{base}/latest_evidence.json?_shape=objects&_search=epayment.js", deadline)["rows"]
    assert hits and {h["ags"] for h in hits} == {"01001000"} and {h["component"] for h in hits} == {"epayment"}
    label = get_json(f"{base}/latest_evidence.json?_shape=objects&_search=Bezahlmoglichkeit", deadline)["rows"]
    assert {h["evidence_id"] for h in label} == {r[0] for r in store.conn.execute(
        "SELECT evidence_id FROM latest_evidence WHERE component = 'epayment'")} > {h["evidence_id"] for h in hits}
    assert get_json(f"{base}/latest_evidence.json?_shape=objects&_search=chatbot", deadline)["rows"] == []  # gone
    # canned queries with a parameter
    bavaria = get_json(f"{base}/kommunen_eines_landes.json?_shape=objects&state=09", deadline)["rows"]
    assert [r["ags"] for r in bavaria] == ["09162000"]
    epayment = get_json(f"{base}/komponente.json?_shape=objects&component=epayment", deadline)["rows"]
    have = {r["ags"]: r["vorhanden"] for r in epayment}
    assert have["01001000"] == 1 and have["01051001"] == 0 and have["09162000"] is None  # timed out: unknown
    peers = get_json(f"{base}/vergleichsgruppe.json?_shape=objects&ags=01051002", deadline)["rows"]
    register = {a: (state, size_class(level, population)) for a, state, level, population in store.conn.execute(
        "SELECT ags, state, level, population FROM municipalities")}  # the size class as Python computes it
    assert {r["ags"] for r in peers} == {a for a, key in register.items() if key == register["01051002"]}
    assert len(peers) == 3 and [r["ags"] for r in peers if r["gewaehlt"]] == ["01051002"]
    advice = get_json(f"{base}/empfehlungen.json?_shape=objects&ags=01001000", deadline)["rows"]
    document = result.load(store.path, "01001000")["recommendations"]
    assert [(r["label"], r["points"]) for r in advice] == [(d["label"], d["weight"]) for d in document] != []
    # the map: the plugin's script on a table with lat/lon, and the script itself served from here
    status, page = http_get(f"{base}/municipality_results")
    assert status == 200 and b"datasette-cluster-map.js" in page
    assert b'DATASETTE_CLUSTER_MAP_LATITUDE_COLUMN = "lat"' in page
    status, script = http_get(f"http://127.0.0.1:{port}/-/static-plugins/datasette-cluster-map/datasette-cluster-map.js")
    assert status == 200 and b"DATASETTE_CLUSTER_MAP_LATITUDE_COLUMN" in script


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="reifegrad")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.mark.slow  # among the slowest unmarked tests (measured with --durations): kept out of `make test-fast`
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
    with pytest.raises(StoreError, match="no database"):  # reifegrad.cli prints it as one line (tests/ops)
        run(["export", "--db", str(tmp_path / "missing.db"), "--out", str(tmp_path / "y.csv")])
