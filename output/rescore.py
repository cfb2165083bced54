"""Re-score stored visits with a (new) model, without crawling (scoring_method.md §8.4).

Scores are append-only: every run of :func:`rescore` adds rows tagged with the model's version and
hash; the views show each visit's row under the active model (``output/models.py``), the others stay.
"""
from __future__ import annotations

from pathlib import Path

from output import models
from output.observe import context, from_store
from output.queries import DB, connect
from output.store import Store
from scoring import MunicipalityContext, Observations, score

BATCH = 1_000


def rescore(db: Store | str | Path, model_path: str | Path | None = None) -> int:
    """Score every visit that has a site visit with the active model; returns rows added.

    ``model_path`` first makes that model the active one (any model: going back to an old one works).
    Visits already scored with this exact model (same hash) are skipped, so rescoring is idempotent.
    Visits without a site (no_website) have nothing to score and get no row.
    """
    store = db if isinstance(db, Store) else Store(db)
    try:
        model = models.for_run(store, model_path)
        todo = [tuple(r) for r in store.conn.execute(
            "SELECT v.id, v.run_id, v.ags FROM visits v WHERE v.site_visit_id IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.visit_id = v.id AND s.model_hash = ?)"
            " ORDER BY v.id", (model.hash,))]
        contexts: dict[str, MunicipalityContext] = {}
        for start in range(0, len(todo), BATCH):
            with store.transaction():
                for visit_id, run_id, ags in todo[start:start + BATCH]:
                    if ags not in contexts:
                        contexts[ags] = context(store.conn, ags)
                    result = score(from_store(store.conn, visit_id), contexts[ags], model)
                    store.insert_score(visit_id, run_id, ags, result)
        store.refresh_derived()
        return len(todo)
    finally:
        if store is not db:
            store.close()


def population(db: DB) -> list[tuple[MunicipalityContext, Observations]]:
    """Every municipality's latest visit as scorer input: what a model diff is computed over."""
    with connect(db) as conn:
        latest = conn.execute("SELECT ags, visit_id FROM latest_visits ORDER BY ags").fetchall()
        return [(context(conn, ags), from_store(conn, visit_id)) for ags, visit_id in latest]
