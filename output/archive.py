"""Archive export: one directory of Parquet files per run, every row as if each visit had its own copy.

For analysts who want everything of a night without the store's sharing (site_visits.content_id) or
pruning: an unchanged visit's pages, findings, evidence, service levels, external links and render errors
appear under its own site_visit_id, and scores carry their dimensions, indicators and flags inline.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd

from output import dictionary
from output.export import Table, notice, typed, write_file
from output.queries import DB, connect

# Tables stored once per content and shared through site_visits.content_id (schema.sql).
SHARED = ("pages", "findings", "evidence", "service_levels", "external_links", "render_errors")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def run_frames(conn: sqlite3.Connection, run_id: int) -> dict[str, pd.DataFrame]:
    """Every table's rows of one run, shared content expanded to the visit that uses it."""
    def query(sql: str) -> pd.DataFrame:
        return pd.read_sql_query(sql, conn, params=(run_id,))

    own = ", ".join(f"sv.{c}" for c in _columns(conn, "site_visits") if c not in ("checks", "content_sha"))
    frames = {
        "runs": query("SELECT * FROM runs WHERE id = ?"),
        "site_visits": query(f"SELECT {own}, c.checks FROM site_visits sv JOIN site_visits c ON c.id = sv.content_id"
                             " WHERE sv.run_id = ? ORDER BY sv.id"),
        "visits": query("SELECT * FROM visits WHERE run_id = ? ORDER BY id"),
        "scores": query("SELECT s.id, s.visit_id, s.run_id, s.ags, s.model_version, s.model_hash, s.score, s.level,"
                        " s.level_label, s.dqd_label, s.kgst_components, s.gut_aufgestellt,"
                        " coalesce(d.dimensions, s.dimensions) AS dimensions,"
                        " coalesce(d.indicators, s.indicators) AS indicators, coalesce(d.flags, s.flags) AS flags,"
                        " s.computed_at FROM scores s LEFT JOIN score_details d ON d.id = s.details_id"
                        " WHERE s.run_id = ? ORDER BY s.id"),
    }
    for table in SHARED:
        rest = ", ".join(f"t.{c}" for c in _columns(conn, table) if c != "site_visit_id")
        frames[table] = query(f"SELECT sv.id AS site_visit_id, {rest} FROM site_visits sv"
                              f" JOIN {table} t ON t.site_visit_id = sv.content_id WHERE sv.run_id = ?"
                              " ORDER BY sv.id, t.rowid")
    return frames


def archive(db: DB, out: str | Path, runs: list[int] | None = None) -> list[Path]:
    """Write ``out/run-<id>/<table>.parquet`` for the given runs (default: every finished run); returns the
    directories written. A run's directory is rewritten whole, so archiving again after a rescore is safe."""
    out = Path(out)
    written = []
    with connect(db) as conn:
        known = [r[0] for r in conn.execute("SELECT id FROM runs WHERE status = 'finished' ORDER BY id")]
        if runs is None:
            runs = known
        missing = sorted(set(runs) - {r[0] for r in conn.execute("SELECT id FROM runs")})
        if missing:
            raise ValueError(f"no run {', '.join(map(str, missing))} in this database")
        about = notice(conn)  # licences, model and schema version, as in every export
        for run_id in runs:
            directory = out / f"run-{run_id:05d}"
            for table, frame in run_frames(conn, run_id).items():
                columns = dictionary.describe(conn, table, list(frame.columns))
                write_file(Table(table, typed(frame, columns), columns), about, directory / f"{table}.parquet",
                           "parquet")
            written.append(directory)
    return written
