"""Named, in-place migrations of older database files, run before schema.sql (whose indexes may need them).

schema.sql creates missing tables and indexes (IF NOT EXISTS) but cannot add a column to a table an older
version created; each step here does one such change and fills the new column for existing rows. A step
runs only when its column is missing, so running them on a current or new file writes nothing.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class AddColumn:
    name: str  # what the step is for, in words
    table: str
    column: str
    declaration: str
    fill: str | None = None  # SQL run once after the column is added (the existing rows' value)


STEPS: tuple[AddColumn, ...] = (
    AddColumn("history shares unchanged content: every stored visit holds its own",
              "site_visits", "content_id", "INTEGER REFERENCES site_visits(id)",
              "UPDATE site_visits SET content_id = id WHERE content_id IS NULL"),
    AddColumn("history shares unchanged content: digest of stored content (older rows: none, never shared)",
              "site_visits", "content_sha", "TEXT"),
    AddColumn("history shares score details: older rows keep theirs inline",
              "scores", "details_id", "INTEGER REFERENCES score_details(id)"),
)


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the steps an existing file lacks (call inside the schema transaction); names of those applied."""
    applied = []
    for step in STEPS:
        have = columns(conn, step.table)
        if not have or step.column in have:  # a new file (schema.sql creates it whole) or already done
            continue
        conn.execute(f"ALTER TABLE {step.table} ADD COLUMN {step.column} {step.declaration}")
        if step.fill:
            conn.execute(step.fill)
        applied.append(step.name)
    return applied
