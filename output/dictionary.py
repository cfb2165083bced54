"""The data dictionary shipped with every export: column, type, meaning, unit — versioned.

Each fact has one home: meanings of stored tables and views are Datasette's column descriptions
(``output/datasette/metadata.json``), types are the schema's declared types, and what SQLite cannot tell
(columns computed in views or in pandas, units) is in ``output/dictionary.json``; component and check columns
follow the catalogue. The dictionary carries the schema version (the store's schema hash) and the model.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from functools import cache
from importlib import resources

from detectors.model import catalogue
from output.datasette_cmd import documented_tables

# Where a column not documented for its own relation is looked up (the register's columns, above all).
FALLBACK_RELATION = "municipality_results"


@dataclass(frozen=True, slots=True)
class Column:
    table: str
    column: str
    type: str | None  # INTEGER, REAL, TEXT; None = unknown (a test keeps every exported column known)
    meaning: str | None
    unit: str | None

    @property
    def pandas(self) -> str | None:
        """The pandas dtype to read the column with (``pd.read_csv(…, dtype=…)``)."""
        return types()[self.type]["pandas"] if self.type else None


@cache
def _data() -> dict:
    return json.loads(resources.files("output").joinpath("dictionary.json").read_text("utf-8"))


def types() -> dict[str, dict[str, str]]:
    return _data()["types"]


@cache
def _catalogue_columns() -> dict[str, dict]:
    """Component and check id columns (component_matrix, latest_checks): typed and explained by the catalogue."""
    cat, data = catalogue(), _data()
    out = {c["id"]: {**data["components"], "meaning": c["label"]} for c in cat["components"]}
    out.update({c["id"]: {**data["checks"], "meaning": c["label"]} for c in cat["checks"] if c["id"] != "cms"})
    return out


def declared_types(conn: sqlite3.Connection, relation: str) -> dict[str, str]:
    """Column -> declared type of a table or view ('' for a view's computed columns)."""
    return {r[1]: (r[2] or "").upper() for r in conn.execute(f'PRAGMA table_info("{relation}")')}


def describe(conn: sqlite3.Connection, table: str, columns: list[str], relation: str | None = None) -> list[Column]:
    """The dictionary entries of an exported table whose columns come from ``relation`` (default: ``table``)."""
    relation = relation or table
    docs = documented_tables()
    own, fallback = docs.get(relation, {}).get("columns", {}), docs[FALLBACK_RELATION]["columns"]
    declared, fallback_types = declared_types(conn, relation), declared_types(conn, FALLBACK_RELATION)
    known, generated = _data()["columns"], _catalogue_columns()
    out = []
    for column in columns:
        extra = known.get(column) or generated.get(column) or {}
        type_ = declared.get(column) or extra.get("type") or fallback_types.get(column) or None
        meaning = own.get(column) or extra.get("meaning") or fallback.get(column)
        unit = extra.get("unit") if extra.get("type") == type_ else None  # "Stufe" is no unit of a TEXT level
        out.append(Column(table, column, type_, meaning, unit))
    return out
