"""What changed between two points of the nightly series, per municipality.

The one computation behind the report's "Was hat sich geändert" section, `reifegrad changes` and the
nightly webhook, and the result document's "changes since the previous visit". A point of the series is
a run: a municipality's state "as of run R" is its newest finished in-series visit of a run up to R, so a
run that visited only some municipalities leaves the others' state as it was.

Components are compared only between two ``ok`` visits (a failed crawl says nothing about a component
being gone), and one the crawl could not observe (``unobserved``) is neither new nor gone; scores only
under the same model (the newer visit's model hash).
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date


DEFAULT_THRESHOLD = 5.0  # score points; a move smaller than this is noise from one night to the next
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Change:
    """One municipality, its older and its newer visit."""

    ags: str
    name: str | None
    state: str | None
    run_id: int
    previous_run_id: int
    status: str
    previous_status: str
    score: float | None
    previous_score: float | None
    appeared: tuple[str, ...]
    disappeared: tuple[str, ...]

    @property
    def score_delta(self) -> float | None:
        if self.score is None or self.previous_score is None:
            return None
        return round(self.score - self.previous_score, 2)

    @property
    def status_changed(self) -> bool:
        return self.status != self.previous_status

    def alerts(self, threshold: float = DEFAULT_THRESHOLD) -> list[str]:
        """Why someone should be told: components gone, or a score drop of at least ``threshold`` points."""
        reasons = [f"disappeared:{c}" for c in self.disappeared]
        delta = self.score_delta
        if delta is not None and delta <= -threshold:
            reasons.append("score_drop")
        return reasons

    def notable(self, threshold: float = DEFAULT_THRESHOLD) -> bool:
        """Worth naming: a component or the status changed, or the score moved by ``threshold`` or more."""
        delta = self.score_delta
        return bool(self.appeared or self.disappeared or self.status_changed
                    or (delta is not None and abs(delta) >= threshold))

    def as_json(self, threshold: float = DEFAULT_THRESHOLD) -> dict:
        from output.vocabulary import component  # the scoring model: not at import, the CLI imports this module

        return {"ags": self.ags, "name": self.name, "state": self.state,
                "run_id": self.run_id, "previous_run_id": self.previous_run_id,
                "status": self.status, "previous_status": self.previous_status,
                "score": self.score, "previous_score": self.previous_score, "score_delta": self.score_delta,
                "appeared": [{"id": c, "label": component(c)} for c in self.appeared],
                "disappeared": [{"id": c, "label": component(c)} for c in self.disappeared],
                "alerts": self.alerts(threshold)}


def compare(conn: sqlite3.Connection, pairs: list[tuple[int, int]]) -> list[Change]:
    """One Change per (older visit id, newer visit id), in the order given."""
    if not pairs:
        return []
    rows = conn.execute("""
        SELECT p.key, a.ags, m.name, m.state, a.run_id, b.run_id, a.status, b.status,
               ca.content_id, cb.content_id, sa.score, sb.score
        FROM (SELECT key, json_extract(value, '$[0]') AS before_id,
                     json_extract(value, '$[1]') AS after_id FROM json_each(?)) p
        JOIN visits a ON a.id = p.after_id
        JOIN visits b ON b.id = p.before_id
        LEFT JOIN site_visits ca ON ca.id = a.site_visit_id  -- whose findings are the visit's (schema.sql)
        LEFT JOIN site_visits cb ON cb.id = b.site_visit_id
        LEFT JOIN municipalities m ON m.ags = a.ags
        LEFT JOIN scores sa ON sa.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = a.id)
        LEFT JOIN scores sb ON sb.id = CASE WHEN sa.id IS NULL
            THEN (SELECT score_id FROM current_scores c WHERE c.visit_id = b.id)
            ELSE (SELECT max(id) FROM scores WHERE visit_id = b.id AND model_hash = sa.model_hash) END
        ORDER BY p.key""", (json.dumps(pairs),)).fetchall()
    states = _finding_states(conn, [sv for r in rows for sv in (r[8], r[9]) if sv is not None])
    out = []
    for _, ags, name, state, run, prev_run, status, prev_status, sv, prev_sv, score, prev_score in rows:
        appeared: set[str] = set()
        disappeared: set[str] = set()
        if status == "ok" and prev_status == "ok":
            now, before = states.get(sv, {}), states.get(prev_sv, {})
            # "unobserved" (a loader the crawl could not run) is unknown, neither there nor gone
            appeared = {c for c, st in now.items() if st == "present" and c not in before}
            disappeared = {c for c, st in before.items() if st == "present" and c not in now}
        out.append(Change(ags, name, state, run, prev_run, status, prev_status, score, prev_score,
                          tuple(sorted(appeared)), tuple(sorted(disappeared))))
    return out


def between(conn: sqlite3.Connection, before_run: int, after_run: int | None = None) -> list[Change]:
    """Every municipality whose state as of ``after_run`` (default: now) is another visit than as of
    ``before_run``, by AGS."""
    limit = after_run if after_run is not None else 2**62
    pairs = conn.execute("""
        WITH asof AS (
            SELECT ags, max(CASE WHEN run_id <= ? THEN id END) AS before_id,
                        max(CASE WHEN run_id <= ? THEN id END) AS after_id
            FROM visits WHERE in_series = 1 AND finished_at IS NOT NULL GROUP BY ags)
        SELECT before_id, after_id FROM asof
        WHERE before_id IS NOT NULL AND after_id IS NOT NULL AND before_id <> after_id ORDER BY ags""",
                         (before_run, limit)).fetchall()
    return compare(conn, [tuple(p) for p in pairs])


def series_runs(conn: sqlite3.Connection) -> list[int]:
    """Runs of the nightly series with at least one finished visit, newest first."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT run_id FROM visits WHERE in_series = 1 AND finished_at IS NOT NULL ORDER BY run_id DESC")]


def previous_run(conn: sqlite3.Connection, run_id: int | None = None) -> int | None:
    """The series run before ``run_id`` (default: before the newest series run); None if there is none."""
    runs = series_runs(conn)
    if run_id is None:
        return runs[1] if len(runs) > 1 else None
    return next((r for r in runs if r < run_id), None)


def resolve_run(conn: sqlite3.Connection, spec: str) -> int | None:
    """The run a ``--since`` names: a run id; ``last`` (the series run before the newest one); or a date
    YYYY-MM-DD (the state before that day: the newest series run started before it). None: no such run."""
    spec = spec.strip().lower()
    runs = series_runs(conn)
    if spec == "last":
        return previous_run(conn)
    if spec.isdigit():
        return int(spec) if int(spec) in runs else None
    if _DATE.match(spec):
        try:
            day = date.fromisoformat(spec)
        except ValueError:
            raise ValueError(f"{spec!r} is not a date") from None
        row = conn.execute("SELECT max(r.id) FROM runs r WHERE r.id IN (SELECT value FROM json_each(?)) "
                           "AND r.started_at < ?", (json.dumps(runs), day.isoformat())).fetchone()
        return row[0]
    raise ValueError(f"--since takes a run id, 'last' or a date YYYY-MM-DD, not {spec!r}")


def since_last(conn: sqlite3.Connection) -> tuple[int | None, list[Change]]:
    """Changes between the series run before the newest one and now (none if there is only one run)."""
    before = resolve_run(conn, "last")
    return before, ([] if before is None else between(conn, before))


def _finding_states(conn: sqlite3.Connection, site_visits: list[int]) -> dict[int, dict[str, str]]:
    """site visit -> component -> its finding's state (present, unobserved); absent components are missing."""
    out: dict[int, dict[str, str]] = {}
    for sv, component, state in conn.execute(
            "SELECT site_visit_id, component, state FROM findings "
            "WHERE site_visit_id IN (SELECT value FROM json_each(?))", (json.dumps(site_visits),)):
        out.setdefault(sv, {})[component] = state
    return out
