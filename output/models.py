"""The database's active scoring model: crawls, rescore and every view use this one model.

A model is stored with its file's bytes (so rescore, a later crawl or a remote worker needs no file) and
every switch is a row of ``model_changes``; the newest row names the active model. Views select each
visit's score under the active model, so ``latest_scores`` and histories never mix model versions.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from output.clock import now_iso
from output.store import Store
from scoring import Model, load_model, parse_model
from scoring.model import DEFAULT_MODEL


def register(store: Store, model: Model, data: bytes) -> None:
    """Remember a model (idempotent: the hash is the key)."""
    store.conn.execute(
        "INSERT OR IGNORE INTO models (hash, version, name, source, text, added_at) VALUES (?, ?, ?, ?, ?, ?)",
        (model.hash, model.version, model.name, model.path, data, now_iso()))


def active_hash(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT model_hash FROM active_model").fetchone()
    return row[0] if row else None


def active(conn: sqlite3.Connection) -> Model | None:
    """The active model, read from the database; None when none was ever made active."""
    row = conn.execute(
        "SELECT m.text, m.source FROM active_model a JOIN models m ON m.hash = a.model_hash").fetchone()
    return parse_model(bytes(row[0]), row[1] or "active model") if row else None


def use(store: Store, path: str | Path) -> tuple[Model, bool]:
    """Make the model file at ``path`` the active one (``reifegrad model use``); (model, changed)."""
    model = load_model(path)  # validates, and names the file in its error
    with store.transaction():
        register(store, model, Path(path).read_bytes())
        if active_hash(store.conn) == model.hash:
            return model, False
        store.conn.execute("INSERT INTO model_changes (model_hash, changed_at) VALUES (?, ?)", (model.hash, now_iso()))
    return model, True


def for_run(store: Store, path: str | Path | None = None) -> Model:
    """The model a crawl or rescore scores with: ``path`` made active when given, else the active model
    (the bundled one, made active, in a database that has none yet)."""
    if path is None:
        model = active(store.conn)
        if model is not None:
            return model
        path = DEFAULT_MODEL
    return use(store, path)[0]


def stored_text(conn: sqlite3.Connection, model_hash: str) -> str:
    """A registered model's file, as text (a crawl hands it to its workers)."""
    return bytes(conn.execute("SELECT text FROM models WHERE hash = ?", (model_hash,)).fetchone()[0]).decode("utf-8")


def unscored(conn: sqlite3.Connection, model_hash: str) -> int:
    """Visits with a site that have no score under this model yet (what `rescore` would add)."""
    return conn.execute(
        "SELECT count(*) FROM visits v WHERE v.site_visit_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM scores s WHERE s.visit_id = v.id AND s.model_hash = ?)", (model_hash,)).fetchone()[0]


def listing(conn: sqlite3.Connection) -> list[dict]:
    """Every model the database knows (registered or found in score rows), oldest first, active marked."""
    current = active_hash(conn)
    rows = conn.execute("""
        SELECT h.hash, coalesce(m.version, (SELECT max(model_version) FROM scores WHERE model_hash = h.hash)),
               m.source, coalesce(m.added_at, (SELECT min(computed_at) FROM scores WHERE model_hash = h.hash)),
               (SELECT count(*) FROM scores WHERE model_hash = h.hash)
        FROM (SELECT hash FROM models UNION SELECT DISTINCT model_hash FROM scores WHERE model_hash IS NOT NULL) h
        LEFT JOIN models m ON m.hash = h.hash ORDER BY 4, 1""").fetchall()
    return [{"hash": h, "version": v, "source": src, "since": added, "scores": n, "active": h == current}
            for h, v, src, added, n in rows]
