"""Exports for analysts who do not use SQL: CSV, Parquet, or an Excel workbook."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from output import queries
from output.queries import DB
from output.sources import attribution_lines

FORMATS = ("csv", "parquet", "xlsx")
BUNDLE = "bundle"
# The analyst bundle: one sheet (xlsx) or one file (csv/parquet directory) each.
BUNDLE_PARTS: dict[str, Callable[[DB], pd.DataFrame]] = {
    "latest_scores": queries.latest_scores,
    "percentiles": queries.percentiles,
    "component_matrix": queries.component_matrix,
    "latest_findings": queries.findings,
    "changes": queries.changes,
    "summary_by_state": queries.summary_by_state,
    "kgst_distribution": queries.kgst_distribution,
}


def relation(db: DB, name: str) -> pd.DataFrame:
    """A whole table or view; the name must exist (it is spliced into SQL)."""
    known = set(queries.sql(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")["name"])
    if name not in known:
        raise ValueError(f"no table or view {name!r}; known: {', '.join(sorted(known))}")
    return queries.sql(db, f'SELECT * FROM "{name}"')


def frames(db: DB, table_or_view: str) -> dict[str, pd.DataFrame]:
    if table_or_view == BUNDLE:
        return {name: build(db) for name, build in BUNDLE_PARTS.items()}
    return {table_or_view: relation(db, table_or_view)}


def export(db: DB, out: str | Path, format: str = "csv", table_or_view: str = "latest_scores") -> Path:
    """Write ``table_or_view`` (or ``"bundle"``) to ``out``; a csv/parquet bundle is a directory."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    out = Path(out)
    data = frames(db, table_or_view)
    if format == "xlsx":
        write_xlsx(data, out)
    elif table_or_view == BUNDLE:
        out.mkdir(parents=True, exist_ok=True)
        for name, df in data.items():
            write_file(df, out / f"{name}.{format}", format)
    else:
        write_file(data[table_or_view], out, format)
    return out


def write_file(df: pd.DataFrame, path: Path, format: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if format == "csv":
        df.to_csv(path, index=False)
    else:  # parquet keeps the attribution in the file's metadata
        table = pa.Table.from_pandas(df, preserve_index=False)
        meta = {**(table.schema.metadata or {}), b"attribution": " | ".join(attribution_lines()).encode()}
        pq.write_table(table.replace_schema_metadata(meta), path)


def write_xlsx(data: dict[str, pd.DataFrame], path: Path) -> None:
    """One sheet per table plus a "Quellen" sheet with the attribution."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, df in data.items():
            df.to_excel(writer, sheet_name=name[:31], index=False)
        pd.DataFrame({"Quelle": attribution_lines()}).to_excel(writer, sheet_name="Quellen", index=False)
