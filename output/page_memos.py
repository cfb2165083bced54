"""The ``page_memos`` table: the crawler's incremental memory, kept in the store's file.

The store does not read memos: a row is (sha256, etag, last_modified, memo bytes) as the crawler packed it
(``crawler/memos.py``); ``crawler/memo_store.py`` turns rows into memos and back. Writes happen inside the
site's own transaction (``Store.record_site``'s ``with_it``), so a site's memos and its visit are saved together.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from output.store import BUSY_TIMEOUT_MS

SCHEMA = """
CREATE TABLE IF NOT EXISTS page_memos (
    site_key TEXT NOT NULL,
    url TEXT NOT NULL,
    sha256 TEXT,
    etag TEXT,
    last_modified TEXT,
    memo BLOB NOT NULL,
    PRIMARY KEY (site_key, url)
) WITHOUT ROWID;
"""
MemoRow = tuple[str | None, str | None, str | None, bytes]  # sha256, etag, last_modified, memo


def ensure(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def save(conn: sqlite3.Connection, site_key: str, rows: Iterable[tuple[str, MemoRow]]) -> None:
    """Replace the site's memos of these URLs: ``rows`` are (url, row)."""
    conn.executemany(
        "INSERT OR REPLACE INTO page_memos (site_key, url, sha256, etag, last_modified, memo) VALUES (?, ?, ?, ?, ?, ?)",
        [(site_key, url, *row) for url, row in rows])


class MemoReader:
    """The last crawl's memo rows, looked up per page (nothing is kept in memory) on a read-only connection."""

    def __init__(self, db: str | Path | None):
        self.db = db
        self.conn: sqlite3.Connection | None = None

    def open(self) -> None:
        """A first crawl (no file yet) has no memos, and the crawl never writes through here."""
        if self.db and Path(self.db).exists():
            self.conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT_MS / 1000)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def get(self, site_key: str, url: str) -> MemoRow | None:
        if self.conn is None:
            return None
        try:
            return self.conn.execute("SELECT sha256, etag, last_modified, memo FROM page_memos "
                                     "WHERE site_key = ? AND url = ?", (site_key, url)).fetchone()
        except sqlite3.OperationalError:  # no table yet: nothing crawled before
            return None
