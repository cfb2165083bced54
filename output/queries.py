"""The analyst API: pandas DataFrames over the store's views.

Every function takes ``db``: a path, a :class:`~output.store.Store`, a ``sqlite_utils.Database`` or a
``sqlite3.Connection``. Peer comparisons are percentile ranks computed per call (scores themselves are
never adjusted, scoring_method.md §7.5/§8.4).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Union

import pandas as pd
import sqlite_utils

from detectors.model import catalogue
from output.dbfile import connect_readonly
from output.sizes import size_class
from output.store import Store

DB = Union[str, Path, Store, sqlite_utils.Database, sqlite3.Connection]

# Peer dimensions: name -> column of the base frame that defines the group.
PEERS = {"state": "peer_state", "type": "type", "size": "size_class", "kreis": "kreis_peer"}


@contextmanager
def connect(db: DB) -> Iterator[sqlite3.Connection]:
    """A connection, closed after if opened here. A path is opened read-only: the analyst API only reads
    (a read-only copy must do); every write goes through ``output.store.Store``.

    A path that does not exist is refused: a typo must not silently create an empty database.
    """
    if isinstance(db, sqlite3.Connection):
        yield db
    elif isinstance(db, (Store, sqlite_utils.Database)):
        yield db.conn
    elif not Path(db).is_file():
        raise FileNotFoundError(f"no database at {db}")
    else:
        conn = connect_readonly(db)
        try:
            yield conn
        finally:
            conn.close()


def sql(db: DB, query: str, params: Iterable = ()) -> pd.DataFrame:
    """Any SQL as a DataFrame."""
    with connect(db) as conn:
        return pd.read_sql_query(query, conn, params=tuple(params))


def latest_scores(db: DB) -> pd.DataFrame:
    """The ranking: each municipality's latest visit and its newest score, best first."""
    return sql(db, "SELECT * FROM latest_scores ORDER BY score DESC NULLS LAST, ags")


def history(db: DB, ags: str) -> pd.DataFrame:
    """One municipality's nightly series, oldest first, each visit with its score under the active model."""
    return sql(db, "SELECT * FROM score_history WHERE ags = ? ORDER BY visit_id", (ags,))


def findings(db: DB, ags: str | None = None) -> pd.DataFrame:
    """Components found at the latest visit, with their catalogue label and evidence URL."""
    where, params = ("WHERE ags = ?", (ags,)) if ags else ("", ())
    df = sql(db, f"SELECT * FROM latest_findings {where} ORDER BY ags, component", params)
    df.insert(2, "label", df["component"].map(component_labels()))
    return df


def component_matrix(db: DB) -> pd.DataFrame:
    """Municipality x component: 1 found, 0 not found, NaN not observable."""
    return sql(db, "SELECT * FROM component_matrix ORDER BY ags")


def changes(db: DB) -> pd.DataFrame:
    """Per municipality: score delta since its previous visit and the components that appeared/disappeared."""
    return sql(db, "SELECT * FROM changes_since_previous ORDER BY ags")


def component_labels() -> dict[str, str]:
    return {c["id"]: c["label"] for c in catalogue()["components"]}


def base(db: DB) -> pd.DataFrame:
    """Latest scores joined with the municipality attributes peer groups are built from."""
    df = sql(db, """
        SELECT l.*, m.type, m.level AS admin_level, m.population, m.kreis_ags, m.kreis_name, m.state_code
        FROM latest_scores l JOIN municipalities m ON m.ags = l.ags""")
    df["size_class"] = [size_class(lv, p) for lv, p in zip(df["admin_level"], df["population"])]
    # Landkreise are compared with Landkreise: within a state, and never inside their own Kreis.
    kreis = df["admin_level"] == "kreis"
    df["peer_state"] = df["state"].where(~kreis, df["state"] + " (Landkreise)")
    df["kreis_peer"] = df["kreis_ags"].where(~kreis)
    return df


def group_key(db: DB, df: pd.DataFrame, group: str) -> pd.Series:
    """Per row of ``base``: the value that defines its peer group (NaN = in no group)."""
    if group in PEERS:
        return df[PEERS[group]]
    return pd.Series(group, index=df.index).where(df["ags"].isin(peer_group_members(db, group)))


def _percentile(df: pd.DataFrame, key: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Percent of the group scoring at most this score (best = 100), and the group size (scored only)."""
    grouped = df.groupby(key, dropna=True)["score"]
    return (grouped.rank(method="max", pct=True) * 100).round(1), grouped.transform("count")


def percentiles(db: DB, group: str | None = None) -> pd.DataFrame:
    """Percentile rank within each peer dimension (state, type, size, kreis) and optionally a named group.

    ``pct_<peer>`` = share of the peer group (municipalities with a score) scoring at most as much;
    ``n_<peer>`` = number of scored members of the group. Unscored municipalities get no percentile (NaN).
    """
    df = base(db)
    for peer in [*PEERS, *([group] if group else [])]:
        name = peer if peer in PEERS else "group"
        df[f"pct_{name}"], df[f"n_{name}"] = _percentile(df, group_key(db, df, peer))
    columns = ["ags", "name", "state", "type", "size_class", "kreis_ags", "score", "level", "status"]
    return df[columns + [c for c in df.columns if c.startswith(("pct_", "n_"))]].sort_values("ags",
                                                                                         ignore_index=True)


def peer_groups(db: DB) -> pd.DataFrame:
    """All named groups with their members' names."""
    return sql(db, """SELECT g.name AS peer_group, g.ags, m.name FROM peer_groups g
                      LEFT JOIN municipalities m ON m.ags = g.ags ORDER BY g.name, g.ags""")


def peer_group_members(db: DB, name: str) -> list[str]:
    return sql(db, "SELECT ags FROM peer_groups WHERE name = ? ORDER BY ags", (name,))["ags"].tolist()


def peers(db: DB, ags: str, group: str = "size") -> list[str]:
    """The AGS of a municipality's peers (itself excluded): a dimension of PEERS or a named group."""
    df = base(db)
    key = group_key(db, df, group)
    own = key[df["ags"] == ags]
    if own.empty or pd.isna(own.iloc[0]):
        return []
    return df.loc[(key == own.iloc[0]) & (df["ags"] != ags), "ags"].tolist()


def adoption_table(db: DB, group: str = "size") -> pd.DataFrame:
    """Per municipality: how many of its peers (itself excluded) have each component, and ``peers_total``.

    Peers are municipalities of the same group (a dimension of PEERS or a named group) whose latest visit
    ended ok; "has it" = found at that visit. One pass for everyone, so a report can use it for 11,000 pages.
    """
    df = base(db)
    key = group_key(db, df, group)
    matrix = component_matrix(db).set_index("ags").reindex(df["ags"])
    components = list(component_labels())
    ok = (df["status"] == "ok").to_numpy()
    own = pd.DataFrame(matrix[components].fillna(0).to_numpy() * ok[:, None], columns=components, index=df.index)
    own["peers_total"] = ok.astype(int)
    sums = own.groupby(key).transform("sum")
    return (sums - own).where(key.notna()).set_index(df["ags"]).astype("Int64")


def peer_adoption(db: DB, ags: str, group: str = "size") -> dict[str, tuple[int, int]]:
    """component -> (peers where found, peers with an ok latest visit), for Handlungsempfehlungen.

    Empty when the municipality has no latest visit or is in no such group.
    """
    return adoptions(adoption_table(db, group)).get(ags, {})


def adoptions(table: pd.DataFrame) -> dict[str, dict[str, tuple[int, int]]]:
    """:func:`adoption_table` as ags -> {component: (with, total)}, the form recommend() takes."""
    components = list(component_labels())
    rows = table.dropna(subset=["peers_total"]).astype(int).to_dict("index")
    return {ags: {c: (row[c], row["peers_total"]) for c in components} for ags, row in rows.items()}


def kgst_distribution(db: DB) -> pd.DataFrame:
    """Shares with 0 / 1–2 / ≥ 3 of the nine KGSt components beside the 2019 study's 16 / 32 / 52 %."""
    return sql(db, "SELECT * FROM kgst_distribution")


def summary_by_state(db: DB) -> pd.DataFrame:
    """Per state: coverage, ok visits, mean/min/max score, mean KGSt components, share "gut aufgestellt"."""
    return sql(db, "SELECT * FROM summary_by_state")
