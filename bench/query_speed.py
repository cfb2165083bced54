"""How fast are the analyst views on a year of nightly history?

Fills a temporary store with synthetic history (11,081 municipalities x 365 nightly runs: one visit and
one score row each; the last two runs also with a site visit and ~10 findings per municipality), then
times ``latest_scores`` for everyone and one municipality's history, with the store's indexes and
without the two that serve them (goals: < 200 ms and < 20 ms), and the other analyst queries (no goal).

    python bench/query_speed.py [--municipalities N] [--runs R] [--db PATH]
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from detectors.model import catalogue
from output import queries
from output.store import Store, sql_file

GOALS_MS = {"latest_scores (all)": 200, "history (one municipality)": 20}
LIMIT_S = 10.0  # a query without its index is cut off here
DETAILED_RUNS = 2  # the newest runs also get site visits and findings (component views, changes)


def fill(store: Store, municipalities: int, runs: int, seed: int = 1) -> str:
    """Bulk-insert synthetic runs/visits/scores; returns one AGS to time history for."""
    rng = random.Random(seed)
    ags = [f"{i:08d}" for i in range(1, municipalities + 1)]
    store.upsert_municipalities(
        {"ags": a, "name": f"Gemeinde {a}", "state": f"Land {int(a) % 16:02d}", "level": "gemeinde",
         "population": rng.randint(200, 500_000)} for a in ags
    )
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    conn = store.conn
    components = [c["id"] for c in catalogue()["components"]]
    for r in range(runs):
        day = (start + timedelta(days=r)).isoformat()
        with store.transaction():
            run_id = conn.execute(
                "INSERT INTO runs (kind, trigger, started_at, finished_at, status, model_version)"
                " VALUES ('nightly', 'cron', ?, ?, 'finished', '1.0.0')", (day, day)).lastrowid
            first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM visits").fetchone()[0]
            statuses = ["ok" if rng.random() < 0.93 else "timeout" for _ in ags]
            conn.executemany(
                "INSERT INTO visits (id, run_id, ags, status, trigger, in_series, finished_at)"
                " VALUES (?, ?, ?, ?, 'cron', 1, ?)",
                [(first + i, run_id, a, st, day) for i, (a, st) in enumerate(zip(ags, statuses))])
            conn.executemany(
                "INSERT INTO scores (visit_id, run_id, ags, model_version, score, level, kgst_components,"
                " computed_at) VALUES (?, ?, ?, '1.0.0', ?, ?, ?, ?)",
                [(first + i, run_id, a, round(rng.uniform(5, 95), 1) if st == "ok" else None,
                  rng.randint(0, 4) if st == "ok" else None, rng.randint(0, 9) if st == "ok" else None, day)
                 for i, (a, st) in enumerate(zip(ags, statuses))])
            if r >= runs - DETAILED_RUNS:
                add_site_visits(conn, rng, run_id, first, ags, statuses, components, day)
    return ags[len(ags) // 2]


def add_site_visits(conn: sqlite3.Connection, rng: random.Random, run_id: int, first_visit: int,
                    ags: list[str], statuses: list[str], components: list[str], day: str) -> None:
    """One site visit per municipality, ~10 findings per ok site, linked from the run's visits."""
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM site_visits").fetchone()[0]
    conn.executemany(
        "INSERT INTO site_visits (id, run_id, site_key, status, finished_at, pages_fetched, rendered, checks, content_id)"
        " VALUES (?, ?, ?, ?, ?, 40, 1, '{\"https\": {\"value\": 1.0}}', ?)",  # each holds its own content
        [(first + i, run_id, f"site-{a}.de", st, day, first + i) for i, (a, st) in enumerate(zip(ags, statuses))])
    conn.executemany("UPDATE visits SET site_visit_id = ? WHERE id = ?",
                     [(first + i, first_visit + i) for i in range(len(ags))])
    conn.executemany(
        "INSERT INTO findings (site_visit_id, component, confidence, state, evidence_url) VALUES (?, ?, ?, 'present', ?)",
        [(first + i, c, rng.randint(50, 100), f"https://site-{a}.de/{c}")
         for i, (a, st) in enumerate(zip(ags, statuses)) if st == "ok"
         for c in rng.sample(components, rng.randint(4, 16))])


def timed(conn: sqlite3.Connection, fn, repeat: int = 5) -> float:
    """Best of ``repeat`` in ms; inf when a run exceeds LIMIT_S (the progress handler aborts it)."""
    best = float("inf")
    for _ in range(repeat):
        deadline = time.perf_counter() + LIMIT_S
        conn.set_progress_handler(lambda: time.perf_counter() > deadline, 100_000)
        t0 = time.perf_counter()
        try:
            fn()
        except Exception:  # interrupted: slower than LIMIT_S
            return float("inf")
        finally:
            conn.set_progress_handler(None, 0)
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best


def measure(store: Store, ags: str) -> dict[str, float]:
    return {
        "latest_scores (all)": timed(store.conn, lambda: queries.latest_scores(store)),
        "history (one municipality)": timed(store.conn, lambda: queries.history(store, ags)),
    }


def measure_others(store: Store) -> dict[str, float]:
    """The other analyst queries over everyone (informative, no goal)."""
    calls = {
        "findings (all)": queries.findings, "component_matrix": queries.component_matrix,
        "changes": queries.changes, "summary_by_state": queries.summary_by_state,
        "kgst_distribution": queries.kgst_distribution, "percentiles": queries.percentiles,
    }
    return {name: timed(store.conn, lambda f=f: f(store), repeat=2) for name, f in calls.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--municipalities", type=int, default=11_081)
    parser.add_argument("--runs", type=int, default=365)
    parser.add_argument("--db", type=Path, help="keep the filled DB here (default: a temp dir)")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    store = Store(path)
    t0 = time.perf_counter()
    ags = fill(store, args.municipalities, args.runs)
    visits = store.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    print(f"filled {path}: {args.municipalities} municipalities x {args.runs} runs = {visits:,} visits"
          f" + {visits:,} scores in {time.perf_counter() - t0:.0f} s")
    with_idx = measure(store, ags)
    others = measure_others(store)
    store.conn.execute("DROP INDEX visits_series")
    store.conn.execute("DROP INDEX scores_visit")
    without = measure(store, ags)
    store.conn.executescript(sql_file("schema.sql"))  # put them back: a kept --db stays a normal store
    print(f"{'query':30} {'indexed':>10} {'no index':>10} {'goal':>8}")
    for name, ms in with_idx.items():
        slow = "> %.0f s" % LIMIT_S if without[name] == float("inf") else f"{without[name]:.1f} ms"
        print(f"{name:30} {ms:7.1f} ms {slow:>10} < {GOALS_MS[name]} ms  {'OK' if ms < GOALS_MS[name] else 'MISSED'}")
    for name, ms in others.items():
        print(f"{name:30} {ms:7.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
