"""``reifegrad status``: what the operator wants to know in the morning, and during a run.

The nightly series and on-demand checks are reported apart (they share a database when `serve` and
`nightly` do). A running crawl writes a progress file beside its run log (sites done and in flight);
status reads it, so sites being crawled right now are counted too.
"""
from __future__ import annotations

import fcntl
import json
import time
from pathlib import Path

from output.dbfile import StoreError
from output.runs import RunQueries, reading

NAMED = 10  # municipalities named per kind of change
PROGRESS_FRESH_S = 30  # a progress file older than this belongs to a process that is gone


class StatusError(Exception):
    """The question cannot be answered (no database, not a reifegrad database)."""


def run_file(db: str, run_id: int, suffix: str) -> Path:
    """A run's own file beside the database: ``logs/<database>-run-<id><suffix>`` (databases never collide)."""
    return Path(db).parent / "logs" / f"{Path(db).stem}-run-{run_id}{suffix}"


def lock_path(db: str) -> Path:
    """The nightly run's lock file, beside the database (held by ``crawler.nightly``, read here)."""
    return Path(f"{db}.nightly.lock")


def lock_held(db: str) -> bool:
    """True while a nightly run holds its lock (a crashed run leaves ``running`` rows but no lock)."""
    path = lock_path(db)
    if not path.exists():
        return False
    with path.open() as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
    return False


def live_progress(db: str, run_id: int) -> dict | None:
    """The running crawl's own progress file, if it is being written."""
    path = run_file(db, run_id, ".progress.json")
    try:
        if time.time() - path.stat().st_mtime > PROGRESS_FRESH_S:
            return None
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def status_report(db: str) -> str:
    if not Path(db).is_file():
        raise StatusError(f"no database at {db}")
    try:
        with reading(db) as runs:
            return "\n".join(_running(runs, db) + _last_series_run(runs) + _last_ondemand(runs))
    except StoreError as exc:
        raise StatusError(f"{db} is not a reifegrad database ({exc})") from None


def _running(runs: RunQueries, db: str) -> list[str]:
    run = runs.running_in_series()
    if run is None:
        return []
    total = json.loads(run["config"] or "{}").get("sites_total")
    done, pages = runs.site_totals(run["id"])[:2]
    live = live_progress(db, run["id"])
    alive = lock_held(db) if run["kind"] == "nightly" else live is not None
    state = "in progress" if alive or live else "stopped without finishing (the next nightly start resumes it)"
    line = f"  sites done {done}/{total or '?'}, pages {pages}"
    if live:
        flight = live.get("in_flight", [])
        line += (f"; in flight now: {len(flight)} sites, {live.get('pages_in_flight', 0)} pages so far"
                 + (f" ({', '.join(flight[:5])}{', …' if len(flight) > 5 else ''})" if flight else ""))
    return [f"Current run {run['id']} ({run['kind']}, started {run['started_at']}): {state}", line]


def _last_series_run(runs: RunQueries) -> list[str]:
    last = runs.last_in_series()
    if last is None:
        return ["No finished nightly or crawl run yet."]
    lines = [f"Last run {last['id']} ({last['kind']}, {last['status']}): {last['started_at']} – {last['finished_at']}",
             f"  {last['sites'] or 0} sites, {last['pages'] or 0} pages, {(last['bytes'] or 0) / 1e6:.1f} MB, "
             f"{last['duration_s'] or 0:.0f} s, {last['pages_per_s'] or 0:.1f} pages/s"]
    lines.append("  municipalities by status: " + ", ".join(f"{s} {n}" for s, n in runs.by_status(last["id"]).items()))
    if render_failed := runs.render_failed(last["id"]):
        lines.append(f"  rendering failed on {render_failed} sites (their JavaScript-only components unmeasured; "
                     "table render_errors)")
    changes = runs.changes(last["id"])  # what each municipality's result document says changed
    up = [c for c in changes if (c.score_delta or 0) > 0]
    down = [c for c in changes if (c.score_delta or 0) < 0]
    moved = [c for c in changes if c.status_changed]
    components = [c for c in changes if c.appeared or c.disappeared]
    lines.append(f"  since the previous visit: {len(up)} scores up, {len(down)} down, {len(moved)} statuses changed, "
                 f"{len(components)} with components changed")
    for label, rows, detail in (
            ("up", up, lambda c: f"{c.score_delta:+.1f}"), ("down", down, lambda c: f"{c.score_delta:+.1f}"),
            ("status", moved, lambda c: f"{c.previous_status} → {c.status}"),
            ("components", components, lambda c: " ".join([f"+{x}" for x in c.appeared] + [f"-{x}" for x in c.disappeared]))):
        if rows:
            named = "; ".join(f"{c.name or c.ags} ({c.ags}) {detail(c)}" for c in rows[:NAMED])
            lines.append(f"    {label}: {named}{f'; … {len(rows) - NAMED} more' if len(rows) > NAMED else ''}")
    return lines


def _last_ondemand(runs: RunQueries) -> list[str]:
    row = runs.ondemand()
    if not row.get("n"):
        return []
    return [f"On-demand checks (not part of the nightly series): {row['n']} in all, {row['day']} in the last "
            f"24 h, last finished {row['last'] or '–'}, {row['running']} running"]
