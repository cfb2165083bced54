"""Where page memos live: by default the ``page_memos`` table of the store's file (``output/page_memos.py``
holds its SQL); this module turns its rows into ``PageMemo`` and back.

Reads go through ``SqliteMemoStorage`` (the incremental middleware's pluggable storage, a read-only
connection opened for the crawl). Writes happen in the store pipeline, inside the site's own transaction,
so a site's memos and its visit are saved together or not at all.
"""
from __future__ import annotations

from pathlib import Path

from crawler.memos import PageMemo
from output import page_memos
from output.dbfile import Connection
from output.page_memos import ensure

__all__ = ["SqliteMemoStorage", "ensure", "save"]


class SqliteMemoStorage:
    """The last crawl's memos, looked up per page from the store file (nothing is kept in memory)."""

    def __init__(self, db: str | Path | None):
        self.reader = page_memos.MemoReader(db)

    @classmethod
    def from_settings(cls, settings) -> SqliteMemoStorage:
        return cls(settings.get("REIFEGRAD_DB"))

    def open(self) -> None:
        self.reader.open()

    def close(self) -> None:
        self.reader.close()

    def get(self, site_key: str, url: str) -> PageMemo | None:
        row = self.reader.get(site_key, url)
        if row is None:
            return None
        memo = PageMemo.unpack(row[3], row[0], row[1], row[2])
        memo.stored = True  # the store's own row: replayed unchanged, it is not written again
        return memo


def save(conn: Connection, site_key: str, memos: dict[str, PageMemo]) -> None:
    """Write a site's memos on the store's connection (inside its transaction); a memo replayed unchanged from
    this file is its row already."""
    page_memos.save(conn, site_key, ((url, (m.sha256, m.etag, m.last_modified, m.pack())) for url, m in memos.items()
                                     if not m.stored))
