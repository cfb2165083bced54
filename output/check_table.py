"""The on-demand service's persistent queue: the ``checks`` table in the reifegrad database and every
statement on it. The web app (``webapp/checks.py``) decides what to queue; this module only reads and writes.

Every state change is one short transaction, so a restart at any moment leaves each job queued, running
(recovered at the next start), done or failed with a reason; none disappears.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from output.runs import RunQueries
from output.store import immediate

SCHEMA = """
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY,
    ags TEXT NOT NULL,
    site TEXT NOT NULL,
    site_url TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    reason TEXT,
    client TEXT,
    requested_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    run_id INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    forced INTEGER NOT NULL DEFAULT 0,
    pid INTEGER
);
CREATE INDEX IF NOT EXISTS checks_site ON checks (site, requested_at);
CREATE INDEX IF NOT EXISTS checks_status ON checks (status, id);
"""


def _dict(row: sqlite3.Row | None) -> dict | None:
    return None if row is None else dict(row)


class Deciding:
    """One write transaction (BEGIN IMMEDIATE): read what a decision needs, then queue under the same lock,
    so concurrent submits for a site serialise."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def active(self, site: str) -> dict | None:
        """The site's queued or running check, if any."""
        return _dict(self.conn.execute("SELECT * FROM checks WHERE site = ? AND status IN ('queued', 'running') "
                                       "ORDER BY id LIMIT 1", (site,)).fetchone())

    def last_requested(self, site: str) -> str | None:
        return self.conn.execute("SELECT max(requested_at) FROM checks WHERE site = ?", (site,)).fetchone()[0]

    def last_visit(self, ags: str) -> tuple[str, str, int] | None:
        """(finished_at, status, run_id) of the municipality's newest stored visit; None before any crawl made the table."""
        try:
            return RunQueries(self.conn).last_visit(ags)
        except sqlite3.OperationalError:
            return None

    def queue(self, *, ags: str, site: str, site_url: str, client: str, requested_at: str, forced: bool) -> dict:
        """Insert a queued check; the new row."""
        cursor = self.conn.execute(
            "INSERT INTO checks (ags, site, site_url, status, client, requested_at, forced) "
            "VALUES (?, ?, ?, 'queued', ?, ?, ?) RETURNING *",
            (ags, site, site_url, client, requested_at, int(forced)))
        return dict(cursor.fetchone())


class CheckTable:
    """All access to the ``checks`` table. One connection per call: safe from threads and tasks."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = str(db_path)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            yield db
        finally:
            db.close()

    @contextmanager
    def deciding(self) -> Iterator[Deciding]:
        with self._connect() as db, immediate(db):
            yield Deciding(db)

    def claim(self, now: str) -> dict | None:
        """Take the oldest queued check and mark it running (one attempt more)."""
        with self._connect() as db, immediate(db):
            return _dict(db.execute(
                "UPDATE checks SET status = 'running', started_at = ?, attempts = attempts + 1, reason = NULL "
                "WHERE id = (SELECT id FROM checks WHERE status = 'queued' ORDER BY id LIMIT 1) RETURNING *",
                (now,)).fetchone())

    def set_pid(self, check_id: int, pid: int | None) -> None:
        with self._connect() as db:
            db.execute("UPDATE checks SET pid = ? WHERE id = ?", (pid, check_id))

    def finish(self, check_id: int, run_id: int, now: str) -> None:
        with self._connect() as db:
            db.execute("UPDATE checks SET status = 'done', reason = NULL, run_id = ?, finished_at = ?, pid = NULL "
                       "WHERE id = ?", (run_id, now, check_id))

    def fail(self, check_id: int, reason: str, max_attempts: int, now: str) -> dict | None:
        """A failed attempt: queued again while attempts remain, else failed; the reason is kept either way."""
        with self._connect() as db, immediate(db):
            return _dict(db.execute(
                "UPDATE checks SET status = CASE WHEN attempts < ? THEN 'queued' ELSE 'failed' END, reason = ?, "
                "pid = NULL, finished_at = CASE WHEN attempts < ? THEN NULL ELSE ? END WHERE id = ? RETURNING *",
                (max_attempts, reason, max_attempts, now, check_id)).fetchone())

    def running_ids(self) -> list[int]:
        with self._connect() as db:
            return [r["id"] for r in db.execute("SELECT id FROM checks WHERE status = 'running'")]

    def get(self, check_id: int) -> dict | None:
        with self._connect() as db:
            return _dict(db.execute("SELECT * FROM checks WHERE id = ?", (check_id,)).fetchone())

    def for_municipality(self, ags: str, limit: int = 20) -> list[dict]:
        with self._connect() as db:
            return [dict(r) for r in db.execute("SELECT * FROM checks WHERE ags = ? ORDER BY id DESC LIMIT ?",
                                                (ags, limit))]
