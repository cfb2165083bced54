"""The ``recommendations`` table: Handlungsempfehlungen of the scores the views show now, for SQL users.

The result document computes them per call; Datasette and the exports read SQL, so after each run (and
rescore) the advice of every latest score under the active model is stored once, computed the same way
(``scoring.recommend`` on the re-scored stored visit), and the rows of scores no longer shown are deleted.
Peer counts stay in the result document: they change with every peer's crawl.
"""
from __future__ import annotations

from output.observe import context, from_store
from output.store import Store
from scoring import Model, load_model, parse_model, recommend, score

BATCH = 1_000
# The score row every view shows for each municipality's latest visit, when it has a score.
_SHOWN = """SELECT s.id, s.visit_id, s.ags, s.model_hash FROM latest_visits lv
            JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = lv.visit_id)
            WHERE s.score IS NOT NULL"""


def refresh(store: Store) -> int:
    """Store the advice of shown scores that have none yet, drop the rest; returns scores computed."""
    conn = store.conn
    with store.transaction():
        conn.execute(f"DELETE FROM recommendations WHERE score_id NOT IN (SELECT id FROM ({_SHOWN}))")
        todo = conn.execute(f"SELECT * FROM ({_SHOWN}) WHERE id NOT IN (SELECT score_id FROM recommendations)"
                            " ORDER BY id").fetchall()
    known: dict[str, Model | None] = {}
    for start in range(0, len(todo), BATCH):
        with store.transaction():
            for score_id, visit_id, ags, model_hash in todo[start:start + BATCH]:
                if model_hash not in known:
                    known[model_hash] = _model(store, model_hash)
                model = known[model_hash]
                if model is None:  # a score from a model this database never stored: nothing to recompute with
                    continue
                obs = from_store(conn, visit_id)
                advice = [r for r in recommend(score(obs, context(conn, ags), model), obs, model) if r.weight > 0]
                conn.executemany(
                    "INSERT INTO recommendations (score_id, position, component, points) VALUES (?, ?, ?, ?)",
                    [(score_id, i, r.component, r.weight) for i, r in enumerate(advice, 1)])
    return len(todo)


def _model(store: Store, model_hash: str | None) -> Model | None:
    row = store.conn.execute("SELECT text, source FROM models WHERE hash = ?", (model_hash,)).fetchone()
    if row is not None:
        return parse_model(bytes(row[0]), row[1] or "stored model")
    bundled = load_model()
    return bundled if bundled.hash == model_hash else None
