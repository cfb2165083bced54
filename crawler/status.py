"""``reifegrad status``: what the operator wants to know in the morning."""
from __future__ import annotations

import fcntl
import json
import sqlite3
from pathlib import Path

from output.dbfile import connect_readonly


def lock_held(db: str) -> bool:
    """True while a nightly run holds its lock (a crashed run leaves ``running`` rows but no lock)."""
    path = Path(f"{db}.nightly.lock")
    if not path.exists():
        return False
    with path.open() as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
    return False


def status_report(db: str) -> str:
    if not Path(db).exists():
        return f"No database at {db} yet."
    conn = connect_readonly(db)
    conn.row_factory = sqlite3.Row
    lines = []
    running = conn.execute("SELECT * FROM runs WHERE status = 'running' ORDER BY id DESC LIMIT 1").fetchone()
    if running:
        total = json.loads(running["config"] or "{}").get("sites_total")
        done, pages = conn.execute("SELECT count(*), coalesce(sum(pages_fetched), 0) FROM site_visits WHERE run_id = ?",
                                   (running["id"],)).fetchone()
        state = "in progress" if lock_held(db) else "stopped without finishing (the next nightly start resumes it)"
        lines.append(f"Current run {running['id']} ({running['kind']}, started {running['started_at']}): {state}")
        lines.append(f"  sites done {done}/{total or '?'}, pages {pages}")
    last = conn.execute("SELECT * FROM runs WHERE status != 'running' ORDER BY id DESC LIMIT 1").fetchone()
    if last is None:
        lines.append("No finished run yet.")
        return "\n".join(lines)
    lines.append(f"Last run {last['id']} ({last['kind']}, {last['status']}): {last['started_at']} – {last['finished_at']}")
    lines.append(f"  {last['sites'] or 0} sites, {last['pages'] or 0} pages, {(last['bytes'] or 0) / 1e6:.1f} MB, "
                 f"{last['duration_s'] or 0:.0f} s, {last['pages_per_s'] or 0:.1f} pages/s")
    by_status = conn.execute("SELECT status, count(*) n FROM visits WHERE run_id = ? GROUP BY status ORDER BY n DESC",
                             (last["id"],)).fetchall()
    lines.append("  municipalities by status: " + ", ".join(f"{r['status']} {r['n']}" for r in by_status))
    changes = conn.execute(
        """SELECT count(*) FILTER (WHERE score_delta > 0), count(*) FILTER (WHERE score_delta < 0),
                  count(*) FILTER (WHERE status != previous_status)
           FROM changes_since_previous WHERE run_id = ?""", (last["id"],)).fetchone()
    moves = conn.execute("SELECT change, count(*) FROM component_changes WHERE run_id = ? GROUP BY change",
                         (last["id"],)).fetchall()
    lines.append(f"  since the previous visit: {changes[0]} scores up, {changes[1]} down, "
                 f"{changes[2]} statuses changed; components " +
                 (", ".join(f"{n} {c}" for c, n in moves) or "unchanged"))
    return "\n".join(lines)
