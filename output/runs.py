"""Questions about runs and their visits, answered from the store: what the crawler's run bookkeeping
(summary, resume, stale municipalities), ``reifegrad status`` and the web app's worker ask.

The SQL lives here so the callers hold no SQL of their own; every method reads, none writes.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from output import changes
from output.changes import Change
from output.dbfile import connect_readonly, dict_row


class RunQueries:
    """Read-only queries on one open connection (a ``Store``'s, or a read-only one from :func:`reading`)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- one run ----------------------------------------------------------------------------------

    def prior_duration(self, run_id: int) -> float:
        """Seconds the run has already been credited with (a resumed run adds to them)."""
        return self.conn.execute("SELECT coalesce(duration_s, 0) FROM runs WHERE id = ?", (run_id,)).fetchone()[0]

    def site_totals(self, run_id: int) -> tuple[int, int, int]:
        """(sites, pages, bytes) stored for the run."""
        return self.conn.execute("SELECT count(*), coalesce(sum(pages_fetched), 0), coalesce(sum(bytes), 0) "
                                 "FROM site_visits WHERE run_id = ?", (run_id,)).fetchone()

    def by_status(self, run_id: int) -> dict[str, int]:
        """Municipalities of the run per status, most frequent first."""
        return dict(self.conn.execute("SELECT status, count(*) n FROM visits WHERE run_id = ? "
                                      "GROUP BY status ORDER BY n DESC, status", (run_id,)).fetchall())

    def components(self, run_id: int) -> dict[str, int]:
        """Municipalities of the run per component found present."""
        return dict(self.conn.execute(
            """SELECT f.component, count(*) FROM visits v JOIN site_visits s ON s.id = v.site_visit_id
               JOIN findings f ON f.site_visit_id = s.content_id
               WHERE v.run_id = ? AND f.state = 'present' GROUP BY f.component""", (run_id,)).fetchall())

    def render_failed(self, run_id: int) -> int:
        """Sites of the run on which a rendered view failed."""
        return self.conn.execute("SELECT count(DISTINCT s.id) FROM site_visits s JOIN render_errors r "
                                 "ON r.site_visit_id = s.content_id WHERE s.run_id = ?", (run_id,)).fetchone()[0]

    def changes(self, run_id: int) -> list[Change]:
        """Per municipality: what changed from the series run before ``run_id`` to it, biggest score move first.
        The computation of the result document's "changes" (``output.changes``), so both tell the same."""
        before = changes.previous_run(self.conn, run_id)
        found = [] if before is None else changes.between(self.conn, before, run_id)
        return sorted(found, key=lambda c: -abs(c.score_delta or 0))

    # -- which run --------------------------------------------------------------------------------

    def running_in_series(self) -> dict | None:
        """The newest run of the nightly series still marked running (it may have died)."""
        return dict_row(self.conn, "SELECT * FROM runs WHERE status = 'running' AND in_series = 1 ORDER BY id DESC LIMIT 1")

    def last_in_series(self) -> dict | None:
        """The newest run of the nightly series that is no longer running."""
        return dict_row(self.conn, "SELECT * FROM runs WHERE status != 'running' AND in_series = 1 ORDER BY id DESC LIMIT 1")

    def unfinished(self, kind: str) -> int | None:
        """The newest run of this kind that never finished (crashed, interrupted, or failed to store)."""
        row = self.conn.execute("SELECT id FROM runs WHERE kind = ? AND status IN ('running', 'interrupted') "
                                "ORDER BY id DESC LIMIT 1", (kind,)).fetchone()
        return row[0] if row else None

    def ondemand(self) -> dict:
        """On-demand checks outside the series: ``n`` in all, ``day`` in the last 24 h, ``last`` finished,
        ``running`` now."""
        return dict_row(self.conn, """SELECT count(*) n, max(finished_at) last,
                                   count(*) FILTER (WHERE started_at >= datetime('now', '-1 day')) day,
                                   count(*) FILTER (WHERE status = 'running') running
                            FROM runs WHERE in_series = 0""") or {}

    def ondemand_runs(self, ags: str, limit: int = 20) -> list[tuple[int, str]]:
        """(run id, started_at) of the newest finished on-demand visits of a municipality, newest first."""
        return self.conn.execute(
            "SELECT v.run_id, r.started_at FROM visits v JOIN runs r ON r.id = v.run_id "
            "WHERE v.ags = ? AND v.trigger = 'ondemand' AND v.finished_at IS NOT NULL ORDER BY v.id DESC LIMIT ?",
            (ags, limit)).fetchall()

    # -- municipalities ---------------------------------------------------------------------------

    def fresh_ags(self, since: str) -> set[str]:
        """Municipalities with a good (``ok``, in-series) visit finished at or after ``since`` (ISO)."""
        return {r[0] for r in self.conn.execute(
            "SELECT ags FROM visits WHERE status = 'ok' AND in_series = 1 AND finished_at >= ?", (since,))}

    def last_visit(self, ags: str) -> tuple[str, str, int] | None:
        """(finished_at, status, run_id) of the municipality's newest finished visit, nightly or on demand."""
        return self.conn.execute("SELECT finished_at, status, run_id FROM visits WHERE ags = ? AND finished_at IS NOT NULL "
                                 "ORDER BY finished_at DESC, rowid DESC LIMIT 1", (ags,)).fetchone()


@contextmanager
def reading(db: str | Path) -> Iterator[RunQueries]:
    """Queries on a read-only connection to a reifegrad database; ``sqlite3.DatabaseError`` (see
    ``output.dbfile.StoreError``) when the file is not one."""
    conn = connect_readonly(db)
    try:
        conn.execute("SELECT 1 FROM runs LIMIT 1").fetchall()
        yield RunQueries(conn)
    finally:
        conn.close()
