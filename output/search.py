"""Full-text search over the evidence of the latest visits (SQLite FTS5, external content).

The index holds no copy of the text: its content is the view ``latest_evidence_source``, and it is rebuilt
after each run (``Store.refresh_derived``) rather than kept current by triggers, so the crawl's hot path
pays nothing and the index covers the latest evidence only, whatever the length of the history. Datasette
searches ``latest_evidence`` through it (``fts_table``/``fts_pk`` in its metadata).
"""
from __future__ import annotations

import sqlite3

FTS_TABLE = "evidence_fts"
SOURCE_VIEW = "latest_evidence_source"
COLUMNS = ("component", "label", "product", "kind", "match", "url")
# "Bürgerbüro" is found as "Burgerburo", "buergerbuero" is not (no transliteration): ä, ö, ü lose their dots.
TOKENIZER = "unicode61 remove_diacritics 2"


def create_statement() -> str:
    return (f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(COLUMNS)}, content=\"{SOURCE_VIEW}\", "
            f"content_rowid=\"evidence_id\", tokenize=\"{TOKENIZER}\")")


def recreate(conn: sqlite3.Connection) -> None:
    """Drop and create the index (its definition changed with the schema), then fill it."""
    conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    conn.execute(create_statement())
    rebuild(conn)


def rebuild(conn: sqlite3.Connection) -> None:
    """Re-read the latest evidence into the index (after a run changed which visits are latest)."""
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
