"""Analyst queries and exports over two nights of real records."""
from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

from output import queries
from output.export import BUNDLE_PARTS, export
from output.sources import DESTATIS
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


@pytest.mark.parametrize("fmt", ["csv", "parquet", "xlsx"])
def test_export_reads_back(nights, tmp_path, fmt):
    store, *_ = nights
    out = export(store.path, tmp_path / f"latest.{fmt}", fmt)
    read = {"csv": lambda p: pd.read_csv(p, dtype={"ags": str}), "parquet": pd.read_parquet,
            "xlsx": lambda p: pd.read_excel(p, sheet_name="latest_scores", dtype={"ags": str})}[fmt]
    df = read(out)
    expected = queries.sql(store, "SELECT * FROM latest_scores")
    assert sorted(df["ags"]) == sorted(expected["ags"]) and list(df.columns) == list(expected.columns)
    if fmt == "parquet":
        assert DESTATIS in pq.read_schema(out).metadata[b"attribution"].decode()


def test_export_bundle(nights, tmp_path):
    store, *_ = nights
    xlsx = export(store, tmp_path / "bundle.xlsx", "xlsx", "bundle")
    sheets = pd.read_excel(xlsx, sheet_name=None)
    assert set(sheets) == {*BUNDLE_PARTS, "Quellen"}
    assert DESTATIS in sheets["Quellen"].iloc[0, 0]
    directory = export(store, tmp_path / "csv", "csv", "bundle")
    assert {p.stem for p in directory.glob("*.csv")} == set(BUNDLE_PARTS)


def test_export_rejects_unknown_relations(nights, tmp_path):
    store, *_ = nights
    with pytest.raises(ValueError, match="no table or view"):
        export(store, tmp_path / "x.csv", "csv", "scores; DROP TABLE runs")
