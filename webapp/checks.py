"""The persistent queue of on-demand checks: a `checks` table in the reifegrad SQLite database.

Every state change is one short transaction, so a restart at any moment leaves each job queued, running
(recovered at the next start), done or failed with a reason; none disappears.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Iterator

from output.clock import utcnow
from output.store import immediate
from webapp.policy import Decision, decide

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


def parse_time(value: str | None) -> datetime | None:
    """ISO timestamps from any writer; naive ones are taken as UTC."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Check:
    id: int
    ags: str
    site: str
    site_url: str
    status: str
    reason: str | None
    client: str | None
    requested_at: str
    started_at: str | None
    finished_at: str | None
    run_id: int | None
    attempts: int
    forced: bool
    pid: int | None

    def public(self) -> dict:
        """What the API shows: everything but the client address and the process id."""
        return {k: getattr(self, k) for k in self.__slots__ if k not in ("client", "pid")}


@dataclass(frozen=True, slots=True)
class Submission:
    decision: Decision
    check: Check | None  # the new or the already active check; None for cached / too_soon


class CheckQueue:
    """All access to the `checks` table. One connection per call: safe from threads and tasks."""

    def __init__(self, db_path: str | Path, max_attempts: int = 2) -> None:
        self.db_path = str(db_path)
        self.max_attempts = max_attempts
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
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE: decide-then-write happens under the write lock, so concurrent submits serialise."""
        with self._connect() as db, immediate(db):
            yield db

    @staticmethod
    def _row(row: sqlite3.Row | None) -> Check | None:
        if row is None:
            return None
        values = dict(row)
        values["forced"] = bool(values["forced"])
        return Check(**values)

    def submit(self, *, ags: str, site: str, site_url: str, client: str, forced: bool, now: datetime | None = None) -> Submission:
        """Apply the site rules (`webapp.policy`) and queue a check if they allow it."""
        now = now or utcnow()
        with self._transaction() as db:
            active = self._row(db.execute(
                "SELECT * FROM checks WHERE site = ? AND status IN ('queued', 'running') ORDER BY id LIMIT 1", (site,)
            ).fetchone())
            last_requested = db.execute("SELECT max(requested_at) FROM checks WHERE site = ?", (site,)).fetchone()[0]
            decision = decide(
                now,
                active=active is not None,
                last_requested=parse_time(last_requested),
                last_result=last_result_time(db, ags),
                forced=forced,
            )
            if decision.action == "existing":
                return Submission(decision, active)
            if decision.action != "queue":
                return Submission(decision, None)
            cursor = db.execute(
                "INSERT INTO checks (ags, site, site_url, status, client, requested_at, forced) VALUES (?, ?, ?, 'queued', ?, ?, ?)",
                (ags, site, site_url, client, now.isoformat(), int(forced)),
            )
            return Submission(decision, self._row(db.execute("SELECT * FROM checks WHERE id = ?", (cursor.lastrowid,)).fetchone()))

    def claim(self) -> Check | None:
        """Take the oldest queued check and mark it running (one attempt more)."""
        with self._transaction() as db:
            row = db.execute(
                "UPDATE checks SET status = 'running', started_at = ?, attempts = attempts + 1, reason = NULL "
                "WHERE id = (SELECT id FROM checks WHERE status = 'queued' ORDER BY id LIMIT 1) RETURNING *",
                (utcnow().isoformat(),),
            ).fetchone()
            return self._row(row)

    def set_pid(self, check_id: int, pid: int | None) -> None:
        with self._connect() as db:
            db.execute("UPDATE checks SET pid = ? WHERE id = ?", (pid, check_id))

    def finish(self, check_id: int, run_id: int) -> None:
        with self._connect() as db:
            db.execute(
                "UPDATE checks SET status = 'done', reason = NULL, run_id = ?, finished_at = ?, pid = NULL WHERE id = ?",
                (run_id, utcnow().isoformat(), check_id),
            )

    def fail(self, check_id: int, reason: str) -> Check:
        """A failed attempt: queued again while attempts remain, else failed; the reason is kept either way."""
        with self._transaction() as db:
            row = db.execute(
                "UPDATE checks SET status = CASE WHEN attempts < ? THEN 'queued' ELSE 'failed' END, reason = ?, pid = NULL, "
                "finished_at = CASE WHEN attempts < ? THEN NULL ELSE ? END WHERE id = ? RETURNING *",
                (self.max_attempts, reason, self.max_attempts, utcnow().isoformat(), check_id),
            ).fetchone()
            return self._row(row)

    def recover(self) -> list[Check]:
        """At start-up: checks left `running` by a previous process are retried or failed, with a reason."""
        with self._connect() as db:
            stale = [r["id"] for r in db.execute("SELECT id FROM checks WHERE status = 'running'")]
        return [self.fail(check_id, "Der Dienst wurde während der Prüfung neu gestartet.") for check_id in stale]

    def get(self, check_id: int) -> Check | None:
        with self._connect() as db:
            return self._row(db.execute("SELECT * FROM checks WHERE id = ?", (check_id,)).fetchone())

    def for_municipality(self, ags: str, limit: int = 20) -> list[Check]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM checks WHERE ags = ? ORDER BY id DESC LIMIT ?", (ags, limit)).fetchall()
        return [self._row(r) for r in rows]


def last_result_time(db: sqlite3.Connection, ags: str) -> datetime | None:
    """When the municipality's newest stored visit (nightly or on demand) finished, if it ended ok; None before
    any and after a failure: a failed check is not served for 24 hours, so a site that lifted its bot block can
    be checked again once the 10-minute site interval (the cool-down) has passed."""
    try:
        row = db.execute("SELECT finished_at, status FROM visits WHERE ags = ? AND finished_at IS NOT NULL "
                         "ORDER BY finished_at DESC LIMIT 1", (ags,)).fetchone()
    except sqlite3.OperationalError:  # no crawl has created the table yet
        return None
    return parse_time(row[0]) if row is not None and row[1] == "ok" else None
