"""Exports for analysts who do not use SQL: CSV, Parquet, Excel or JSON — typed, explained and licensed.

Every export carries the data dictionary (column, type, meaning, unit; ``output/dictionary.py``), the
licences of the register and of our own results, the active model and the schema version: CSV as sidecar
files (``<name>.dictionary.csv``, ``<name>.README.txt``; a bundle directory: ``dictionary.csv``, ``README.txt``),
Excel as the sheets "Datenlexikon" and "Quellen", JSON as fields, Parquet as file and column metadata.
Integer columns stay integers (pandas' nullable ``Int64`` where values are missing), so ``kgst_components``
is written as ``3``, never ``3.0``.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from output import dictionary, models, queries
from output.clock import now_iso
from output.dictionary import Column
from output.queries import DB
from output.sources import licence_lines
from scoring import load_model

FORMATS = ("csv", "parquet", "xlsx", "json")
BUNDLE = "bundle"
# The analyst bundle: name -> (how it is built, the table or view its columns are documented by).
BUNDLE_PARTS: dict[str, tuple[Callable[[DB], pd.DataFrame], str]] = {
    "municipality_results": (lambda db: queries.sql(db, "SELECT * FROM municipality_results ORDER BY ags"),
                             "municipality_results"),
    "latest_scores": (queries.latest_scores, "latest_scores"),
    "percentiles": (queries.percentiles, "latest_scores"),
    "component_matrix": (queries.component_matrix, "component_matrix"),
    "latest_findings": (queries.findings, "latest_findings"),
    "latest_recommendations": (lambda db: queries.sql(db, "SELECT * FROM latest_recommendations ORDER BY ags, position"),
                               "latest_recommendations"),
    "changes": (queries.changes, "changes_since_previous"),
    "summary_by_state": (queries.summary_by_state, "summary_by_state"),
    "kgst_distribution": (queries.kgst_distribution, "kgst_distribution"),
}
DICTIONARY_SHEET, SOURCES_SHEET = "Datenlexikon", "Quellen"
MAX_WIDTH = 60  # Excel column width in characters: long texts (evidence, advice) wrap at the cell instead


@dataclass
class Table:
    name: str
    frame: pd.DataFrame
    columns: list[Column]


def relation(db: DB, name: str) -> pd.DataFrame:
    """A whole table or view; the name must exist (it is spliced into SQL)."""
    known = set(queries.sql(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")["name"])
    if name not in known:
        raise ValueError(f"no table or view {name!r}; known: {', '.join(sorted(known))}")
    return queries.sql(db, f'SELECT * FROM "{name}"')


def typed(df: pd.DataFrame, columns: list[Column]) -> pd.DataFrame:
    """Numbers in the dictionary's pandas types: integers stay integers even where values are missing."""
    out = df.copy()
    for c in columns:
        if c.type in ("INTEGER", "REAL"):
            try:
                out[c.column] = out[c.column].astype(c.pandas)
            except (TypeError, ValueError):  # a value that does not fit the declared type: left as stored
                pass
    return out


def tables(conn: sqlite3.Connection, table_or_view: str) -> list[Table]:
    parts = BUNDLE_PARTS if table_or_view == BUNDLE else {table_or_view: (lambda db: relation(db, table_or_view),
                                                                          table_or_view)}
    out = []
    for name, (build, documented_by) in parts.items():
        df = build(conn)
        columns = dictionary.describe(conn, name, list(df.columns), documented_by)
        out.append(Table(name, typed(df, columns), columns))
    return out


def notice(conn: sqlite3.Connection) -> dict:
    """What every export names: licences, the active model, the schema version, when."""
    model = models.active(conn) or load_model()
    return {"licence": licence_lines(),
            "model": {"name": model.name, "version": model.version, "hash": model.hash},
            "schema_version": f"{conn.execute('PRAGMA user_version').fetchone()[0]:07x}",
            "exported_at": now_iso()}


def export(db: DB, out: str | Path, format: str = "csv", table_or_view: str = "latest_scores") -> Path:
    """Write ``table_or_view`` (or ``"bundle"``) to ``out``; a csv/parquet bundle is a directory."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    out = Path(out)
    with queries.connect(db) as conn:
        data, about = tables(conn, table_or_view), notice(conn)
    out.parent.mkdir(parents=True, exist_ok=True)
    if format == "xlsx":
        write_xlsx(data, about, out)
    elif format == "json":
        write_json(data, about, out)
    elif table_or_view == BUNDLE:
        out.mkdir(parents=True, exist_ok=True)
        for t in data:
            write_file(t, about, out / f"{t.name}.{format}", format)
        write_sidecars(data, about, out / "dictionary.csv", out / "README.txt")
    else:
        write_file(data[0], about, out, format)
        if format == "csv":
            write_sidecars(data, about, out.with_name(f"{out.stem}.dictionary.csv"),
                           out.with_name(f"{out.stem}.README.txt"))
    return out


def dictionary_frame(data: list[Table]) -> pd.DataFrame:
    return pd.DataFrame([{**asdict(c), "pandas": c.pandas} for t in data for c in t.columns],
                        columns=["table", "column", "type", "pandas", "meaning", "unit"])


def readme(data: list[Table], about: dict, dictionary_name: str) -> str:
    model = about["model"]
    names = ", ".join(t.name for t in data)
    return "\n".join([
        f"reifegrad – Export: {names}",
        f"Exportiert am {about['exported_at']} (UTC)",
        f"Scoring-Modell: {model['name']} {model['version']} (SHA-256 {model['hash']})",
        f"Schema-Version: {about['schema_version']}",
        "",
        "Lizenzen und Quellen:",
        *(f"- {line}" for line in about["licence"]),
        "",
        f"Datenlexikon: {dictionary_name} (Tabelle, Spalte, Typ, pandas-Typ, Bedeutung, Einheit).",
        "Leere Felder sind fehlende Werte (kein Score bei einem nicht erfolgreichen Besuch, nie 0).",
        "Typgerecht mit pandas lesen (ganze Zahlen bleiben ganze Zahlen):",
        f"  d = pd.read_csv('{dictionary_name}', dtype=str)",
        "  df = pd.read_csv(DATEI, dtype=dict(zip(d['column'], d['pandas'])))  # je Tabelle: d[d['table'] == NAME]",
        "",
    ])


def write_sidecars(data: list[Table], about: dict, dictionary_path: Path, readme_path: Path) -> None:
    dictionary_frame(data).to_csv(dictionary_path, index=False)
    readme_path.write_text(readme(data, about, dictionary_path.name), "utf-8")


def write_file(t: Table, about: dict, path: Path, format: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if format == "csv":
        t.frame.to_csv(path, index=False)
        return
    # Parquet keeps licence, model, schema and dictionary in the file; each column's meaning in its field.
    table = pa.Table.from_pandas(t.frame, preserve_index=False)
    described = {c.column: c for c in t.columns}
    fields = [f.with_metadata({b"meaning": (described[f.name].meaning or "").encode(),
                               b"unit": (described[f.name].unit or "").encode()}) for f in table.schema]
    meta = {**(table.schema.metadata or {}),
            b"licence": json.dumps(about["licence"], ensure_ascii=False).encode(),
            b"model_version": about["model"]["version"].encode(), b"model_hash": about["model"]["hash"].encode(),
            b"schema_version": about["schema_version"].encode(), b"exported_at": about["exported_at"].encode(),
            b"dictionary": dictionary_frame([t]).to_json(orient="records", force_ascii=False).encode()}
    pq.write_table(table.cast(pa.schema(fields, metadata=meta)), path)


def write_json(data: list[Table], about: dict, path: Path) -> None:
    document = {**about, "dictionary": json.loads(dictionary_frame(data).to_json(orient="records")),
                "tables": {t.name: json.loads(t.frame.to_json(orient="records", force_ascii=False)) for t in data}}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")


def write_xlsx(data: list[Table], about: dict, path: Path) -> None:
    """One sheet per table, the dictionary and the sources; each with a frozen header, a filter and widths."""
    model = about["model"]
    sources = pd.DataFrame({"Quelle": [*about["licence"],
                                       f"Scoring-Modell: {model['name']} {model['version']} (SHA-256 {model['hash']})",
                                       f"Schema-Version: {about['schema_version']}",
                                       f"Exportiert am {about['exported_at']} (UTC)"]})
    sheets = {t.name[:31]: t.frame for t in data}
    sheets[DICTIONARY_SHEET] = dictionary_frame(data)
    sheets[SOURCES_SHEET] = sources
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, df in sheets.items():
            df.to_excel(writer, sheet_name=name, index=False)
            arrange(writer.sheets[name], df)


def arrange(ws: Worksheet, df: pd.DataFrame) -> None:
    """Frozen header row, an autofilter over the table, columns as wide as their content (up to MAX_WIDTH)."""
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for i, column in enumerate(df.columns, 1):
        values = df[column].head(1000).astype(str).str.len()
        longest = max([len(str(column)), *values.tolist()])
        ws.column_dimensions[get_column_letter(i)].width = min(longest + 2, MAX_WIDTH)
