"""Where page memos live: the ``page_memos`` table of the store's SQLite file (the crawler's incremental memory).

Reads go through ``SqliteMemoStorage`` (the incremental middleware's pluggable storage, a read-only
connection opened for the crawl). Writes happen in the store pipeline, inside the site's own transaction,
so a site's memos and its visit are saved together or not at all.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler.memos import PageMemo
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



class SqliteMemoStorage:
    """The last crawl's memos, looked up per page from the store file (nothing is kept in memory)."""

    def __init__(self, db: str | Path | None):
        self.db = db
        self.conn: sqlite3.Connection | None = None

    @classmethod
    def from_settings(cls, settings) -> SqliteMemoStorage:
        return cls(settings.get("REIFEGRAD_DB"))

    def open(self) -> None:
        """Read-only: a first crawl (no file yet) has no memos, and the crawl never writes through here."""
        if self.db and Path(self.db).exists():
            self.conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT_MS / 1000)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def get(self, site_key: str, url: str) -> PageMemo | None:
        if self.conn is None:
            return None
        try:
            row = self.conn.execute("SELECT sha256, etag, last_modified, memo FROM page_memos WHERE site_key = ? AND url = ?",
                                    (site_key, url)).fetchone()
        except sqlite3.OperationalError:  # no table yet: nothing crawled before
            return None
        return None if row is None else PageMemo.unpack(row[3], row[0], row[1], row[2])


def ensure(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def save(conn: sqlite3.Connection, site_key: str, memos: dict[str, PageMemo]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO page_memos (site_key, url, sha256, etag, last_modified, memo) VALUES (?, ?, ?, ?, ?, ?)",
        [(site_key, url, m.sha256, m.etag, m.last_modified, m.pack()) for url, m in memos.items()],
    )
