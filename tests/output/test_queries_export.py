"""Analyst queries and exports over two nights of real records; exports read back as an analyst would."""
from __future__ import annotations

import io
import json

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest

from output import dictionary, queries, result
from output.commands import EXPORT_FORMATS
from output.export import BUNDLE, BUNDLE_PARTS, DICTIONARY_SHEET, FORMATS, SOURCES_SHEET, export, tables
from output.search import FTS_TABLE
from output.sources import DESTATIS, RESULTS_LICENCE
from tests.output.factory import AMT, MUNICIPALITIES


def test_latest_scores_ranks_best_first_with_failed_last(nights):
    store, _, r2 = nights
    df = queries.latest_scores(store.path)
    assert list(df.columns) == ["ags", "name", "state", "score", "level", "kgst_components", "status",
                                "model_version", "run_id", "finished_at"]
    assert len(df) == len(MUNICIPALITIES) and set(df["run_id"]) == {r2}
    scored = df["score"].dropna()
    assert list(scored) == sorted(scored, reverse=True)
    assert df["score"].isna().tail(2).all()  # timeout + no_website


def test_history_of_one_municipality(nights):
    store, r1, r2 = nights
    h = queries.history(store, "09162000")
    assert list(h["run_id"]) == [r1, r2]
    assert h["score"].notna().tolist() == [True, False] and list(h["status"]) == ["ok", "timeout"]


def test_findings_with_labels(nights):
    store, *_ = nights
    f = queries.findings(store, "01001000")
    assert "epayment" in set(f["component"]) and "chatbot" not in set(f["component"])
    assert f.set_index("component").loc["epayment", "label"] == "Elektronische Bezahlmöglichkeit"
    assert set(queries.findings(store)["ags"]) == {"01001000", *AMT}


def test_component_matrix(nights):
    store, *_ = nights
    m = queries.component_matrix(store).set_index("ags")
    assert m.loc["01001000", "epayment"] == 1 and m.loc["01001000", "chatbot"] == 0
    assert pd.isna(m.loc["09162000", "epayment"])  # timed out: unknown, not absent


def test_changes_score_delta_and_components(nights):
    store, *_ = nights
    c = queries.changes(store).set_index("ags")
    fl = c.loc["01001000"]
    assert fl["appeared"] == "epayment" and fl["disappeared"] == "chatbot"
    assert fl["score_delta"] == pytest.approx(fl["score"] - fl["previous_score"], abs=0.01)
    assert c.loc["01051001", "score_delta"] == 0 and pd.isna(c.loc["01051001", "appeared"])
    mu = c.loc["09162000"]  # ok -> timeout: no component claims, no delta
    assert pd.isna(mu["score_delta"]) and pd.isna(mu["disappeared"])


def test_percentiles_within_peer_groups(nights):
    store, *_ = nights
    p = queries.percentiles(store).set_index("ags")
    assert p.loc["01051", "size_class"] == "Landkreis"
    assert p.loc["01051002", "size_class"] == "< 5.000" and p.loc["09162000", "size_class"] == "> 100.000"
    # Flensburg beats the three Amt members in Schleswig-Holstein (scored: 4 Gemeinden)
    assert p.loc["01001000", "pct_state"] == 100.0 and p.loc["01001000", "n_state"] == 4
    assert p.loc["01051001", "pct_kreis"] == 100.0 and p.loc["01051001", "n_kreis"] == 3  # equal scores tie
    assert pd.isna(p.loc["09162000", "pct_state"])  # no score, no rank


def test_named_peer_group(nights):
    store, *_ = nights
    assert store.add_peer_group("Vergleichsring Nord", ["01001000", "01051001"]) == 2
    assert store.add_peer_group("Vergleichsring Nord", ["01051001", "01051002"]) == 3
    p = queries.percentiles(store, group="Vergleichsring Nord").set_index("ags")
    assert p.loc["01001000", "pct_group"] == 100.0 and p.loc["01001000", "n_group"] == 3
    assert pd.isna(p.loc["09162000", "pct_group"])
    assert set(queries.peer_groups(store)["peer_group"]) == {"Vergleichsring Nord"}
    assert queries.peers(store, "01001000", "Vergleichsring Nord") == ["01051001", "01051002"]


def test_peer_adoption(nights):
    store, *_ = nights
    adoption = queries.peer_adoption(store, "01051001", group="kreis")
    assert adoption["imprint"] == (2, 2) and adoption["epayment"] == (0, 2)
    state = queries.peer_adoption(store, "01051001", group="state")
    assert state["epayment"] == (1, 3) and state["form_server"] == (1, 3)


def test_kgst_distribution_beside_the_study(nights):
    store, *_ = nights
    k = queries.kgst_distribution(store)
    assert list(k["components"]) == ["0", "1–2", "≥ 3"]
    assert list(k["study_2019_share"]) == [16.0, 32.0, 52.0]
    assert k["municipalities"].sum() == 4 and k["share"].sum() == pytest.approx(100, abs=0.2)


def test_summary_by_state(nights):
    store, *_ = nights
    s = queries.summary_by_state(store).set_index("state")
    assert s.loc["Schleswig-Holstein", "municipalities"] == 5 and s.loc["Schleswig-Holstein", "ok"] == 4
    assert s.loc["Bayern", "ok"] == 0 and pd.isna(s.loc["Bayern", "mean_score"])


def dictionary_dtypes(dictionary: pd.DataFrame, table: str) -> dict[str, str]:
    """What the shipped dictionary tells pandas about one table's columns."""
    rows = dictionary[dictionary["table"] == table]
    return dict(zip(rows["column"], rows["pandas"]))


def read_back(path, fmt: str, table: str = "latest_scores") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(data, dictionary) as an analyst reads them: with the dictionary's dtypes."""
    if fmt == "csv":
        d = pd.read_csv(path.with_name(f"{path.stem}.dictionary.csv"), dtype=str)
        return pd.read_csv(path, dtype=dictionary_dtypes(d, table)), d
    if fmt == "parquet":
        return pd.read_parquet(path), pd.read_json(io.StringIO(pq.read_schema(path).metadata[b"dictionary"].decode()))
    if fmt == "xlsx":
        d = pd.read_excel(path, sheet_name=DICTIONARY_SHEET, dtype=str)
        return pd.read_excel(path, sheet_name=table, dtype=dictionary_dtypes(d, table)), d
    doc = json.loads(path.read_text("utf-8"))
    return pd.DataFrame(doc["tables"][table]), pd.DataFrame(doc["dictionary"])


@pytest.mark.parametrize("fmt", ["csv", "parquet", "xlsx", "json"])
def test_export_reads_back_typed_with_dictionary_licence_and_model(nights, model, tmp_path, fmt):
    store, *_ = nights
    out = export(store.path, tmp_path / f"latest.{fmt}", fmt)
    df, d = read_back(out, fmt)
    expected = queries.sql(store, "SELECT * FROM latest_scores")
    assert sorted(df["ags"]) == sorted(expected["ags"]) and list(df.columns) == list(expected.columns)
    assert list(d["column"]) == list(expected.columns) and d["meaning"].notna().all()
    types = dict(zip(d["column"], d["type"]))
    assert types["kgst_components"] == types["level"] == types["run_id"] == "INTEGER" and types["score"] == "REAL"
    # integers stay integers, with missing values where a visit failed (never 0, never 3.0)
    kgst = df.set_index("ags")["kgst_components"]
    if fmt == "json":  # the file's numbers, before a DataFrame makes floats of a column with nulls
        raw = [r["kgst_components"] for r in json.loads(out.read_text("utf-8"))["tables"]["latest_scores"]]
        assert {type(v) for v in raw} == {int, type(None)} and raw.count(None) == 2
    else:
        assert str(kgst.dtype) in ("Int64", "int64"), kgst.dtype
        assert kgst.isna().sum() == 2 and kgst.loc["01001000"] == expected.set_index("ags").loc["01001000",
                                                                                            "kgst_components"]
    assert set(expected["model_version"].dropna()) == {model.version}  # the scores' model, the bundled one
    if fmt == "csv":
        assert "3.0" not in out.read_text("utf-8") and pd.read_csv(out)["run_id"].dtype == "int64"
        about = out.with_name("latest.README.txt").read_text("utf-8")
    elif fmt == "parquet":
        meta = pq.read_schema(out).metadata
        about = (meta[b"licence"] + meta[b"model_version"]).decode()
        assert pq.read_schema(out).field("kgst_components").metadata[b"meaning"].decode() == \
            d.set_index("column").loc["kgst_components", "meaning"]
    elif fmt == "xlsx":
        about = "\n".join(pd.read_excel(out, sheet_name=SOURCES_SHEET)["Quelle"])
    else:
        doc = json.loads(out.read_text("utf-8"))
        about = "\n".join(doc["licence"]) + doc["model"]["version"]
    assert DESTATIS in about and "dl-de/by-2-0" in about and RESULTS_LICENCE in about and model.version in about


def test_xlsx_sheets_have_a_frozen_header_a_filter_and_widths(nights, tmp_path):
    store, *_ = nights
    xlsx = export(store, tmp_path / "bundle.xlsx", "xlsx", "bundle")
    book = openpyxl.load_workbook(xlsx)
    assert set(book.sheetnames) == {*BUNDLE_PARTS, DICTIONARY_SHEET, SOURCES_SHEET}
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == ws.dimensions, ws.title
        header = [c.value for c in ws[1]]
        for letter, name in zip("ABCDEFGHIJ", header):
            assert ws.column_dimensions[letter].width >= len(name), (ws.title, name)
    scores = book["latest_scores"]
    column = [c.value for c in scores[1]].index("kgst_components")
    assert {type(row[column].value) for row in scores.iter_rows(min_row=2)} == {int, type(None)}


def test_export_bundle(nights, tmp_path):
    store, *_ = nights
    sheets = pd.read_excel(export(store, tmp_path / "bundle.xlsx", "xlsx", "bundle"), sheet_name=None)
    assert DESTATIS in sheets[SOURCES_SHEET].iloc[0, 0]
    advice = sheets["latest_recommendations"]
    flensburg = result.load(store.path, "01001000")["recommendations"]
    assert list(advice[advice["ags"] == 1001000]["component"]) == [r["component"] for r in flensburg] != []
    directory = export(store, tmp_path / "csv", "csv", "bundle")
    assert {p.stem for p in directory.glob("*.csv")} == {*BUNDLE_PARTS, "dictionary"}
    d = pd.read_csv(directory / "dictionary.csv", dtype=str)
    assert set(d["table"]) == set(BUNDLE_PARTS)
    matrix = pd.read_csv(directory / "component_matrix.csv", dtype=dictionary_dtypes(d, "component_matrix"))
    assert matrix["epayment"].dtype == "Int64" and "Elektronische Bezahlmöglichkeit" in set(d["meaning"])
    assert "CC BY 4.0" in (directory / "README.txt").read_text("utf-8")


def test_every_exported_column_has_a_type_and_a_meaning(nights):
    """The dictionary covers the bundle and every table and view (a new column needs its entry)."""
    store, *_ = nights
    described = [c for t in tables(store.conn, BUNDLE) for c in t.columns]
    for (name,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                                      " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE ? || '%'", (FTS_TABLE,)):
        columns = [r[1] for r in store.conn.execute(f'PRAGMA table_info("{name}")')]
        described += dictionary.describe(store.conn, name, columns)
    assert [c for c in described if c.type not in dictionary.types() or not c.meaning] == []


def test_cli_offers_every_export_format():
    assert EXPORT_FORMATS == FORMATS


def test_export_rejects_unknown_relations(nights, tmp_path):
    store, *_ = nights
    with pytest.raises(ValueError, match="no table or view"):
        export(store, tmp_path / "x.csv", "csv", "scores; DROP TABLE runs")
